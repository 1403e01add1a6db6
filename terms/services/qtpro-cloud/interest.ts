import type { TermsBodyInput } from "../../src/dsl/index.js";
import { terms } from "./cite.js";

// 第36条: 14.5% a year from the day after the due date to the payment date.
export const lateInterest: NonNullable<TermsBodyInput["lateInterest"]> = {
  rate: { type: "fixed", annualRate: "0.145" },
  through: "paymentDate",
  graceDays: 0,
  dayCountBasis: 365,
  interpretation: {
    ja: "日数計算の基礎は規約に定めがないため、うるう年を含め 1 年を 365 日として日割計算します（解釈）。支払期日は請求書に指定された日で、休日による繰上げ・繰下げの定めはありません。",
    en: "The terms do not state the day-count basis: Yakkan uses a 365-day year, leap years included (interpretation). The due date is the one on the invoice; no holiday shift is stated.",
  },
  cite: [
    terms(
      "第36条",
      "契約者は、QT PRO Cloud サービスの料金等又は割増金を請求書に指定する支払期日までに支払わないときは、支払期日の翌日から起算して支払いの日までの期間 について、未払額に対し年 14.5%の割合で算定した額を、遅延損害金として当社に支払うものとします。",
    ),
  ],
};
