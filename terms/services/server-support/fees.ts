import type { FeeItemInput, RoundingRule, TaxRule } from "../../src/dsl/index.js";
import { consumptionTax } from "../common/tax.js";
import {
  BILLING_PRORATED,
  CERTIFICATE_FEE,
  CERTIFICATE_ON_REQUEST,
  COLLECTION_FEE,
  COLLECTION_FEE_AMOUNT,
  COLLECTION_FEE_WHEN,
  CORPORATE,
  FEES_IN_ANNEX4,
  INVOICE_FEES_APPLY,
  INVOICE_FEES_FIRST_MONTHS,
  INVOICE_FEES_SUM,
  ISSUE_FEE,
  ISSUE_FEE_WHEN,
  ONSITE_AT_COST,
  ONSITE_URGENT_AT_COST,
  POSTAGE_AT_COST,
  PRORATION,
  QUALIFIED_INVOICE_FEE,
  QUALIFIED_INVOICE_ON_REQUEST,
  ROUNDING,
  TAX_ADDED,
  cite,
} from "./cite.js";
import { ISSUES_DOCUMENT, PAYS_BY_INVOICE } from "./parameters.js";

// 別紙4 料金表 (amounts tax-exclusive, "（料金は税別）"), and the charges at cost the terms name
// without an amount. No initial fee, construction fee, device fee, discount or option is listed.

const TAX_EXCLUSIVE = cite("別紙4 1.", "（料金は税別）");

export const fees: FeeItemInput[] = [
  {
    code: "monthly-fee",
    label: { ja: "月額料金", en: "Monthly fee" },
    kind: "monthly",
    price: { type: "fixed", amountYen: "1480" },
    note: {
      ja: "利用日数に応じて暦日数で日割します（第25条第1項、第28条第2項・第3項）。",
      en: "Prorated by the days used, by calendar days (第25条第1項, 第28条第2項・第3項).",
    },
    cite: [FEES_IN_ANNEX4, cite("別紙4 1.", "1.本サービスの料金"), TAX_EXCLUSIVE, cite("別紙4 1.", "月額料金 1,480円／契約"), BILLING_PRORATED],
  },
  {
    code: "invoice-issue-fee",
    label: { ja: "発行手数料（請求書等の発行に関する料金）", en: "Invoice issue fee" },
    kind: "monthly",
    fromBillingMonth: 3,
    when: ISSUES_DOCUMENT,
    price: { type: "fixed", amountYen: "150" },
    note: {
      ja: "請求書又は口座振替通知書の発行ごと。提供開始日（又は利用回線の転用日）を含む料金月とその翌料金月の分にはかかりません。日割しません（第28条第2項）。",
      en: "Per invoice or direct-debit notice issued. Not charged for the billing month containing the start day (or the day the line was converted) nor the next one. Never prorated (第28条第2項).",
    },
    cite: [INVOICE_FEES_APPLY, INVOICE_FEES_FIRST_MONTHS, ISSUE_FEE_WHEN, INVOICE_FEES_SUM, ISSUE_FEE, CORPORATE, PRORATION],
  },
  {
    code: "invoice-collection-fee",
    label: { ja: "収納手数料（請求書等の発行に関する料金）", en: "Invoice collection fee" },
    kind: "monthly",
    fromBillingMonth: 3,
    when: PAYS_BY_INVOICE,
    price: { type: "fixed", amountYen: "50" },
    note: {
      ja: "請求書による支払いごと。提供開始日（又は利用回線の転用日）を含む料金月とその翌料金月の分にはかかりません。日割しません（第28条第2項）。",
      en: "Per payment made against an invoice. Not charged for the billing month containing the start day (or the day the line was converted) nor the next one. Never prorated (第28条第2項).",
    },
    cite: [INVOICE_FEES_APPLY, INVOICE_FEES_FIRST_MONTHS, COLLECTION_FEE_WHEN, COLLECTION_FEE, cite("別紙4 2.(2)", "務の支払いごとに"), COLLECTION_FEE_AMOUNT, CORPORATE],
  },
  {
    code: "qualified-invoice",
    label: { ja: "適格請求書の発行手数料", en: "Qualified invoice (適格請求書) fee" },
    kind: "one-off",
    event: "request",
    price: { type: "fixed", amountYen: "400" },
    note: { ja: "税込 440 円。郵送料その他経費（実費）が別にかかります。", en: "440 yen including tax; postage and other expenses at cost are extra." },
    cite: [QUALIFIED_INVOICE_ON_REQUEST, QUALIFIED_INVOICE_FEE],
  },
  {
    code: "qualified-invoice-postage",
    label: { ja: "適格請求書の郵送料その他経費", en: "Qualified invoice: postage and other expenses" },
    kind: "one-off",
    event: "request",
    price: {
      type: "unpriced",
      reason: { ja: "実費（規約に金額の定めはありません）", en: "At actual cost (the terms state no amount)" },
    },
    cite: [QUALIFIED_INVOICE_FEE, POSTAGE_AT_COST("別紙4 4.⑵")],
  },
  {
    code: "payment-certificate",
    label: { ja: "支払証明書の発行手数料", en: "Payment certificate fee" },
    kind: "one-off",
    event: "request",
    price: { type: "fixed", amountYen: "400" },
    note: {
      ja: "税込 440 円。郵送料その他経費（実費）が別にかかります。債権を請求事業者に譲渡した場合は発行されません。",
      en: "440 yen including tax; postage and other expenses at cost are extra. Not issued where the claim was transferred to the billing company.",
    },
    cite: [CERTIFICATE_ON_REQUEST, CERTIFICATE_FEE],
  },
  {
    code: "payment-certificate-postage",
    label: { ja: "支払証明書の郵送料その他経費", en: "Payment certificate: postage and other expenses" },
    kind: "one-off",
    event: "request",
    price: {
      type: "unpriced",
      reason: { ja: "実費（規約に金額の定めはありません）", en: "At actual cost (the terms state no amount)" },
    },
    cite: [CERTIFICATE_FEE, POSTAGE_AT_COST("別紙4 5.⑵")],
  },
  {
    code: "urgent-onsite-repair",
    label: { ja: "時間帯外の緊急オンサイト修理", en: "Urgent on-site repair outside the hours" },
    kind: "one-off",
    event: "request",
    price: {
      type: "unpriced",
      reason: {
        ja: "別に定める「お買い上げ商品修理規定」に基づく実費（資料に含まれていません）",
        en: "At actual cost under the separate \"お買い上げ商品修理規定\" (not in the sources)",
      },
    },
    note: {
      ja: "当社及び契約者が緊急に修理を必要と判断したときに限り、9時～17時の時間帯に限らず派遣します。",
      en: "Only when NTT West and the customer both judge the repair urgent; dispatched regardless of the 9:00–17:00 window.",
    },
    cite: [ONSITE_URGENT_AT_COST, ONSITE_AT_COST],
  },
];

/** 第32条: consumption tax is added to the price-list amounts (the rate is statute). */
export const tax: TaxRule = consumptionTax(TAX_ADDED);

/** 第29条: fractions of a yen are truncated. */
export const rounding: RoundingRule = { mode: "truncate", cite: [ROUNDING] };
