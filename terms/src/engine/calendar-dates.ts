import type { IsoDate } from "../dsl/index.js";

/**
 * Calendar-date arithmetic on ISO strings. Dates are days, not instants: everything goes through a
 * day number (days since 1970-01-01) computed in UTC, so no time zone can shift a date.
 */

const MS_PER_DAY = 86_400_000;

export function dayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  const [year = NaN, month = NaN, day = NaN] = date.split("-").map(Number);
  return { year, month, day };
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function firstOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parts(date);
  return isoDate(year, month, 1);
}

export function lastOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parts(date);
  return isoDate(year, month, daysInMonth(year, month));
}

export function firstOfNextMonth(date: IsoDate): IsoDate {
  return addDays(lastOfMonth(date), 1);
}

/**
 * Adds calendar months. A day that does not exist in the target month is clamped to its last day
 * (01-31 + 1 month = 02-28, or 02-29 in a leap year): the usual reading of "N か月" in Japanese
 * contracts (民法第143条: a period ends on the day before the corresponding day; with no
 * corresponding day, on the last day of the month).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Calendar months from the month of `a` to the month of `b` (0 when the same month). */
export function monthsBetween(a: IsoDate, b: IsoDate): number {
  const pa = parts(a);
  const pb = parts(b);
  return (pb.year - pa.year) * 12 + (pb.month - pa.month);
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
