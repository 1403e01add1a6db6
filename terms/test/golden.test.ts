import { describe, expect, it } from "vitest";
import {
  builtInServices,
  canSelfServe,
  estimateFees,
  evasionSurcharge,
  InvalidParametersError,
  lateInterest,
  orderDeadline,
  planCancellation,
  outageCredit,
  quoteCancellation,
  quoteChange,
  termsContext,
  TermsError,
  type ChargeLine,
  type ServiceDefinition,
  type TraceEntry,
} from "../src/index.js";
import { loadAllCases, type CaseKind, type CaseOf } from "./golden-cases.js";

const DEFAULT_AS_OF = "2026-11-01";

/** The trace holds the expected steps in order, each citing the clauses named, every clause once per step. */
function expectSteps(trace: TraceEntry[], expected: string[]) {
  let at = 0;
  for (const want of expected) {
    const [rule, clauseList] = want.split(": ");
    const clauses = clauseList?.split(", ") ?? [];
    // The next step of that rule citing every clause named.
    const index = trace.findIndex(
      (e, i) => i >= at && e.rule === rule && clauses.every((c) => e.citations.some((x) => x.clause === c)),
    );
    expect(
      index,
      `a step ${want} after step ${at} in: ${trace.map((e) => `${e.rule} (${e.citations.map((c) => c.clause).join(", ")})`).join("; ")}`,
    ).toBeGreaterThanOrEqual(0);
    at = index + 1;
  }
  for (const step of trace) {
    const keys = step.citations.map((c) => `${c.document} ${c.clause}`);
    expect(new Set(keys).size, `${step.rule} cites each clause once`).toBe(keys.length);
  }
}
const byCode = (lines: ChargeLine[]) => Object.fromEntries(lines.map((l) => [l.code, l.amount]));

/** Runs one case and returns the fields its `expect` can name. */
function run(kind: CaseKind, service: ServiceDefinition, c: CaseOf<CaseKind>): Record<string, unknown> {
  switch (kind) {
    case "fees": {
      const k = c as CaseOf<"fees">;
      const r = estimateFees({ service, parameters: k.parameters, asOf: k.asOf ?? DEFAULT_AS_OF });
      return { ...r, lines: byCode(r.lines), unpricedItems: r.unpricedItems.length };
    }
    case "cancellation": {
      const k = c as CaseOf<"cancellation">;
      const r = quoteCancellation({ service, ...k });
      return { ...r, charges: byCode(r.charges) };
    }
    case "order-deadline": {
      const k = c as CaseOf<"order-deadline">;
      return { ...orderDeadline({ service, parameters: k.parameters, desiredStartDate: k.desiredStartDate }) };
    }
    case "late-interest": {
      const k = c as CaseOf<"late-interest">;
      return { ...lateInterest({ service, amount: k.amount, dueDate: k.dueDate, paidDate: k.paidDate }) };
    }
    case "change": {
      const k = c as CaseOf<"change">;
      const r = quoteChange({
        service,
        parameters: k.parameters,
        newParameters: k.newParameters,
        effectiveDate: k.effectiveDate,
      });
      return { ...r, oneOffCharges: byCode(r.oneOffCharges) };
    }
    case "outage-credit": {
      const k = c as CaseOf<"outage-credit">;
      return { ...outageCredit({ service, ...k }) };
    }
    case "surcharge": {
      const k = c as CaseOf<"surcharge">;
      return { ...evasionSurcharge({ service, evadedAmount: k.evadedAmount, asOf: k.asOf }) };
    }
    case "plan": {
      const k = c as CaseOf<"plan">;
      const r = planCancellation({ service, ...k });
      return {
        ...r,
        // One line per option, so a case reads like the table a person computes by hand.
        options: Object.fromEntries(
          r.options.map((o) => [
            o.endDate,
            `${o.latestNoticeDate} | ${o.reachable ? "reachable" : "late"} | ${o.oneOffTotal} | ${o.finalMonthFee} | ${o.reasons.join(",")}`,
          ]),
        ),
        earliestWithoutEarlyTerminationCharge: r.earliestWithoutEarlyTerminationCharge?.endDate ?? null,
        cheapest: r.cheapest?.endDate ?? null,
      };
    }
    case "business-days": {
      const k = c as CaseOf<"business-days">;
      return { result: termsContext(service, k.asOf).calendars.get(k.calendar).addBusinessDays(k.from, k.add) };
    }
  }
}

for (const { serviceId, kind, cases } of loadAllCases()) {
  describe(`${serviceId} golden cases: ${kind}`, () => {
    const service = builtInServices().get(serviceId);
    for (const c of cases) {
      it(c.name, () => {
        if (c.expectError) {
          let caught: unknown;
          try {
            run(kind, service, c);
          } catch (error) {
            caught = error;
          }
          expect(caught, "expected an error").toBeInstanceOf(TermsError);
          expect((caught as TermsError).code).toBe(c.expectError.code);
          if (c.expectError.paths) {
            expect(caught).toBeInstanceOf(InvalidParametersError);
            expect((caught as InvalidParametersError).issues.map((i) => i.path.map(String))).toEqual(
              c.expectError.paths,
            );
            if (c.expectError.paths.some((p) => p[0] === "startDate") && "startDate" in c) {
              // A start date the service cannot have: the message names the 1sts around it.
              const start = c.startDate;
              const message = (caught as InvalidParametersError).issues[0]?.message.ja ?? "";
              expect(message).toContain(`${start.slice(0, 7)}-01`);
            }
          }
          return;
        }
        const result = run(kind, service, c);
        const expectedSteps = (c as { steps?: string[] }).steps;
        if (expectedSteps) expectSteps(result["trace"] as TraceEntry[], expectedSteps);
        if (kind === "business-days") {
          expect(result["result"]).toBe((c as CaseOf<"business-days">).expect);
          return;
        }
        const expected = (c as { expect?: Record<string, unknown> }).expect ?? {};
        for (const [key, value] of Object.entries(expected)) {
          if (key === "lines") {
            // Fee cases name the lines they check.
            expect(result[key], key).toMatchObject(value as object);
          } else if (value !== null && typeof value === "object") {
            // Charge maps of quotes list exactly the charges expected, no more.
            expect(result[key], key).toEqual(value);
          } else {
            expect(result[key], key).toBe(value);
          }
        }
      });
    }
  });
}

// Keeps the permission lookup honest for every service: each listed operation answers its own mode.
describe("canSelfServe answers every listed operation", () => {
  for (const service of builtInServices().list()) {
    const current = service.versions.at(-1);
    for (const p of current?.terms?.permissions ?? []) {
      it(`${service.id}: ${p.operation} is ${p.mode}`, () => {
        expect(canSelfServe({ service, operation: p.operation, asOf: DEFAULT_AS_OF }).mode).toBe(p.mode);
      });
    }
  }
});
