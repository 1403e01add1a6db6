import { z } from "zod";

/**
 * Where a value or rule comes from. Every building block carries at least one: a rule the engine
 * applies must be able to say which clause it applied.
 */
export const citationSchema = z.object({
  /** Source document id, e.g. "qtpro-flex-mobility.terms" (file `<id>.ja.txt` in the seeds). */
  document: z.string().min(1),
  /** 条/項/号 or 別紙 section, e.g. "第8条第9項" or "別紙1 2.(1)①". */
  clause: z.string().min(1),
  /** The quoted source sentence, verbatim (whitespace aside). */
  text: z.string().min(1).optional(),
});
export type Citation = z.infer<typeof citationSchema>;

/** A non-empty list of citations: a rule without a source is a validation error. */
export const citationsSchema = z.array(citationSchema).min(1, "every rule must cite its clause");
