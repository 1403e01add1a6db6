import { lateInterest as nttWestLateInterest } from "../ntt-west-common/interest.js";
import {
  DUE_DATE,
  INTEREST_365,
  INTEREST_GRACE,
  INTEREST_PERIOD,
  INTEREST_WAIVABLE,
  INTEREST_WHEN,
  cite,
} from "./cite.js";

export const lateInterest = nttWestLateInterest([
  INTEREST_WHEN,
  INTEREST_PERIOD,
  INTEREST_GRACE,
  cite("第27条第1項", "あった場合は、この限りでありません。"),
  INTEREST_365,
  INTEREST_WAIVABLE,
  DUE_DATE,
]);
