import type { ServiceDefinitionInput } from "../../src/dsl/index.js";

// Placeholder until the terms are encoded: the service is listed, nothing is computable.
export const serverSupport: ServiceDefinitionInput = {
  id: "server-support",
  name: "Server サポート",
  nameEn: "Server Support",
  provider: "西日本電信電話株式会社",
  documents: [{ id: "server-support.terms", title: "Server サポート利用規約" }],
  versions: [
    {
      version: "2023-12-01 改正",
      effectiveFrom: "2023-12-01",
      source: { ja: "現行の版。", en: "The current version." },
      cite: [{ document: "server-support.terms", clause: "附則" }],
    },
  ],
};
