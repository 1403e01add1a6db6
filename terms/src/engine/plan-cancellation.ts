import type { IsoDate, ServiceDefinition } from "../dsl/index.js";
import { addDays, addMonths, lastOfMonth, maxDate, minDate } from "./date-arithmetic.js";
import { holds } from "./conditions.js";
import { requireSupportedDates, SUPPORTED_DATE_RANGE } from "./supported-dates.js";
import { termEnd } from "./durations.js";
import { InvalidParametersError } from "./errors.js";
import { formatYen, yen, ZERO } from "./money.js";
import {
  earliestEndInTime,
  monthlyFeeOf,
  quoteCancellationWithTerms,
  requireValidStartDate,
  waivedBy,
  type CancellationQuote,
} from "./quote-cancellation.js";
import { termsContext } from "./terms-context.js";
import { citationsOf, entry, type Trace } from "./trace.js";
import { validateParameters } from "./validate-parameters.js";
import type { TermsVersionRef } from "./versions.js";

export type CancellationOptionReason = "earliest" | "monthEnd" | "minimumTermEnd" | "maximumTermEnd";

/** One way to end a contract: an end date with its deadline and what it costs. */
export interface CancellationOption {
  endDate: IsoDate;
  /** The last day the notice may reach the provider for this end date. */
  latestNoticeDate: IsoDate;
  /** True when a notice on the plan's notice date is in time for this end date. */
  reachable: boolean;
  /** Early termination plus a possible late-notice month, yen before tax. */
  oneOffTotal: string;
  /** The early-termination part of `oneOffTotal`. */
  earlyTermination: string;
  /** The last month's ordinary fee (prorated where the terms say so), yen before tax. */
  finalMonthFee: string;
  reasons: CancellationOptionReason[];
}

export interface CancellationPlan {
  termsVersion: TermsVersionRef;
  noticeDate: IsoDate;
  minimumTermEndDate: IsoDate | null;
  maximumTermEndDate: IsoDate | null;
  /** In order of end date. */
  options: CancellationOption[];
  /** The earliest end date reached in time that owes no early-termination charge. */
  earliestWithoutEarlyTerminationCharge: CancellationOption | null;
  /** The lowest one-off cost (ties: the earliest). */
  cheapest: CancellationOption | null;
  trace: Trace;
}

export interface PlanCancellationOptions {
  service: ServiceDefinition;
  parameters: unknown;
  startDate: IsoDate;
  /** The day the notice would reach the provider. */
  noticeDate: IsoDate;
  /** Months ahead of the notice date to list end dates for (1–60, default 24). */
  months?: number | undefined;
  /** The contract's own monthly fee, where the terms publish none. */
  monthlyFee?: string | undefined;
}

export const PLAN_MONTHS = { default: 24, max: 60 } as const;

/**
 * The cancellation planner: from a notice given on `noticeDate`, every end date over the coming
 * months — month ends only where the terms end only there; otherwise the earliest date, every
 * month end and the minimum- and maximum-term ends — each with its latest notice day, one-off cost
 * and last month's fee, quoted by the same rules as `quoteCancellation`. Dates a notice on that day
 * cannot end on (the end would move, e.g. QT PRO Cloud 第18条, UTM/Server 第21条第2項) are left out;
 * dates it reaches late but which stand (Flex 第7条第2項, with a possible charge) are listed as not
 * reachable.
 */
