import type { TermsBodyInput } from "../../src/dsl/index.js";
import { PAYMENT_DEADLINE, cite } from "./cite.js";

export const lateInterest: NonNullable<TermsBodyInput["lateInterest"]> = {
  rate: { type: "fixed", annualRate: "0.146" },
  through: "paymentDate",
  graceDays: 0,
  dayCountBasis: 365,
  dueDateCalendar: "jp-bank",
  interpretation: {
    ja: "日数計算の基礎は規約に定めがないため、1年を365日として日割計算します（解釈）。支払期限が金融機関の休業日の場合は前営業日が期限です（第8条第3項）。",
    en: "The terms do not state the day-count basis; Yakkan uses a 365-day year (interpretation). A due date on a bank holiday moves to the previous bank business day (第8条第3項).",
  },
  cite: [
    cite(
      "第8条第5項",
      "契約者は、利用契約により生じる債務の支払いを怠ったときは、当社に対し、支払期限の翌日から支払い済みまで年 14. 6%の遅延損害金を支払うものとします。",
    ),
    PAYMENT_DEADLINE,
  ],
};
