import type { ChangeRule, FeeItem, IsoDate, Scalar, ServiceDefinition, Text } from "../dsl/index.js";
import { parts } from "./date-arithmetic.js";
import { evaluateCondition } from "./conditions.js";
import { estimateWithTerms, priceItem, type ChargeLine } from "./estimate-fees.js";
import { citationsOf, entry, notesFor, type Trace } from "./trace.js";
import { formatYen, yen } from "./money.js";
import { prorateChange } from "./prorate.js";
import { termsContext } from "./terms-context.js";
import { validateParameters } from "./validate-parameters.js";
import { requireSupportedDates } from "./supported-dates.js";
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
  trace: Trace;
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
  const trace: Trace = [ctx.versionEntry];

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

  if (changedKeys.length === 0) trace.push(entry("change.none", {}, null, citationsOf(terms.billing.cite)));
  for (const key of changedKeys) {
    const rule = rulesByParam.get(key);
    const label = rule?.label ?? { ja: key, en: key };
    const from = before[key] === undefined ? "—" : String(before[key]);
    const to = after[key] === undefined ? "—" : String(after[key]);
    if (!rule) {
      reasons.push({
        ja: `${label.ja}の変更は規約に定めがありません。`,
        en: `The terms provide no change of ${label.en}.`,
      });
      trace.push(entry("change.noRule", { label }, null, citationsOf(terms.billing.cite)));
      continue;
    }
    if (rule.forbiddenWhen && evaluateCondition(rule.forbiddenWhen, merged) === true) {
      const reason = rule.reason ?? { ja: `${label.ja}は変更できません。`, en: `${label.en} cannot be changed.` };
      reasons.push(reason);
      trace.push(entry("change.forbidden", { label, from, to, reason }, null, citationsOf(rule.cite)));
      continue;
    }
    trace.push(entry("change.item", { label, from, to }, null, citationsOf(rule.cite)));
    for (const f of rule.fees) {
      if (!triggered(f.trigger, before[key], after[key])) continue;
      const item = feeByCode.get(f.fee);
      if (!item) continue;
      const priced = priceItem(service.id, item, f.trigger === "removed" ? before : after);
      trace.push(priced.entry);
      if ("unpriced" in priced) unpricedItems.push(priced.unpriced);
      else oneOff.push(priced.line);
    }
  }
  const allowed = reasons.length === 0;

  const monthlyBefore = yen(estimateWithTerms(ctx, before, effectiveDate).monthly);
  const monthlyAfter = yen(estimateWithTerms(ctx, after, effectiveDate).monthly);
  const { day } = parts(effectiveDate);
  let effectiveMonth = allowed ? monthlyAfter : monthlyBefore;
  const billingCites = citationsOf(terms.billing.cite, terms.rounding.cite);
  if (allowed && day !== 1 && terms.billing.proration.change === "daily") {
    // 第8条第8項 (Flex): old fee × days before + new fee × days from, over the month's days, truncated once.
    const { amount, oldDays, newDays, daysInMonth: dim } = prorateChange(monthlyBefore, monthlyAfter, effectiveDate);
    effectiveMonth = amount;
    trace.push(
      entry(
        "change.prorated",
        {
          monthlyBefore: formatYen(monthlyBefore),
          monthlyAfter: formatYen(monthlyAfter),
          daysBefore: oldDays,
          daysFrom: newDays,
          daysInMonth: dim,
        },
        { amount: formatYen(amount) },
        billingCites,
        notesFor(terms, "change.prorated"),
      ),
    );
  } else if (allowed && day === 1) {
    trace.push(
      entry(
        "change.fromFirst",
        { month: effectiveDate.slice(0, 7), monthlyAfter: formatYen(monthlyAfter) },
        { amount: formatYen(effectiveMonth) },
        citationsOf(terms.billing.cite),
      ),
    );
  } else if (allowed) {
    trace.push(
      entry(
        "change.notProrated",
        {},
        { amount: formatYen(effectiveMonth) },
        citationsOf(terms.billing.cite),
        notesFor(terms, "change.notProrated"),
      ),
    );
  }
  for (const minimum of terms.limits.minimum)
    trace.push(entry("change.minimumNotRestarted", { label: minimum.label }, null, citationsOf(minimum.cite)));

  return {
    termsVersion: ctx.ref,
    allowed,
    reasons,
    monthlyBefore: formatYen(monthlyBefore),
    monthlyAfter: formatYen(monthlyAfter),
    oneOffCharges: allowed ? oneOff : [],
    unpricedItems: allowed ? unpricedItems : [],
    effectiveMonthCharge: formatYen(effectiveMonth),
    trace,
  };
}
