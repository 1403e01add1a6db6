import type { FeeItemInput } from "../../src/dsl/index.js";
import { invoiceFees, rounding as nttWestRounding, requestFees, tax as nttWestTax } from "../ntt-west-common/fees.js";
import { INVOICE_FEES_APPLY, LICENSED } from "./parameters.js";
import {
  COLLECTION_FEE,
  COLLECTION_FEE_WHEN,
  EXEMPT_BILLING_AGENT,
  EXEMPT_CORPORATE,
  EXEMPT_OTHER,
  FEE_TABLE,
  INVOICE_FEES_EXEMPT,
  INVOICE_FEES_SCOPE,
  INVOICE_FEES_SUM,
  ISSUE_FEE,
  ISSUE_FEE_WHEN,
  LICENSED_WAIVER,
  MAXIMUM_TERM,
  MONTHLY_FEE,
  NO_CONTINUATION,
  PAYMENT_CERTIFICATE,
  PAYMENT_CERTIFICATE_FEE,
  PRORATION,
  QUALIFIED_INVOICE,
  QUALIFIED_INVOICE_EXPENSES,
  QUALIFIED_INVOICE_FEE,
  ROUNDING,
  TAX_ADDED,
} from "./cite.js";

// 別紙4 料金表 (第24条). Amounts in yen, tax-exclusive; 第32条 adds consumption tax. 別紙4 lists no
// initial or construction fee, so a new contract has no one-off charge (interpretation "no-initial-fee").
// 別紙4 2.–4. are the NTT West template (../ntt-west-common/fees.ts); here its fees apply to 光コラボ lines only.

export const fees: FeeItemInput[] = [
  {
    code: "monthly-fee",
    label: { ja: "月額料金", en: "Monthly fee" },
    kind: "monthly",
    price: { type: "fixed", amountYen: "2500" },
    waivers: [
      {
        when: LICENSED,
        note: {
          ja: "ライセンス付ゲートウェイ装置を導入した契約は最長利用期間分の月額料金が免除されます（最長利用期間を超えて継続できないため、契約期間中は常に免除）。",
          en: "A licensed gateway waives the monthly fee for the maximum term (the contract cannot continue past it, so the fee is never charged).",
        },
        cite: [LICENSED_WAIVER, MAXIMUM_TERM, NO_CONTINUATION],
      },
    ],
    note: {
      ja: "1 契約あたり。開始月・解約月は暦日数で日割（第28条第2項・第3項）。",
      en: "Per contract. Prorated by calendar days in the first and last month (第28条第2項, 第3項).",
    },
    cite: [FEE_TABLE, MONTHLY_FEE],
  },
  ...invoiceFees({
    when: INVOICE_FEES_APPLY,
    issueFee: [
      INVOICE_FEES_SCOPE,
      ISSUE_FEE_WHEN,
      INVOICE_FEES_SUM,
      ISSUE_FEE,
      INVOICE_FEES_EXEMPT,
      EXEMPT_CORPORATE,
      EXEMPT_BILLING_AGENT,
      EXEMPT_OTHER,
      PRORATION,
    ],
    collectionFee: [
      INVOICE_FEES_SCOPE,
      COLLECTION_FEE_WHEN,
      INVOICE_FEES_SUM,
      COLLECTION_FEE,
      INVOICE_FEES_EXEMPT,
      EXEMPT_CORPORATE,
      PRORATION,
    ],
  }),
  ...requestFees({
    qualifiedInvoice: [QUALIFIED_INVOICE, QUALIFIED_INVOICE_FEE],
    qualifiedInvoicePostage: [QUALIFIED_INVOICE_FEE, QUALIFIED_INVOICE_EXPENSES],
    paymentCertificate: [PAYMENT_CERTIFICATE, PAYMENT_CERTIFICATE_FEE],
    paymentCertificatePostage: [PAYMENT_CERTIFICATE_FEE],
  }),
];

export const tax = nttWestTax(TAX_ADDED);
export const rounding = nttWestRounding(ROUNDING);
