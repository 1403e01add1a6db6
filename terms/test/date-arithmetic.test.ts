import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayNumber, fromDayNumber, isoWeekday } from "../src/index.js";
import { groupDigits } from "../src/engine/format.js";
import { yen } from "../src/engine/money.js";

const numRuns = Number(process.env["FC_NUM_RUNS"] ?? 200);

describe("calendar-date arithmetic", () => {
  it("agrees with the platform calendar for every day from 1900 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(dayNumber(iso)).toBe(n);
        const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
        expect(isoWeekday(iso)).toBe(weekday === 0 ? 7 : weekday);
      }),
      { numRuns },
    );
  });

  it("knows leap days and month ends", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(addDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("groups digits without passing through a float", () => {
    expect(groupDigits("1274000")).toBe("1,274,000");
    expect(groupDigits("999")).toBe("999");
    expect(groupDigits("-1234567.891")).toBe("-1,234,567.891");
    expect(groupDigits(yen("12345678901234567890"))).toBe("12,345,678,901,234,567,890");
  });
});
