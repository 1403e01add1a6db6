import type { TermsBodyInput } from "../../src/dsl/index.js";
import { paymentMethodChange } from "../ntt-west-common/change-rules.js";
import { COLLECTION_FEE_WHEN, INVOICE_FEES_FIRST_MONTHS, ISSUE_FEE_WHEN, PRORATION } from "./cite.js";

export const changeRules: NonNullable<TermsBodyInput["changeRules"]> = [
  paymentMethodChange([ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN, INVOICE_FEES_FIRST_MONTHS, PRORATION]),
];
