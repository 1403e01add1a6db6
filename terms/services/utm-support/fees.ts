import type { FeeItemInput, RoundingRule, TaxRule } from "../../src/dsl/index.js";
import { consumptionTax } from "../common/tax.js";
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
  {
    code: "invoice-issue-fee",
    label: { ja: "請求書等の発行手数料", en: "Invoice issue fee" },
    kind: "monthly",
    fromBillingMonth: 3,
    when: { all: [INVOICE_FEES_APPLY, { param: "paymentMethod", in: ["invoice", "direct-debit"] }] },
    price: { type: "fixed", amountYen: "150" },
    note: {
      ja: "請求書又は口座振替通知書の発行ごと。利用開始日を含む料金月とその翌料金月分の支払いには適用せず、日割もしません（第28条第2項）。請求事業者による一括請求など別紙4 2.(3)i・iii の場合は適用されません。",
      en: "Per invoice or debit notice issued. Not for the payments of the billing month containing the start day and the month after, and never prorated (第28条第2項). Not charged in the cases of 別紙4 2.(3)i and iii (e.g. a billing agent's combined bill).",
    },
    cite: [INVOICE_FEES_SCOPE, ISSUE_FEE_WHEN, INVOICE_FEES_SUM, ISSUE_FEE, INVOICE_FEES_EXEMPT, EXEMPT_CORPORATE, EXEMPT_BILLING_AGENT, EXEMPT_OTHER, PRORATION],
  },
  {
    code: "invoice-collection-fee",
    label: { ja: "請求書等の収納手数料", en: "Invoice collection fee" },
    kind: "monthly",
    fromBillingMonth: 3,
    when: { all: [INVOICE_FEES_APPLY, { param: "paymentMethod", in: ["invoice"] }] },
    price: { type: "fixed", amountYen: "50" },
    note: {
      ja: "請求書による支払いごと。利用開始日を含む料金月とその翌料金月分の支払いには適用せず、日割もしません。",
      en: "Per payment made by invoice. Not for the payments of the first two billing months, and never prorated.",
    },
    cite: [INVOICE_FEES_SCOPE, COLLECTION_FEE_WHEN, INVOICE_FEES_SUM, COLLECTION_FEE, INVOICE_FEES_EXEMPT, EXEMPT_CORPORATE, PRORATION],
  },
  {
    code: "qualified-invoice",
    label: { ja: "適格請求書の発行手数料", en: "Qualified invoice (適格請求書) fee" },
    kind: "one-off",
    event: "request",
    price: { type: "fixed", amountYen: "400" },
    note: { ja: "発行ごと。郵送料等・実費は別途。", en: "Per issue; postage and actual expenses are extra." },
    cite: [QUALIFIED_INVOICE, QUALIFIED_INVOICE_FEE],
  },
  {
    code: "payment-certificate",
    label: { ja: "支払証明書の発行手数料", en: "Payment certificate fee" },
    kind: "one-off",
    event: "request",
    price: { type: "fixed", amountYen: "400" },
    note: {
      ja: "発行ごと。郵送料等は別途。債権を請求事業者に譲渡した場合は発行されません。",
      en: "Per certificate; postage extra. Not issued where the receivable was assigned to the billing agent.",
    },
    cite: [PAYMENT_CERTIFICATE, PAYMENT_CERTIFICATE_FEE],
  },
  {
    code: "postage-and-expenses",
    label: { ja: "郵送料等・その他経費（実費）", en: "Postage and other actual expenses" },
    kind: "one-off",
    event: "request",
    price: {
      type: "unpriced",
      reason: {
        ja: "適格請求書・支払証明書の郵送料等と実費は金額が規約に定められていません。",
        en: "The terms give no amount for the postage and actual expenses of a qualified invoice or payment certificate.",
      },
    },
    cite: [QUALIFIED_INVOICE_FEE, QUALIFIED_INVOICE_EXPENSES, PAYMENT_CERTIFICATE_FEE],
  },
];

/** 第32条: consumption tax is added to the price-list amounts (the rate is statute). */
export const tax: TaxRule = consumptionTax(TAX_ADDED);

/** 第29条: fractions of a yen are truncated. */
export const rounding: RoundingRule = { mode: "truncate", cite: [ROUNDING] };
