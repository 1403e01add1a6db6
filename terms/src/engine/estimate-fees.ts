import type { Citation, FeeItem, IsoDate, Scalar, ServiceDefinition, TaxRule, Text } from "../dsl/index.js";
import { holds, type ParameterValues } from "./conditions.js";
import { requireSupportedDate } from "./supported-dates.js";
import { TermsDataError } from "./errors.js";
import { dataYen, formatYen, truncateYen, wholeYen, yen, ZERO, type Money } from "./money.js";
import { resolvePrice } from "./pricing.js";
import { termsContext, type TermsContext } from "./terms-context.js";
import { citationsOf, entry, notesFor, quotesOf, type Trace, type TraceEntry } from "./trace.js";
import { validateParameters } from "./validate-parameters.js";
import type { TermsVersionRef } from "./versions.js";

export interface ChargeLine {
  code: string;
  label: Text;
  /** "monthly" | "one-off" | "possible" (a charge the terms allow but do not make certain). */
  kind: "monthly" | "one-off" | "possible";
  quantity: string | null;
  unitPrice: string | null;
  amount: string;
  citations: readonly Citation[];
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
  /** The steps, as data; `explain(trace, lang)` renders them. */
  trace: Trace;
}

export interface EstimateFeesOptions {
  service: ServiceDefinition;
  parameters: unknown;
  asOf: IsoDate;
}

export interface PricedItem {
  line: ChargeLine;
  /** The amount: whole yen as a BigInt where the price is whole yen, else a decimal. */
  amount: bigint | Money;
  entry: TraceEntry;
}

/** Adds an item's amount to a running total kept as whole yen plus a decimal remainder. */
class Total {
  whole = 0n;
  decimal: Money | null = null;
  add(amount: bigint | Money) {
    if (typeof amount === "bigint") this.whole += amount;
    else this.decimal = (this.decimal ?? ZERO).plus(amount);
  }
  money(): Money {
    const whole = yen(this.whole.toString());
    return this.decimal ? whole.plus(this.decimal) : whole;
  }
}

/** The consumption-tax rate in force on a date, from the dated rate table. */
export function taxRateOn(serviceId: string, tax: TaxRule, asOf: IsoDate) {
  let found: TaxRule["rates"][number] | undefined;
  for (const r of tax.rates) if (r.from <= asOf && (!found || r.from > found.from)) found = r;
  if (!found) throw new TermsDataError(serviceId, "tax.rates", `no tax rate in force on ${asOf}`);
  return found;
}

function quantityOf(serviceId: string, item: FeeItem, values: ParameterValues) {
  if (!item.quantity) return { requested: 1, priced: 1 };
  const raw = values[item.quantity.param];
  if (typeof raw !== "number") {
    throw new TermsDataError(serviceId, `fees.${item.code}.quantity`, `${item.quantity.param} is not a number`);
  }
  const block = item.quantity.blockSize ?? 1;
  return { requested: raw, priced: Math.ceil(raw / block) * block };
}

const NO_MULTIPLIERS: { factor: number; note: Text }[] = [];

/**
 * A priced item's citations: for its step, each clause once with the chosen price case's quote
 * first (the most specific); for its charge line, every quote it rests on. Common case (no
 * multiplier, no waiver) cached per item and chosen case.
 */
const itemCites = new WeakMap<
  FeeItem,
  Map<readonly (readonly Citation[])[], { citations: readonly Citation[]; quotes: readonly Citation[] }>
>();

function itemCitations(
  item: FeeItem,
  caseCites: readonly (readonly Citation[])[],
  multiplierCites: readonly (readonly Citation[])[],
  waiverCite: readonly Citation[] | undefined,
) {
  const build = () => ({
    citations: citationsOf(...caseCites, item.cite, item.quantity?.cite, ...multiplierCites, waiverCite),
    quotes: quotesOf(item.cite, ...caseCites, item.quantity?.cite, ...multiplierCites, waiverCite),
  });
  if (multiplierCites.length > 0 || waiverCite) return build();
  let byCase = itemCites.get(item);
  if (!byCase) {
    byCase = new Map();
    itemCites.set(item, byCase);
  }
  let found = byCase.get(caseCites);
  if (!found) {
    found = build();
    byCase.set(caseCites, found);
  }
  return found;
}

