import { z } from "zod";

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
