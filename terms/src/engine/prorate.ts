import type { IsoDate } from "../dsl/index.js";
import { dayNumber, daysInMonth, isoDate, monthsBetween, parts } from "./date-arithmetic.js";
import { shareOf, sumExact, truncateExact, type ExactYen, type Money } from "./money.js";

export interface ProratedMonth {
  month: string;
  days: number;
  daysInMonth: number;
  /** The month's exact share of the fee (a whole month is the full fee). */
  amount: ExactYen;
}

/**
 * A monthly fee for the days from `from` to `to` inclusive, month by month, each month by its own
 * calendar days (a whole month is the full fee). Shares are exact; callers sum them and truncate
 * once. The loop runs once per calendar month of the period, and not at all when `to` < `from`.
 */
export function prorateExact(monthly: Money, from: IsoDate, to: IsoDate): ProratedMonth[] {
  const result: ProratedMonth[] = [];
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (last < first) return result;
  const start = parts(from);
  const months = monthsBetween(from, to);
  for (let i = 0; i <= months; i++) {
    const index = start.year * 12 + start.month - 1 + i;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const dim = daysInMonth(year, month);
    const monthFirst = dayNumber(isoDate(year, month, 1));
    const days = Math.min(last, monthFirst + dim - 1) - Math.max(first, monthFirst) + 1;
    result.push({
      month: isoDate(year, month, 1).slice(0, 7),
      days,
      daysInMonth: dim,
      amount: shareOf(monthly, days, dim),
    });
  }
  return result;
}

/** The prorated fee for a period, formed exactly and truncated once at the end. */
export function prorate(monthly: Money, from: IsoDate, to: IsoDate): Money {
  return truncateExact(sumExact(prorateExact(monthly, from, to).map((m) => m.amount)));
}

/**
 * The fee for the month containing a change effective on `effectiveDate`: the old fee for the days
 * before it and the new fee from it, each by the month's calendar days, summed over the common
 * denominator and truncated once.
 */
export function prorateChange(
  before: Money,
  after: Money,
  effectiveDate: IsoDate,
): { amount: Money; oldDays: number; newDays: number; daysInMonth: number } {
  const { year, month, day } = parts(effectiveDate);
  const dim = daysInMonth(year, month);
  const oldDays = day - 1;
  const newDays = dim - oldDays;
  const exact = sumExact([shareOf(before, oldDays, dim), shareOf(after, newDays, dim)]);
  return { amount: truncateExact(exact), oldDays, newDays, daysInMonth: dim };
}
