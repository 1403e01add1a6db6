import type { Citation, Condition, PriceRule, Scalar } from "../dsl/index.js";
import { holds, type ParameterValues } from "./conditions.js";
import { TermsDataError } from "./errors.js";
import { dataYen, Money, yen } from "./money.js";

/**
 * What a price rule resolved to: a unit price (per quantity unit) or an unpriced item, with the
 * citation lists of the cases chosen on the way (the data's own arrays, for `citationsOf`).
 */
export type ResolvedPrice =
  | { kind: "priced"; unitPrice: Money; unitPriceYen: string; mode: "unit"; caseCites: readonly (readonly Citation[])[] }
  /** An amount for the whole quantity: graduated bands, or metered use under a cap. */
  | { kind: "priced"; amount: Money; mode: "graduated"; caseCites: readonly (readonly Citation[])[] }
  | { kind: "unpriced"; caseCites: readonly (readonly Citation[])[] };

/** The chosen cases' citation lists, the same array each time for the same path (cached by identity). */
const extended = new WeakMap<readonly (readonly Citation[])[], WeakMap<readonly Citation[], readonly (readonly Citation[])[]>>();
function extendCases(inherited: readonly (readonly Citation[])[], cite: readonly Citation[]): readonly (readonly Citation[])[] {
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

const pathText = (path: string | (() => string)) => (typeof path === "string" ? path : path());

const NO_CASES: readonly (readonly Citation[])[] = Object.freeze([]);

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
  inherited: readonly (readonly Citation[])[] = NO_CASES,
): ResolvedPrice {
  switch (rule.type) {
    case "fixed":
      return { kind: "priced", unitPrice: dataYen(rule.amountYen), unitPriceYen: rule.amountYen, mode: "unit", caseCites: inherited };
    case "unpriced":
      return { kind: "unpriced", caseCites: inherited };
    case "metered": {
      const uncapped = dataYen(rule.unitPriceYen).times(quantity);
      const amount = rule.monthlyCapYen === undefined ? uncapped : Money.min(uncapped, dataYen(rule.monthlyCapYen));
      return { kind: "priced", amount, mode: "graduated", caseCites: inherited };
    }
    case "table": {
      const value: Scalar | undefined = values[rule.param];
      const row = rule.rows.find((r) => r.value === value);
      if (!row) throw new TermsDataError(serviceId, pathText(path), `no price for ${rule.param}=${JSON.stringify(value)}`);
      return { kind: "priced", unitPrice: dataYen(row.amountYen), unitPriceYen: row.amountYen, mode: "unit", caseCites: inherited };
    }
    case "bands": {
      if (rule.mode === "whole") {
        const band = rule.bands.find((b) => quantity >= b.from && (b.to === null || quantity <= b.to));
        if (!band) throw new TermsDataError(serviceId, pathText(path), `quantity ${quantity} is outside every band`);
        return { kind: "priced", unitPrice: dataYen(band.unitPriceYen), unitPriceYen: band.unitPriceYen, mode: "unit", caseCites: inherited };
      }
      // Graduated: each slice of the quantity at its own band's price.
      let amount = yen(0);
      for (const band of rule.bands) {
        const top = band.to === null ? quantity : Math.min(quantity, band.to);
        const slice = top - band.from + 1;
        if (slice > 0) amount = amount.plus(dataYen(band.unitPriceYen).times(slice));
      }
      return { kind: "priced", amount, mode: "graduated", caseCites: inherited };
    }
    case "cases": {
      const index = rule.cases.findIndex((c) => holds(c.when as Condition | undefined, values));
      const chosen = rule.cases[index];
      if (!chosen) throw new TermsDataError(serviceId, pathText(path), "no price case matches the configuration");
      return resolvePrice(serviceId, () => `${pathText(path)}.cases[${index}]`, chosen.price, values, quantity, chosen.cite ? extendCases(inherited, chosen.cite) : inherited);
    }
  }
}
