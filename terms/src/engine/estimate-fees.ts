import type { Citation, FeeItem, IsoDate, Scalar, ServiceDefinition, TaxRule, Text } from "../dsl/index.js";
import { holds, type ParameterValues } from "./conditions.js";
import { step, type ExplanationStep } from "./explanation.js";
import { TermsDataError } from "./errors.js";
import { groupDigits, yenEn, yenJa } from "./format.js";
import { formatYen, sumYen, truncateYen, yen, type Money } from "./money.js";
import { resolvePrice } from "./pricing.js";
import { validateParameters } from "./validate-parameters.js";
import { requireSupportedDates } from "./date-range.js";
import { termsContext, type TermsContext } from "./terms-context.js";
import type { TermsVersionRef } from "./versions.js";

export interface ChargeLine {
  code: string;
  label: Text;
  /** "monthly" | "one-off" | "possible" (a charge the terms allow but do not make certain). */
  kind: "monthly" | "one-off" | "possible";
  quantity: string | null;
  unitPrice: string | null;
  amount: string;
  citations: Citation[];
}

export interface FeeEstimate {
  termsVersion: TermsVersionRef;
  /** The configuration with defaults applied. */
  parameters: Record<string, Scalar>;
  monthly: string;
  monthlyWithTax: string;
  initial: string;
  initialWithTax: string;
  taxRate: string;
  lines: ChargeLine[];
  unpricedItems: Text[];
  explanation: ExplanationStep[];
}

export interface EstimateFeesOptions {
  service: ServiceDefinition;
  parameters: unknown;
  asOf: IsoDate;
}

export interface PricedItem {
  line: ChargeLine;
  amount: Money;
  step: ExplanationStep;
}

/** The consumption-tax rate in force on a date, from the dated rate table. */
export function taxRateOn(serviceId: string, tax: TaxRule, asOf: IsoDate) {
  const rate = [...tax.rates].sort((a, b) => a.from.localeCompare(b.from)).filter((r) => r.from <= asOf).at(-1);
  if (!rate) throw new TermsDataError(serviceId, "tax.rates", `no tax rate in force on ${asOf}`);
  return rate;
}

function quantityOf(serviceId: string, item: FeeItem, values: ParameterValues) {
  if (!item.quantity) return { requested: 1, priced: 1, rounded: false };
  const raw = values[item.quantity.param];
  if (typeof raw !== "number") {
    throw new TermsDataError(serviceId, `fees.${item.code}.quantity`, `${item.quantity.param} is not a number`);
  }
  const block = item.quantity.blockSize ?? 1;
  const priced = Math.ceil(raw / block) * block;
  return { requested: raw, priced, rounded: priced !== raw };
}

export function priceItem(
  serviceId: string,
  item: FeeItem,
  values: ParameterValues,
  explain = true,
): PricedItem | { unpriced: Text; citations: Citation[] } {
  const qty = quantityOf(serviceId, item, values);
  const price = resolvePrice(serviceId, `fees.${item.code}.price`, item.price, values, qty.priced, [...item.cite]);
  if (price.kind === "unpriced") return { unpriced: item.label, citations: price.citations };

  const citations = [...price.citations];
  let amount = price.mode === "unit" ? price.unitPrice.times(qty.priced) : price.amount;
  const unitPrice = price.mode === "unit" ? price.unitPrice : null;
  const parts: { ja: string[]; en: string[] } = { ja: [], en: [] };
  // Explanation texts are built only when asked for: totals alone (for quotes) skip the strings.
  const note = (text: () => Text) => {
    if (!explain) return;
    const t = text();
    parts.ja.push(t.ja);
    parts.en.push(t.en);
  };
  if (item.quantity) {
    citations.push(...(item.quantity.cite ?? []));
    const block = item.quantity.blockSize;
    if (qty.rounded && block) {
      note(() => ({ ja: `${groupDigits(qty.requested)} を ${block} 単位に切り上げて ${groupDigits(qty.priced)}`, en: `${groupDigits(qty.requested)} rounded up to ${block}-unit blocks = ${groupDigits(qty.priced)}` }));
    }
    if (unitPrice) {
      note(() => ({ ja: `${groupDigits(qty.priced)} × ${yenJa(unitPrice)}`, en: `${groupDigits(qty.priced)} × ${yenEn(unitPrice)}` }));
    }
  }
  let factor = 1;
  for (const m of item.multipliers ?? []) {
    if (!holds(m.when, values)) continue;
    factor *= m.factor;
    amount = amount.times(m.factor);
    citations.push(...m.cite);
    note(() => ({ ja: `× ${m.factor}（${m.note.ja}）`, en: `× ${m.factor} (${m.note.en})` }));
  }
  const waiver = item.waivers?.find((w) => holds(w.when, values));
  if (waiver) {
    amount = amount.times(0);
    citations.push(...waiver.cite);
    note(() => ({ ja: `免除: ${waiver.note.ja}`, en: `waived: ${waiver.note.en}` }));
  }
  if (item.fromBillingMonth !== undefined) {
    note(() => ({ ja: `第${item.fromBillingMonth}料金月から`, en: `from billing month ${item.fromBillingMonth}` }));
  }
  const itemNote = item.note;
  if (itemNote) {
    note(() => itemNote);
  }
  const line: ChargeLine = {
    code: item.code,
    label: item.label,
    kind: item.kind === "monthly" ? "monthly" : "one-off",
    quantity: item.quantity ? String(qty.priced * factor) : factor > 1 ? String(factor) : null,
    unitPrice: unitPrice ? formatYen(unitPrice) : null,
    amount: formatYen(amount),
    citations,
  };
  const detail = (lang: "ja" | "en") => (parts[lang].length ? `: ${parts[lang].join(lang === "ja" ? "、" : "; ")}` : "");
  return {
    line,
    amount,
    step: explain
      ? step({ ja: `${item.label.ja}${detail("ja")} → ${yenJa(amount)}`, en: `${item.label.en}${detail("en")} → ${yenEn(amount)}` }, citations)
      : step(item.label, citations),
  };
}

