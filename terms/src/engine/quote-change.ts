import type { ChangeRule, FeeItem, IsoDate, Scalar, ServiceDefinition, Text } from "../dsl/index.js";
import { parts } from "./calendar-dates.js";
import { evaluateCondition } from "./conditions.js";
import { estimateWithTerms, priceItem, type ChargeLine } from "./estimate-fees.js";
import { step, type ExplanationStep } from "./explanation.js";
import { yenEn, yenJa } from "./format.js";
import { formatYen, yen } from "./money.js";
import { prorateChange } from "./prorate.js";
import { termsContext } from "./terms-context.js";
import { validateParameters } from "./validate-parameters.js";
import { requireSupportedDates } from "./date-range.js";
import type { TermsVersionRef } from "./versions.js";

export interface QuoteChangeOptions {
  service: ServiceDefinition;
  parameters: unknown;
  newParameters: unknown;
  effectiveDate: IsoDate;
}

export interface ChangeQuote {
  termsVersion: TermsVersionRef;
  allowed: boolean;
  /** Why not, and what to do instead, for each forbidden part of the change. */
  reasons: Text[];
  monthlyBefore: string;
  monthlyAfter: string;
  oneOffCharges: ChargeLine[];
  /** One-off fees the change triggers whose price the terms do not publish. */
  unpricedItems: Text[];
  effectiveMonthCharge: string;
  explanation: ExplanationStep[];
}

const isSet = (v: Scalar | undefined) => v !== undefined && v !== false;

function triggered(trigger: "changed" | "added" | "removed", before: Scalar | undefined, after: Scalar | undefined) {
  switch (trigger) {
    case "changed":
      return isSet(before) && isSet(after) && before !== after;
    case "added":
      return !isSet(before) && isSet(after);
    case "removed":
      return isSet(before) && !isSet(after);
  }
}

/**
 * What a configuration change means: allowed or not (with the reason), monthly fees before and
 * after, the one-off fees it triggers, and the fee for the month containing the effective date —
 * old price before it and new price from it, by calendar days where the terms prorate changes.
 * Uses the terms in force on the effective date.
 */
