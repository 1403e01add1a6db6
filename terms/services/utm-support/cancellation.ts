import type { TermsBodyInput } from "../../src/dsl/index.js";
import { BUSINESS_DAYS } from "./calendars.js";
import { END_DATE_AFTER_CONFIRMATION, END_DATE_IS_DESIRED_DATE, NOTICE_5_BUSINESS_DAYS } from "./cite.js";

export const cancellation: NonNullable<TermsBodyInput["cancellation"]> = {
  notice: { amount: 5, unit: "businessDays", calendar: BUSINESS_DAYS },
  noticeForm: {
    ja: "当社所定の方法により本サービス取扱所へ申出",
    en: "A request to the service desk in the form NTT West prescribes",
  },
  endOfMonthOnly: false,
  lateNotice: { type: "byConfirmation", cite: [END_DATE_IS_DESIRED_DATE, END_DATE_AFTER_CONFIRMATION] },
  confirmation: {
    calendar: BUSINESS_DAYS,
    rule: { type: "confirmationPlusBusinessDays", days: 5 },
    assumption: {
      ja: "規約は当社が申出内容の確認を完了する日の決め方を定めていません。見積りでは、申出が営業日に届いた場合はその日、そうでない場合は翌営業日に確認が完了すると仮定します（仮定）。実際の確認完了日が記録されれば、それを用います",
      en: "The terms do not say when NTT West completes its confirmation. A quote assumes it completes on the day the request arrives if that is a business day, else on the next business day (assumption); a recorded confirmation date replaces this",
    },
    cite: [END_DATE_AFTER_CONFIRMATION],
  },
  duties: [],
  cite: [NOTICE_5_BUSINESS_DAYS, END_DATE_IS_DESIRED_DATE, END_DATE_AFTER_CONFIRMATION],
};