export function planCancellation(o: PlanCancellationOptions): CancellationPlan {
  requireSupportedDates({ startDate: o.startDate, noticeDate: o.noticeDate });
  const months = o.months ?? PLAN_MONTHS.default;
  if (!Number.isInteger(months) || months < 1 || months > PLAN_MONTHS.max) {
    throw new InvalidParametersError(o.service.id, [
      {
        path: ["months"],
        message: {
          ja: `months は 1〜${PLAN_MONTHS.max} の整数で指定してください`,
          en: `months must be a whole number from 1 to ${PLAN_MONTHS.max}`,
        },
      },
    ]);
  }
  const ctx = termsContext(o.service, o.noticeDate);
  const { terms, calendars } = ctx;
  const values = validateParameters(o.service.id, terms.parameters, o.parameters);
  requireValidStartDate(ctx, o.startDate);
  const fee = monthlyFeeOf(ctx, values, o.monthlyFee);
  const waiver = waivedBy(ctx, values);
  const monthly = waiver ? ZERO : fee.amount;
  if (monthly === null) {
    throw new InvalidParametersError(o.service.id, [
      {
        path: ["monthlyFee"],
        message: {
          ja: "この規約は月額料金を掲載していないため、契約の月額（monthlyFee）を指定してください",
          en: "these terms publish no monthly price: give the contract's monthly fee (monthlyFee)",
        },
      },
    ]);
  }

  const rule = terms.cancellation;
  const minimum = terms.limits.minimum.find((m) => holds(m.when, values));
  const maximum = terms.limits.maximum.find((m) => holds(m.when, values));
  const minimumTermEndDate = minimum ? termEnd(o.startDate, minimum.duration, calendars) : null;
  const maximumTermEndDate = maximum ? termEnd(o.startDate, maximum.duration, calendars) : null;
  // The last possible end date: the maximum term's last day is still served, so where billing runs
  // to the day before the end date, the end date is the day after it.
  const lastEnd =
    maximumTermEndDate &&
    (terms.billing.lastBilledDay === "dayBeforeEndDate" ? addDays(maximumTermEndDate, 1) : maximumTermEndDate);

  const from = maxDate(o.noticeDate, o.startDate);
  let horizon = minDate(lastOfMonth(addMonths(o.noticeDate, months)), SUPPORTED_DATE_RANGE.to);
  if (lastEnd) horizon = minDate(horizon, lastEnd);
  const earliest = earliestEndInTime(ctx, o.noticeDate, o.startDate);

  const candidates = new Map<IsoDate, CancellationOptionReason[]>();
  const add = (date: IsoDate | null, reason: CancellationOptionReason) => {
    if (!date || date < from || date > horizon) return;
    if (rule.endOfMonthOnly && date !== lastOfMonth(date)) return;
    const reasons = candidates.get(date) ?? [];
    if (!reasons.includes(reason)) reasons.push(reason);
    candidates.set(date, reasons);
  };
  add(earliest, "earliest");
  // One step per month of the horizon (at most PLAN_MONTHS.max + 1).
  for (
    let end = lastOfMonth(from), i = 0;
    end <= horizon && i <= months + 1;
    end = lastOfMonth(addMonths(`${end.slice(0, 7)}-01`, 1)), i++
  )
    add(end, "monthEnd");
  add(minimumTermEndDate, "minimumTermEnd");
  add(lastEnd, "maximumTermEnd");

  const options: CancellationOption[] = [];
  let version: TermsVersionRef = ctx.ref;
  for (const endDate of [...candidates.keys()].sort()) {
    const q: CancellationQuote = quoteCancellationWithTerms(ctx, values, {
      service: o.service,
      parameters: o.parameters,
      startDate: o.startDate,
      desiredEndDate: endDate,
      noticeDate: o.noticeDate,
      monthly,
      feeSource: waiver ? "waived" : fee.source,
      waiver,
    });
    version = q.termsVersion;
    // A date the notice cannot end on (the end moves) is not an option of its own.
    if (q.effectiveEndDate !== endDate) continue;
    const early = q.charges.find((c) => c.code === "early-termination");
    options.push({
      endDate,
      latestNoticeDate: q.latestNoticeDate,
      reachable: q.noticeInTime,
      oneOffTotal: q.oneOffTotal ?? "0",
      earlyTermination: early?.amount ?? "0",
      finalMonthFee: q.finalMonthFee ?? "0",
      reasons: candidates.get(endDate) ?? [],
    });
  }

  const earliestWithoutEarlyTerminationCharge = options.find((x) => x.reachable && x.earlyTermination === "0") ?? null;
  let cheapest: CancellationOption | null = null;
  for (const x of options) if (!cheapest || yen(x.oneOffTotal).lessThan(yen(cheapest.oneOffTotal))) cheapest = x;

  const limitCites = citationsOf(minimum?.cite, terms.limits.earlyTermination?.cite);
  const trace: Trace = [
    ctx.versionEntry,
    entry(
      "plan.options",
      { noticeDate: o.noticeDate, months, endOfMonthOnly: rule.endOfMonthOnly },
      { count: options.length, earliest: options.find((x) => x.reasons.includes("earliest"))?.endDate ?? null },
      citationsOf(rule.cite, rule.lateNotice.cite, maximum?.cite),
    ),
    entry(
      "plan.withoutEarlyTermination",
      { minimumTermEndDate },
      {
        endDate: earliestWithoutEarlyTerminationCharge?.endDate ?? null,
        latestNoticeDate: earliestWithoutEarlyTerminationCharge?.latestNoticeDate ?? null,
      },
      limitCites.length > 0 ? limitCites : citationsOf(rule.cite),
    ),
    entry(
      "plan.cheapest",
      {},
      { endDate: cheapest?.endDate ?? null, oneOffTotal: cheapest ? formatYen(yen(cheapest.oneOffTotal)) : null },
      citationsOf(rule.cite, rule.lateNotice.cite, terms.limits.earlyTermination?.cite),
    ),
  ];

  return {
    termsVersion: version,
    noticeDate: o.noticeDate,
    minimumTermEndDate,
    maximumTermEndDate,
    options,
    earliestWithoutEarlyTerminationCharge,
    cheapest,
    trace,
  };
}
