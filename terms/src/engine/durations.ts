import type { Duration, IsoDate, Text } from "../dsl/index.js";
import { addDays, addMonths, parts } from "./date-arithmetic.js";
import type { Calendars } from "./business-calendar.js";

/**
 * Moves a date by a duration, forwards (+1) or backwards (-1). Months and years clamp to the end
 * of a shorter month (see addMonths); business days skip the calendar's days off.
 */
export function shiftDate(date: IsoDate, duration: Duration, direction: 1 | -1, calendars: Calendars): IsoDate {
  const n = duration.amount * direction;
  switch (duration.unit) {
    case "calendarDays":
      return addDays(date, n);
    case "businessDays":
      return calendars.get(duration.calendar ?? "").addBusinessDays(date, n);
    case "months":
      return addMonths(date, n);
    case "years":
      return addMonths(date, 12 * n);
  }
}

/**
 * The last day of a term of `duration` starting on `start`: the day before the corresponding day
 * (a 1-year term from 2026-06-01 ends 2027-05-31); where the final month has no corresponding day,
 * its last day (民法第143条第2項ただし書: 5 years from 2024-02-29 end 2029-02-28).
 */
export function termEnd(start: IsoDate, duration: Duration, calendars: Calendars): IsoDate {
  const shifted = shiftDate(start, duration, 1, calendars);
  const monthBased = duration.unit === "months" || duration.unit === "years";
  if (monthBased && parts(shifted).day < parts(start).day) return shifted;
  return addDays(shifted, -1);
}

export function describeDuration(d: Duration): Text {
  switch (d.unit) {
    case "calendarDays":
      return { ja: `${d.amount}日`, en: `${d.amount} day${d.amount === 1 ? "" : "s"}` };
    case "businessDays":
      return { ja: `${d.amount}営業日`, en: `${d.amount} business day${d.amount === 1 ? "" : "s"}` };
    case "months":
      return { ja: `${d.amount}か月`, en: `${d.amount} month${d.amount === 1 ? "" : "s"}` };
    case "years":
      return { ja: `${d.amount}年`, en: `${d.amount} year${d.amount === 1 ? "" : "s"}` };
  }
}
