import { z } from "zod";

/** A text shown to people, in Japanese (authoritative) and English. */
export const textSchema = z.object({
  ja: z.string().min(1),
  en: z.string().min(1),
});
export type Text = z.infer<typeof textSchema>;

/** A calendar date in Japan, ISO "YYYY-MM-DD". */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "not a calendar date");
export type IsoDate = z.infer<typeof isoDateSchema>;

/** Yen as an exact decimal string; never a binary float. */
export const yenSchema = z.string().regex(/^\d+(\.\d+)?$/, "expected yen as a decimal string");
export type Yen = z.infer<typeof yenSchema>;

/** An exact rate as a decimal string, e.g. "0.10" or "0.146". */
export const rateSchema = z.string().regex(/^\d+(\.\d+)?$/, "expected a rate as a decimal string");

/** A parameter value: what a configuration key can hold. */
export const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);
export type Scalar = z.infer<typeof scalarSchema>;
