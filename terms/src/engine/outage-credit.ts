import type { IsoDate, ServiceDefinition } from "../dsl/index.js";
import { addDays, dayNumber, daysInMonth, fromDayNumber, parts } from "./date-arithmetic.js";
import { citationsOf, entry, notesFor, type Trace } from "./trace.js";
import { formatYen, shareOf, sumExact, truncateExact, yen } from "./money.js";
import { termsContext } from "./terms-context.js";
import { DateOutOfRangeError, requireSupportedDates, SUPPORTED_DATE_RANGE } from "./supported-dates.js";
import type { TermsVersionRef } from "./versions.js";

export interface OutageCreditOptions {
  service: ServiceDefinition;
  /** The monthly fee the credit is a share of (tax-exclusive). */
  monthlyFee: string;
  /** The day the outage started (its month sets the days of the prorated daily fee). */
  outageStart: IsoDate;
  /** Consecutive hours wholly unusable, counted from when the provider knew. */
  outageHours: number;
  /** True when the customer caused it: no credit. */
  customerFault: boolean;
}

export interface OutageCredit {
  termsVersion: TermsVersionRef;
  creditedDays: number;
  credit: string;
  trace: Trace;
}

/**
 * How many credited periods start in each calendar month: period i starts ⌊i × hours / 24⌋ days
 * after the outage starts. One step per month touched, however long the outage.
 */
export function creditedDaysByMonth(
  start: string,
  periods: number,
  hours: number,
): { month: string; days: number; daysInMonth: number }[] {
  const result: { month: string; days: number; daysInMonth: number }[] = [];
  const first = dayNumber(start);
  let i = 0;
  while (i < periods) {
    const day = fromDayNumber(first + Math.floor((i * hours) / 24));
    const { year, month, day: dom } = parts(day);
    const dim = daysInMonth(year, month);
    // Periods starting before the month's end: the largest j with first + ⌊j·hours/24⌋ ≤ monthEnd.
    const monthEnd = dayNumber(day) + (dim - dom);
    const lastInMonth = Math.min(periods - 1, Math.floor(((monthEnd - first + 1) * 24 - 1) / hours));
    result.push({ month: day.slice(0, 7), days: lastInMonth - i + 1, daysInMonth: dim });
    i = lastInMonth + 1;
  }
  return result;
}

/** The fee reduction an outage earns under the terms (none where the terms exclude it). */
export function outageCredit(o: OutageCreditOptions): OutageCredit {
  requireSupportedDates({ outageStart: o.outageStart });
  // The outage must end inside the calendar data too: this bounds the hours (and every loop below).
  if (!Number.isSafeInteger(o.outageHours) || o.outageHours < 0)
    throw new DateOutOfRangeError("outageHours", String(o.outageHours));
  const outageEnd = addDays(o.outageStart, Math.floor(o.outageHours / 24));
  if (outageEnd > SUPPORTED_DATE_RANGE.to) throw new DateOutOfRangeError("outageHours", outageEnd);
  const ctx = termsContext(o.service, o.outageStart);
  const rule = ctx.terms.outageCredit;
  const trace: Trace = [ctx.versionEntry];
  if (rule.type === "none") {
    trace.push(entry("credit.none", {}, { credit: "0" }, citationsOf(rule.cite)));
    return { termsVersion: ctx.ref, creditedDays: 0, credit: "0", trace };
  }
  if (o.customerFault) {
    trace.push(entry("credit.customerFault", {}, { credit: "0" }, citationsOf(rule.cite)));
    return { termsVersion: ctx.ref, creditedDays: 0, credit: "0", trace };
  }
  const creditedDays = Math.floor(o.outageHours / rule.hours);
  // Each full period counts as one day of the month it starts in (UTM 第28条第3項: by calendar
  // days), so an outage across a month end uses both months' lengths: the credit is the fee ×
  // Σ (days in month m / days of m), formed exactly and truncated once.
  const byMonth = creditedDaysByMonth(o.outageStart, creditedDays, rule.hours);
  const fee = yen(o.monthlyFee);
  const credit = formatYen(truncateExact(sumExact(byMonth.map((m) => shareOf(fee, m.days, m.daysInMonth)))));
  trace.push(
    entry(
      "credit.computed",
      { monthlyFee: formatYen(fee), outageHours: o.outageHours, periodHours: rule.hours, byMonth },
      { creditedDays, credit },
      citationsOf(rule.cite, ctx.terms.rounding.cite),
      notesFor(ctx.terms, "credit.computed"),
    ),
  );
  return { termsVersion: ctx.ref, creditedDays, credit, trace };
}
