import { useEffect, useState } from "react";
import type { CancellationQuote, ChangeQuote } from "@yakkan/api";
import { Citations } from "~/components/Citations";
import { DateList } from "~/components/DateList";
import { Explanation } from "~/components/Explanation";
import { formatCount, formatDate, formatYen, t, versionName, type Lang } from "~/i18n/messages";

/** A cancellation quote as the API gives it, in the visitor's language (fresh, or stored with a request). */
export type CancellationQuoteView = CancellationQuote;

const KIND = { monthly: "kindMonthly", "one-off": "kindOneOff", possible: "kindPossible" } as const;

/** Charge lines as a table; `caption` says which group they are. */
function ChargeTable({
  lang,
  caption,
  charges,
}: {
  lang: Lang;
  caption: string;
  charges: ChangeQuote["oneOffCharges"];
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t(lang, "item")}</th>
          <th scope="col">{t(lang, "quantity")}</th>
          <th scope="col">{t(lang, "amount")}</th>
          <th scope="col">{t(lang, "clause")}</th>
        </tr>
      </thead>
      <tbody>
        {charges.map((c) => (
          <tr key={c.code} data-code={c.code}>
            <th scope="row">
              {c.label} <span className={`kind kind-${c.kind}`}>{t(lang, KIND[c.kind])}</span>
            </th>
            <td className="num">
              {c.quantity && /^\d+$/.test(c.quantity) ? formatCount(lang, c.quantity) : (c.quantity ?? "—")}
            </td>
            <td className="num">{formatYen(lang, c.amount)}</td>
            <td>
              <Citations citations={c.citations} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A cancellation quote: what cancelling costs (one-off charges) shown apart from what is paid
 * anyway (the final month's ordinary fee), then the dates and the explanation.
 */
export function CancellationQuoteDetails({
  lang,
  quote,
  testId,
}: {
  lang: Lang;
  quote: CancellationQuoteView;
  testId?: string;
}) {
  const oneOff = quote.charges.filter((c) => c.kind !== "monthly");
  const ordinary = quote.charges.filter((c) => c.kind === "monthly");
  const id = (suffix: string) => (testId ? `${testId}-${suffix}` : undefined);
  return (
    <div className="quote" data-testid={testId}>
      <dl className="totals">
        <div>
          <dt>{t(lang, "effectiveEndDate")}</dt>
          <dd data-testid={id("end")}>{formatDate(lang, quote.effectiveEndDate)}</dd>
        </div>
        <div>
          <dt>{t(lang, "latestNotice")}</dt>
          <dd>
            {formatDate(lang, quote.latestNoticeDate)}{" "}
            <small className={quote.noticeInTime ? "ok" : "warn"}>
              ({t(lang, quote.noticeInTime ? "noticeInTime" : "noticeLate")})
            </small>
          </dd>
        </div>
        <div>
          <dt>{t(lang, "oneOffTotal")}</dt>
          <dd data-testid={id("one-off")}>
            {quote.oneOffTotal === null || quote.oneOffTotal === undefined ? "—" : formatYen(lang, quote.oneOffTotal)}
          </dd>
        </div>
        <div>
          <dt>{t(lang, "finalMonthFee")}</dt>
          <dd data-testid={id("final-month")}>
            {quote.finalMonthFee === null || quote.finalMonthFee === undefined
              ? "—"
              : formatYen(lang, quote.finalMonthFee)}
          </dd>
        </div>
        <div>
          <dt>{t(lang, "total")}</dt>
          <dd>{formatYen(lang, quote.total)}</dd>
        </div>
        <div>
          <dt>{t(lang, "totalWithTax")}</dt>
          <dd data-testid={id("total")}>{formatYen(lang, quote.totalWithTax)}</dd>
        </div>
      </dl>
      <p className="hint">{t(lang, "oneOffExplained")}</p>
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
      {oneOff.length > 0 ? (
        <ChargeTable lang={lang} caption={t(lang, "endingOneOffCharges")} charges={oneOff} />
      ) : (
        <p className="empty">{t(lang, "noOneOffCharges")}</p>
      )}
      {ordinary.length > 0 ? <ChargeTable lang={lang} caption={t(lang, "ordinaryCharges")} charges={ordinary} /> : null}
      {quote.charges.some((c) => c.kind === "possible") ? <p className="hint">{t(lang, "possibleNote")}</p> : null}
      <Explanation lang={lang} steps={quote.explanation} />
      <p className="version">
        {t(lang, "termsUsed", { version: versionName(lang, quote.termsVersion.effectiveFrom) })}
      </p>
    </div>
  );
}

/** A change quote as the API gives it (fresh, reviewed or stored with a request). */
export function ChangeQuoteDetails({ lang, quote, testId }: { lang: Lang; quote: ChangeQuote; testId?: string }) {
  return (
    <div className="quote" data-testid={testId}>
      <dl className="totals">
        <div>
          <dt>{t(lang, "monthlyBefore")}</dt>
          <dd>{formatYen(lang, quote.monthlyBefore)}</dd>
        </div>
        <div>
          <dt>{t(lang, "monthlyAfter")}</dt>
          <dd>{formatYen(lang, quote.monthlyAfter)}</dd>
        </div>
        <div>
          <dt>{t(lang, "effectiveMonthCharge")}</dt>
          <dd>{formatYen(lang, quote.effectiveMonthCharge)}</dd>
        </div>
      </dl>
      <h3>{t(lang, "oneOffCharges")}</h3>
      {quote.oneOffCharges.length === 0 ? (
        <p>{t(lang, "noOneOff")}</p>
      ) : (
        <ChargeTable lang={lang} caption={t(lang, "oneOffCharges")} charges={quote.oneOffCharges} />
      )}
      {quote.unpricedItems.length > 0 ? (
        <p className="hint">
          {t(lang, "unpriced")}: {quote.unpricedItems.join(" / ")}
        </p>
      ) : null}
      <Explanation lang={lang} steps={quote.explanation} />
      <p className="version">
        {t(lang, "termsUsed", { version: versionName(lang, quote.termsVersion.effectiveFrom) })}
      </p>
    </div>
  );
}

/** A print button, shown once the page runs scripts (printing needs them; the print stylesheet does not). */
export function PrintButton({ lang }: { lang: Lang }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button type="button" className="button secondary no-print" onClick={() => window.print()}>
      {t(lang, "print")}
    </button>
  );
}
