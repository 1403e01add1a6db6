import type { TermsBodyInput } from "../../src/dsl/index.js";
import { INITIAL_WORK, USAGE_START, cite } from "./cite.js";

export const order: NonNullable<TermsBodyInput["order"]> = {
  deadlines: [],
  targets: [],
  note: {
    ja: "規約は申込みから承諾・初期工事までの期間を定めていません。契約は承諾の書面の発行で成立して書面の日付から効力を生じ（第9条第1項）、利用開始日（料金の起算日）は初期工事を完了した日です（第9条第2項）。初期工事の日程は契約成立後に契約者と調整するため、Yakkan は利用開始日を計算しません（開始希望日までに申込むことを前提とします）。",
    en: "The terms set no lead time from application to acceptance or to the initial work. The contract is formed when the written acceptance is issued and takes effect from its date (第9条第1項); the usage start date, from which fees run, is the day the initial work completes (第9条第2項). The work is scheduled with the customer after formation, so Yakkan does not compute the start date (it assumes the application reaches NTT West by the desired start date).",
  },
  cite: [
    cite("第7条第1項", "1 本サービスを申込むときは、本規約の内容を承諾した上で、次に掲げる事項を当社所定の手続に従って契約"),
    cite("第9条第1項", "1 当社は、本サービスの申込みがあった場合には、当社所定の審査を行い、承諾する場合には、書面をもって通知"),
    cite("第9条第1項", "します。当該書面の発行をもって本契約が成立するものとし、当該書面に記載される日付から本契約が効力を発"),
    INITIAL_WORK,
    USAGE_START,
  ],
};
