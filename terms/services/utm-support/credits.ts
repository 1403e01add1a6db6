import type { TermsBodyInput } from "../../src/dsl/index.js";
import {
  OUTAGE_CREDIT,
  OUTAGE_DAY_OF_BLOCK,
  OUTAGE_ROW_1,
  OUTAGE_ROW_2,
  PRORATION_BY_CALENDAR_DAYS,
  SUSPENSION_STILL_PAID,
} from "./cite.js";

export const outageCredit: NonNullable<TermsBodyInput["outageCredit"]> = {
  type: "dailyPerFullPeriod",
  hours: 24,
  cite: [
    OUTAGE_ROW_1,
    OUTAGE_CREDIT,
    OUTAGE_ROW_2,
    OUTAGE_DAY_OF_BLOCK,
    PRORATION_BY_CALENDAR_DAYS,
    SUSPENSION_STILL_PAID,
  ],
};
