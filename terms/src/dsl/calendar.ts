import { z } from "zod";
import { textSchema } from "./common.js";
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
