import type { TermsBodyInput } from "../../src/dsl/index.js";
import { STATUTORY_RATE_BEYOND_KNOWN, STATUTORY_RATE_KNOWN_THROUGH, STATUTORY_RATES } from "../common/calendars.js";
import { DUE_DATE, LATE_INTEREST, LATE_INTEREST_365, LATE_INTEREST_GRACE, LATE_INTEREST_MAY_WAIVE } from "./cite.js";

export const lateInterest: NonNullable<TermsBodyInput["lateInterest"]> = {
  rate: { type: "statutory", rates: STATUTORY_RATES, knownThrough: STATUTORY_RATE_KNOWN_THROUGH, beyondKnown: STATUTORY_RATE_BEYOND_KNOWN },
  through: "dayBeforePayment",
  graceDays: 15,
  dayCountBasis: 365,
  interpretation: {
    ja: "法定利率は支払期日の翌日（遅延の初日）に適用される率を遅延期間全体に用います（民法第419条第1項に倣う解釈）。元本は消費税相当額を含む支払額です（第32条）。支払期日は当社が定める期日（第30条第1項）で、休日にあたる場合の繰上げ・繰下げは定められていないため移動しません。延滞利息のほかに請求する料金がない場合は請求されないことがあります（第27条第3項）。",
    en: "The statutory rate in force on the day after the due date (the first day of delay) applies to the whole delay (by analogy with 民法第419条第1項). The principal is the amount owed including consumption tax (第32条). The due date is the one NTT West sets (第30条第1項); the terms do not move a due date that falls on a day off, so it is not moved. Where nothing else is billed, the interest may not be charged (第27条第3項).",
  },
  cite: [LATE_INTEREST, LATE_INTEREST_GRACE, LATE_INTEREST_365, LATE_INTEREST_MAY_WAIVE, DUE_DATE],
};