/** Applies the consumption tax to a tax-exclusive total, truncated to the yen. */
export function withTax(amount: Money, rate: Money): Money {
  return amount.plus(truncateYen(amount.times(rate)));
}

/**
 * Monthly and one-off (new contract) fees for a configuration under the terms in force on `asOf`:
 * each line priced from the fee table it cites, then the totals with consumption tax.
 */
export function estimateFees({ service, parameters, asOf }: EstimateFeesOptions): FeeEstimate {
  requireSupportedDates({ asOf });
  const ctx = termsContext(service, asOf);
  const values = validateParameters(service.id, ctx.terms.parameters, parameters);
  return estimateWithTerms(ctx, values, asOf);
}

/**
 * The same estimate for an already validated configuration. With `explain` false the steps are
 * not written (for callers that need only the amounts, such as quotes).
 */
export function estimateWithTerms(ctx: TermsContext, values: Record<string, Scalar>, asOf: IsoDate, explain = true): FeeEstimate {
  const { terms } = ctx;
  const serviceId = ctx.service.id;
  const explanation: ExplanationStep[] = [ctx.versionStep];
  const monthly: PricedItem[] = [];
  const initial: PricedItem[] = [];
  const unpricedItems: Text[] = [];
  for (const item of terms.fees) {
    const isEstimated = item.kind === "monthly" || item.event === "new";
    if (!isEstimated || !holds(item.when, values)) continue;
    const priced = priceItem(serviceId, item, values, explain);
    if ("unpriced" in priced) {
      unpricedItems.push(priced.unpriced);
      explanation.push(
        step(
          {
            ja: `${priced.unpriced.ja}: 料金は規約に掲載されていません（別の料金表によります）。`,
            en: `${priced.unpriced.en}: the price is not published in the terms (it is in a separate price list).`,
          },
          priced.citations,
        ),
      );
      continue;
    }
    (item.kind === "monthly" ? monthly : initial).push(priced);
    explanation.push(priced.step);
  }

  const rate = taxRateOn(serviceId, terms.tax, asOf);
  const taxRate = yen(rate.rate);
  const monthlyTotal = sumYen(monthly.map((m) => m.amount));
  const initialTotal = sumYen(initial.map((m) => m.amount));
  const percent = taxRate.times(100).toFixed();
  explanation.push(
    step(
      {
        ja: `月額合計 ${yenJa(monthlyTotal)}、初期費用合計 ${yenJa(initialTotal)}（税抜）。消費税 ${percent}% を加算し、1 円未満は切り捨てます。`,
        en: `Monthly total ${yenEn(monthlyTotal)}, initial total ${yenEn(initialTotal)} (tax-exclusive). Consumption tax of ${percent}% is added; fractions of a yen are truncated.`,
      },
      [...terms.tax.cite, ...rate.cite, ...terms.rounding.cite],
    ),
  );

  return {
    termsVersion: ctx.ref,
    parameters: values,
    monthly: formatYen(monthlyTotal),
    monthlyWithTax: formatYen(withTax(monthlyTotal, taxRate)),
    initial: formatYen(initialTotal),
    initialWithTax: formatYen(withTax(initialTotal, taxRate)),
    taxRate: rate.rate,
    lines: [...monthly, ...initial].map((p) => p.line),
    unpricedItems,
    explanation,
  };
}
