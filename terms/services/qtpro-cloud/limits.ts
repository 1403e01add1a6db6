import type { TermsBodyInput } from "../../src/dsl/index.js";
import {
  MINIMUM_TERM,
  MINIMUM_TERM_CLUSTER,
  SPEC_MINIMUM_TERM,
  SPEC_MINIMUM_TERM_CLUSTER,
  spec,
  terms,
} from "./cite.js";
import { DEDICATED_CLUSTER } from "./parameters.js";

// 第5条, 第28条第2項, spec §16③, §18④.
export const limits: NonNullable<TermsBodyInput["limits"]> = {
  minimum: [
    {
      when: DEDICATED_CLUSTER,
      duration: { amount: 3, unit: "years" },
      label: { ja: "最低利用期間（専有クラスター、3 年）", en: "Minimum term (dedicated cluster, 3 years)" },
      cite: [MINIMUM_TERM_CLUSTER, SPEC_MINIMUM_TERM_CLUSTER],
    },
    {
      duration: { amount: 1, unit: "months" },
      label: { ja: "最低利用期間（1 ヶ月）", en: "Minimum term (1 month)" },
      cite: [MINIMUM_TERM, SPEC_MINIMUM_TERM],
    },
  ],
  earlyTermination: {
    type: "remainingMonthlyFees",
    cite: [
      terms("第5条第2項", "最低利用期間の途中解約の場合は、契約者は残存期間分の料金を一括して当社に支払う。"),
      terms(
        "第28条第2項",
        "契約者は、最低利用期間の満了前に利用契約が解除された場合（第 18 条 第 2 項又は第 3 項の規定による解除を除きます。）は、解除日の翌日から 最低利用期間満了日までの期間に対応する QT PRO Cloud サービスの月額使用料に相当する額を、違約金として一括して直ちに当社に支払うものとします。",
      ),
      spec("§18④", "最低利用期間の途中解約の場合は、残存期間分の料金を一括して契約者に請求する。"),
      spec(
        "§16③",
        "最低利用期間内、契約終了申込の連絡遅れにより、課金停止日が契約期間内となる場合は、契約期間分の残利用料金を徴収する。",
      ),
    ],
    note: {
      ja: "「月額使用料」「残存期間分の料金」は定義されていないため、契約の月額（月額上限料金の合計）に、解約月の翌月から最低利用期間の満了月までの月数を乗じます（解釈）。第18条第2項・第3項による解除は除かれます（この見積りは通常の解約を前提とします）。違約金に消費税がかかるかは資料に定めがありません。",
      en: '"月額使用料" and "残存期間分の料金" are undefined, so the contract\'s monthly fee (the sum of its monthly caps) is multiplied by the months from the month after the end month to the month the minimum term ends (interpretation). Termination under 第18条第2項 or 第3項 is exempt (this quote assumes an ordinary cancellation). The sources do not say whether consumption tax applies to the penalty.',
    },
  },
  maximum: [],
};
