import type { IsoDate, ServiceDefinition } from "../dsl/index.js";
import { addDays, daysBetween } from "./date-arithmetic.js";
import { requireSupportedDates } from "./supported-dates.js";
import { TermsDataError } from "./errors.js";
import { formatYen, truncateExact, yen } from "./money.js";
import { termsContext } from "./terms-context.js";
import { assumption, citationsOf, entry, interpretation, notesFor, type Trace } from "./trace.js";
import type { TermsVersionRef } from "./versions.js";

export interface LateInterestOptions {
  service: ServiceDefinition;
  /** The overdue amount in yen (decimal string). */
  amount: string;
  dueDate: IsoDate;
  paidDate: IsoDate;
}

export interface LateInterest {
  termsVersion: TermsVersionRef;
  annualRate: string;
  days: number;
  interest: string;
  trace: Trace;
}

/**
 * Late-payment interest: the rate (fixed or statutory on the day interest starts) × the amount ×
 * the counted days / 365, formed exactly and truncated once to the yen. Uses the terms in force on
 * the due date.
 */
export function lateInterest({ service, amount, dueDate, paidDate }: LateInterestOptions): LateInterest {
  requireSupportedDates({ dueDate, paidDate });
  const ctx = termsContext(service, dueDate);
  const rule = ctx.terms.lateInterest;
  const trace: Trace = [ctx.versionEntry];
  const principal = yen(amount);
  const ruleCites = citationsOf(rule.cite);

  let due = dueDate;
  if (rule.dueDateCalendar) {
    const calendar = ctx.calendars.get(rule.dueDateCalendar);
    due = calendar.rollToBusinessDay(dueDate, -1);
    if (due !== dueDate)
      trace.push(
        entry(
          "interest.dueDate",
          { dueDate, calendar: calendar.def.name },
          { dueDate: due },
          citationsOf(rule.cite, calendar.citations),
        ),
      );
  }
  const firstDay = addDays(due, 1);
  const lastDay = rule.through === "paymentDate" ? paidDate : addDays(paidDate, -1);
  const lateBy = daysBetween(due, paidDate);

  let rate: { rate: string; cite?: typeof rule.cite } | undefined;
  let beyondKnown = null;
  if (rule.rate.type === "fixed") {
    rate = { rate: rule.rate.annualRate };
  } else {
    let found: (typeof rule.rate.rates)[number] | undefined;
    for (const r of rule.rate.rates) if (r.from <= firstDay && (!found || r.from > found.from)) found = r;
    rate = found;
    // 民法第404条: the statutory rate is set for three years at a time; past the last period known,
    // the rate used is an assumption and the trace says so.
    if (rule.rate.knownThrough && firstDay > rule.rate.knownThrough && rule.rate.beyondKnown) {
      beyondKnown = assumption(rule.rate.beyondKnown.text, citationsOf(rule.rate.beyondKnown.cite));
    }
  }
  if (!rate) throw new TermsDataError(service.id, "lateInterest.rate", `no statutory rate in force on ${firstDay}`);

  if (lateBy <= 0) {
    trace.push(entry("interest.paidInTime", { dueDate: due, paidDate }, { interest: "0" }, ruleCites));
    return { termsVersion: ctx.ref, annualRate: rate.rate, days: 0, interest: "0", trace };
  }
  if (rule.graceDays > 0 && lateBy <= rule.graceDays) {
    trace.push(entry("interest.grace", { graceDays: rule.graceDays, daysLate: lateBy }, { interest: "0" }, ruleCites));
    return { termsVersion: ctx.ref, annualRate: rate.rate, days: 0, interest: "0", trace };
  }

  const days = Math.max(0, daysBetween(firstDay, addDays(lastDay, 1)));
  // principal × rate × days / 365 as one exact fraction, truncated once (端数切捨て).
  const interest = formatYen(truncateExact({ num: principal.times(rate.rate).times(days), den: rule.dayCountBasis }));
  trace.push(
    entry(
      "interest.computed",
      {
        principal: formatYen(principal),
        annualRate: rate.rate,
        from: firstDay,
        to: lastDay,
        days,
        dayCountBasis: rule.dayCountBasis,
      },
      { interest },
      citationsOf(rule.cite, rate.cite, ctx.terms.rounding.cite),
      notesFor(ctx.terms, "interest.computed", interpretation(rule.interpretation, rule.cite), beyondKnown),
    ),
  );
  return { termsVersion: ctx.ref, annualRate: rate.rate, days, interest, trace };
}
