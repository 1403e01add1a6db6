import type { TermsBodyInput } from "../../src/dsl/index.js";
import { cite } from "./cite.js";

export const billing: NonNullable<TermsBodyInput["billing"]> = {
  serviceStart: "firstOfMonthAfterDesired",
  proration: { start: "none", end: "none", change: "daily" },
  lastBilledDay: "endDate",
  cite: [
    cite(
      "第5条",
      "本サービスの利用期間は、申込書に記載された開通希望日の翌月 1 日（開通希望日が 1 日の場合も同様）を利用開始日とし、",
    ),
    cite("第8条第8項", "月額費用の計算方法は、歴月に従って計算します。"),
    cite(
      "第8条第8項",
      "なお、歴月の初日以外の日に当サービスの変更等により月額費用の額が増加又は減少したときは、月額費用をその利用日数に応じて日割りします。ただし解約の場合はこの限りではない。",
    ),
  ],
};
