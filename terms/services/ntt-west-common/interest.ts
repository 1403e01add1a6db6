import { STATUTORY_RATE_BEYOND_KNOWN, STATUTORY_RATE_KNOWN_THROUGH, STATUTORY_RATES } from "../common/calendars.js";
import type { Block, Cited } from "./index.js";

/** 第27条, 第30条第1項: statutory interest from the day after the due date, 15 days' grace, 365-day years. */
export function lateInterest(cite: Cited): Block<"lateInterest"> {
  return {
    rate: {
      type: "statutory",
      rates: STATUTORY_RATES,
      knownThrough: STATUTORY_RATE_KNOWN_THROUGH,
      beyondKnown: STATUTORY_RATE_BEYOND_KNOWN,
    },
    through: "dayBeforePayment",
    graceDays: 15,
    dayCountBasis: 365,
    interpretation: {
      ja: "利率は法定利率（民法第404条）で、延滞利息が生じる最初の日（支払期日の翌日）に適用される率を遅延期間全体に用います（民法第419条第1項に倣う解釈）。支払期日の翌日から起算して15日以内の支払いには生じず、16日目以降の支払いでは支払期日の翌日から支払日の前日までの全期間に生じます。閏年でも1年を365日とします。元本は消費税相当額を含む請求額です（第32条）。支払期日は当社が定める期日で（第30条第1項）、休日にあたる場合の繰上げ・繰下げは定められていないため移動しません。延滞利息のほかに請求する料金がない場合は請求されないことがあります（第27条第3項）。",
      en: "The rate is the statutory rate (民法第404条) in force on the first day interest runs (the day after the due date), applied to the whole delay (by analogy with 民法第419条第1項). No interest when paid within 15 days counting from the day after the due date; from the 16th day on, it runs for the whole period from the day after the due date to the day before payment. A 365-day year also in leap years. The principal is the billed amount including consumption tax (第32条). The due date is the one NTT West sets (第30条第1項); the terms do not move a due date that falls on a day off, so it is not moved. Where nothing else is billed, the interest may not be charged (第27条第3項).",
    },
    cite,
  };
}
