import type { TermsBodyInput } from "../../src/dsl/index.js";
import { COLLECTION_FEE_WHEN, INVOICE_FEES_FIRST_MONTHS, ISSUE_FEE_WHEN, PRORATION } from "./cite.js";

export const changeRules: NonNullable<TermsBodyInput["changeRules"]> = [
  {
    param: "paymentMethod",
    label: { ja: "支払方法（請求書等の発行）", en: "Payment method (invoice documents)" },
    cite: [ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN, INVOICE_FEES_FIRST_MONTHS, PRORATION],
  },
];