export function quoteChange({ service, parameters, newParameters, effectiveDate }: QuoteChangeOptions): ChangeQuote {
  requireSupportedDates({ effectiveDate });
  const ctx = termsContext(service, effectiveDate);
  const { terms } = ctx;
  const before = validateParameters(service.id, terms.parameters, parameters);
  const after = validateParameters(service.id, terms.parameters, newParameters);
  const explanation: ExplanationStep[] = [ctx.versionStep];

  const merged: Record<string, Scalar | undefined> = {};
  for (const [k, v] of Object.entries(before)) merged[`before.${k}`] = v;
  for (const [k, v] of Object.entries(after)) merged[`after.${k}`] = v;

  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changedKeys = [...keys].filter((k) => before[k] !== after[k]);
  const reasons: Text[] = [];
  const oneOff: ChargeLine[] = [];
  const unpricedItems: Text[] = [];
  const rulesByParam = new Map<string, ChangeRule>(terms.changeRules.map((r) => [r.param, r]));
  const feeByCode = new Map<string, FeeItem>(terms.fees.map((f) => [f.code, f]));

  if (changedKeys.length === 0) {
    explanation.push(step({ ja: "変更内容がありません。", en: "Nothing changes." }, terms.billing.cite));
  }
  for (const key of changedKeys) {
    const rule = rulesByParam.get(key);
    const label = rule?.label ?? { ja: key, en: key };
    const from = before[key] === undefined ? "—" : String(before[key]);
    const to = after[key] === undefined ? "—" : String(after[key]);
    if (!rule) {
      reasons.push({ ja: `${label.ja}の変更は規約に定めがありません。`, en: `The terms provide no change of ${label.en}.` });
      explanation.push(step(reasons.at(-1) as Text, terms.billing.cite));
      continue;
    }
    if (rule.forbiddenWhen && evaluateCondition(rule.forbiddenWhen, merged) === true) {
      const reason = rule.reason ?? { ja: `${label.ja}は変更できません。`, en: `${label.en} cannot be changed.` };
      reasons.push(reason);
      explanation.push(step({ ja: `${label.ja}: ${from} → ${to} は変更できません。${reason.ja}`, en: `${label.en}: ${from} → ${to} is not allowed. ${reason.en}` }, rule.cite));
      continue;
    }
    explanation.push(step({ ja: `${label.ja}: ${from} → ${to}`, en: `${label.en}: ${from} → ${to}` }, rule.cite));
    for (const f of rule.fees) {
      if (!triggered(f.trigger, before[key], after[key])) continue;
      const item = feeByCode.get(f.fee);
      if (!item) continue;
      const priced = priceItem(service.id, item, f.trigger === "removed" ? before : after);
      if ("unpriced" in priced) {
        unpricedItems.push(priced.unpriced);
        explanation.push(
          step(
            { ja: `${priced.unpriced.ja}: 料金は規約に掲載されていません（別の料金表によります）。`, en: `${priced.unpriced.en}: the price is not published in the terms (a separate price list).` },
            priced.citations,
          ),
        );
        continue;
      }
      oneOff.push(priced.line);
      explanation.push(priced.step);
    }
  }
  const allowed = reasons.length === 0;

  const monthlyBefore = yen(estimateWithTerms(ctx, before, effectiveDate, false).monthly);
  const monthlyAfter = yen(estimateWithTerms(ctx, after, effectiveDate, false).monthly);
  const { day } = parts(effectiveDate);
  let effectiveMonth = allowed ? monthlyAfter : monthlyBefore;
  if (allowed && day !== 1 && terms.billing.proration.change === "daily") {
    // 第8条第8項 (Flex): old fee × days before + new fee × days from, over the month's days, truncated once.
    const { amount, oldDays, newDays, daysInMonth: dim } = prorateChange(monthlyBefore, monthlyAfter, effectiveDate);
    effectiveMonth = amount;
    explanation.push(
      step(
        {
          ja: `変更月は日割り: 変更前 ${yenJa(monthlyBefore)} × ${oldDays}/${dim} + 変更後 ${yenJa(monthlyAfter)} × ${newDays}/${dim} = ${yenJa(effectiveMonth)}（1 円未満切捨て）`,
          en: `The month of the change is prorated: before ${yenEn(monthlyBefore)} × ${oldDays}/${dim} + after ${yenEn(monthlyAfter)} × ${newDays}/${dim} = ${yenEn(effectiveMonth)} (fractions truncated)`,
        },
        [...terms.billing.cite, ...terms.rounding.cite],
      ),
    );
  } else if (allowed) {
    explanation.push(
      step(
        day === 1
          ? { ja: `変更は月の初日から有効なため、${effectiveDate.slice(0, 7)} は変更後の月額 ${yenJa(monthlyAfter)} です。`, en: `The change takes effect on the 1st, so ${effectiveDate.slice(0, 7)} is billed at the new monthly fee ${yenEn(monthlyAfter)}.` }
          : { ja: `変更月は日割りしません: ${yenJa(effectiveMonth)}`, en: `The month of the change is not prorated: ${yenEn(effectiveMonth)}` },
        terms.billing.cite,
      ),
    );
  }
  for (const minimum of terms.limits.minimum) {
    explanation.push(
      step(
        { ja: `${minimum.label.ja}の起算日は変更によって変わりません。`, en: `${minimum.label.en}: a change does not restart it.` },
        minimum.cite,
      ),
    );
  }

  return {
    termsVersion: ctx.ref,
    allowed,
    reasons,
    monthlyBefore: formatYen(monthlyBefore),
    monthlyAfter: formatYen(monthlyAfter),
    oneOffCharges: allowed ? oneOff : [],
    unpricedItems: allowed ? unpricedItems : [],
    effectiveMonthCharge: formatYen(effectiveMonth),
    explanation,
  };
}
