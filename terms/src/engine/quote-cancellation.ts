import type { Citation, IsoDate, Scalar, ServiceDefinition } from "../dsl/index.js";
import {
  addDays,
  addMonths,
  firstOfNextMonth,
  lastOfMonth,
  maxDate,
  minDate,
  monthsBetween,
} from "./date-arithmetic.js";
import { holds } from "./conditions.js";
import { requireSupportedDate, requireSupportedDates } from "./supported-dates.js";
import { shiftDate, termEnd } from "./durations.js";
import { itemAmount, sumAmounts, taxRateOn, withTax, type ChargeLine } from "./estimate-fees.js";
import { InvalidParametersError, TermsDataError } from "./errors.js";
import { dataYen, formatYen, sumExact, truncateExact, yen, ZERO, type Money } from "./money.js";
import { calendarAssumption } from "./order-deadline.js";
import { prorateExact } from "./prorate.js";
import { termsContext, type TermsContext } from "./terms-context.js";
import { assumption, citationsOf, entry, interpretation, notesFor, type Trace } from "./trace.js";
import { validateParameters } from "./validate-parameters.js";
import type { TermsVersionRef } from "./versions.js";

export interface QuoteCancellationOptions {
  service: ServiceDefinition;
  parameters: unknown;
  /** The day service (and billing) started. */
  startDate: IsoDate;
  desiredEndDate: IsoDate;
  /** The day the notice reaches the provider. */
  noticeDate: IsoDate;
  /** The contract's own monthly fee, where the terms publish none or a quote overrides them. */
  monthlyFee?: string | undefined;
  /** The provider's recorded confirmation date, replacing the quote's assumption. */
  confirmationDate?: IsoDate | undefined;
}

export interface CancellationQuote {
  termsVersion: TermsVersionRef;
  latestNoticeDate: IsoDate;
  noticeInTime: boolean;
  effectiveEndDate: IsoDate;
  /** The last day billed (the end date, or the day before it). */
  lastBilledDate: IsoDate;
  minimumTermEndDate: IsoDate | null;
  maximumTermEndDate: IsoDate | null;
  /** The confirmation date used (recorded, or assumed), where the terms depend on one. */
  confirmationDate: IsoDate | null;
  monthlyFee: string | null;
  charges: ChargeLine[];
  /** Final month plus certain one-off charges, tax-exclusive (possible charges excluded). */
  total: string;
  totalWithTax: string;
  /**
   * What ending costs beyond the ordinary fee: early termination and a possible late-notice month
   * (null when the monthly fee is unknown).
   */
  oneOffTotal: string | null;
  /** The last month's ordinary fee, prorated where the terms say so (null when the monthly fee is unknown). */
  finalMonthFee: string | null;
  trace: Trace;
}

const finalMonthLabels = new Map<string, { ja: string; en: string }>();
/** The final month's line label, one per month (a handful in use at a time). */
function finalMonthLabel(month: string) {
  let label = finalMonthLabels.get(month);
  if (!label) {
    label = Object.freeze({ ja: `最終月（${month}）の月額料金`, en: `Final month (${month}) monthly fee` });
    if (finalMonthLabels.size > 2_000) finalMonthLabels.clear();
    finalMonthLabels.set(month, label);
  }
  return label;
}

/** The monthly fee a quote uses: the contract's own, else the fee table's, else unknown. */
function monthlyFeeOf(ctx: TermsContext, values: Record<string, Scalar>, override: string | undefined) {
  if (override !== undefined) return { amount: yen(override), source: "contract" as const };
  const amounts: (bigint | Money)[] = [];
  for (const item of ctx.terms.fees) {
    // Per-invoice fees (charged from a later billing month) are not part of the prorated monthly fee.
    if (item.kind !== "monthly" || item.fromBillingMonth !== undefined || !holds(item.when, values)) continue;
    const priced = itemAmount(ctx.service.id, item, values);
    if (priced === null) return { amount: null, source: "unpublished" as const };
    amounts.push(priced);
  }
  return { amount: sumAmounts(amounts), source: "table" as const };
}

