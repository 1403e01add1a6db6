import { Decimal } from "decimal.js";

/**
 * Exact money. A private Decimal constructor so no other user of decimal.js can change our precision
 * or rounding; 40 significant digits is far beyond any yen amount we meet, and every amount the
 * engine forms is an integer or a terminating decimal, so no operation below ever rounds. Division
 * happens only once, in `truncateExact`, and only to take its integer part.
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

export const ZERO: Money = new Money(0);

const integers = new Map<string, bigint | null>();

/**
 * A data price that is a whole number of yen, as a BigInt (null for a decimal price), parsed once.
 * Whole yen times whole quantities are then multiplied exactly as integers, the common case; prices
 * with decimals go through decimal.js. Neither is ever a binary float.
 */
export function wholeYen(value: string): bigint | null {
  let found = integers.get(value);
  if (found === undefined) {
    found = /^\d+$/.test(value) ? BigInt(value) : null;
    if (integers.size < 10_000) integers.set(value, found);
  }
  return found;
}

/** Drop fractions of a yen (切り捨て): the rule of every document Yakkan encodes. */
export function truncateYen(amount: Money): Money {
  return amount.toDecimalPlaces(0, Decimal.ROUND_DOWN);
}

/** Yen as the decimal string the edges use: no exponent, no trailing zeros. */
export function formatYen(amount: Money): string {
  return amount.toFixed();
}

export function sumYen(amounts: readonly Money[]): Money {
  let total = ZERO;
  for (const a of amounts) total = total.plus(a);
  return total;
}

/**
 * An exact fraction of yen: an exact numerator over a positive whole denominator. Prorations,
 * credits and interest are formed as one such fraction (parts summed over a common denominator)
 * and truncated once, where the clause says; a quotient is never summed.
 */
export interface ExactYen {
  readonly num: Money;
  readonly den: number;
}

export const exactYen = (amount: Money): ExactYen => ({ num: amount, den: 1 });

/** `amount × n / d`, exactly. */
export function shareOf(amount: Money, n: number, d: number): ExactYen {
  return n === d ? { num: amount, den: 1 } : { num: amount.times(n), den: d };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** a + b over their least common denominator. */
export function addExact(a: ExactYen, b: ExactYen): ExactYen {
  if (a.den === b.den) return { num: a.num.plus(b.num), den: a.den };
  const g = gcd(a.den, b.den);
  return { num: a.num.times(b.den / g).plus(b.num.times(a.den / g)), den: (a.den / g) * b.den };
}

export function sumExact(parts: readonly ExactYen[]): ExactYen {
  let total: ExactYen = { num: ZERO, den: 1 };
  for (const p of parts) total = addExact(total, p);
  return total;
}

/** The one truncation: the integer part of the exact fraction (切り捨て). */
export function truncateExact(x: ExactYen): Money {
  return x.den === 1 ? truncateYen(x.num) : x.num.dividedToIntegerBy(x.den);
}
