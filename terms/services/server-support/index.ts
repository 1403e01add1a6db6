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
import { surcharge } from "./surcharge.js";

const KNOWN_BY_DATE_ONLY = {
  ja: "附則に実施日のみ記載。本文は資料に含まれていないため計算に使えません。",
  en: "Known from the 附則 by its effective date only. Its text is not in the sources, so it cannot be computed with.",
};

/** One 附則 entry: the notice line and the line with the effective date. */
const supplementary = (clause: string, header: string, effective: string) => [
  cite(clause, header),
  cite(clause, effective),
];

export const serverSupport: ServiceDefinitionInput = {
  id: "server-support",
  name: "Server サポート",
  nameEn: "Server Support",
  provider: "西日本電信電話株式会社",
  documents: [{ id: DOCUMENT, title: "Server サポート利用規約" }],
  // The 附則 list revisions only: the original enactment date is not stated, so the first version
  // listed is the 2019-07-01 revision (dates before it have no known terms).
  versions: [
    {
      version: "2019-07-01 改正",
      effectiveFrom: "2019-07-01",
      effectiveTo: "2020-06-24",
      source: KNOWN_BY_DATE_ONLY,
      cite: supplementary(
        "附則（2019年6月26日）",
        "附則（2019年 6月 26日 西アＢＳ104号）",
        "この改正規定は、2019年 7月 1日から実施します。",
      ),
    },
    {
      version: "2020-06-25 改正",
      effectiveFrom: "2020-06-25",
      effectiveTo: "2022-06-30",
      source: KNOWN_BY_DATE_ONLY,
      cite: supplementary(
        "附則（2020年6月24日）",
        "附則（2020年 6月 24日 西デザＳ88号）",
        "この改正規定は、2020年 6月 25日から実施します。",
      ),
    },
    {
      version: "2022-07-01 改正",
      effectiveFrom: "2022-07-01",
      effectiveTo: "2022-07-31",
      source: KNOWN_BY_DATE_ONLY,
      cite: supplementary(
        "附則（2022年6月27日）",
        "附則（2022年 6月 27日 西ビ営Ｖ000255号）",
        "この改正規定は、2022年 7月 1日から実施します。",
      ),
    },
    {
      version: "2022-08-01 改正",
      effectiveFrom: "2022-08-01",
      effectiveTo: "2022-08-31",
      source: {
        ja: `${KNOWN_BY_DATE_ONLY.ja} 経過措置: 実施前に支払い又は支払わなければならなかった料金その他の債務は従前の例によります（従前の本文がないため適用できません）。`,
        en: `${KNOWN_BY_DATE_ONLY.en} Transitional rule: fees and other debts paid, or due to be paid, before it follow the previous rules (not applicable here: the previous text is unknown).`,
      },
      cite: [
        cite("附則（2022年7月25日）", "附則（2022年 7月 25日 西ビ営Ｖ第 000343号）"),
        cite("附則（2022年7月25日）第1条", "第 1条 この改正規定は 2022年 8月 1日から実施します。"),
        cite(
          "附則（2022年7月25日）第2条",
          "第 2条 この改正規定実施前に支払又は支払わなければならなかった電気通信サービスの料金その他の債務に",
        ),
        cite("附則（2022年7月25日）第2条", "ついては、なお従前のとおりとします。"),
      ],
    },
    {
      version: "2022-09-01 改正",
      effectiveFrom: "2022-09-01",
      effectiveTo: "2023-09-30",
      source: KNOWN_BY_DATE_ONLY,
      cite: supplementary(
        "附則（2022年8月26日）",
        "附則（2022年 8月 26日 西ビ営Ｖ第 000421号）",
        "この改正規定は、2022年 9月 1日から実施します。",
      ),
    },
    {
      version: "2023-10-01 改正",
      effectiveFrom: "2023-10-01",
      effectiveTo: "2023-11-30",
      source: KNOWN_BY_DATE_ONLY,
      cite: supplementary(
        "附則（2023年9月28日）",
        "附則（2023年 9月 28日 B委 VDコ 155500000424-01）",
        "この改正規定は 2023年 10月 1日から実施します。",
      ),
    },
    {
      version: "2023-12-01 改正",
      effectiveFrom: "2023-12-01",
      source: { ja: "現行の版（資料の本文）。", en: "The current text (the source document)." },
      cite: supplementary(
        "附則（2023年11月9日）",
        "附則（2023年 11月 9日 B委 VDコ 155500000759-01）",
        "この改正規定は 2023年 12月 1日から実施します。",
      ),
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
