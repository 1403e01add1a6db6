import type { TermsBodyInput } from "../../src/dsl/index.js";
import { BILLING_START, BILLING_START_NO_PRORATION, BILLING_STOP_NO_PRORATION, CALENDAR_MONTHS } from "./cite.js";

// Spec §16①②: billing starts on a chosen 1st and ends with the month of the stop date, whole months.
export const billing: NonNullable<TermsBodyInput["billing"]> = {
  serviceStart: "chosenFirstOfMonth",
  proration: { start: "none", end: "none", change: "none" },
  lastBilledDay: "endDate",
  cite: [BILLING_START, BILLING_START_NO_PRORATION, BILLING_STOP_NO_PRORATION, CALENDAR_MONTHS],
};
