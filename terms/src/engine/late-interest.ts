import type { IsoDate, ServiceDefinition } from "../dsl/index.js";
import { addDays, daysBetween } from "./calendar-dates.js";
import { step, type ExplanationStep } from "./explanation.js";
import { TermsDataError } from "./errors.js";
import { yenEn, yenJa } from "./format.js";
import { formatYen, truncateExact, yen } from "./money.js";
import { termsContext } from "./terms-context.js";
import { requireSupportedDates } from "./date-range.js";
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
  explanation: ExplanationStep[];
}

/**
 * Late-payment interest: the rate (fixed or statutory on the day interest starts) × the amount ×
 * the counted days / 365, truncated to the yen. Uses the terms in force on the due date.
 */
export function lateInterest({ service, amount, dueDate, paidDate }: LateInterestOptions): LateInterest {
  requireSupportedDates({ dueDate, paidDate });
  const ctx = termsContext(service, dueDate);
  const rule = ctx.terms.lateInterest;
  const explanation: ExplanationStep[] = [ctx.versionStep];
  const principal = yen(amount);

  let due = dueDate;
  if (rule.dueDateCalendar) {
    const calendar = ctx.calendars.get(rule.dueDateCalendar);
    due = calendar.rollToBusinessDay(dueDate, -1);
    if (due !== dueDate) {
      explanation.push(
        step(
          {
            ja: `支払期限 ${dueDate} は${calendar.def.name.ja}ではないため、前営業日 ${due} が期限です。`,
            en: `The due date ${dueDate} is not a ${calendar.def.name.en} day, so the previous business day, ${due}, is the deadline.`,
          },
          rule.cite,
        ),
      );
    }
  }
  const firstDay = addDays(due, 1);
  const lastDay = rule.through === "paymentDate" ? paidDate : addDays(paidDate, -1);
  const lateBy = daysBetween(due, paidDate);

  const rate =
    rule.rate.type === "fixed"
      ? { rate: rule.rate.annualRate, cite: rule.cite }
      : [...rule.rate.rates].sort((a, b) => a.from.localeCompare(b.from)).filter((r) => r.from <= firstDay).at(-1);
  if (!rate) throw new TermsDataError(service.id, "lateInterest.rate", `no statutory rate in force on ${firstDay}`);
  const percent = yen(rate.rate).times(100).toFixed();

  if (lateBy <= 0) {
    explanation.push(step({ ja: "支払期限までに支払われたため、遅延損害金は生じません。", en: "Paid by the due date: no interest." }, rule.cite));
    return { termsVersion: ctx.ref, annualRate: rate.rate, days: 0, interest: "0", explanation };
  }
  if (rule.graceDays > 0 && lateBy <= rule.graceDays) {
    explanation.push(
      step(
        {
          ja: `支払期限の翌日から ${rule.graceDays} 日以内（${lateBy} 日後）に支払われたため、遅延損害金は生じません。`,
          en: `Paid within ${rule.graceDays} days after the due date (${lateBy} days late): no interest.`,
        },
        rule.cite,
      ),
    );
    return { termsVersion: ctx.ref, annualRate: rate.rate, days: 0, interest: "0", explanation };
  }

  const days = Math.max(0, daysBetween(firstDay, addDays(lastDay, 1)));
  // principal × rate × days / 365 as one exact fraction, truncated once (端数切捨て).
  const interest = truncateExact({ num: principal.times(rate.rate).times(days), den: rule.dayCountBasis });
  explanation.push(
    step(
      {
        ja: `${firstDay} から ${lastDay} までの ${days} 日間、年 ${percent}%（1 年を ${rule.dayCountBasis} 日として日割）: ${yenJa(principal)} × ${percent}% × ${days} / ${rule.dayCountBasis} = ${yenJa(interest)}（1 円未満切捨て）`,
        en: `${days} days from ${firstDay} to ${lastDay} at ${percent}% a year (${rule.dayCountBasis}-day year): ${yenEn(principal)} × ${percent}% × ${days} / ${rule.dayCountBasis} = ${yenEn(interest)} (fractions truncated)`,
      },
      [...rule.cite, ...("from" in rate ? rate.cite : []), ...ctx.terms.rounding.cite],
    ),
  );
  if (rule.interpretation) explanation.push(step(rule.interpretation, rule.cite));
  return { termsVersion: ctx.ref, annualRate: rate.rate, days, interest: formatYen(interest), explanation };
}
