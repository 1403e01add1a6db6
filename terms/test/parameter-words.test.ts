import { describe, expect, it } from "vitest";
import { builtInServices, withParameterLabels, type TermsVersionDef } from "../src/index.js";

// Issue 13: customers never read a parameter's key or a `key: false` dump; interpretations written
// for engineers are shown with each parameter's label and each value's label.
const latest = (id: string) => (builtInServices().get(id).versions.at(-1) as TermsVersionDef).terms!;

describe("withParameterLabels", () => {
  const utm = latest("utm-support");
  const fees = utm.interpretations.find((i) => /hikariCollaboration/.test(i.text.en))!;
  const shown = withParameterLabels(fees.text, utm.parameters);

  it("names the UTM invoice-fee interpretation's parameters by their labels (別紙4 2.(1), 2.(3)ⅱ)", () => {
    for (const lang of ["ja", "en"] as const) {
      expect(shown[lang]).not.toMatch(/hikariCollaboration|paymentMethod|corporate: false/);
    }
    expect(shown.ja).toContain("（「光コラボレーションモデルのフレッツ回線」）");
    expect(shown.ja).toContain("法人以外（「法人契約」なし）");
    expect(shown.en).toContain("(“Corporate customer” unticked)");
    // A one-word key left where it is an ordinary English word.
    expect(shown.en).toContain("a non-corporate customer");
  });

  it("names a default value by its label and the contract's own fee in words", () => {
    const server = latest("server-support");
    const text = server.interpretations.find((i) => /paymentMethod/.test(i.text.en))!.text;
    const out = withParameterLabels(text, server.parameters);
    expect(out.ja).not.toMatch(/paymentMethod|invoice/);
    expect(out.en).not.toMatch(/paymentMethod|default invoice/);
    expect(out.en).toContain("(default “Paying by invoice");
    const cloud = latest("qtpro-cloud");
    const metered = cloud.interpretations.find((i) => /monthlyFee/.test(i.text.en))!.text;
    expect(withParameterLabels(metered, cloud.parameters).ja).toContain("「契約固有の月額」");
  });
});
