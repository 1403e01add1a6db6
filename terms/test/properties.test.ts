import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  BusinessCalendar,
  builtInServices,
  estimateFees,
  InvalidParametersError,
  lateInterest,
  quoteCancellation,
  quoteChange,
  quoteEarliestEnd,
  type CalendarDef,
  type TraceEntry,
  type ParameterSpec,
  type Scalar,
  type ServiceDefinition,
} from "../src/index.js";

/** CI runs every property 1,000 times (FC_NUM_RUNS); a local run is quicker. */
const numRuns = Number(process.env["FC_NUM_RUNS"] ?? 200);
const params = { numRuns };

const NTT_LIKE: CalendarDef = {
  id: "t",
  version: "1",
  name: { ja: "t", en: "t" },
  workdays: [1, 2, 3, 4, 5],
  nationalHolidays: true,
  closures: [{ from: "12-29", to: "01-04", label: { ja: "年末年始", en: "year end" } }],
  cite: [{ document: "t", clause: "t" }],
};
const MON_SAT: CalendarDef = { ...NTT_LIKE, workdays: [1, 2, 3, 4, 5, 6] };

const isoDateArb = (from = "2021-01-01", days = 365 * 25) =>
  fc.integer({ min: 0, max: days }).map((n) => addDays(from, n));
const yenInteger = /^\d+$/;
const allCited = (steps: readonly TraceEntry[]) => steps.every((s) => s.citations.length > 0);

const flex = builtInServices().get("qtpro-flex-mobility");

/** A start date the service can have: Flex (第5条) and QT PRO Cloud (spec §16①) start on a 1st. */
function validStart(service: ServiceDefinition, date: string): string {
  const terms = [...service.versions].reverse().find((v) => v.terms)?.terms;
  return terms?.billing.serviceStart === "initialWorkCompletion" ? date : `${date.slice(0, 7)}-01`;
}
const computable = builtInServices()
  .list()
  .flatMap((service) => {
    const current = [...service.versions].reverse().find((v) => v.terms);
    return current?.terms ? [{ service, specs: current.terms.parameters, asOf: current.effectiveFrom }] : [];
  });

/** Any configuration a form could send, valid or not: values from each key's domain, keys left out. */
function configurationArb(specs: readonly ParameterSpec[]) {
  const entries = specs.map((spec) => {
    const value: fc.Arbitrary<Scalar> =
      spec.type === "enum"
        ? fc.constantFrom(...spec.values.map((v) => v.value))
        : spec.type === "integer"
          ? fc.oneof(fc.integer({ min: 0, max: 70_000 }), fc.integer({ min: 90, max: 600 }))
          : fc.boolean();
    return [spec.key, fc.option(value, { nil: undefined })] as const;
  });
  return fc
    .record(Object.fromEntries(entries))
    .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
}

describe("business days", () => {
  for (const def of [NTT_LIKE, MON_SAT]) {
    const calendar = new BusinessCalendar(def);
    it(`adding then subtracting N business days returns to the same business day (workdays ${def.workdays.join("")})`, () => {
      fc.assert(
        fc.property(isoDateArb(), fc.integer({ min: 0, max: 60 }), (date, n) => {
          const start = calendar.rollToBusinessDay(date, 1);
          const there = calendar.addBusinessDays(start, n);
          expect(calendar.addBusinessDays(there, -n)).toBe(start);
          expect(calendar.isBusinessDay(there)).toBe(true);
        }),
        params,
      );
    });
  }

  it("never counts a Sunday, a national holiday or 12-29 … 01-04 as a business day", () => {
    const calendar = new BusinessCalendar(NTT_LIKE);
    fc.assert(
      fc.property(isoDateArb(), fc.integer({ min: 1, max: 30 }), (date, n) => {
        const d = calendar.addBusinessDays(date, n);
        const md = d.slice(5);
        expect(md >= "12-29" || md <= "01-04").toBe(false);
        expect(new Date(`${d}T00:00:00Z`).getUTCDay()).not.toBe(0);
      }),
      params,
    );
  });
});