/** One fee item priced for a configuration: its charge line, exact amount and trace entry. */
export function priceItem(
  serviceId: string,
  item: FeeItem,
  values: ParameterValues,
): PricedItem | { unpriced: Text; entry: TraceEntry } {
  const qty = quantityOf(serviceId, item, values);
  const price = resolvePrice(serviceId, () => `fees.${item.code}.price`, item.price, values, qty.priced);
  if (price.kind === "unpriced") {
    return {
      unpriced: item.label,
      entry: entry("fees.unpriced", { label: item.label }, null, citationsOf(item.cite, ...price.caseCites)),
    };
  }

  const unitPrice =
    price.mode === "unit" ? (price.unitPriceYen.includes(".") ? formatYen(price.unitPrice) : price.unitPriceYen) : null;
  let factor = 1;
  let multipliers = NO_MULTIPLIERS;
  const multiplierCites: (readonly Citation[])[] = [];
  for (const m of item.multipliers ?? []) {
    if (!holds(m.when, values)) continue;
    factor *= m.factor;
    if (multipliers === NO_MULTIPLIERS) multipliers = [];
    multipliers.push({ factor: m.factor, note: m.note });
    multiplierCites.push(m.cite);
  }
  const waiver = item.waivers?.find((w) => holds(w.when, values));
  const whole = price.mode === "unit" ? wholeYen(price.unitPriceYen) : null;
  const amount: bigint | Money = waiver
    ? 0n
    : whole !== null
      ? whole * BigInt(qty.priced * factor)
      : (price.mode === "unit" ? price.unitPrice.times(qty.priced) : price.amount).times(factor);
  // The step cites each clause once, the chosen price case's quote first (the most specific); the
  // charge line keeps every quote it rests on.
  const { citations, quotes } = itemCitations(item, price.caseCites, multiplierCites, waiver?.cite);
  const amountYen = typeof amount === "bigint" ? amount.toString() : formatYen(amount);
  const line: ChargeLine = {
    code: item.code,
    label: item.label,
    kind: item.kind === "monthly" ? "monthly" : "one-off",
    quantity: item.quantity ? String(qty.priced * factor) : factor > 1 ? String(factor) : null,
    unitPrice,
    amount: amountYen,
    citations: quotes,
  };
  return {
    line,
    amount,
    entry: entry(
      "fees.item",
      {
        label: item.label,
        requested: item.quantity ? qty.requested : null,
        priced: item.quantity ? qty.priced : null,
        blockSize: item.quantity?.blockSize ?? null,
        unitPrice: item.quantity ? unitPrice : null,
        multipliers,
        waiver: waiver?.note ?? null,
        fromBillingMonth: item.fromBillingMonth ?? null,
        note: item.note ?? null,
      },
      { amount: amountYen },
      citations,
    ),
  };
}

/**
 * An item's amount alone (null when unpriced), for callers that need no line and no step: the same
 * price, quantity, multipliers and waivers as `priceItem`.
 */
export function itemAmount(serviceId: string, item: FeeItem, values: ParameterValues): bigint | Money | null {
  const qty = quantityOf(serviceId, item, values);
  const price = resolvePrice(serviceId, () => `fees.${item.code}.price`, item.price, values, qty.priced);
  if (price.kind === "unpriced") return null;
  if (item.waivers?.some((w) => holds(w.when, values))) return 0n;
  let factor = 1;
  for (const m of item.multipliers ?? []) if (holds(m.when, values)) factor *= m.factor;
  const whole = price.mode === "unit" ? wholeYen(price.unitPriceYen) : null;
  if (whole !== null) return whole * BigInt(qty.priced * factor);
  return (price.mode === "unit" ? price.unitPrice.times(qty.priced) : price.amount).times(factor);
}

/** The sum of item amounts as one decimal, for the quotes. */
export function sumAmounts(amounts: readonly (bigint | Money)[]): Money {
  const total = new Total();
  for (const a of amounts) total.add(a);
  return total.money();
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
  requireSupportedDate("asOf", asOf);
  const ctx = termsContext(service, asOf);
  const values = validateParameters(service.id, ctx.terms.parameters, parameters);
  return estimateWithTerms(ctx, values, asOf);
}

/** The same estimate for an already validated configuration. */
export function estimateWithTerms(ctx: TermsContext, values: Record<string, Scalar>, asOf: IsoDate): FeeEstimate {
  const { terms } = ctx;
  const serviceId = ctx.service.id;
  const trace: Trace = [ctx.versionEntry];
  const lines: ChargeLine[] = [];
  const initialLines: ChargeLine[] = [];
  const unpricedItems: Text[] = [];
  const monthlySum = new Total();
  const initialSum = new Total();
  for (const item of terms.fees) {
    const isEstimated = item.kind === "monthly" || item.event === "new";
    if (!isEstimated || !holds(item.when, values)) continue;
    const priced = priceItem(serviceId, item, values);
    trace.push(priced.entry);
    if ("unpriced" in priced) {
      unpricedItems.push(priced.unpriced);
      continue;
    }
    if (item.kind === "monthly") {
      lines.push(priced.line);
      monthlySum.add(priced.amount);
    } else {
      initialLines.push(priced.line);
      initialSum.add(priced.amount);
    }
  }
  const monthlyTotal = monthlySum.money();
  const initialTotal = initialSum.money();

  const rate = taxRateOn(serviceId, terms.tax, asOf);
  const taxRate = dataYen(rate.rate);
  const monthly = formatYen(monthlyTotal);
  const initial = formatYen(initialTotal);
  trace.push(
    entry(
      "fees.totals",
      { taxRate: rate.rate },
      { monthly, initial },
      citationsOf(terms.tax.cite, rate.cite, terms.rounding.cite),
      notesFor(terms, "fees.totals"),
    ),
  );

  return {
    termsVersion: ctx.ref,
    parameters: values,
    monthly,
    monthlyWithTax: formatYen(withTax(monthlyTotal, taxRate)),
    initial,
    initialWithTax: formatYen(withTax(initialTotal, taxRate)),
    taxRate: rate.rate,
    lines: initialLines.length ? [...lines, ...initialLines] : lines,
    unpricedItems,
    trace,
  };
}
