import type { TermsBodyInput } from "../../src/dsl/index.js";
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

export const billing: NonNullable<TermsBodyInput["billing"]> = {
  serviceStart: "initialWorkCompletion",
  proration: { start: "daily", end: "daily", change: "none" },
  lastBilledDay: "dayBeforeEndDate",
  cite: [
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
  ],
};
