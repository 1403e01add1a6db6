import type { TermsBodyInput } from "../../src/dsl/index.js";
import { cite } from "./cite.js";

export const permissions: NonNullable<TermsBodyInput["permissions"]> = [
  {
    operation: "contract.change",
    label: {
      ja: "契約内容の変更（プラン・ライセンス数・帯域等）",
      en: "Change the contract (plan, licences, bandwidths…)",
    },
    mode: "request",
    documents: [{ ja: "当社所定の利用変更申込書", en: "QTnet's change application form" }],
    note: {
      ja: "変更の可否と一時費用は「変更」の試算で確認できます。",
      en: "Whether a change is allowed and what it costs is shown by the change quote.",
    },
    cite: [
      cite(
        "第3条第4項",
        "利用変更契約は、申込者が当社所定の利用変更申込書を当社に提出し、当社が承諾したときに成立します。",
      ),
    ],
  },
  {
    operation: "contract.cancel",
    label: { ja: "解約", en: "Cancel the contract" },
    mode: "request",
    documents: [
      {
        ja: "書面による解約通知（解約希望日の 60 日前まで）",
        en: "Written notice (60 days before the desired end date)",
      },
    ],
    cite: [
      cite(
        "第7条第1項",
        "契約者は、利用契約を解約しようとするときは、そのことを解約希望日の 60 日前までに、当社へ書面により通知していただきます。",
      ),
    ],
  },
  {
    operation: "contract.change-details",
    label: {
      ja: "契約者情報（商号・住所・連絡窓口等）の変更",
      en: "Change the customer's details (name, address, contacts)",
    },
    mode: "request",
    documents: [{ ja: "当社所定の申込書", en: "QTnet's application form" }],
    leadTime: { amount: 1, unit: "months" },
    cite: [
      cite(
        "第10条第3項",
        "契約者は、商号又は名称、本店所在地又は住所、連絡窓口その他の利用申込書に記載した契約者にかかる事項を変更する場合には、変更予定日の 1 ヶ月前までに当社所定の申込書にて通知しなければなりません。",
      ),
    ],
  },
  {
    operation: "contract.assign",
    label: { ja: "契約上の地位の譲渡", en: "Assign the contract" },
    mode: "request",
    documents: [{ ja: "当社の書面による事前の承諾", en: "QTnet's prior written consent" }],
    note: { ja: "当社の書面による承諾がない限り譲渡できません。", en: "Not without QTnet's prior written consent." },
    cite: [
      cite(
        "第10条第4項",
        "契約者は、予め当社の書面による承諾がない限り、利用契約上の地位又は利用契約に基づく権利若しくは義務の全部又は一部を、第三者に譲渡若しくは承継させ、又は担保供与等をしてはならないものとします。",
      ),
    ],
  },
];
