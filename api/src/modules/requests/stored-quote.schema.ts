import { z } from "zod";
import type { TraceEntry } from "@yakkan/terms";
import type { ExplanationSource } from "../common/explanation.type.js";

/**
 * The quotes a request keeps (jsonb), as they are read back. Two shapes are stored: quotes with
 * their trace (rendered by the verbaliser when read), and quotes stored before explanations became
 * data, which carry the sentences written then in both languages (decision 005). Unknown keys pass
 * through, so GraphQL's `Request.quote` still returns the quote exactly as stored.
 */
const text = z.object({ ja: z.string(), en: z.string() });
const citation = z.object({ document: z.string(), clause: z.string(), text: z.string().optional() });
const traceEntry = z.custom<TraceEntry>(
  (v) => typeof v === "object" && v !== null && typeof (v as { rule?: unknown }).rule === "string",
  "a trace entry",
);

export const storedChargeLineSchema = z.looseObject({
  code: z.string(),
  label: text,
  kind: z.enum(["monthly", "one-off", "possible"]),
  quantity: z.string().nullable(),
  unitPrice: z.string().nullable().optional(),
  amount: z.string(),
  citations: z.array(citation),
});

/** An explanation step as stored before the trace: its sentence in both languages. */
export const legacyStepSchema = z.object({ message: text, citations: z.array(citation) });

const termsVersionRef = z.looseObject({
  serviceId: z.string(),
  version: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable().optional(),
  computable: z.boolean().optional(),
});

const cancellationFields = {
  termsVersion: termsVersionRef,
  latestNoticeDate: z.string(),
  noticeInTime: z.boolean(),
  effectiveEndDate: z.string(),
  lastBilledDate: z.string(),
  minimumTermEndDate: z.string().nullable(),
  maximumTermEndDate: z.string().nullable(),
  confirmationDate: z.string().nullable(),
  monthlyFee: z.string().nullable().optional(),
  charges: z.array(storedChargeLineSchema),
  total: z.string(),
  totalWithTax: z.string(),
  /** Absent from quotes stored before the totals existed: summed from their lines when read. */
  oneOffTotal: z.string().nullable().optional(),
  finalMonthFee: z.string().nullable().optional(),
};

export const storedCancellationQuoteSchema = z.union([
  z.looseObject({ ...cancellationFields, trace: z.array(traceEntry) }),
  z.looseObject({ ...cancellationFields, explanation: z.array(legacyStepSchema) }),
]);
export type StoredCancellationQuote = z.infer<typeof storedCancellationQuoteSchema>;

const changeFields = {
  termsVersion: termsVersionRef,
  allowed: z.boolean(),
  reasons: z.array(text),
  monthlyBefore: z.string(),
  monthlyAfter: z.string(),
  oneOffCharges: z.array(storedChargeLineSchema),
  unpricedItems: z.array(text).optional(),
  effectiveMonthCharge: z.string(),
};

export const storedChangeQuoteSchema = z.union([
  z.looseObject({ ...changeFields, trace: z.array(traceEntry) }),
  z.looseObject({ ...changeFields, explanation: z.array(legacyStepSchema) }),
]);
export type StoredChangeQuote = z.infer<typeof storedChangeQuoteSchema>;

/** What a stored quote's explanation is made from: its trace, or the sentences stored with it. */
export function explanationSource(quote: { trace?: unknown; explanation?: unknown }): ExplanationSource {
  const trace = z.array(traceEntry).safeParse(quote.trace);
  if (trace.success) return { kind: "trace", trace: trace.data };
  const steps = z.array(legacyStepSchema).safeParse(quote.explanation);
  if (steps.success) return { kind: "sentences", steps: steps.data };
  return { kind: "none" };
}
