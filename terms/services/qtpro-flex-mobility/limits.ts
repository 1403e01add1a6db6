import type { TermsBodyInput } from "../../src/dsl/index.js";
import { cite } from "./cite.js";

export const limits: NonNullable<TermsBodyInput["limits"]> = {
  minimum: [
    {
      duration: { amount: 1, unit: "years" },
      label: { ja: "最低利用期間（1年間）", en: "Minimum term (1 year)" },
      cite: [
        cite("第5条第2項", "最低利用期間は 1 年間とし、その起算日は、利用開始日とします。"),
        cite("第5条第2項", "（変更が生じた日からの再起算ではなく利用開始日からの起算）"),
      ],
    },
  ],
  earlyTermination: {
    type: "remainingMonthlyFees",
    cite: [
      cite(
        "第8条第11項",
        "第 5 条第 2 項に定める最低利用期間内に解約が生じた時は、残余の期間に相当する額を一括して支払っていただきます。",
      ),
      cite(
        "第8条第10項",
        "契約期間中の解約が発生した場合において、いかなる理由においても当社は契約者へ残月分の返金をしません。",
      ),
    ],
    note: {
      ja: "残余の期間は、解約日を含む月の翌月から最低利用期間の満了月までの月数とし、現在の月額費用を乗じます（解約月は日割りしないため）（解釈）。",
      en: "The remaining period is counted in months from the month after the end date's month to the month the minimum term ends, at the current monthly fee (the final month is not prorated) (interpretation).",
    },
  },
  maximum: [],
};
