import { Decimal } from "decimal.js";

/**
 * Exact money. A private Decimal constructor so no other user of decimal.js can change our precision
 * or rounding; 40 significant digits is far beyond any yen amount we meet.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_DOWN });
export type Money = Decimal;

export function yen(value: string | number): Money {
  return new Money(value);
}

const parsed = new Map<string, Money>();

/**
 * A price from terms data, parsed once: data amounts are a small fixed set and Decimal values are
 * immutable, so sharing them is safe.
 */
export function dataYen(value: string): Money {
  let amount = parsed.get(value);
  if (!amount) {
    amount = new Money(value);
    if (parsed.size < 10_000) parsed.set(value, amount);
  }
  return amount;
}

/** Drop fractions of a yen (切り捨て): the rule of every document Yakkan encodes. */
export function truncateYen(amount: Money): Money {
  return amount.toDecimalPlaces(0, Decimal.ROUND_DOWN);
}

/** Yen as the decimal string the edges use: no exponent, no trailing zeros. */
export function formatYen(amount: Money): string {
  return amount.toFixed();
}

export function sumYen(amounts: Money[]): Money {
  return amounts.reduce((total, a) => total.plus(a), new Money(0));
}