/** Whether a waiver (e.g. licensed gateway) sets the monthly fee to zero for this configuration. */
function waivedBy(ctx: TermsContext, values: Record<string, Scalar>) {
  for (const item of ctx.terms.fees) {
    if (item.kind !== "monthly" || !holds(item.when, values)) continue;
    const waiver = item.waivers?.find((w) => holds(w.when, values));
    if (waiver) return waiver;
  }
  return undefined;
}

/**
 * What cancelling means: the last day the notice may arrive, the day the contract actually ends,
 * the minimum and maximum term ends, and the charges ending triggers (final month, early
 * termination, a possible late-notice month), with tax. Uses the terms in force on the notice date.
 */
export function quoteCancellation(options: QuoteCancellationOptions): CancellationQuote {
  const { service, startDate, desiredEndDate, noticeDate } = options;
  requireSupportedDate("startDate", startDate);
  requireSupportedDate("desiredEndDate", desiredEndDate);
  requireSupportedDate("noticeDate", noticeDate);
  requireSupportedDate("confirmationDate", options.confirmationDate);
  const ctx = termsContext(service, noticeDate);
  const values = validateParameters(service.id, ctx.terms.parameters, options.parameters);
  requireValidStartDate(ctx, startDate);
  if (desiredEndDate < startDate) {
    throw new InvalidParametersError(service.id, [
      {
        path: ["desiredEndDate"],
        message: {
          ja: `解約希望日 ${desiredEndDate} が利用開始日 ${startDate} より前です`,
          en: `the desired end date ${desiredEndDate} is before the start date ${startDate}`,
        },
      },
    ]);
  }
  const fee = monthlyFeeOf(ctx, values, options.monthlyFee);
  const waiver = waivedBy(ctx, values);
  // One object of a fixed shape (a spread of the caller's options would not be).
  return cancellationWithTerms(ctx, values, {
    service,
    parameters: options.parameters,
    startDate,
    desiredEndDate,
    noticeDate,
    monthlyFee: options.monthlyFee,
    confirmationDate: options.confirmationDate,
    monthly: waiver ? ZERO : fee.amount,
    feeSource: waiver ? "waived" : fee.source,
    waiver,
  });
}

interface QuoteInputs extends QuoteCancellationOptions {
  monthly: Money | null;
  feeSource: "contract" | "table" | "unpublished" | "waived";
  waiver: { note: { ja: string; en: string }; cite: Citation[] } | undefined;
}

