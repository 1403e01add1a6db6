import { describe, expect, it } from "vitest";
import { builtInServices, diffTerms, type TermsVersionDef } from "../src/index.js";

const flex = builtInServices().get("qtpro-flex-mobility");
const current = flex.versions.at(-1) as TermsVersionDef;

/** The current Flex terms with a longer notice period and a dearer 1,001–3,000 Core band. */
function revised(): TermsVersionDef {
  const next = structuredClone(current);
  next.version = "2027-04-01 改訂案";
  next.effectiveFrom = "2027-04-01";
  const terms = next.terms!;
  terms.cancellation.notice = { amount: 90, unit: "calendarDays", monthEnd: "clamp" };
  const licence = terms.fees.find((f) => f.code === "device-licence")!;
  if (licence.price.type !== "cases") throw new Error("fixture");
  const core = licence.price.cases[1]!.price;
  if (core.type !== "bands") throw new Error("fixture");
  core.bands[1]!.unitPriceYen = "750";
  return next;
}

describe("the semantic diff of two versions", () => {
  const lines = diffTerms(current, revised());
  const ja = lines.map((l) => l.text.ja);

  it("says a notice period changed, in words, citing 第7条", () => {
    expect(ja).toContain("解約通知期限: 60日前 → 90日前");
    expect(lines.find((l) => l.text.ja.startsWith("解約通知期限"))?.citations.map((c) => c.clause)).toContain(
      "第7条第1項",
    );
  });

  it("says which band of which plan changed price, citing 別紙1", () => {
    expect(ja).toContain("Mobility デバイスライセンス Core 1,001–3,000: 700円 → 750円");
    expect(lines.find((l) => l.text.ja.includes("700円 → 750円"))?.citations[0]?.clause).toBe("別紙1 2.(1)①");
  });

  it("names the new effective date and nothing that did not change", () => {
    expect(ja).toContain("効力発生日: 2022-05-09 → 2027-04-01");
    expect(lines).toHaveLength(3);
  });

  it("finds no difference between a version and itself", () => {
    expect(diffTerms(current, current)).toEqual([]);
  });

  it("reports a block the new version drops (a surcharge rule removed), not only one it changes", () => {
    const utm = builtInServices().get("utm-support").versions.at(-1) as TermsVersionDef;
    const withoutSurcharge = structuredClone(utm);
    delete withoutSurcharge.terms!.surcharge;
    expect(diffTerms(utm, withoutSurcharge).map((l) => l.area)).toEqual(["surcharge"]);
  });
});
