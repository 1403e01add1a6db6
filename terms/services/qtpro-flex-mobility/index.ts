import type { ServiceDefinitionInput } from "../../src/dsl/index.js";
import { consumptionTax } from "../common/tax.js";
import { DOCUMENT, cite } from "./cite.js";
import { fees } from "./fees.js";
import { parameters } from "./parameters.js";
import { rules } from "./rules.js";

export const qtproFlexMobility: ServiceDefinitionInput = {
  id: "qtpro-flex-mobility",
  name: "QT PRO フレックスモビリティ",
  nameEn: "QT PRO Flex Mobility",
  provider: "株式会社QTnet",
  documents: [{ id: DOCUMENT, title: "QT PRO フレックスモビリティ利用規約" }],
  versions: [
    {
      version: "2021-09-01 制定",
      effectiveFrom: "2021-09-01",
      effectiveTo: "2022-05-08",
      source: {
        ja: "制定時の版。本文は資料に含まれていないため計算に使えません。",
        en: "As enacted. Its text is not in the sources, so it cannot be computed with.",
      },
      cite: [cite("附則", "2021 年 9 月 1 日 制定")],
    },
    {
      version: "2022-05-09 改訂",
      effectiveFrom: "2022-05-09",
      source: { ja: "現行の版（資料の本文）。", en: "The current text (the source document)." },
      cite: [cite("附則", "2022 年 5 月 9 日 改訂")],
      terms: {
        ...rules,
        parameters,
        fees,
        tax: consumptionTax(
          cite("第8条第3項", "契約者は、利用申込書記載の利用料金及びこれに対する消費税等を、当社が定める期日までに"),
        ),
        rounding: {
          mode: "truncate",
          cite: [
            cite("第8条第9項", "料金の計算において、その計算結果に 1 円未満の端数が生じた場合は、その端数を切り捨てます。"),
          ],
        },
      },
    },
  ],
};
