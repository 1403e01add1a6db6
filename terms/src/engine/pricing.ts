import { matchPrice, type Citation, type PriceHandlers, type PriceRule, type Scalar } from "../dsl/index.js";
import { holds, type ParameterValues } from "./conditions.js";
import { TermsDataError } from "./errors.js";
import { dataYen, Money, yen } from "./money.js";

/**
 * What a price rule resolved to: a unit price (per quantity unit) or an unpriced item, with the
 * citation lists of the cases chosen on the way (the data's own arrays, for `citationsOf`).
 */
export type ResolvedPrice =
  | {
      kind: "priced";
      unitPrice: Money;
      unitPriceYen: string;
      mode: "unit";
      caseCites: readonly (readonly Citation[])[];
    }
  /** An amount for the whole quantity: graduated bands, or metered use under a cap. */
  | { kind: "priced"; amount: Money; mode: "graduated"; caseCites: readonly (readonly Citation[])[] }
  | { kind: "unpriced"; caseCites: readonly (readonly Citation[])[] };

/** The chosen cases' citation lists, the same array each time for the same path (cached by identity). */
const extended = new WeakMap<
  readonly (readonly Citation[])[],
  WeakMap<readonly Citation[], readonly (readonly Citation[])[]>
>();
function extendCases(
  inherited: readonly (readonly Citation[])[],
  cite: readonly Citation[],
): readonly (readonly Citation[])[] {
  let byCite = extended.get(inherited);
  if (!byCite) {
    byCite = new WeakMap();
    extended.set(inherited, byCite);
  }
  let list = byCite.get(cite);
  if (!list) {
    list = Object.freeze([...inherited, cite]);
    byCite.set(cite, list);
  }
  return list;
}

const where = (path: string | (() => string)) => (typeof path === "string" ? path : path());

const NO_CASES: readonly (readonly Citation[])[] = Object.freeze([]);

interface PricingContext {
  serviceId: string;
  /** Where the rule sits, for error messages only (built lazily: pricing is the hot path). */
  path: string | (() => string);
  values: ParameterValues;
  quantity: number;
  inherited: readonly (readonly Citation[])[];
}

const RESOLVE: PriceHandlers<ResolvedPrice, PricingContext> = {
  fixed: (rule, c) => ({
    kind: "priced",
    unitPrice: dataYen(rule.amountYen),
    unitPriceYen: rule.amountYen,
    mode: "unit",
    caseCites: c.inherited,
  }),
  unpriced: (_rule, c) => ({ kind: "unpriced", caseCites: c.inherited }),
  metered: (rule, c) => {
    const uncapped = dataYen(rule.unitPriceYen).times(c.quantity);
    const amount = rule.monthlyCapYen === undefined ? uncapped : Money.min(uncapped, dataYen(rule.monthlyCapYen));
    return { kind: "priced", amount, mode: "graduated", caseCites: c.inherited };
  },
  table: (rule, c) => {
    const value: Scalar | undefined = c.values[rule.param];
    const row = rule.rows.find((r) => r.value === value);
    if (!row)
      throw new TermsDataError(c.serviceId, where(c.path), `no price for ${rule.param}=${JSON.stringify(value)}`);
    return {
      kind: "priced",
      unitPrice: dataYen(row.amountYen),
      unitPriceYen: row.amountYen,
      mode: "unit",
      caseCites: c.inherited,
    };
  },
  bands: (rule, c) => {
    const quantity = c.quantity;
    if (rule.mode === "whole") {
      const band = rule.bands.find((b) => quantity >= b.from && (b.to === null || quantity <= b.to));
      if (!band) throw new TermsDataError(c.serviceId, where(c.path), `quantity ${quantity} is outside every band`);
      return {
        kind: "priced",
        unitPrice: dataYen(band.unitPriceYen),
        unitPriceYen: band.unitPriceYen,
        mode: "unit",
        caseCites: c.inherited,
      };
    }
    // Graduated: each slice of the quantity at its own band's price.
    let amount = yen(0);
    for (const band of rule.bands) {
      const top = band.to === null ? quantity : Math.min(quantity, band.to);
      const slice = top - band.from + 1;
      if (slice > 0) amount = amount.plus(dataYen(band.unitPriceYen).times(slice));
    }
    return { kind: "priced", amount, mode: "graduated", caseCites: c.inherited };
  },
  cases: (rule, c) => {
    const index = rule.cases.findIndex((option) => holds(option.when, c.values));
    const chosen = rule.cases[index];
    if (!chosen) throw new TermsDataError(c.serviceId, where(c.path), "no price case matches the configuration");
    const path = c.path;
    return matchPrice(chosen.price, RESOLVE, {
      serviceId: c.serviceId,
      path: () => `${where(path)}.cases[${index}]`,
      values: c.values,
      quantity: c.quantity,
      inherited: chosen.cite ? extendCases(c.inherited, chosen.cite) : c.inherited,
    });
  },
};

/**
 * Finds the price a rule gives for a configuration and a quantity. Data defects (no case matches,
 * a table without the chosen value, a quantity outside every band) are errors that name the item:
 * the parameter validation should have made them impossible.
 */
export function resolvePrice(
  serviceId: string,
  /** Where the rule sits, for error messages only (built lazily: pricing is the hot path). */
  path: string | (() => string),
  rule: PriceRule,
  values: ParameterValues,
  quantity: number,
): ResolvedPrice {
  return matchPrice(rule, RESOLVE, { serviceId, path, values, quantity, inherited: NO_CASES });
}
