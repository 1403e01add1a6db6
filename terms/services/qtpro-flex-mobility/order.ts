import type { TermsBodyInput } from "../../src/dsl/index.js";
import { cite } from "./cite.js";

export const order: NonNullable<TermsBodyInput["order"]> = {
  deadlines: [],
  targets: [],
  note: {
    ja: "規約は申込みの期限を定めていません。Yakkan は開通希望日までに申込書が当社に届くことを前提とし、利用開始日は開通希望日の翌月 1 日とします（解釈）。",
    en: "The terms set no application lead time. Yakkan assumes the application must reach QTnet by the desired opening date; service starts on the 1st of the following month (interpretation).",
  },
  cite: [
    cite(
      "第3条",
      "利用契約は、利用契約の締結を希望する者（以下「申込者」といいます。）が、本規約の内容を承諾した上で当社所定の利用申込書に契約者名、申込数量等の当社が定める項目を記入のうえ当社に提出し、当社が承諾したときに成立します。",
    ),
  ],
};
