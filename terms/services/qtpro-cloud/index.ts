import type { ServiceDefinitionInput } from "../../src/dsl/index.js";

// Placeholder until the terms are encoded: the service is listed, nothing is computable.
export const qtproCloud: ServiceDefinitionInput = {
  id: "qtpro-cloud",
  name: "QT PRO Cloud",
  nameEn: "QT PRO Cloud",
  provider: "株式会社QTnet",
  documents: [
    { id: "qtpro-cloud.terms", title: "QT PRO Cloud 利用規約" },
    { id: "qtpro-cloud.spec-sheet", title: "QT PRO Cloud サービススペックシート" },
  ],
  versions: [
    {
      version: "Ver1.0",
      effectiveFrom: "2026-03-01",
      source: { ja: "利用規約 Ver1.0。", en: "Terms Ver1.0." },
      cite: [{ document: "qtpro-cloud.terms", clause: "附則" }],
    },
  ],
};
