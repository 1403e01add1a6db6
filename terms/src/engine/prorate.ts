import type { IsoDate } from "../dsl/index.js";
import { addDays, daysBetween, daysInMonth, firstOfNextMonth, lastOfMonth, minDate, parts } from "./calendar-dates.js";
import { truncateYen, type Money } from "./money.js";

export interface ProratedMonth {
  month: string;
  days: number;
  daysInMonth: number;
  amount: Money;
}

/**
 * A monthly fee for the days from `from` to `to` inclusive, month by month, each month by its own
 * calendar days (a whole month is the full fee). Amounts are exact; callers truncate once.
 */
export function prorateExact(monthly: Money, from: IsoDate, to: IsoDate): ProratedMonth[] {
  const result: ProratedMonth[] = [];
  for (let start = from; start <= to; start = firstOfNextMonth(start)) {
    const end = minDate(lastOfMonth(start), to);
    const { year, month } = parts(start);
    const dim = daysInMonth(year, month);
    const days = daysBetween(start, addDays(end, 1));
    result.push({
      month: start.slice(0, 7),
      days,
      daysInMonth: dim,
      amount: days === dim ? monthly : monthly.times(days).dividedBy(dim),
    });
  }
  return result;
}

/** The prorated fee for a period, fractions of a yen truncated once at the end. */
export function prorate(monthly: Money, from: IsoDate, to: IsoDate): Money {
  return truncateYen(prorateExact(monthly, from, to).reduce((sum, m) => sum.plus(m.amount), monthly.times(0)));
}
