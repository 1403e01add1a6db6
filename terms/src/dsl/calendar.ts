import { z } from "zod";
import { isoDateSchema, textSchema } from "./common.js";
import { citationsSchema } from "./citation.js";

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected MM-DD");

/**
 * A named, versioned business-day calendar: the weekdays that can be business days, whether
 * national holidays (from the @holiday-jp dataset) are excluded, and company closures as data.
 */
export const calendarSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The calendar's own version, e.g. the date it was last confirmed against its source. */
  version: z.string().min(1),
  name: textSchema,
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workdays: z.array(z.number().int().min(1).max(7)).min(1),
  nationalHolidays: z.boolean(),
  /** Closures every year, inclusive; `from` after `to` wraps the year end (12-29 … 01-04). */
  closures: z.array(z.strictObject({ from: monthDay, to: monthDay, label: textSchema })),
  /** Where the sources do not define business days: the assumption made, shown to users. */
  assumption: textSchema.optional(),
  cite: citationsSchema,
});
export type CalendarDef = z.infer<typeof calendarSchema>;

/** A length of time as the terms state it. */
export const durationSchema = z
  .strictObject({
    amount: z.number().int().nonnegative(),
    unit: z.enum(["calendarDays", "businessDays", "months", "years"]),
    /** Which calendar counts business days (required for businessDays). */
    calendar: z.string().optional(),
    /**
     * Months and years: a day the target month lacks becomes its last day ("clamp": 01-31 + 1 month
     * = 02-28/29, and a term from 2024-02-29 ends 2029-02-28, 民法第143条第2項ただし書).
     */
    monthEnd: z.enum(["clamp"]).default("clamp"),
  })
  .refine((d) => d.unit !== "businessDays" || d.calendar !== undefined, {
    message: "a duration in business days names its calendar",
    path: ["calendar"],
  });
export type Duration = z.infer<typeof durationSchema>;

/** A dated rate, e.g. the statutory interest rate under 民法第404条. */
export const datedRateSchema = z.strictObject({ from: isoDateSchema, rate: z.string().regex(/^\d+(\.\d+)?$/), cite: citationsSchema });
