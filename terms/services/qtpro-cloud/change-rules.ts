import type { TermsBodyInput } from "../../src/dsl/index.js";
import { LEAD_TIME_CLOSED, MINIMUM_TERM_CLUSTER, spec, terms } from "./cite.js";

// 第10条, 第25条第2項, spec §13②, §18③.
export const changeRules: NonNullable<TermsBodyInput["changeRules"]> = [
  {
    param: "closedNetwork",
    label: { ja: "閉域接続", en: "Closed-network connection" },
    fees: [{ trigger: "added", fee: "initial-fee-change" }],
    cite: [
      spec("§13②", "①の範囲外となる下記変更（OCX 含む）は「6. 開通」の記載内容に則り実施する。"),
      spec("§13②", "各リージョンへの閉域接続"),
      LEAD_TIME_CLOSED,
      terms(
        "第10条第4項",
        "当社が第 1 項の届出を承諾し、契約の内容を変更した場合、変更部分の課金は、変更部分の提供開始日を課金開始日とします。",
      ),
    ],
  },
  {
    param: "dedicatedCluster",
    label: { ja: "専有クラスター", en: "Dedicated cluster" },
    fees: [{ trigger: "added", fee: "initial-fee-change" }],
    cite: [
      terms(
        "第10条第1項",
        "契約者は、契約の内容の変更を希望する場合は、当社が別に定める書面により当社に届け出るもしくは、OCF コンソール画面にて変更申込手続きを行うものとします。",
      ),
      MINIMUM_TERM_CLUSTER,
      terms(
        "第25条第2項",
        "契約者は、第 10 条（契約事項の変更等）の規定により利用契約の内容を変更した場合、その変更に係る初期費用を当社に支払うものとし、",
      ),
    ],
  },
];
