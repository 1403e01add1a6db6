import type { TermsBodyInput } from "../../src/dsl/index.js";
import { cite } from "./cite.js";

export const interpretations: NonNullable<TermsBodyInput["interpretations"]> = [
  {
    topic: "licences-in-blocks",
    text: {
      ja: "ライセンス数は任意の数で受け付け、料金は 50 ライセンス単位に切り上げて計算します。",
      en: "Any licence count is accepted; fees are computed on the count rounded up to 50-licence units.",
    },
    cite: [
      cite(
        "別紙1 2.(1)①",
        "※ 50 ライセンス単位でのご提供 (101 ライセンス必要な場合は 150 ライセンス分の料金適用となります)",
      ),
    ],
  },
  {
    topic: "final-month",
    rules: ["billing.finalMonth"],
    text: {
      ja: "解約の場合は日割りしないため、解約日を含む月の月額費用は全額となります。",
      en: "Cancellation is not prorated, so the month containing the end date is charged in full.",
    },
    cite: [cite("第8条第8項", "ただし解約の場合はこの限りではない。")],
  },
  {
    topic: "early-termination-tax",
    rules: ["cancellation.totals"],
    text: {
      ja: "最低利用期間内の解約で支払う「残余の期間に相当する額」は残りの月額費用と同じ性質の対価と解し、見積もりの税込合計では消費税を加算しています（課税関係は規約に定めがありません）。",
      en: "The sum due for ending inside the minimum term (the remaining period's fees) is read as consideration like the monthly fees it replaces, so quotes add consumption tax to it in the with-tax total (the terms do not say how it is taxed).",
    },
    cite: [
      cite(
        "第8条第11項",
        "第 5 条第 2 項に定める最低利用期間内に解約が生じた時は、残余の期間に相当する額を一括して支払っていただきます。",
      ),
    ],
  },
  {
    topic: "notice-60-days",
    rules: ["cancellation.notice"],
    text: {
      ja: "「解約希望日の 60 日前まで」は暦日で数え、解約希望日の 60 日前の日に通知が届けば期限内とします（例: 2027-03-31 の 60 日前は 2027-01-30）。",
      en: '"60 days before the desired date" counts calendar days: a notice arriving on the 60th day before is in time (60 days before 2027-03-31 is 2027-01-30).',
    },
    cite: [
      cite(
        "第7条第1項",
        "契約者は、利用契約を解約しようとするときは、そのことを解約希望日の 60 日前までに、当社へ書面により通知していただきます。",
      ),
    ],
  },
  {
    topic: "private-address-typo",
    text: {
      ja: "別紙2 1.④の「72.16.0.0/12」は RFC1918 の 172.16.0.0/12 の誤記と解します。",
      en: '"72.16.0.0/12" in 別紙2 1.④ is read as RFC1918\'s 172.16.0.0/12 (a typo in the source).',
    },
    cite: [cite("別紙2 1.④", "（10.0.0.0/8、72.16.0.0/12 または、192.168.0.0/16）")],
  },
];
