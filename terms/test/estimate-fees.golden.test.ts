import { describe, expect, it } from "vitest";
import { builtInServices, estimateFees, InvalidParametersError, TermsError } from "../src/index.js";
import { loadFeeCases } from "./golden-cases.js";

const DEFAULT_AS_OF = "2026-11-01";

for (const { serviceId, cases } of loadFeeCases()) {
  describe(`estimateFees golden cases: ${serviceId}`, () => {
    const service = builtInServices().get(serviceId);
    for (const c of cases) {
      it(c.name, () => {
        const run = () => estimateFees({ service, parameters: c.parameters, asOf: c.asOf ?? DEFAULT_AS_OF });
        if (c.expectError) {
          let caught: unknown;
          try {
            run();
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(TermsError);
          expect((caught as TermsError).code).toBe(c.expectError.code);
          if (c.expectError.paths) {
            expect(caught).toBeInstanceOf(InvalidParametersError);
            const paths = (caught as InvalidParametersError).issues.map((i) => i.path.map(String));
            expect(paths).toEqual(c.expectError.paths);
          }
          return;
        }
        const result = run();
        const expected = c.expect ?? {};
        for (const key of ["monthly", "monthlyWithTax", "initial", "initialWithTax"] as const) {
          if (expected[key] !== undefined) expect(result[key], key).toBe(expected[key]);
        }
        for (const [code, amount] of Object.entries(expected.lines ?? {})) {
          expect(result.lines.find((l) => l.code === code)?.amount, code).toBe(amount);
        }
      });
    }
  });
}
