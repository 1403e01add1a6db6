import { Citations, type CitationView } from "~/components/Citations";
import { DateList } from "~/components/DateList";
import { formatCount, formatDate, formatYen, t, type Lang } from "~/i18n/messages";

type Text = { ja: string; en: string };

/** A cancellation quote as the engine returns it (and as requests store it). */
export interface CancellationQuoteView {
  termsVersion: { version: string };
  latestNoticeDate: string;
  noticeInTime: boolean;
  effectiveEndDate: string;
  lastBilledDate: string;
  minimumTermEndDate: string | null;
  maximumTermEndDate: string | null;
  confirmationDate: string | null;
  charges: { code: string; label: Text; kind: string; quantity: string | null; amount: string; citations: CitationView[] }[];
  total: string;
  totalWithTax: string;
  explanation: { message: Text; citations: CitationView[] }[];
}

const KIND = { monthly: "kindMonthly", "one-off": "kindOneOff", possible: "kindPossible" } as const;

export function CancellationQuoteDetails({ lang, quote, testId }: { lang: Lang; quote: CancellationQuoteView; testId?: string }) {
  return (
    <div className="quote" data-testid={testId}>
      <dl className="totals">
        <div>
          <dt>{t(lang, "effectiveEndDate")}</dt>
          <dd data-testid={testId ? `${testId}-end` : undefined}>{formatDate(lang, quote.effectiveEndDate)}</dd>
        </div>
        <div>
          <dt>{t(lang, "latestNotice")}</dt>
          <dd>
            {formatDate(lang, quote.latestNoticeDate)}{" "}
            <small className={quote.noticeInTime ? "ok" : "warn"}>({t(lang, quote.noticeInTime ? "noticeInTime" : "noticeLate")})</small>
          </dd>
        </div>
        <div>
          <dt>{t(lang, "total")}</dt>
          <dd>{formatYen(lang, quote.total)}</dd>
        </div>
        <div>
          <dt>{t(lang, "totalWithTax")}</dt>
          <dd data-testid={testId ? `${testId}-total` : undefined}>{formatYen(lang, quote.totalWithTax)}</dd>
        </div>
      </dl>
      <DateList
        lang={lang}
        items={[
          { label: t(lang, "lastBilledDate"), date: quote.lastBilledDate },
          { label: t(lang, "minimumTermEnd"), date: quote.minimumTermEndDate },
          { label: t(lang, "maximumTermEnd"), date: quote.maximumTermEndDate },
          { label: t(lang, "confirmationDate"), date: quote.confirmationDate },
        ]}
      />
      <h3>{t(lang, "charges")}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(lang, "item")}</th>
            <th scope="col">{t(lang, "quantity")}</th>
            <th scope="col">{t(lang, "amount")}</th>
            <th scope="col">{t(lang, "clause")}</th>
          </tr>
        </thead>
        <tbody>
          {quote.charges.map((c) => (
            <tr key={c.code} data-code={c.code}>
              <th scope="row">
                {c.label[lang]} <span className={`kind kind-${c.kind}`}>{t(lang, KIND[c.kind as keyof typeof KIND] ?? "kindOneOff")}</span>
              </th>
              <td className="num">{c.quantity && /^\d+$/.test(c.quantity) ? formatCount(lang, c.quantity) : (c.quantity ?? "—")}</td>
              <td className="num">{formatYen(lang, c.amount)}</td>
              <td>
                <Citations citations={c.citations} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {quote.charges.some((c) => c.kind === "possible") ? <p className="hint">{t(lang, "possibleNote")}</p> : null}
      <h3>{t(lang, "explanation")}</h3>
      <ol className="explanation">
        {quote.explanation.map((s, i) => (
          <li key={i}>
            {s.message[lang]} <Citations citations={s.citations} />
          </li>
        ))}
      </ol>
      <p className="version">{t(lang, "termsUsed", { version: quote.termsVersion.version })}</p>
    </div>
  );
}
