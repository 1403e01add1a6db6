import type { Condition, ParameterSpecInput } from "../../src/dsl/index.js";
import {
  BUNDLED_BILLING,
  COLLECTION_FEE_WHEN,
  CORPORATE,
  DEVICE_TABLE,
  DEVICE_TABLE_HEADER,
  INVOICE_FEES_NOT_APPLIED,
  ISSUE_FEE_WHEN,
  TARIFF_CASES,
  cite,
} from "./cite.js";

// 第7条, 別紙3 and 別紙4: what a contract specifies. Keys `device` and `corporate` are public
// (shared/spec/parameters.md); `paymentMethod` is added because 別紙4 2.(1) makes the invoice fees
// depend on how the customer pays.

export const NON_CORPORATE: Condition = { param: "corporate", in: [false] };

/** 別紙3 lists six models; parameters.md names them. */
export const DEVICES: { value: string; name: string }[] = [
  { value: "os2", name: "BizBox Server OS2" },
  { value: "os6", name: "BizBox Server OS6" },
  { value: "os12", name: "BizBox Server OS12" },
  { value: "os-pro-4", name: "BizBox Server OS Pro 4" },
  { value: "os-pro-8", name: "BizBox Server OS Pro 8" },
  { value: "os-pro-12", name: "BizBox Server OS Pro 12" },
];

export const parameters: ParameterSpecInput[] = [
  {
    key: "device",
    type: "enum",
    label: { ja: "対象機器（BizBox Server）", en: "Supported device (BizBox Server)" },
    description: {
      ja: "導入済みの BizBox Server の機種。申込みは別紙3 の対象機器を導入した契約者に限られ（第7条第4項）、最長利用期間は機種ごとに別紙3 によります（第8条）。第3条の定義は OS2・OS6・OS12 の 3 機種のみを挙げますが、別紙3 の 6 機種を受け付けます（解釈）。",
      en: "The installed BizBox Server model. Only customers who installed a device listed in 別紙3 may apply (第7条第4項), and the maximum term follows 別紙3 per model (第8条). 第3条 defines BizBox Server as OS2, OS6 and OS12 only; Yakkan accepts all six models of 別紙3 (interpretation).",
    },
    values: DEVICES.map((d) => ({ value: d.value, label: { ja: d.name, en: d.name } })),
    rules: [
      {
        required: true,
        cite: [
          cite(
            "第7条第4項",
            "4 本サービス申込みにあたっては、別紙 3に定める対象機器一覧（以下、対象機器一覧）の BizBox Serverを",
          ),
          cite("第7条第4項", "導入した契約者に限ります。"),
        ],
      },
    ],
    cite: [DEVICE_TABLE, DEVICE_TABLE_HEADER, ...DEVICES.map((d) => cite("別紙3", d.name))],
  },
  {
    key: "corporate",
    type: "boolean",
    label: { ja: "法人契約", en: "Corporate customer" },
    description: {
      ja: "契約者が法人（法人に相当するものと当社が認めるものを含みます）の場合は請求書等の発行に関する料金はかかりません。個人の場合は false を指定します。",
      en: "Corporations (and bodies NTT West treats as such) pay no invoice issue/collection fees. Set false for an individual.",
    },
    rules: [{ default: true, cite: [CORPORATE] }],
    cite: [INVOICE_FEES_NOT_APPLIED, CORPORATE],
  },
  {
    key: "paymentMethod",
    type: "enum",
    label: { ja: "支払方法（請求書等の発行）", en: "Payment method (invoice documents)" },
    description: {
      ja: "法人でない契約者の請求書等の発行に関する料金を決める項目（Yakkan が追加）。発行手数料 150 円は請求書又は口座振替通知書を発行する場合、収納手数料 50 円は請求書で支払う場合にかかります（別紙4 2.(1)）。既定値 invoice（請求書払い）では法人でない契約者に発行・収納手数料がかかり、他の値は料金を減らすだけです。請求事業者の一括請求（別紙4 2.(3)ⅰ）、約款で定める場合（ⅲ）、又は請求書・通知書を発行しない場合は none を指定します。法人（corporate = true）には指定できません。",
      en: "Added by Yakkan: decides the invoice fees of a non-corporate customer. The 150-yen issue fee applies when an invoice or a direct-debit notice is issued, the 50-yen collection fee when paying against an invoice (別紙4 2.(1)). With the default, invoice, a non-corporate customer pays both fees; the other values only lower the charge. Choose none for bundled billing by the billing company (別紙4 2.(3)ⅰ), the tariff's own cases (ⅲ) or when no invoice or notice is issued. Not applicable to corporate customers.",
    },
    appliesWhen: NON_CORPORATE,
    values: [
      {
        value: "invoice",
        label: {
          ja: "請求書による支払い（発行手数料＋収納手数料）",
          en: "Paying by invoice (issue + collection fees)",
        },
      },
      {
        value: "direct-debit",
        label: {
          ja: "口座振替・口座振替通知書の発行あり（発行手数料のみ）",
          en: "Direct debit with a debit notice (issue fee only)",
        },
      },
      {
        value: "none",
        label: {
          ja: "発行手数料・収納手数料の適用なし（別紙4 2.(3)ⅰ・ⅲ、又は請求書・通知書の発行なし）",
          en: "No issue or collection fee (別紙4 2.(3)ⅰ or ⅲ, or no invoice or notice issued)",
        },
      },
    ],
    rules: [{ default: "invoice", cite: [ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN] }],
    cite: [ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN, BUNDLED_BILLING, TARIFF_CASES],
  },
];
