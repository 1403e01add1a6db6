import type { TermsBodyInput } from "../../src/dsl/index.js";
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

const NO_REFUND = cite("第28条第5項", "当社は、本規約等で別段の規定がある場合を除き、受領した請求金額について返金しないものとします。");

export const billing: NonNullable<TermsBodyInput["billing"]> = {
  serviceStart: "initialWorkCompletion",
  // 第28条第2項 prorates a start or an end on a day other than the 1st (and a same-day start and
  // end, 第3号); it names no other change of the fee (第5号's discount has no counterpart in 別紙4).
  proration: { start: "daily", end: "daily", change: "none" },
  lastBilledDay: "dayBeforeEndDate",
  cite: [
    SERVICE_START,
    FEE_PERIOD,
    BILLING_MONTH,
    PRORATION,
    PRORATION_START,
    PRORATION_END,
    PRORATION_SAME_DAY,
    PRORATION_BY_CALENDAR_DAYS,
    NO_REFUND,
  ],
};
