import { lateInterest as nttWestLateInterest } from "../ntt-west-common/interest.js";
import { DUE_DATE, LATE_INTEREST, LATE_INTEREST_365, LATE_INTEREST_GRACE, LATE_INTEREST_MAY_WAIVE } from "./cite.js";

export const lateInterest = nttWestLateInterest([
  LATE_INTEREST,
  LATE_INTEREST_GRACE,
  LATE_INTEREST_365,
  LATE_INTEREST_MAY_WAIVE,
  DUE_DATE,
]);
