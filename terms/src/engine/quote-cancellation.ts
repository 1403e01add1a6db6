import type { Citation, IsoDate, Scalar, ServiceDefinition } from "../dsl/index.js";
import { addDays, addMonths, firstOfNextMonth, lastOfMonth, maxDate, minDate, monthsBetween } from "./calendar-dates.js";
import { holds } from "./conditions.js";
import { describeDuration, shiftDate, termEnd } from "./durations.js";
import { priceItem, taxRateOn, withTax, type ChargeLine } from "./estimate-fees.js";
import { step, type ExplanationStep } from "./explanation.js";
import { InvalidParametersError, TermsDataError } from "./errors.js";
import { yenEn, yenJa } from "./format.js";
import { formatYen, sumExact, sumYen, truncateExact, yen, type Money } from "./money.js";
import { prorateExact } from "./prorate.js";
import { termsContext, type TermsContext } from "./terms-context.js";
import { validateParameters } from "./validate-parameters.js";
import { requireSupportedDates } from "./date-range.js";
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
  total: string;
  totalWithTax: string;
  explanation: ExplanationStep[];
}

/** The monthly fee a quote uses: the contract's own, else the fee table's, else unknown. */
function monthlyFeeOf(ctx: TermsContext, values: Record<string, Scalar>, override: string | undefined) {
  if (override !== undefined) return { amount: yen(override), source: "contract" as const };
  let amount = yen(0);
  for (const item of ctx.terms.fees) {
    // Per-invoice fees (charged from a later billing month) are not part of the prorated monthly fee.
    if (item.kind !== "monthly" || item.fromBillingMonth !== undefined || !holds(item.when, values)) continue;
    const priced = priceItem(ctx.service.id, item, values, false);
    if ("unpriced" in priced) return { amount: null, source: "unpublished" as const };
    amount = amount.plus(priced.amount);
  }
  return { amount, source: "table" as const };
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
  requireSupportedDates({ startDate, desiredEndDate, noticeDate, confirmationDate: options.confirmationDate });
  const ctx = termsContext(service, noticeDate);
  const { terms, calendars } = ctx;
  const rule = terms.cancellation;
  const values = validateParameters(service.id, terms.parameters, options.parameters);
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
  const explanation: ExplanationStep[] = [ctx.versionStep];
  const charges: ChargeLine[] = [];

  const fee = monthlyFeeOf(ctx, values, options.monthlyFee);
  const waiver = waivedBy(ctx, values);
  const monthly: Money | null = waiver ? yen(0) : fee.amount;
  if (waiver) explanation.push(step(waiver.note, waiver.cite));
  else if (fee.source === "contract") {
    explanation.push(step({ ja: `契約の月額 ${yenJa(fee.amount)} を用います。`, en: `Using the contract's monthly fee of ${yenEn(fee.amount)}.` }, terms.billing.cite));
  } else if (fee.source === "unpublished") {
    explanation.push(
      step(
        {
          ja: "月額料金は規約に掲載されていない（別の料金表による）ため、金額は契約の月額が分かるまで計算できません。",
          en: "The monthly fee is not published in the terms (a separate price list), so amounts need the contract's monthly fee.",
        },
        terms.billing.cite,
      ),
    );
  }

  // Maximum term: the contract cannot continue past it.
  const maximum = terms.limits.maximum.find((m) => holds(m.when, values));
  const maximumTermEndDate = maximum ? termEnd(startDate, maximum.duration, calendars) : null;
  let target = desiredEndDate;
  if (maximum && maximumTermEndDate) {
    const d = describeDuration(maximum.duration);
    explanation.push(
      step(
        { ja: `${maximum.label.ja}: 利用開始日 ${startDate} から ${d.ja} → ${maximumTermEndDate} まで`, en: `${maximum.label.en}: ${d.en} from ${startDate} → until ${maximumTermEndDate}` },
        maximum.cite,
      ),
    );
    // The last day of the maximum term is still a day of service: where billing runs to the day
    // before the end date, the end date is the day after it.
    const cap = terms.billing.lastBilledDay === "dayBeforeEndDate" ? addDays(maximumTermEndDate, 1) : maximumTermEndDate;
    if (desiredEndDate > cap) {
      target = cap;
      explanation.push(
        step(
          { ja: `解約希望日は最大利用期間（${maximumTermEndDate} まで）の後のため、解約日は ${cap} です。`, en: `The desired date is after the maximum term (until ${maximumTermEndDate}), so the contract ends on ${cap}.` },
          maximum.cite,
        ),
      );
    }
  }
  if (rule.endOfMonthOnly && target !== lastOfMonth(target)) {
    const aligned = lastOfMonth(target);
    explanation.push(
      step(
        { ja: `解約日は課金単位月の末日に限られるため、${target} を含む月の末日 ${aligned} とします。`, en: `The contract can only end on the last day of a billing month: ${aligned}, the end of the month containing ${target}.` },
        rule.cite,
      ),
    );
    target = aligned;
  }

  // Notice: the last day it may arrive for the target date.
  const latestNoticeDate = latestNoticeFor(ctx, target);
  let noticeInTime = noticeDate <= latestNoticeDate;
  const noticeText = describeDuration(rule.notice);
  const calendarCite: Citation[] = rule.notice.calendar ? calendars.get(rule.notice.calendar).citations : [];
  explanation.push(
    step(
      rule.notice.amount === 0
        ? { ja: `解約の通知期限は定められていません。通知日 ${noticeDate}。`, en: `No minimum notice is set. Notice arrives ${noticeDate}.` }
        : {
            ja: `解約の通知は解約希望日の ${noticeText.ja}前まで: ${target} の ${noticeText.ja}前は ${latestNoticeDate}。通知日 ${noticeDate} は${noticeInTime ? "期限内" : "期限後"}です。`,
            en: `Notice must arrive ${noticeText.en} before the end date: ${noticeText.en} before ${target} is ${latestNoticeDate}. Notice on ${noticeDate} is ${noticeInTime ? "in time" : "late"}.`,
          },
      [...rule.cite, ...calendarCite],
    ),
  );
  if (rule.notice.unit === "businessDays" && rule.notice.calendar) {
    const skipped = calendars.get(rule.notice.calendar).daysOffBetween(latestNoticeDate, target);
    if (skipped.length > 0) {
      explanation.push(
        step(
          {
            ja: `営業日に数えない日: ${skipped.map((s) => `${s.date}（${s.reason.ja}）`).join("、")}`,
            en: `Not counted as business days: ${skipped.map((s) => `${s.date} (${s.reason.en})`).join(", ")}`,
          },
          calendarCite,
        ),
      );
    }
  }

  let effectiveEndDate = target;
  let confirmationDate: IsoDate | null = null;
  const late = rule.lateNotice;
  if (late.type === "moveEnd" && !noticeInTime) {
    effectiveEndDate = maxDate(earliestEndInTime(ctx, noticeDate, startDate), target);
    explanation.push(
      step(
        { ja: `通知が期限後のため、通知が間に合う最も早い日 ${effectiveEndDate} が解約日になります。`, en: `The notice is late, so the contract ends on the earliest date it reaches in time: ${effectiveEndDate}.` },
        late.cite,
      ),
    );
  }
  if (late.type === "byConfirmation" && rule.confirmation) {
    const conf = rule.confirmation;
    const calendar = calendars.get(conf.calendar);
    confirmationDate = options.confirmationDate ?? calendar.rollToBusinessDay(noticeDate, 1);
    explanation.push(
      step(
        options.confirmationDate
          ? { ja: `当社の確認完了日（記録済み）: ${confirmationDate}`, en: `The provider's recorded confirmation date: ${confirmationDate}` }
          : { ja: `${conf.assumption.ja} → ${confirmationDate}`, en: `${conf.assumption.en} → ${confirmationDate}` },
        conf.cite,
      ),
    );
    if (conf.rule.type === "confirmationPlusBusinessDays" && target <= addDays(confirmationDate, -1)) {
      effectiveEndDate = calendar.addBusinessDays(confirmationDate, conf.rule.days);
      explanation.push(
        step(
          {
            ja: `解約希望日 ${target} は確認完了日の前日以前のため、確認完了日の ${conf.rule.days} 営業日後 ${effectiveEndDate} が解約日です。`,
            en: `The desired date ${target} is on or before the day before confirmation, so the contract ends ${conf.rule.days} business days after confirmation: ${effectiveEndDate}.`,
          },
          [...late.cite, ...calendar.citations],
        ),
      );
    }
    if (conf.rule.type === "confirmationDate" && target < confirmationDate) {
      effectiveEndDate = confirmationDate;
      explanation.push(
        step(
          { ja: `解約希望日 ${target} は確認完了日より前のため、確認完了日 ${confirmationDate} が解約日です。`, en: `The desired date ${target} is before confirmation, so the contract ends on the confirmation date ${confirmationDate}.` },
          late.cite,
        ),
      );
    }
  }
  // The end moved by the confirmation: the notice did not reach the desired date in time.
  if (effectiveEndDate !== target) noticeInTime = false;
  if (maximumTermEndDate) {
    effectiveEndDate = minDate(effectiveEndDate, terms.billing.lastBilledDay === "dayBeforeEndDate" ? addDays(maximumTermEndDate, 1) : maximumTermEndDate);
  }

  // The final billed month.
  const billing = terms.billing;
  const lastBilledDate =
    billing.lastBilledDay === "dayBeforeEndDate" ? maxDate(startDate, addDays(effectiveEndDate, -1)) : effectiveEndDate;
  if (billing.lastBilledDay === "dayBeforeEndDate") {
    explanation.push(
      step(
        { ja: `月額料金は解約日の前日 ${lastBilledDate} までの分です（開始日と解約日が同日なら 1 日分）。`, en: `The monthly fee runs to the day before the end date, ${lastBilledDate} (one day if they coincide).` },
        billing.cite,
      ),
    );
  }
  const monthStart = maxDate(startDate, `${lastBilledDate.slice(0, 7)}-01`);
  if (monthly) {
    const prorated = billing.proration.end === "daily";
    const exact = prorated ? prorateExact(monthly, monthStart, lastBilledDate) : [];
    const amount = prorated ? truncateExact(sumExact(exact.map((m) => m.amount))) : monthly;
    const days = exact[0]?.days ?? 0;
    const dim = exact[0]?.daysInMonth ?? 0;
    charges.push({
      code: "final-month",
      label: { ja: `最終月（${lastBilledDate.slice(0, 7)}）の月額料金`, en: `Final month (${lastBilledDate.slice(0, 7)}) monthly fee` },
      kind: "monthly",
      quantity: prorated ? `${days}/${dim}` : "1",
      unitPrice: formatYen(monthly),
      amount: formatYen(amount),
      citations: billing.cite,
    });
    explanation.push(
      step(
        prorated && days !== dim
          ? { ja: `最終月は ${monthStart} から ${lastBilledDate} までの ${days} 日分を日割: ${yenJa(monthly)} × ${days}/${dim} = ${yenJa(amount)}（1 円未満切捨て）`, en: `The final month is prorated for ${days} days (${monthStart} to ${lastBilledDate}): ${yenEn(monthly)} × ${days}/${dim} = ${yenEn(amount)} (fractions truncated)` }
          : { ja: `最終月は日割りせず 1 か月分: ${yenJa(amount)}`, en: `The final month is charged in full, not prorated: ${yenEn(amount)}` },
        [...billing.cite, ...terms.rounding.cite],
      ),
    );
  }

  // Minimum term and early termination.
  const minimum = terms.limits.minimum.find((m) => holds(m.when, values));
  const minimumTermEndDate = minimum ? termEnd(startDate, minimum.duration, calendars) : null;
  if (minimum && minimumTermEndDate) {
    const d = describeDuration(minimum.duration);
    explanation.push(
      step(
        { ja: `${minimum.label.ja}: 利用開始日 ${startDate} から ${d.ja} → ${minimumTermEndDate} まで`, en: `${minimum.label.en}: ${d.en} from ${startDate} → until ${minimumTermEndDate}` },
        minimum.cite,
      ),
    );
    const early = terms.limits.earlyTermination;
    if (effectiveEndDate < minimumTermEndDate && early) {
      const months = monthsBetween(lastBilledDate, minimumTermEndDate);
      const amount = monthly ? monthly.times(months) : null;
      if (amount) {
        charges.push({
          code: "early-termination",
          label: { ja: "最低利用期間内の解約（残余期間分）", en: "Early termination (remaining minimum term)" },
          kind: "one-off",
          quantity: String(months),
          unitPrice: formatYen(monthly as Money),
          amount: formatYen(amount),
          citations: [...minimum.cite, ...early.cite],
        });
      }
      explanation.push(
        step(
          amount
            ? { ja: `解約日 ${effectiveEndDate} は最低利用期間内のため、残余 ${months} か月分を一括で支払います: ${yenJa(amount)}`, en: `The end date ${effectiveEndDate} is inside the minimum term: the remaining ${months} months are due at once: ${yenEn(amount)}` }
            : { ja: `解約日 ${effectiveEndDate} は最低利用期間内のため、残余 ${months} か月分の月額料金を一括で支払います（金額は契約の月額によります）。`, en: `The end date ${effectiveEndDate} is inside the minimum term: the remaining ${months} months' fees are due at once (the amount depends on the contract's monthly fee).` },
          [...early.cite],
        ),
      );
      if (early.note) explanation.push(step(early.note, early.cite));
    }
  }

  // A late notice may cost the following month(s).
  if (late.type === "possibleCharge" && !noticeInTime && monthly) {
    const amount = monthly.times(late.months);
    const month = addMonths(`${effectiveEndDate.slice(0, 7)}-01`, 1).slice(0, 7);
    charges.push({
      code: "late-notice-month",
      label: { ja: `通知遅延による翌月（${month}）分の利用料金（発生する場合があります）`, en: `Following month (${month}) for late notice (may be charged)` },
      kind: "possible",
      quantity: String(late.months),
      unitPrice: formatYen(monthly),
      amount: formatYen(amount),
      citations: late.cite,
    });
    explanation.push(
      step(
        { ja: `通知が期限後のため、解約希望日を含む月の翌月分 ${yenJa(amount)} が請求される場合があります（合計には含めていません）。`, en: `The notice is late, so the following month's fee of ${yenEn(amount)} may be charged (not included in the total).` },
        late.cite,
      ),
    );
  }

  for (const duty of rule.duties) explanation.push(step(duty.text, duty.cite));

  const rate = taxRateOn(service.id, terms.tax, noticeDate);
  const total = sumYen(charges.filter((c) => c.kind !== "possible").map((c) => yen(c.amount)));
  explanation.push(
    step(
      { ja: `合計 ${yenJa(total)}（税抜、発生の可能性がある費用を除く）に消費税を加算し、1 円未満は切り捨てます。`, en: `Total ${yenEn(total)} (tax-exclusive, possible charges excluded); consumption tax added, fractions truncated.` },
      [...terms.tax.cite, ...rate.cite, ...terms.rounding.cite],
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
    monthlyFee: monthly ? formatYen(monthly) : null,
    charges,
    total: formatYen(total),
    totalWithTax: formatYen(withTax(total, yen(rate.rate))),
    explanation,
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
  return quoteCancellation({ ...options, desiredEndDate: earliestEndInTime(ctx, options.noticeDate, options.startDate) });
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
 */
export function latestNoticeFor(ctx: TermsContext, target: IsoDate): IsoDate {
  const rule = ctx.terms.cancellation;
  const byNotice = rule.notice.amount === 0 ? target : shiftDate(target, rule.notice, -1, ctx.calendars);
  if (rule.lateNotice.type !== "byConfirmation" || !rule.confirmation) return byNotice;
  return minDate(byNotice, ctx.calendars.get(rule.confirmation.calendar).rollToBusinessDay(target, -1));
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
  let end = maxDate(rule.notice.amount === 0 ? noticeDate : shiftDate(noticeDate, rule.notice, 1, ctx.calendars), notBefore);
  for (let i = 0; latestNoticeFor(ctx, end) < noticeDate; i++) {
    if (i > MAX_SEARCH_STEPS) throw new TermsDataError(ctx.service.id, "cancellation.notice", `no end date reached in time from ${noticeDate}`);
    end = addDays(end, 1);
  }
  if (rule.endOfMonthOnly) {
    end = lastOfMonth(end);
    for (let i = 0; latestNoticeFor(ctx, end) < noticeDate; i++) {
      if (i > MAX_SEARCH_STEPS) throw new TermsDataError(ctx.service.id, "cancellation.notice", `no month end reached in time from ${noticeDate}`);
      end = lastOfMonth(addMonths(end, 1));
    }
  }
  return end;
}
