import type { ServiceDefinitionInput } from "../../src/dsl/index.js";
import { billing } from "./billing.js";
import { calendars } from "./calendars.js";
import { cancellation } from "./cancellation.js";
import { changeRules } from "./change-rules.js";
import { COVER_VERSION, EFFECTIVE_DATE, SPEC_DOCUMENT, TERMS_DOCUMENT } from "./cite.js";
import { outageCredit } from "./credits.js";
import { fees, rounding, tax } from "./fees.js";
import { lateInterest } from "./interest.js";
import { interpretations } from "./interpretations.js";
import { limits } from "./limits.js";
import { order } from "./order.js";
import { crossReferences, outline } from "./outline.js";
import { parameters } from "./parameters.js";
import { permissions } from "./permissions.js";
import { parties, responsibilities } from "./responsibilities.js";
import { surcharge } from "./surcharge.js";

// QT PRO Cloud (QTnet reselling BBIX's OCF and OCX): 利用規約 Ver1.0 and its 別紙 サービス
// スペックシート. The price list (別紙料金表 / 別紙価格表) is not in the sources, so every fee
// is unpriced and quotes take the contract's own monthly fee.

export const qtproCloud: ServiceDefinitionInput = {
  id: "qtpro-cloud",
  name: "QT PRO Cloud",
  nameEn: "QT PRO Cloud",
  provider: "株式会社QTnet",
  documents: [
    { id: TERMS_DOCUMENT, title: "QT PRO Cloud サービス利用規約" },
    { id: SPEC_DOCUMENT, title: "QT PRO Cloud サービススペックシート（別紙）" },
  ],
  versions: [
    {
      version: "Ver1.0",
      effectiveFrom: "2026-03-01",
      source: {
        ja: "利用規約 Ver1.0（2026 年 3 月 1 日実施、改定履歴なし）とサービススペックシート。",
        en: "Terms Ver1.0 (in force from 1 March 2026, no revisions) with the service spec sheet.",
      },
      cite: [EFFECTIVE_DATE, COVER_VERSION],
      terms: {
        calendars,
        parameters,
        fees,
        tax,
        rounding,
        billing,
        order,
        cancellation,
        limits,
        lateInterest,
        outageCredit,
        surcharge,
        parties,
        responsibilities,
        permissions,
        changeRules,
        outline,
        crossReferences,
        interpretations,
      },
    },
  ],
};