/** The quote for a validated configuration whose monthly fee is known (the planner reuses it per end date). */
function cancellationWithTerms(ctx: TermsContext, values: Record<string, Scalar>, o: QuoteInputs): CancellationQuote {
  const { startDate, desiredEndDate, noticeDate, monthly } = o;
  const { terms, calendars } = ctx;
  const rule = terms.cancellation;
  const billing = terms.billing;
  const trace: Trace = [ctx.versionEntry];
  const charges: ChargeLine[] = [];
  const monthlyYen = monthly ? formatYen(monthly) : null;

  trace.push(
    entry(
      "cancellation.monthlyFee",
      { source: o.feeSource, waiver: o.waiver?.note ?? null },
      { monthly: monthlyYen },
      o.waiver ? citationsOf(o.waiver.cite) : citationsOf(billing.cite),
    ),
  );

  // Maximum term: the contract cannot continue past it. The last day of the maximum term is still
  // a day of service: where billing runs to the day before the end date, the end date is the day after it.
  const maximum = terms.limits.maximum.find((m) => holds(m.when, values));
  const maximumTermEndDate = maximum ? termEnd(startDate, maximum.duration, calendars) : null;
  const cap =
    maximumTermEndDate &&
    (billing.lastBilledDay === "dayBeforeEndDate" ? addDays(maximumTermEndDate, 1) : maximumTermEndDate);
  let target = desiredEndDate;
  if (maximum && maximumTermEndDate && cap) {
    trace.push(
      entry(
        "limits.maximum",
        { label: maximum.label, duration: maximum.duration, startDate },
        { endDate: maximumTermEndDate },
        citationsOf(maximum.cite),
        notesFor(terms, "limits.maximum"),
      ),
    );
    if (desiredEndDate > cap) {
      target = cap;
      trace.push(
        entry("limits.maximumCap", { desiredEndDate, maximumTermEndDate }, { endDate: cap }, citationsOf(maximum.cite)),
      );
    }
  }
  if (rule.endOfMonthOnly && target !== lastOfMonth(target)) {
    const aligned = lastOfMonth(target);
    trace.push(
      entry(
        "cancellation.endOfMonth",
        { desiredEndDate: target },
        { endDate: aligned },
        citationsOf(rule.cite),
        notesFor(terms, "cancellation.endOfMonth"),
      ),
    );
    target = aligned;
  }

  // Notice: the last day it may arrive for the target date.
  const deadline = noticeDeadline(ctx, target);
  const latestNoticeDate = deadline.date;
  let noticeInTime = noticeDate <= latestNoticeDate;
  const noticeCalendar = deadline.calendar ?? (rule.notice.calendar ? calendars.get(rule.notice.calendar) : undefined);
  trace.push(
    entry(
      "cancellation.notice",
      {
        notice: rule.notice,
        endDate: target,
        noticeDate,
        lastBusinessDay: deadline.calendar ? latestNoticeDate : null,
      },
      { latestNoticeDate, inTime: noticeInTime },
      citationsOf(rule.cite, noticeCalendar?.citations),
      notesFor(
        terms,
        "cancellation.notice",
        calendarAssumption(ctx, rule.notice),
        deadline.calendar ? assumption(deadline.calendar.def.assumption, deadline.calendar.citations) : null,
      ),
    ),
  );
  if (noticeCalendar) {
    // Days off inside the notice period (or, where the confirmation decides, up to the end date).
    const skipped = noticeCalendar.daysOffBetween(latestNoticeDate, deadline.calendar ? addDays(target, 1) : target);
    if (skipped.length > 0)
      trace.push(
        entry(
          "cancellation.daysOff",
          { calendar: noticeCalendar.def.name, days: skipped },
          null,
          citationsOf(noticeCalendar.citations),
        ),
      );
  }

  let effectiveEndDate = target;
  let confirmationDate: IsoDate | null = null;
  const late = rule.lateNotice;
  if (late.type === "moveEnd" && !noticeInTime) {
    effectiveEndDate = maxDate(earliestEndInTime(ctx, noticeDate, startDate), target);
    trace.push(
      entry(
        "cancellation.moveEnd",
        { noticeDate, desiredEndDate: target },
        { endDate: effectiveEndDate },
        citationsOf(late.cite),
        notesFor(terms, "cancellation.moveEnd"),
      ),
    );
  }
  if (late.type === "byConfirmation" && rule.confirmation) {
    const conf = rule.confirmation;
    const calendar = calendars.get(conf.calendar);
    const recorded = o.confirmationDate !== undefined;
    confirmationDate = o.confirmationDate ?? calendar.rollToBusinessDay(noticeDate, 1);
    trace.push(
      entry(
        "cancellation.confirmation",
        { recorded, noticeDate },
        { confirmationDate },
        citationsOf(conf.cite),
        recorded
          ? notesFor(terms, "cancellation.confirmation")
          : notesFor(terms, "cancellation.confirmation", assumption(conf.assumption, conf.cite)),
      ),
    );
    if (conf.rule.type === "confirmationPlusBusinessDays" && target <= addDays(confirmationDate, -1)) {
      effectiveEndDate = calendar.addBusinessDays(confirmationDate, conf.rule.days);
      trace.push(
        entry(
          "cancellation.afterConfirmation",
          { desiredEndDate: target, confirmationDate, businessDays: conf.rule.days },
          { endDate: effectiveEndDate },
          citationsOf(late.cite, calendar.citations),
        ),
      );
    } else if (conf.rule.type === "confirmationDate" && target < confirmationDate) {
      effectiveEndDate = confirmationDate;
      trace.push(
        entry(
          "cancellation.afterConfirmation",
          { desiredEndDate: target, confirmationDate, businessDays: null },
          { endDate: effectiveEndDate },
          citationsOf(late.cite),
        ),
      );
    } else if (!noticeInTime) {
      // UTM 第21条第2項 main text: the desired date stands even though 第1項's notice period was missed.
      trace.push(
        entry(
          "cancellation.lateStands",
          { desiredEndDate: target, confirmationDate },
          { endDate: target },
          citationsOf(late.cite),
        ),
      );
    }
  }
  // The end moved: the notice did not reach the desired date in time.
  if (effectiveEndDate !== target) noticeInTime = false;
  if (cap) effectiveEndDate = minDate(effectiveEndDate, cap);

  // The final billed month.
  const lastBilledDate =
    billing.lastBilledDay === "dayBeforeEndDate" ? maxDate(startDate, addDays(effectiveEndDate, -1)) : effectiveEndDate;
  if (billing.lastBilledDay === "dayBeforeEndDate") {
    trace.push(
      entry(
        "billing.lastBilledDay",
        { endDate: effectiveEndDate, startDate },
        { lastBilledDate, sameDay: lastBilledDate === effectiveEndDate },
        citationsOf(billing.cite),
      ),
    );
  }
  const monthStart = maxDate(startDate, `${lastBilledDate.slice(0, 7)}-01`);
  let finalMonth: Money | null = null;
  if (monthly) {
    const prorated = billing.proration.end === "daily";
    const exact = prorated ? prorateExact(monthly, monthStart, lastBilledDate) : [];
    finalMonth = prorated ? truncateExact(sumExact(exact.map((m) => m.amount))) : monthly;
    const days = exact[0]?.days ?? 0;
    const dim = exact[0]?.daysInMonth ?? 0;
    const amount = formatYen(finalMonth);
    charges.push({
      code: "final-month",
      label: finalMonthLabel(lastBilledDate.slice(0, 7)),
      kind: "monthly",
      quantity: prorated ? `${days}/${dim}` : "1",
      unitPrice: monthlyYen ?? "0",
      amount,
      citations: citationsOf(billing.cite),
    });
    trace.push(
      entry(
        "billing.finalMonth",
        { from: monthStart, to: lastBilledDate, days, daysInMonth: dim, monthly: monthlyYen ?? "0", prorated },
        { amount },
        citationsOf(billing.cite, terms.rounding.cite),
        notesFor(terms, "billing.finalMonth"),
      ),
    );
  }

  // Minimum term and early termination.
  let oneOff: Money | null = monthly ? ZERO : null;
  let earlyAmount: Money | null = null;
  const minimum = terms.limits.minimum.find((m) => holds(m.when, values));
  const minimumTermEndDate = minimum ? termEnd(startDate, minimum.duration, calendars) : null;
  if (minimum && minimumTermEndDate) {
    trace.push(
      entry(
        "limits.minimum",
        { label: minimum.label, duration: minimum.duration, startDate },
        { endDate: minimumTermEndDate },
        citationsOf(minimum.cite),
        notesFor(terms, "limits.minimum"),
      ),
    );
    const early = terms.limits.earlyTermination;
    if (effectiveEndDate < minimumTermEndDate && early) {
      const months = monthsBetween(lastBilledDate, minimumTermEndDate);
      const amount = monthly ? monthly.times(months) : null;
      const citations = citationsOf(minimum.cite, early.cite);
      if (amount && monthly) {
        earlyAmount = amount;
        oneOff = (oneOff ?? ZERO).plus(amount);
        charges.push({
          code: "early-termination",
          label: { ja: "最低利用期間内の解約（残余期間分）", en: "Early termination (remaining minimum term)" },
          kind: "one-off",
          quantity: String(months),
          unitPrice: monthlyYen,
          amount: formatYen(amount),
          citations,
        });
      }
      trace.push(
        entry(
          "limits.earlyTermination",
          { endDate: effectiveEndDate, months, monthly: monthlyYen },
          { amount: amount ? formatYen(amount) : null },
          citationsOf(early.cite),
          notesFor(terms, "limits.earlyTermination", interpretation(early.note, early.cite)),
        ),
      );
    }
  }

  // A late notice may cost the following month(s).
  if (late.type === "possibleCharge" && !noticeInTime && monthly) {
    const amount = monthly.times(late.months);
    oneOff = (oneOff ?? ZERO).plus(amount);
    const month = addMonths(`${effectiveEndDate.slice(0, 7)}-01`, 1).slice(0, 7);
    charges.push({
      code: "late-notice-month",
      label: {
        ja: `通知遅延による翌月（${month}）分の利用料金（発生する場合があります）`,
        en: `Following month (${month}) for late notice (may be charged)`,
      },
      kind: "possible",
      quantity: String(late.months),
      unitPrice: monthlyYen,
      amount: formatYen(amount),
      citations: citationsOf(late.cite),
    });
    trace.push(
      entry(
        "cancellation.lateNoticeCharge",
        { month, months: late.months, monthly: monthlyYen ?? "0" },
        { amount: formatYen(amount) },
        citationsOf(late.cite),
      ),
    );
  }

  for (const duty of rule.duties)
    trace.push(entry("cancellation.duty", { text: duty.text }, null, citationsOf(duty.cite)));

  const rate = taxRateOn(ctx.service.id, terms.tax, noticeDate);
  // Certain charges only: the final month and early termination (a late-notice month is possible).
  const total = (finalMonth ?? ZERO).plus(earlyAmount ?? ZERO);
  const totalWithTax = formatYen(withTax(total, dataYen(rate.rate)));
  const oneOffTotal = oneOff ? formatYen(oneOff) : null;
  const finalMonthFee = finalMonth ? formatYen(finalMonth) : null;
  trace.push(
    entry(
      "cancellation.totals",
      { taxRate: rate.rate },
      { total: formatYen(total), oneOffTotal: oneOffTotal ?? "0", finalMonthFee: finalMonthFee ?? "0", totalWithTax },
      citationsOf(terms.tax.cite, rate.cite, terms.rounding.cite),
      notesFor(terms, "cancellation.totals"),
    ),
  );

  return {
    termsVersion: ctx.ref,
    latestNoticeDate,
    noticeInTime,
    effectiveEndDate,
    lastBilledDate,
    minimumTermEndDate,
    maximumTermEndDate,
    confirmationDate,
    monthlyFee: monthlyYen,
    charges,
    total: formatYen(total),
    totalWithTax,
    oneOffTotal,
    finalMonthFee,
    trace,
  };
}

