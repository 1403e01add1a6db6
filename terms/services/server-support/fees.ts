import type { FeeItemInput } from "../../src/dsl/index.js";
import { invoiceFees, rounding as nttWestRounding, requestFees, tax as nttWestTax } from "../ntt-west-common/fees.js";
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
import { NON_CORPORATE } from "./parameters.js";

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
    cite: [
      FEES_IN_ANNEX4,
      cite("別紙4 1.", "1.本サービスの料金"),
      TAX_EXCLUSIVE,
      cite("別紙4 1.", "月額料金 1,480円／契約"),
      BILLING_PRORATED,
    ],
  },
  ...invoiceFees({
    when: NON_CORPORATE,
    issueFee: [
      INVOICE_FEES_APPLY,
      INVOICE_FEES_FIRST_MONTHS,
      ISSUE_FEE_WHEN,
      INVOICE_FEES_SUM,
      ISSUE_FEE,
      CORPORATE,
      PRORATION,
    ],
    collectionFee: [
      INVOICE_FEES_APPLY,
      INVOICE_FEES_FIRST_MONTHS,
      COLLECTION_FEE_WHEN,
      COLLECTION_FEE,
      cite("別紙4 2.(2)", "務の支払いごとに"),
      COLLECTION_FEE_AMOUNT,
      CORPORATE,
    ],
  }),
  ...requestFees({
    qualifiedInvoice: [QUALIFIED_INVOICE_ON_REQUEST, QUALIFIED_INVOICE_FEE],
    qualifiedInvoicePostage: [QUALIFIED_INVOICE_FEE, POSTAGE_AT_COST("別紙4 4.⑵")],
    paymentCertificate: [CERTIFICATE_ON_REQUEST, CERTIFICATE_FEE],
    paymentCertificatePostage: [CERTIFICATE_FEE, POSTAGE_AT_COST("別紙4 5.⑵")],
  }),
  {
    code: "urgent-onsite-repair",
    label: { ja: "時間帯外の緊急オンサイト修理", en: "Urgent on-site repair outside the hours" },
    kind: "one-off",
    event: "request",
    price: {
      type: "unpriced",
      reason: {
        ja: "別に定める「お買い上げ商品修理規定」に基づく実費（資料に含まれていません）",
        en: 'At actual cost under the separate "お買い上げ商品修理規定" (not in the sources)',
      },
    },
    note: {
      ja: "当社及び契約者が緊急に修理を必要と判断したときに限り、9時～17時の時間帯に限らず派遣します。",
      en: "Only when NTT West and the customer both judge the repair urgent; dispatched regardless of the 9:00–17:00 window.",
    },
    cite: [ONSITE_URGENT_AT_COST, ONSITE_AT_COST],
  },
];

export const tax = nttWestTax(TAX_ADDED);
export const rounding = nttWestRounding(ROUNDING);
