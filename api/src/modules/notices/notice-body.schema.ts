import { z } from "zod";

/**
 * A notice's body (jsonb) as it is read back: written by approveAndPublish from the published
 * version, its semantic diff and the impact on the organisation's contracts. Unknown keys pass
 * through, so GraphQL's `Notice.body` still returns the body exactly as stored.
 */
const text = z.object({ ja: z.string(), en: z.string() });
const citation = z.object({ document: z.string(), clause: z.string(), text: z.string().optional() });
const day = z.string().nullable();

export const noticeBodySchema = z.looseObject({
  serviceId: z.string(),
  serviceName: text,
  /** Legal's working name: stored by notices written before customer-facing names; never shown. */
  version: z.string().optional(),
  /** The customer-facing name (notices written since). */
  versionName: text.optional(),
  effectiveFrom: z.string(),
  changes: z.array(z.looseObject({ area: z.string(), text, citations: z.array(citation) })),
  contracts: z.array(
    z.looseObject({
      contractNumber: z.string(),
      monthlyBefore: z.string().nullable(),
      monthlyAfter: z.string().nullable(),
      earliestEndBefore: day,
      earliestEndAfter: day,
    }),
  ),
});
export type NoticeBody = z.infer<typeof noticeBodySchema>;

/** What a customer is shown: without either stored name (the customer-facing one is derived). Omit on the
 * inferred type would lose every key (unknown keys pass through: an index signature). */
export const customerNoticeBodySchema = noticeBodySchema.omit({ version: true, versionName: true });