export interface EarliestEndOptions extends Omit<QuoteCancellationOptions, "desiredEndDate" | "noticeDate"> {
  /** The day the notice would arrive (today, for "send it now"). */
  noticeDate: IsoDate;
}

/**
 * The earliest end date a notice arriving on `noticeDate` reaches in time, quoted: the notice period
 * counted forward from the notice (aligned to a month end where the terms require, never before
 * the start date), so `latestNoticeDate` tells the customer by when the notice must arrive.
 */
export function quoteEarliestEnd(options: EarliestEndOptions): CancellationQuote {
  requireSupportedDates({ startDate: options.startDate, noticeDate: options.noticeDate });
  const ctx = termsContext(options.service, options.noticeDate);
  requireValidStartDate(ctx, options.startDate);
  return quoteCancellation({
    ...options,
    desiredEndDate: earliestEndInTime(ctx, options.noticeDate, options.startDate),
  });
}

/**
 * A start date the service cannot have is an input error naming the valid days: Flex Mobility
 * starts on the 1st of the month after the desired opening date (第5条) and QT PRO Cloud bills from
 * a 1st (spec §16①), so their start dates are always a 1st.
 */
export function requireValidStartDate(ctx: TermsContext, startDate: IsoDate, field = "startDate"): void {
  const rule = ctx.terms.billing;
  if (rule.serviceStart === "initialWorkCompletion" || startDate.endsWith("-01")) return;
  const before = `${startDate.slice(0, 7)}-01`;
  const after = firstOfNextMonth(startDate);
  const clause = rule.cite[0]?.clause ?? "";
  throw new InvalidParametersError(ctx.service.id, [
    {
      path: [field],
      message: {
        ja: `利用開始日は月の 1 日です（${clause}）。${startDate} ではなく ${before} または ${after} を指定してください`,
        en: `The service starts on the 1st of a month (${clause}): give ${before} or ${after}, not ${startDate}`,
      },
    },
  ]);
}

