import type { Citation, Condition, FeeItemInput, RoundingRule, TaxRule } from "../../src/dsl/index.js";
import { consumptionTax } from "../common/tax.js";
import type { Cited } from "./index.js";

/** 第32条: consumption tax is added to the price-list amounts (the rate itself is statute). */
export function tax(addedBy: Citation): TaxRule {
  return consumptionTax(addedBy);
}

/** 第29条: fractions of a yen are truncated. */
export function rounding(cite: Citation): RoundingRule {
  return { mode: "truncate", cite: [cite] };
}

/** Where a document's 別紙4 2.(1) and 2.(3) make the invoice fees apply (they differ: 光コラボ lines only, or any line). */
export interface InvoiceFeesApply {
  when: Condition;
  issueFee: Cited;
  collectionFee: Cited;
}

/**
 * 別紙4 2. 請求書等の発行に関する料金: 150 yen per invoice or debit notice issued, 50 yen per payment
 * by invoice, from the third billing month (not for the month of the start day nor the next), never
 * prorated (第28条第2項). `paymentMethod` says which documents are issued.
 */
export function invoiceFees(apply: InvoiceFeesApply): FeeItemInput[] {
  return [
    {
      code: "invoice-issue-fee",
      label: { ja: "発行手数料（請求書等の発行に関する料金）", en: "Invoice issue fee" },
      kind: "monthly",
      fromBillingMonth: 3,
      when: { all: [apply.when, { param: "paymentMethod", in: ["invoice", "direct-debit"] }] },
      price: { type: "fixed", amountYen: "150" },
      note: {
        ja: "請求書又は口座振替通知書の発行ごと。利用開始日を含む料金月とその翌料金月の分にはかからず、日割もしません（第28条第2項）。",
        en: "Per invoice or direct-debit notice issued. Not charged for the billing month containing the start day nor the next one, and never prorated (第28条第2項).",
      },
      cite: apply.issueFee,
    },
    {
      code: "invoice-collection-fee",
      label: { ja: "収納手数料（請求書等の発行に関する料金）", en: "Invoice collection fee" },
      kind: "monthly",
      fromBillingMonth: 3,
      when: { all: [apply.when, { param: "paymentMethod", in: ["invoice"] }] },
      price: { type: "fixed", amountYen: "50" },
      note: {
        ja: "請求書による支払いごと。利用開始日を含む料金月とその翌料金月の分にはかからず、日割もしません（第28条第2項）。",
        en: "Per payment made by invoice. Not charged for the billing month containing the start day nor the next one, and never prorated (第28条第2項).",
      },
      cite: apply.collectionFee,
    },
  ];
}

/** The clauses of the documents issued on request, as a document states them. */
export interface RequestFeeClauses {
  /** 適格請求書の発行 (UTM 別紙4 3., Server 別紙4 4.): on request, 400 yen (440 incl. tax). */
  qualifiedInvoice: Cited;
  /** … and postage and other expenses at cost. */
  qualifiedInvoicePostage: Cited;
  /** 支払証明書の発行 (UTM 別紙4 4., Server 別紙4 5.). */
  paymentCertificate: Cited;
  paymentCertificatePostage: Cited;
}

const AT_COST = {
  type: "unpriced" as const,
  reason: { ja: "実費（規約に金額の定めはありません）", en: "At actual cost (the terms state no amount)" },
};

/** 別紙4: the qualified invoice and the payment certificate, each 400 yen (税込 440 円) plus postage and expenses at cost. */
export function requestFees(c: RequestFeeClauses): FeeItemInput[] {
  return [
    {
      code: "qualified-invoice",
      label: { ja: "適格請求書の発行手数料", en: "Qualified invoice (適格請求書) fee" },
      kind: "one-off",
      event: "request",
      price: { type: "fixed", amountYen: "400" },
      note: {
        ja: "発行ごと。税込 440 円。郵送料その他経費（実費）が別にかかります。",
        en: "Per issue; 440 yen including tax. Postage and other expenses at cost are extra.",
      },
      cite: c.qualifiedInvoice,
    },
    {
      code: "qualified-invoice-postage",
      label: { ja: "適格請求書の郵送料その他経費", en: "Qualified invoice: postage and other expenses" },
      kind: "one-off",
      event: "request",
      price: AT_COST,
      cite: c.qualifiedInvoicePostage,
    },
    {
      code: "payment-certificate",
      label: { ja: "支払証明書の発行手数料", en: "Payment certificate fee" },
      kind: "one-off",
      event: "request",
      price: { type: "fixed", amountYen: "400" },
      note: {
        ja: "発行ごと。税込 440 円。郵送料その他経費（実費）が別にかかります。債権を請求事業者に譲渡した場合は発行されません。",
        en: "Per certificate; 440 yen including tax. Postage and other expenses at cost are extra. Not issued where the claim was assigned to the billing agent.",
      },
      cite: c.paymentCertificate,
    },
    {
      code: "payment-certificate-postage",
      label: { ja: "支払証明書の郵送料その他経費", en: "Payment certificate: postage and other expenses" },
      kind: "one-off",
      event: "request",
      price: AT_COST,
      cite: c.paymentCertificatePostage,
    },
  ];
}
