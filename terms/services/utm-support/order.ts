import type { TermsBodyInput } from "../../src/dsl/index.js";
import { CONTRACT_EFFECTIVE, INITIAL_WORK, SERVICE_START, cite } from "./cite.js";

const ACCEPTANCE = cite(
  "第9条第1項",
  "当社は、本サービスの申込みがあった場合には、当社所定の審査を行い、承諾する場合には、書面をもって通知します。",
);

const APPLICATION = cite(
  "第7条第1項",
  "本サービスを申込みときは、本規約の内容を承諾した上で、次に掲げる事項を当社所定の手続に従って契約事務を行う本サービス取扱所に申し出て頂きます。",
);

export const order: NonNullable<TermsBodyInput["order"]> = {
  deadlines: [],
  targets: [],
  note: {
    ja: "規約は申込みから開通までの期間を定めていません。契約は承諾書面に記載の日付から効力を生じ（第9条第1項）、利用開始日（課金開始日）は日程調整のうえ実施する初期工事の完了日です（第9条第2項）。Yakkan は申込期限を開始希望日とし、利用開始日は工事日程により決まるものとして示します（解釈）。",
    en: "The terms set no lead time from application to service. The contract takes effect on the date written on the acceptance notice (第9条第1項); service and billing start on the day the initial work, scheduled with the customer, is completed (第9条第2項). Yakkan shows the desired start date as the last day to apply and leaves the start date to the work schedule (interpretation).",
  },
  cite: [APPLICATION, ACCEPTANCE, CONTRACT_EFFECTIVE, INITIAL_WORK, SERVICE_START],
};