describe("Flex Mobility (別紙1, 第7条)", () => {
  it("fees never decrease when a 50-licence block is added within a band", () => {
    const bands = [
      [100, 1000],
      [1001, 3000],
      [3001, 6000],
      [6001, 10000],
      [10001, 60000],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...bands),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom("core", "complete"),
        ([from, to], r, plan) => {
          const licenses = from + (r % Math.max(1, to - from - 50));
          fc.pre(licenses + 50 <= to && Math.ceil(licenses / 50) * 50 + 50 <= to);
          const base = {
            plan,
            serverBandwidth: "200M",
            accessBandwidth: "200M",
            ...(plan === "complete" ? { logRetentionDays: 90 } : {}),
          };
          const a = estimateFees({ service: flex, parameters: { ...base, licenses }, asOf: "2026-11-01" });
          const b = estimateFees({
            service: flex,
            parameters: { ...base, licenses: licenses + 50 },
            asOf: "2026-11-01",
          });
          expect(BigInt(b.monthly) >= BigInt(a.monthly)).toBe(true);
        },
      ),
      params,
    );
  });

  it("a later notice never yields an earlier end date", () => {
    fc.assert(
      fc.property(
        isoDateArb("2025-01-01", 900),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 120 }),
        (noticeA, toEnd, delay) => {
          const desiredEndDate = addDays(noticeA, toEnd);
          const quote = (noticeDate: string) =>
            quoteCancellation({
              service: flex,
              parameters: { plan: "starter", licenses: 100, accessBandwidth: "50M" },
              startDate: "2024-04-01",
              desiredEndDate,
              noticeDate,
            });
          expect(quote(addDays(noticeA, delay)).effectiveEndDate >= quote(noticeA).effectiveEndDate).toBe(true);
        },
      ),
      params,
    );
  });
});

describe.each(computable.map((c) => [c.service.id, c] as const))("%s", (_id, { service, specs, asOf }) => {
  const s: ServiceDefinition = service;
  it("every configuration is either priced in whole yen with every step cited, or rejected at its keys", () => {
    fc.assert(
      fc.property(configurationArb(specs), (parameters) => {
        try {
          const e = estimateFees({ service: s, parameters, asOf });
          for (const amount of [
            e.monthly,
            e.monthlyWithTax,
            e.initial,
            e.initialWithTax,
            ...e.lines.map((l) => l.amount),
          ]) {
            expect(amount).toMatch(yenInteger);
          }
          expect(allCited(e.trace)).toBe(true);
          expect(e.lines.every((l) => l.citations.length > 0)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidParametersError);
          const keys = new Set([...Object.keys(parameters), ...specs.map((p) => p.key)]);
          for (const issue of (error as InvalidParametersError).issues)
            expect(keys.has(String(issue.path[0]))).toBe(true);
        }
      }),
      params,
    );
  });

  it("cancellation quotes are whole yen, end no earlier than desired unless capped by a maximum term, and cite every step", () => {
    fc.assert(
      fc.property(
        configurationArb(specs),
        isoDateArb(asOf, 1500),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 400 }),
        (parameters, start, len, noticeBefore) => {
          const startDate = validStart(s, start);
          const desiredEndDate = addDays(startDate, len);
          const noticeDate =
            addDays(desiredEndDate, -noticeBefore) < asOf ? asOf : addDays(desiredEndDate, -noticeBefore);
          let q;
          try {
            q = quoteCancellation({
              service: s,
              parameters,
              startDate,
              desiredEndDate,
              noticeDate,
              monthlyFee: "123457",
            });
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidParametersError);
            return;
          }
          expect(q.total).toMatch(yenInteger);
          expect(q.totalWithTax).toMatch(yenInteger);
          for (const c of q.charges) expect(c.amount).toMatch(yenInteger);
          if (!q.maximumTermEndDate || desiredEndDate <= q.maximumTermEndDate)
            expect(q.effectiveEndDate >= desiredEndDate).toBe(true);
          expect(allCited(q.trace)).toBe(true);
        },
      ),
      params,
    );
  });

  it("late interest is whole yen and never negative", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        isoDateArb(asOf, 1500),
        fc.integer({ min: 0, max: 400 }),
        (amount, dueDate, late) => {
          const r = lateInterest({ service: s, amount: String(amount), dueDate, paidDate: addDays(dueDate, late) });
          expect(r.interest).toMatch(yenInteger);
          expect(r.days).toBeGreaterThanOrEqual(0);
          expect(allCited(r.trace)).toBe(true);
        },
      ),
      params,
    );
  });

  it("a change quote's prorated month lies between the old and new monthly fees", () => {
    fc.assert(
      fc.property(
        configurationArb(specs),
        configurationArb(specs),
        isoDateArb(asOf, 700),
        (before, after, effectiveDate) => {
          let q;
          try {
            q = quoteChange({ service: s, parameters: before, newParameters: after, effectiveDate });
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidParametersError);
            return;
          }
          const [lo, hi] = [BigInt(q.monthlyBefore), BigInt(q.monthlyAfter)].sort((x, y) =>
            x < y ? -1 : x > y ? 1 : 0,
          );
          const month = BigInt(q.effectiveMonthCharge);
          expect(month >= lo! - 1n && month <= hi!).toBe(true);
          expect(allCited(q.trace)).toBe(true);
        },
      ),
      params,
    );
  });
});

