import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  builtInServices,
  canSelfServe,
  DateOutOfRangeError,
  estimateFees,
  evasionSurcharge,
  fromDayNumber,
  lateInterest,
  orderDeadline,
  outageCredit,
  quoteCancellation,
  quoteChange,
  quoteEarliestEnd,
  SUPPORTED_DATE_RANGE,
  TermsError,
  type ServiceDefinition,
} from "../src/index.js";

// Issue 8: every engine entry refuses dates outside its calendar data with a located
// DATE_OUT_OF_RANGE, and every loop is bounded by its inputs, so any date a client can write
// (0000-01-01 … 9999-12-31) answers or fails with a domain error, quickly.

const numRuns = Number(process.env["FC_NUM_RUNS"] ?? 200);
const params = { numRuns };

/** Day numbers of 0000-01-01 and 9999-12-31. */
const FIRST = -719528;
const LAST = 2932896;
const anyDate = fc.oneof(
  fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber),
  // Half the time near the supported range, where answers (not only refusals) happen.
  fc.integer({ min: 0, max: 30000 }).map(fromDayNumber),
);

const CONFIG: Record<string, Record<string, unknown>> = {
  "qtpro-flex-mobility": { plan: "core", licenses: 1200, serverBandwidth: "200M", accessBandwidth: "200M" },
  "utm-support": { device: "ssb10" },
  "server-support": { device: "os6" },
  "qtpro-cloud": {},
};
const CHANGED: Record<string, Record<string, unknown>> = {
  "qtpro-flex-mobility": { plan: "core", licenses: 1250, serverBandwidth: "200M", accessBandwidth: "200M" },
  "utm-support": { device: "ssb30" },
  "server-support": { device: "os2" },
  "qtpro-cloud": { closedNetwork: true },
};

/** Runs `fn`: it must answer or throw a TermsError, within 200 ms (generous: other runs share the machine). */
function answersOrRefuses(fn: () => unknown): TermsError | undefined {
  const started = performance.now();
  let refused: TermsError | undefined;
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TermsError);
    refused = error as TermsError;
  }
  expect(performance.now() - started).toBeLessThan(200);
  return refused;
}

describe.each(
  builtInServices()
    .list()
    .map((s) => [s.id, s] as const),
)("%s over every representable date", (id, service: ServiceDefinition) => {
  const parameters = CONFIG[id];
  it("answers or refuses every entry point quickly", () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, fc.integer({ min: 0, max: 1_000_000 }), (a, b, c, hours) => {
        answersOrRefuses(() => estimateFees({ service, parameters, asOf: a }));
        answersOrRefuses(() => orderDeadline({ service, parameters, desiredStartDate: a, asOf: b }));
        answersOrRefuses(() =>
          quoteCancellation({
            service,
            parameters,
            startDate: a,
            desiredEndDate: b,
            noticeDate: c,
            monthlyFee: "100000",
          }),
        );
        answersOrRefuses(() =>
          quoteCancellation({
            service,
            parameters,
            startDate: a,
            desiredEndDate: b,
            noticeDate: c,
            confirmationDate: c,
          }),
        );
        answersOrRefuses(() =>
          quoteEarliestEnd({ service, parameters, startDate: a, noticeDate: b, monthlyFee: "100000" }),
        );
        answersOrRefuses(() => quoteChange({ service, parameters, newParameters: CHANGED[id], effectiveDate: a }));
        answersOrRefuses(() => lateInterest({ service, amount: "100000", dueDate: a, paidDate: b < a ? a : b }));
        answersOrRefuses(() =>
          outageCredit({ service, monthlyFee: "2500", outageStart: a, outageHours: hours, customerFault: false }),
        );
        answersOrRefuses(() => evasionSurcharge({ service, evadedAmount: "1000", asOf: a }));
        answersOrRefuses(() => canSelfServe({ service, operation: "contract.cancel", asOf: a }));
      }),
      params,
    );
  });

  it("refuses an input date outside the calendar data, naming the field and the supported range", () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        fc.pre(date < SUPPORTED_DATE_RANGE.from || date > SUPPORTED_DATE_RANGE.to);
        const refused = answersOrRefuses(() =>
          quoteChange({ service, parameters, newParameters: CHANGED[id], effectiveDate: date }),
        );
        expect(refused).toBeInstanceOf(DateOutOfRangeError);
        expect(refused?.code).toBe("DATE_OUT_OF_RANGE");
        expect((refused as DateOutOfRangeError).field).toBe("effectiveDate");
        expect(refused?.text.en).toContain(`${SUPPORTED_DATE_RANGE.from} to ${SUPPORTED_DATE_RANGE.to}`);
      }),
      params,
    );
  });
});

describe("the supported range", () => {
  it("is the national-holiday dataset's years, 1970-01-01 to 2050-12-31", () => {
    expect(SUPPORTED_DATE_RANGE).toEqual({ from: "1970-01-01", to: "2050-12-31" });
  });

  it("refuses what is not a calendar date at all", () => {
    const flex = builtInServices().get("qtpro-flex-mobility");
    for (const asOf of ["2026-02-30", "2026-13-01", "20261101", "x"]) {
      expect(() => estimateFees({ service: flex, parameters: CONFIG["qtpro-flex-mobility"], asOf })).toThrow(
        DateOutOfRangeError,
      );
    }
  });
});
