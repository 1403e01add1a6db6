import type { IsoDate, Permission, ServiceDefinition, Text } from "../dsl/index.js";
import { addDays, dayNumber, daysInMonth, fromDayNumber, parts } from "./calendar-dates.js";
import { withTax, taxRateOn } from "./estimate-fees.js";
import { step, type ExplanationStep } from "./explanation.js";
import { NoSuchRuleError } from "./errors.js";
import { yenEn, yenJa } from "./format.js";
import { formatYen, shareOf, sumExact, truncateExact, truncateYen, yen } from "./money.js";
import { termsContext } from "./terms-context.js";
import { DateOutOfRangeError, requireSupportedDates, SUPPORTED_DATE_RANGE } from "./date-range.js";
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
  explanation: ExplanationStep[];
}

/**
 * How many credited periods start in each calendar month: period i starts ⌊i × hours / 24⌋ days
 * after the outage starts. One step per month touched, however long the outage.
 */
export function creditedDaysByMonth(start: string, periods: number, hours: number): { month: string; days: number; daysInMonth: number }[] {
  const result: { month: string; days: number; daysInMonth: number }[] = [];
  const first = dayNumber(start);
  let i = 0;
  while (i < periods) {
    const day = fromDayNumber(first + Math.floor((i * hours) / 24));
    const { year, month } = parts(day);
    const dim = daysInMonth(year, month);
    // Periods starting before the month's end: the largest j with first + ⌊j·hours/24⌋ ≤ monthEnd.
    const monthEnd = dayNumber(day) + (dim - parts(day).day);
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
  if (!Number.isSafeInteger(o.outageHours) || o.outageHours < 0) {
    throw new DateOutOfRangeError("outageHours", String(o.outageHours));
  }
  const outageEnd = addDays(o.outageStart, Math.floor(o.outageHours / 24));
  if (outageEnd > SUPPORTED_DATE_RANGE.to) throw new DateOutOfRangeError("outageHours", outageEnd);
  const ctx = termsContext(o.service, o.outageStart);
  const rule = ctx.terms.outageCredit;
  const explanation: ExplanationStep[] = [ctx.versionStep];
  if (rule.type === "none") {
    explanation.push(step({ ja: "この規約では、利用できない状態が生じても料金は減額されません。", en: "These terms give no fee reduction for outages." }, rule.cite));
    return { termsVersion: ctx.ref, creditedDays: 0, credit: "0", explanation };
  }
  if (o.customerFault) {
    explanation.push(step({ ja: "契約者の責による場合は減額されません。", en: "No credit when the customer caused the outage." }, rule.cite));
    return { termsVersion: ctx.ref, creditedDays: 0, credit: "0", explanation };
  }
  const creditedDays = Math.floor(o.outageHours / rule.hours);
  // Each full period counts as one day of the month it starts in (UTM 第28条第3項: by calendar
  // days), so an outage across a month end uses both months' lengths: the credit is the fee ×
  // Σ (days in month m / days of m), formed exactly and truncated once.
  const credit = truncateExact(sumExact(creditedDaysByMonth(o.outageStart, creditedDays, rule.hours).map((m) => shareOf(yen(o.monthlyFee), m.days, m.daysInMonth))));
  const { year, month } = parts(o.outageStart);
  const dim = daysInMonth(year, month);
  explanation.push(
    step(
      creditedDays === 0
        ? { ja: `連続 ${rule.hours} 時間以上利用できなかった場合に限り減額されます（${o.outageHours} 時間）。`, en: `Credits start at ${rule.hours} consecutive hours (this was ${o.outageHours}).` }
        : {
            ja: `${o.outageHours} 時間 → ${rule.hours} 時間ごとに 1 日分、${creditedDays} 日分を各日の属する月の日数で日割り（${yenJa(o.monthlyFee)} ÷ ${dim} 日 …）: ${yenJa(credit)}（1 円未満切捨て）`,
            en: `${o.outageHours} hours → one day per full ${rule.hours} hours: ${creditedDays} days, each at the monthly fee over its own month's days (${yenEn(o.monthlyFee)} ÷ ${dim} …): ${yenEn(credit)} (fractions truncated)`,
          },
      [...rule.cite, ...ctx.terms.rounding.cite],
    ),
  );
  return { termsVersion: ctx.ref, creditedDays, credit: formatYen(credit), explanation };
}

export interface SelfServeAnswer {
  termsVersion: TermsVersionRef;
  operation: string;
  /** "self-service" | "request" | "not-allowed" | "unknown" (the terms say nothing). */
  mode: Permission["mode"] | "unknown";
  permission: Permission | null;
  explanation: ExplanationStep[];
}

/** Whether the customer may do an operation themselves, must ask the provider (with fee and documents), or may not. */
export function canSelfServe({ service, operation, asOf }: { service: ServiceDefinition; operation: string; asOf: IsoDate }): SelfServeAnswer {
  requireSupportedDates({ asOf });
  const ctx = termsContext(service, asOf);
  const permission = ctx.terms.permissions.find((p) => p.operation === operation) ?? null;
  const explanation: ExplanationStep[] = [ctx.versionStep];
  if (!permission) {
    explanation.push(step({ ja: `「${operation}」について規約に定めはありません。`, en: `The terms say nothing about "${operation}".` }, ctx.version.cite));
    return { termsVersion: ctx.ref, operation, mode: "unknown", permission, explanation };
  }
  const modeText: Record<Permission["mode"], Text> = {
    "self-service": { ja: "契約者自身で行えます", en: "the customer may do it themselves" },
    request: { ja: "当社への依頼が必要です", en: "it needs a request to the provider" },
    "not-allowed": { ja: "行えません", en: "it is not allowed" },
  };
  explanation.push(
    step({ ja: `${permission.label.ja}: ${modeText[permission.mode].ja}。`, en: `${permission.label.en}: ${modeText[permission.mode].en}.` }, permission.cite),
  );
  if (permission.note) explanation.push(step(permission.note, permission.cite));
  return { termsVersion: ctx.ref, operation, mode: permission.mode, permission, explanation };
}

export interface EvasionSurcharge {
  termsVersion: TermsVersionRef;
  surcharge: string;
  /** Evaded amount plus surcharge: what is owed in all. */
  totalDue: string;
  explanation: ExplanationStep[];
}

/** The surcharge (割増金) for fees evaded unlawfully: a multiple of the evaded amount plus tax on it. */
export function evasionSurcharge({ service, evadedAmount, asOf }: { service: ServiceDefinition; evadedAmount: string; asOf: IsoDate }): EvasionSurcharge {
  requireSupportedDates({ asOf });
  const ctx = termsContext(service, asOf);
  const rule = ctx.terms.surcharge;
  if (!rule) throw new NoSuchRuleError(service.id, ctx.ref.version, { ja: "割増金", en: "surcharge" });
  const evaded = yen(evadedAmount);
  const base = evaded.times(rule.multiple);
  const rate = taxRateOn(service.id, ctx.terms.tax, asOf);
  const surcharge = rule.taxOnSurcharge ? withTax(base, yen(rate.rate)) : base;
  // "その免れた額のほか": the evaded fee itself is owed as it would have been, tax included.
  const totalDue = withTax(evaded, yen(rate.rate)).plus(surcharge);
  return {
    termsVersion: ctx.ref,
    surcharge: formatYen(surcharge),
    totalDue: formatYen(truncateYen(totalDue)),
    explanation: [
      ctx.versionStep,
      step(
        {
          ja: `免れた額 ${yenJa(evaded)}（税込で支払い）のほか、その ${rule.multiple} 倍 ${yenJa(base)}${rule.taxOnSurcharge ? "に消費税相当額を加算した" : ""}額 ${yenJa(surcharge)} を割増金として支払います。合計 ${yenJa(totalDue)}。`,
          en: `Besides the evaded ${yenEn(evaded)} (paid with its tax), ${rule.multiple}× it (${yenEn(base)})${rule.taxOnSurcharge ? " plus consumption tax" : ""} = ${yenEn(surcharge)} is due as a surcharge. In all ${yenEn(totalDue)}.`,
        },
        [...rule.cite, ...rate.cite],
      ),
    ],
  };
}
