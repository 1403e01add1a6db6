import type { ServiceDefinitionInput } from "../../src/dsl/index.js";
import { consumptionTax } from "../common/tax.js";
import { COVER_VERSION, EFFECTIVE_DATE, SPEC_DOCUMENT, TERMS_DOCUMENT, terms } from "./cite.js";
import { fees } from "./fees.js";
import { interpretations } from "./interpretations.js";
import { outline } from "./outline.js";
import { parameters } from "./parameters.js";
import { responsibilities } from "./responsibilities.js";
import { rules } from "./rules.js";

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
        ...rules,
        ...responsibilities,
        ...outline,
        parameters,
        fees,
        tax: consumptionTax(
          terms(
            "第24条第4項",
            "支払いを要する金額は、前項の料金等の額に消費税相当額（消費税法（昭和 63 年法律第 108 号）及び同法に関する法令の規定に基づき課税される消費税の額をいいます。以下同じとします。）を加算した額とします。",
          ),
        ),
        rounding: {
          mode: "truncate",
          cite: [
            terms(
              "第37条",
              "この利用規約の規定に基づき金額の計算をした場合に、その計算結果に 1 円未満の端数が生じたときは、その端数を切り捨てます。",
            ),
          ],
        },
        interpretations,
      },
    },
  ],
};