describe.each(computable.map((c) => [c.service.id, c] as const))(
  "%s: the earliest end date",
  (_id, { service, specs, asOf }) => {
    it("is reached in time by a notice sent that day, and the day before it is not (unless bounded by the start)", () => {
      fc.assert(
        fc.property(configurationArb(specs), isoDateArb(asOf, 1200), (parameters, noticeDate) => {
          let q;
          try {
            q = quoteEarliestEnd({
              service,
              parameters,
              startDate: validStart(service, asOf),
              noticeDate,
              monthlyFee: "100000",
            });
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidParametersError);
            return;
          }
          expect(q.noticeInTime).toBe(true);
          if (q.effectiveEndDate > asOf && !q.maximumTermEndDate) {
            const dayBefore = quoteCancellation({
              service,
              parameters,
              startDate: validStart(service, asOf),
              desiredEndDate: addDays(q.effectiveEndDate, -1),
              noticeDate,
              monthlyFee: "100000",
            });
            expect(dayBefore.noticeInTime && dayBefore.effectiveEndDate < q.effectiveEndDate).toBe(false);
          }
        }),
        params,
      );
    });
  },
);

describe.each(computable.map((c) => [c.service.id, c] as const))(
  "%s: notice and end date agree",
  (_id, { service, specs, asOf }) => {
    const terms = [...service.versions].reverse().find((v) => v.terms)!.terms!;
    const rule = terms.cancellation;
    /** Late notice moves the end (QT PRO Cloud 第18条; Server 第21条第2項 with no minimum notice). */
    const lateMovesEnd =
      rule.lateNotice.type === "moveEnd" || (rule.lateNotice.type === "byConfirmation" && rule.notice.amount === 0);

    it("noticeInTime ⇔ the effective end date is the (valid) desired date, and a late notice is always explained by its clause", () => {
      fc.assert(
        fc.property(
          configurationArb(specs),
          isoDateArb(asOf, 1500),
          fc.integer({ min: 0, max: 900 }),
          fc.integer({ min: -30, max: 200 }),
          (parameters, start, len, noticeBefore) => {
            const startDate = validStart(service, start);
            let desiredEndDate = addDays(startDate, len);
            // A valid desired date: a month end where the terms end only at month ends (QT PRO Cloud 第18条).
            if (rule.endOfMonthOnly) desiredEndDate = addDays(`${addDays(desiredEndDate, 40).slice(0, 7)}-01`, -1);
            const noticeDate =
              addDays(desiredEndDate, -noticeBefore) < asOf ? asOf : addDays(desiredEndDate, -noticeBefore);
            let q;
            try {
              q = quoteCancellation({
                service,
                parameters,
                startDate,
                desiredEndDate,
                noticeDate,
                monthlyFee: "100000",
              });
            } catch (error) {
              expect(error).toBeInstanceOf(InvalidParametersError);
              return;
            }
            fc.pre(!q.maximumTermEndDate || desiredEndDate <= q.maximumTermEndDate);
            if (q.noticeInTime) expect(q.effectiveEndDate).toBe(desiredEndDate);
            if (q.effectiveEndDate !== desiredEndDate) expect(q.noticeInTime).toBe(false);
            if (lateMovesEnd) expect(q.noticeInTime).toBe(q.effectiveEndDate === desiredEndDate);
            if (!q.noticeInTime && q.effectiveEndDate === desiredEndDate) {
              // The end stands despite a late notice only where a clause says so: Flex 第7条第2項 (a
              // possible charge for the following month) or UTM 第21条第2項 (the desired date is not
              // before the confirmation date).
              if (rule.lateNotice.type === "possibleCharge")
                expect(q.charges.some((c) => c.code === "late-notice-month")).toBe(true);
              else
                expect(
                  rule.lateNotice.type === "byConfirmation" &&
                    q.confirmationDate !== null &&
                    q.confirmationDate <= desiredEndDate,
                ).toBe(true);
            }
            // The latest notice day is exact: a notice that day is in time, the day after it is not.
            if (q.latestNoticeDate < asOf) return;
            const onTime = quoteCancellation({
              service,
              parameters,
              startDate,
              desiredEndDate,
              noticeDate: q.latestNoticeDate,
              monthlyFee: "100000",
            });
            const dayLate = quoteCancellation({
              service,
              parameters,
              startDate,
              desiredEndDate,
              noticeDate: addDays(q.latestNoticeDate, 1),
              monthlyFee: "100000",
            });
            expect(onTime.noticeInTime).toBe(true);
            expect(dayLate.noticeInTime).toBe(false);
          },
        ),
        params,
      );
    });
  },
);
