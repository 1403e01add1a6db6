import type { TermsBodyInput } from "../../src/dsl/index.js";
import { STATUTORY_RATE_BEYOND_KNOWN, STATUTORY_RATE_KNOWN_THROUGH, STATUTORY_RATES } from "../common/calendars.js";
import { DUE_DATE, INTEREST_365, INTEREST_GRACE, INTEREST_PERIOD, INTEREST_WAIVABLE, INTEREST_WHEN, cite } from "./cite.js";

export const lateInterest: NonNullable<TermsBodyInput["lateInterest"]> = {
  rate: { type: "statutory", rates: STATUTORY_RATES, knownThrough: STATUTORY_RATE_KNOWN_THROUGH, beyondKnown: STATUTORY_RATE_BEYOND_KNOWN },
  through: "dayBeforePayment",
  graceDays: 15,
  dayCountBasis: 365,
  interpretation: {
    ja: "利率は法定利率（民法第404条）で、延滞利息が生じる最初の日（支払期日の翌日）に有効な率を用います（解釈）。支払期日の翌日から起算して15日以内の支払いには利息は生じず、16日目以降の支払いでは支払期日の翌日から支払日の前日まで全期間に生じます。閏年でも1年を365日とします。元本は請求された額（税込）として入力された額です。支払期日は当社が定める日で（第30条第1項）、休日による繰上げ・繰下げの定めはありません。延滞利息の他に請求する料金がない場合は請求されないことがあります（第27条第3項、任意）。",
    en: "The rate is the statutory rate (民法第404条) in force on the first day interest runs (the day after the due date) (interpretation). No interest when paid within 15 days counting from the day after the due date; from the 16th day on, interest runs for the whole period from the day after the due date to the day before payment. A 365-day year also in leap years. The principal is the amount entered (the billed amount, tax included). The due date is set by NTT West (第30条第1項); the terms do not move it for holidays. Interest may be waived when nothing else is billed (第27条第3項, discretionary).",
  },
  cite: [INTEREST_WHEN, INTEREST_PERIOD, INTEREST_GRACE, cite("第27条第1項", "あった場合は、この限りでありません。"), INTEREST_365, INTEREST_WAIVABLE, DUE_DATE],
};
