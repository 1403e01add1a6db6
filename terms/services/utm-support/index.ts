import type { ServiceDefinitionInput, Text } from "../../src/dsl/index.js";
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

// 附則: ten amendments, each known by its effective date only, except the last, whose text is the
// source document. The 2021 amendment took effect on two dates (第21条 six days later), so the
// version list is split there. The original enactment date is not in the sources.

const DATE_ONLY: Text = {
  ja: "本文は資料に含まれていないため計算に使えません。",
  en: "Its text is not in the sources, so it cannot be computed with.",
};

const dateOnly = (ja: string, en: string): Text => ({ ja: `${ja}${DATE_ONLY.ja}`, en: `${en} ${DATE_ONLY.en}` });

export const utmSupport: ServiceDefinitionInput = {
  id: "utm-support",
  name: "UTM サポート",
  nameEn: "UTM Support",
  provider: "西日本電信電話株式会社",
  documents: [{ id: DOCUMENT, title: "UTM サポート利用規約" }],
  versions: [
    {
      version: "2019-07-01 改正",
      effectiveFrom: "2019-07-01",
      effectiveTo: "2020-03-31",
      source: dateOnly(
        "附則（2019年6月26日 西アB S 104号）による改正。これより前の版も存在しますが、制定日は資料にありません。",
        "Amendment of 26 June 2019 (西アB S 104号). Older text existed, but its date is not in the sources.",
      ),
      cite: [
        cite("附則（2019年6月26日 西アB S 104号）", "附則（2019年6月26日 西アB S 104号）"),
        cite("附則（2019年6月26日 西アB S 104号）第1項", "この改正規定は、2019年7月1日から実施します。"),
      ],
    },
    {
      version: "2020-04-01 改正",
      effectiveFrom: "2020-04-01",
      effectiveTo: "2021-05-10",
      source: dateOnly(
        "附則（2020年3月18日 西デザ S 36号）による改正。",
        "Amendment of 18 March 2020 (西デザ S 36号).",
      ),
      cite: [
        cite("附則（2020年3月18日 西デザ S 36号）", "附則（2020年3月18日 西デザ S 36号）"),
        cite("附則（2020年3月18日 西デザ S 36号）第1項", "この改正規定は、2020年4月1日から実施します。"),
      ],
    },
    {
      version: "2021-05-11 改正",
      effectiveFrom: "2021-05-11",
      effectiveTo: "2021-05-16",
      source: dateOnly(
        "附則（2021年4月23日 西B営スサ第000007号）による改正（第21条を除く）。第21条は改正前の文言のままです。",
        "Amendment of 23 April 2021 (西B営スサ第000007号), except 第21条, which kept its former wording until 2021-05-16.",
      ),
      cite: [
        cite("附則（2021年4月23日 西B営スサ第000007号）", "附則（2021年4月23日 西B営スサ第000007号）"),
        cite("附則（2021年4月23日 西B営スサ第000007号）第1項", "この改正規定は、2021年5月11日から実施します。"),
      ],
    },
    {
      version: "2021-05-17 第21条改正",
      effectiveFrom: "2021-05-17",
      effectiveTo: "2022-06-30",
      source: dateOnly(
        "同じ附則（2021年4月23日）による第21条（契約者による解約）の改正の実施日。",
        "The day the same 2021 amendment's change to 第21条 (cancellation by the customer) took effect.",
      ),
      cite: [cite("附則（2021年4月23日 西B営スサ第000007号）第1項", "第21条の改正規定は2021年5月17日から実施します。")],
    },
    {
      version: "2022-07-01 改正",
      effectiveFrom: "2022-07-01",
      effectiveTo: "2022-07-31",
      source: dateOnly(
        "附則（2022年6月27日 西ビ営V第000255号）による改正。",
        "Amendment of 27 June 2022 (西ビ営V第000255号).",
      ),
      cite: [
        cite("附則（2022年6月27日 西ビ営V第000255号）", "附則（2022年6月27日 西ビ営V第000255号）"),
        cite("附則（2022年6月27日 西ビ営V第000255号）第1項", "この改正規定は、2022年7月1日から実施します。"),
      ],
    },
    {
      version: "2022-08-01 改正",
      effectiveFrom: "2022-08-01",
      effectiveTo: "2022-08-31",
      source: dateOnly(
        "附則（2022年7月25日 西ビ営V第000343号）による改正。実施前に支払い又は支払うべきであった料金等は従前の例によります（経過措置）。",
        "Amendment of 25 July 2022 (西ビ営V第000343号); charges paid or due before it stay under the former rules (transitional provision).",
      ),
      cite: [
        cite("附則（2022年7月25日 西ビ営V第000343号）", "附則（2022年7月25日 西ビ営V第000343号）"),
        cite("附則（2022年7月25日 西ビ営V第000343号）第1項", "この改正規定は2022年8月1日から実施します。"),
        cite(
          "附則（2022年7月25日 西ビ営V第000343号）第2項",
          "この改正規定実施前に支払又は支払わなければならなかった電気通信サービスの料金その他の債務については、なお従前のおりとしします。",
        ),
      ],
    },
    {
      version: "2022-09-01 改正",
      effectiveFrom: "2022-09-01",
      effectiveTo: "2023-05-07",
      source: dateOnly(
        "附則（2022年8月26日 西ビ営V第000421号）による改正。",
        "Amendment of 26 August 2022 (西ビ営V第000421号).",
      ),
      cite: [
        cite("附則（2022年8月26日 西ビ営V第000421号）", "附則（2022年8月26日 西ビ営V第000421号）"),
        cite("附則（2022年8月26日 西ビ営V第000421号）第1項", "この改正規定は、2022年9月1日から実施します。"),
      ],
    },
    {
      version: "2023-05-08 改正",
      effectiveFrom: "2023-05-08",
      effectiveTo: "2023-09-30",
      source: dateOnly(
        "附則（2023年4月26日 B委VD基155500000071-01）による改正。",
        "Amendment of 26 April 2023 (B委VD基155500000071-01).",
      ),
      cite: [
        cite("附則（2023年4月26日 B委VD基155500000071-01）", "附則（2023年4月26日 B委VD基155500000071-01）"),
        cite("附則（2023年4月26日 B委VD基155500000071-01）第1項", "この改正規定は、2023年5月8日から実施します。"),
      ],
    },
    {
      version: "2023-10-01 改正",
      effectiveFrom: "2023-10-01",
      effectiveTo: "2023-11-30",
      source: dateOnly(
        "附則（2023年9月28日 B委VDコ155500000424-01）による改正。",
        "Amendment of 28 September 2023 (B委VDコ155500000424-01).",
      ),
      cite: [
        cite("附則（2023年9月28日 B委VDコ155500000424-01）", "附則（2023年9月28日B委VDコ155500000424-01）"),
        cite("附則（2023年9月28日 B委VDコ155500000424-01）第1項", "この改正規定は、2023年10月1日から実施します。"),
      ],
    },
    {
      version: "2023-12-01 改正",
      effectiveFrom: "2023-12-01",
      effectiveTo: "2025-03-31",
      source: dateOnly(
        "附則（2023年11月9日 B委VDコ155500000759-01）による改正。",
        "Amendment of 9 November 2023 (B委VDコ155500000759-01).",
      ),
      cite: [
        cite("附則（2023年11月9日 B委VDコ155500000759-01）", "附則（2023年11月9日B委VDコ155500000759-01）"),
        cite("附則（2023年11月9日 B委VDコ155500000759-01）第1項", "この改正規定は、2023年12月1日から実施します。"),
      ],
    },
    {
      version: "2025-04-01 改正",
      effectiveFrom: "2025-04-01",
      source: {
        ja: "附則（2025年3月19日 B委VDD155500001734-01）による改正。現行の版（資料の本文）。",
        en: "Amendment of 19 March 2025 (B委VDD155500001734-01): the current text (the source document).",
      },
      cite: [
        cite("附則（2025年3月19日 B委VDD155500001734-01）", "附則（2025年3月19日B委VDD155500001734-01）"),
        cite("附則（2025年3月19日 B委VDD155500001734-01）第1項", "この改正規定は、2025年4月1日から実施します。"),
      ],
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
