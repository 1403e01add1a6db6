import "reflect-metadata";
import { builtInServices, estimateFees } from "@yakkan/terms";
import { describe, expect, it } from "vitest";
import { toExplanation, withExplanation } from "../src/modules/common/explanation.type.js";

describe("explanations in the API", () => {
  it("are rendered only when read, once", () => {
    const e = estimateFees({
      service: builtInServices().get("qtpro-flex-mobility"),
      parameters: { plan: "starter", licenses: 100, accessBandwidth: "50M" },
      asOf: "2026-11-01",
    });
    let renders = 0;
    const counted = new Proxy(e.trace, {
      get(target, key, receiver) {
        if (key === "map") renders += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const result = withExplanation({ monthly: e.monthly }, counted, "ja");
    expect(result.monthly).toBe("285000");
    expect(renders).toBe(0);
    expect(result.explanation[0]?.rule).toBe("terms.version");
    expect(result.explanation).toBe(result.explanation);
    expect(renders).toBe(1);
  });

  it("appends a step's interpretations to its message, labelled, and lists them apart", () => {
    const e = estimateFees({
      service: builtInServices().get("qtpro-flex-mobility"),
      parameters: { plan: "core", licenses: 1001, serverBandwidth: "200M", accessBandwidth: "200M" },
      asOf: "2026-11-01",
    });
    const steps = toExplanation(e.trace, "en");
    expect(steps.map((s) => s.rule)).toContain("fees.totals");
    for (const s of steps) {
      for (const n of s.notes) expect(s.message).toContain(n.text);
      expect(new Set(s.citations.map((c) => c.clause)).size).toBe(s.citations.length);
    }
  });
});
