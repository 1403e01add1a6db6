import type { ServiceDefinitionInput } from "../../src/dsl/index.js";
import { billing } from "./billing.js";
import { calendars } from "./calendars.js";
import { cancellation } from "./cancellation.js";
import { changeRules } from "./change-rules.js";
import { DOCUMENT, cite } from "./cite.js";
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
