import { billing as nttWestBilling } from "../ntt-west-common/billing.js";
import {
  BILLING_MONTH,
  FEE_PERIOD,
  PRORATION,
  PRORATION_BY_CALENDAR_DAYS,
  PRORATION_END,
  PRORATION_SAME_DAY,
  PRORATION_START,
  SERVICE_START,
  cite,
} from "./cite.js";

const NO_REFUND = cite(
  "第28条第5項",
  "当社は、本規約等で別段の規定がある場合を除き、受領した請求金額について返金しないものとします。",
);

// 第28条第2項第5号 (a change of a discount) has no counterpart in 別紙4: no change is prorated.
export const billing = nttWestBilling([
  SERVICE_START,
  FEE_PERIOD,
  BILLING_MONTH,
  PRORATION,
  PRORATION_START,
  PRORATION_END,
  PRORATION_SAME_DAY,
  PRORATION_BY_CALENDAR_DAYS,
  NO_REFUND,
]);
