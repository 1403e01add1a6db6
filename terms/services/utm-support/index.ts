import type { ServiceDefinitionInput } from "../../src/dsl/index.js";

// Placeholder until the terms are encoded: the service is listed, nothing is computable.
export const utmSupport: ServiceDefinitionInput = {
  id: "utm-support",
  name: "UTM サポート",
  nameEn: "UTM Support",
  provider: "西日本電信電話株式会社",
  documents: [{ id: "utm-support.terms", title: "UTM サポート利用規約" }],
  versions: [
    {
      version: "2025-04-01 改正",
      effectiveFrom: "2025-04-01",
      source: { ja: "現行の版。", en: "The current version." },
      cite: [{ document: "utm-support.terms", clause: "附則（2025年3月19日）", text: "この改正規定は、2025年4月1日から実施します。" }],
    },
  ],
};