/**
 * The last day a notice may arrive for the contract to end on `target`: the notice period counted
 * back from it; where the end depends on the provider's confirmation (UTM/Server 第21条第2項), also
 * the last business day on or before `target` — a notice on a later day is assumed confirmed after
 * `target` (a Sunday end date needs the notice by Saturday, Server 別紙2: Monday–Saturday).
 * `calendar` is set when that confirmation bound is the one that decides.
 */
function noticeDeadline(ctx: TermsContext, target: IsoDate) {
  const rule = ctx.terms.cancellation;
  const byNotice = rule.notice.amount === 0 ? target : shiftDate(target, rule.notice, -1, ctx.calendars);
  if (rule.lateNotice.type !== "byConfirmation" || !rule.confirmation) return { date: byNotice, calendar: undefined };
  const calendar = ctx.calendars.get(rule.confirmation.calendar);
  const lastBusinessDay = calendar.rollToBusinessDay(target, -1);
  return lastBusinessDay < byNotice
    ? { date: lastBusinessDay, calendar }
    : { date: byNotice, calendar: rule.notice.amount === 0 ? calendar : undefined };
}

export function latestNoticeFor(ctx: TermsContext, target: IsoDate): IsoDate {
  return noticeDeadline(ctx, target).date;
}

/** A year of days: the search for an end date steps at most this far past the notice period. */
const MAX_SEARCH_STEPS = 400;

