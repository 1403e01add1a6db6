import { explain, type Trace } from "@yakkan/api";
import type { CitationView } from "~/components/Citations";
import type { ExplanationView } from "~/components/Explanation";
import type { CancellationQuoteView } from "~/components/QuoteView";
import type { Lang } from "~/i18n/messages";

type Text = { ja: string; en: string };

/**
 * A result's steps in the visitor's language, rendered by the terms package's verbaliser from the
 * trace. A quote stored before explanations became data keeps the sentences written then.
 */
export function explanationView(source: { trace?: unknown; explanation?: unknown }, lang: Lang): ExplanationView[] {
  if (Array.isArray(source.trace)) {
    return explain(source.trace as Trace, lang).map((s) => ({
      rule: s.rule,
      message: s.message,
      citations: [...s.citations],
      notes: s.notes.map((n) => ({ kind: n.kind, text: n.text, citations: [...n.citations] })),
    }));
  }
  if (Array.isArray(source.explanation)) {
    return (source.explanation as { message: Text; citations: CitationView[] }[]).map((s) => ({ rule: "", message: s.message[lang], citations: s.citations, notes: [] }));
  }
  return [];
}

interface StoredCancellationQuote {
  termsVersion: { version: string };
  latestNoticeDate: string;
  noticeInTime: boolean;
  effectiveEndDate: string;
  lastBilledDate: string;
  minimumTermEndDate: string | null;
  maximumTermEndDate: string | null;
  confirmationDate: string | null;
  charges: { code: string; label: Text; kind: string; quantity: string | null; amount: string; citations: readonly CitationView[] }[];
  total: string;
  totalWithTax: string;
  oneOffTotal?: string | null;
  finalMonthFee?: string | null;
  trace?: unknown;
  explanation?: unknown;
}

/** A cancellation quote (fresh from the engine, or stored with a request) as the portal shows it. */
export function cancellationQuoteView(quote: StoredCancellationQuote, lang: Lang): CancellationQuoteView {
  const sum = (kinds: string[]) => {
    const lines = quote.charges.filter((c) => kinds.includes(c.kind));
    return lines.length === 0 ? null : lines.reduce((total, c) => total + BigInt(c.amount), 0n).toString();
  };
  return {
    version: quote.termsVersion.version,
    latestNoticeDate: quote.latestNoticeDate,
    noticeInTime: quote.noticeInTime,
    effectiveEndDate: quote.effectiveEndDate,
    lastBilledDate: quote.lastBilledDate,
    minimumTermEndDate: quote.minimumTermEndDate,
    maximumTermEndDate: quote.maximumTermEndDate,
    confirmationDate: quote.confirmationDate,
    charges: quote.charges.map((c) => ({ ...c, citations: [...c.citations], label: c.label[lang] })),
    total: quote.total,
    totalWithTax: quote.totalWithTax,
    // Quotes stored before these totals existed: the same sums from their charge lines.
    oneOffTotal: quote.oneOffTotal !== undefined ? quote.oneOffTotal : (sum(["one-off", "possible"]) ?? "0"),
    finalMonthFee: quote.finalMonthFee !== undefined ? quote.finalMonthFee : sum(["monthly"]),
    explanation: explanationView(quote, lang),
  };
}
