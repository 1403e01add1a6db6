import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  builtInServices,
  daysInMonth,
  outageCredit,
  parts,
  prorate,
  prorateChange,
  quoteChange,
  yen,
} from "../src/index.js";

// Issue 9, "exact to the yen": prorations, credits and interest are one exact fraction truncated
// once. The expected values here are computed independently with BigInt integer arithmetic.

const numRuns = Number(process.env["FC_NUM_RUNS"] ?? 200);
const params = { numRuns };

/** Any date from 2020 to 2049. */
const dateArb = fc.integer({ min: 0, max: 365 * 30 - 1 }).map((n) => addDays("2020-01-01", n));
/** Whole-yen monthly fees up to 100 million. */
const feeArb = fc.bigInt({ min: 0n, max: 100_000_000n });

const lastOf = (date: string) => {
  const { year, month } = parts(date);
  return `${date.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, "0")}`;
};

describe("exact money (第8条第8項・第9項, UTM 第28条第3項・第29条)", () => {
  it("a fee prorated over a whole calendar month equals the fee", () => {
    fc.assert(
      fc.property(feeArb, dateArb, (fee, date) => {
        const first = `${date.slice(0, 8)}01`;
        expect(prorate(yen(fee.toString()), first, lastOf(date)).toFixed()).toBe(fee.toString());
      }),
      params,
    );
  });

  it("splitting a period at any day changes the total by at most the one final truncation", () => {
    fc.assert(
      fc.property(
        feeArb,
        dateArb,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (fee, from, a, b) => {
          const split = addDays(from, Math.min(a, b) + 1);
          const to = addDays(from, Math.max(a, b) + 1);
          const monthly = yen(fee.toString());
          const whole = BigInt(prorate(monthly, from, to).toFixed());
          const parts =
            BigInt(prorate(monthly, from, addDays(split, -1)).toFixed()) +
            BigInt(prorate(monthly, split, to).toFixed());
          // Each part truncates its own fraction once: together they lose less than 2 yen, never gain.
          expect(parts <= whole && whole - parts <= 1n).toBe(true);
        },
      ),
      params,
    );
  });

  it("an unchanged fee across a change date is the fee, whatever the day", () => {
    fc.assert(
      fc.property(feeArb, dateArb, (fee, date) => {
        const monthly = yen(fee.toString());
        expect(prorateChange(monthly, monthly, date).amount.toFixed()).toBe(fee.toString());
      }),
      params,
    );
  });

  it("a change mid-month is (old × days before + new × days from) / days of the month, truncated once", () => {
    fc.assert(
      fc.property(feeArb, feeArb, dateArb, (before, after, date) => {
        const { year, month, day } = parts(date);
        const dim = BigInt(daysInMonth(year, month));
        const old = BigInt(day - 1);
        const expected = (before * old + after * (dim - old)) / dim; // BigInt division truncates
        expect(prorateChange(yen(before.toString()), yen(after.toString()), date).amount.toFixed()).toBe(
          expected.toString(),
        );
      }),
      params,
    );
  });

  it("Flex Mobility: 149 → 150 licences (the same three 50-licence blocks) on any day costs the unchanged monthly fee (別紙1 2.(1)①)", () => {
    const flex = builtInServices().get("qtpro-flex-mobility");
    const base = { plan: "core", serverBandwidth: "200M", accessBandwidth: "200M" };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 3 }), (n) => {
        const q = quoteChange({
          service: flex,
          parameters: { ...base, licenses: 149 },
          newParameters: { ...base, licenses: 150 },
          effectiveDate: addDays("2026-01-01", n),
        });
        expect(q.effectiveMonthCharge).toBe("659000"); // 150 × 800 + 400,000 + 139,000
      }),
      params,
    );
  });

  it("UTM: a credit for n whole days inside one month is fee × n / days of the month exactly (第28条第3項, 第29条)", () => {
    const utm = builtInServices().get("utm-support");
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10_000_000n }),
        fc.integer({ min: 0, max: 365 * 3 }),
        fc.integer({ min: 1, max: 28 }),
        (fee, n, days) => {
          const start = addDays("2026-01-01", n);
          const { year, month, day } = parts(start);
          const dim = daysInMonth(year, month);
          fc.pre(day + days - 1 <= dim);
          const credit = outageCredit({
            service: utm,
            monthlyFee: fee.toString(),
            outageStart: start,
            outageHours: 24 * days,
            customerFault: false,
          });
          expect(credit.credit).toBe(((fee * BigInt(days)) / BigInt(dim)).toString());
        },
      ),
      params,
    );
  });
});