/**
 * The earliest end date a notice arriving on `noticeDate` reaches in time: the notice period counted
 * forward (never before `notBefore`), stepped on until counting back finds the notice in time
 * (counting forward from a day off can land a day early), then aligned to a month end where the
 * terms require. Each search is bounded: a year of steps without an answer is a data defect.
 */
export function earliestEndInTime(ctx: TermsContext, noticeDate: IsoDate, notBefore: IsoDate): IsoDate {
  const rule = ctx.terms.cancellation;
  let end = maxDate(
    rule.notice.amount === 0 ? noticeDate : shiftDate(noticeDate, rule.notice, 1, ctx.calendars),
    notBefore,
  );
  for (let i = 0; latestNoticeFor(ctx, end) < noticeDate; i++) {
    if (i > MAX_SEARCH_STEPS)
      throw new TermsDataError(ctx.service.id, "cancellation.notice", `no end date reached in time from ${noticeDate}`);
    end = addDays(end, 1);
  }
  if (rule.endOfMonthOnly) {
    end = lastOfMonth(end);
    for (let i = 0; latestNoticeFor(ctx, end) < noticeDate; i++) {
      if (i > MAX_SEARCH_STEPS)
        throw new TermsDataError(
          ctx.service.id,
          "cancellation.notice",
          `no month end reached in time from ${noticeDate}`,
        );
      end = lastOfMonth(addMonths(end, 1));
    }
  }
  return end;
}

export { cancellationWithTerms as quoteCancellationWithTerms, monthlyFeeOf, waivedBy };
