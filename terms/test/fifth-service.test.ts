import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  estimateFees,
  evasionSurcharge,
  lateInterest,
  loadService,
  orderDeadline,
  outageCredit,
  quoteCancellation,
  quoteChange,
} from "../src/index.js";
import { lintService } from "../src/lint/lint.js";

// A service the engine has never seen, defined only as data (test/fixtures/fifth-service.yaml).
// Every expected value below is computed by hand from the fixture's tables.
const raw: unknown = parse(
  readFileSync(fileURLToPath(new URL("./fixtures/fifth-service.yaml", import.meta.url)), "utf8"),
);
const service = loadService(raw as Parameters<typeof loadService>[0]);
const BASIC_55 = { plan: "basic", seats: 55, storageTb: 1 };

describe("a fifth, made-up service defined only as data", () => {
  it("passes the terms linter", () => {
    expect(lintService(raw, "fifth-service.yaml").filter((f) => f.severity === "error")).toEqual([]);
  });

  it("別表1 graduated seat bands: 55 seats → 60 in blocks of 10 → 50 × 1,000 + 10 × 800", () => {
    const e = estimateFees({ service, parameters: BASIC_55, asOf: "2026-11-01" });
    expect(e.lines.find((l) => l.code === "seat")?.amount).toBe("58000");
    expect(e.monthly).toBe("78000"); // + storage 1 TB 20,000 + transfer 0
    expect(e.monthlyWithTax).toBe("85800");
    expect(e.initial).toBe("50000");
  });

  it("別表3 metered transfer is capped, 別表4 the option counts twice on 10 TB, 別表5 setup is waived on Pro", () => {
    const e = estimateFees({
      service,
      parameters: { plan: "pro", seats: 101, storageTb: 10, transferHours: 300, encryption: true },
      asOf: "2026-11-01",
    });
    const amount = (code: string) => e.lines.find((l) => l.code === code)?.amount;
    expect(amount("seat")).toBe("132000"); // 110 × 1,200 (whole-band mode)
    expect(amount("transfer")).toBe("30000"); // 300 × 120 = 36,000, capped at 30,000
    expect(amount("encryption")).toBe("20000"); // 10,000 × 2
    expect(e.monthly).toBe("332000"); // + 150,000 storage
    expect(e.initial).toBe("0");
  });

  it("第3条 the option applies to Pro only: Basic with encryption is rejected at its key", () => {
    expect(() => estimateFees({ service, parameters: { ...BASIC_55, encryption: true }, asOf: "2026-11-01" })).toThrow(
      expect.objectContaining({
        code: "INVALID_PARAMETERS",
        issues: [expect.objectContaining({ path: ["encryption"] })],
      }),
    );
  });

  it("第4条 10 business days before 2027-01-15 skip 成人の日 (01-11) and the 12-30…01-03 closure", () => {
    const basic = orderDeadline({ service, parameters: BASIC_55, desiredStartDate: "2027-01-15" });
    expect(basic.latestSubmissionDate).toBe("2026-12-28");
    expect(basic.serviceStartDate).toBe("2027-02-01");
    const pro = orderDeadline({
      service,
      parameters: { plan: "pro", seats: 10, storageTb: 1, encryption: true },
      desiredStartDate: "2027-01-15",
    });
    expect(pro.latestSubmissionDate).toBe("2026-12-21"); // the stricter 15-business-day rule wins
  });

  it("第7条 three months' notice, ending only at a month end; a late notice moves the end", () => {
    const onTime = quoteCancellation({
      service,
      parameters: BASIC_55,
      startDate: "2026-02-01",
      desiredEndDate: "2026-10-15",
      noticeDate: "2026-07-31",
    });
    expect(onTime).toMatchObject({
      effectiveEndDate: "2026-10-31",
      latestNoticeDate: "2026-07-31",
      noticeInTime: true,
      total: "78000",
    });
    const late = quoteCancellation({
      ...{ service, parameters: BASIC_55, startDate: "2026-02-01", desiredEndDate: "2026-10-15" },
      noticeDate: "2026-08-01",
    });
    expect(late).toMatchObject({ effectiveEndDate: "2026-11-30", noticeInTime: false });
  });

  it("第6条 ending inside the 6-month minimum term owes the remaining months", () => {
    const q = quoteCancellation({
      service,
      parameters: BASIC_55,
      startDate: "2026-06-01",
      desiredEndDate: "2026-09-30",
      noticeDate: "2026-06-15",
    });
    expect(q.minimumTermEndDate).toBe("2026-11-30");
    expect(q.charges.map((c) => [c.code, c.amount])).toEqual([
      ["final-month", "78000"],
      ["early-termination", "156000"], // October and November
    ]);
    expect(q.totalWithTax).toBe("257400");
  });

  it("第11条 interest runs to the day before payment, none within the 5-day grace", () => {
    expect(lateInterest({ service, amount: "100000", dueDate: "2027-03-31", paidDate: "2027-04-06" })).toMatchObject({
      days: 5,
      interest: "136", // 100,000 × 0.1 × 5 / 365 = 136.98
    });
    expect(lateInterest({ service, amount: "100000", dueDate: "2027-03-31", paidDate: "2027-04-05" }).interest).toBe(
      "0",
    );
  });

  it("第12条 each full 12 hours of outage credits a day of the month's fee", () => {
    const c = outageCredit({
      service,
      monthlyFee: "78000",
      outageStart: "2027-02-10",
      outageHours: 25,
      customerFault: false,
    });
    expect(c).toMatchObject({ creditedDays: 2, credit: "5571" }); // 2 × 78,000 / 28 = 5,571.43
  });

  it("第8条 a change mid-month is prorated by days; 別表6 a storage change costs 10,000", () => {
    const q = quoteChange({
      service,
      parameters: BASIC_55,
      newParameters: { plan: "basic", seats: 105, storageTb: 5 },
      effectiveDate: "2027-03-11",
    });
    expect(q.allowed).toBe(true);
    expect(q.monthlyAfter).toBe("178000"); // 110 seats: 50 × 1,000 + 60 × 800 = 98,000; + 80,000
    expect(q.effectiveMonthCharge).toBe("145741"); // (78,000 × 10 + 178,000 × 21) / 31 = 4,518,000 / 31 = 145,741.93
    expect(q.oneOffCharges.map((c) => [c.code, c.amount])).toEqual([["storage-change", "10000"]]);
  });

  it("第13条 the surcharge is three times the evaded amount, without tax, on top of the evaded fee with its tax", () => {
    // 10,000 + 10% tax = 11,000 owed anyway; surcharge 3 × 10,000 = 30,000.
    expect(evasionSurcharge({ service, evadedAmount: "10000", asOf: "2026-11-01" })).toMatchObject({
      surcharge: "30000",
      totalDue: "41000",
    });
  });
});
