import { billing as nttWestBilling } from "../ntt-west-common/billing.js";
import {
  BILLING_FROM,
  BILLING_MONTH,
  BILLING_PRORATED,
  BILLING_TO,
  CALENDAR_DAYS,
  PRORATION,
  PRORATION_BY_DAYS,
  PRORATION_END,
  PRORATION_SAME_FIRST_DAY,
  PRORATION_START,
  USAGE_START,
} from "./cite.js";

// 第28条第2項第4号 (a change of a discount) has no counterpart in 別紙4: no change is prorated.
export const billing = nttWestBilling([
  USAGE_START,
  BILLING_FROM,
  BILLING_TO,
  BILLING_PRORATED,
  BILLING_MONTH,
  PRORATION,
  PRORATION_BY_DAYS,
  PRORATION_START,
  PRORATION_END,
  PRORATION_SAME_FIRST_DAY,
  CALENDAR_DAYS,
]);
