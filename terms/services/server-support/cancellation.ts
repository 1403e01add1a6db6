import type { TermsBodyInput } from "../../src/dsl/index.js";
import { BUSINESS_DAYS } from "./calendars.js";
import {
  BUSINESS_DAY_ANNEX2,
  CANCEL_BEFORE_CONFIRMATION,
  CANCEL_CONFIRMATION_DAY,
  CANCEL_DESIRED,
  CANCEL_NOTICE,
  cite,
} from "./cite.js";

export const cancellation: NonNullable<TermsBodyInput["cancellation"]> = {
  notice: { amount: 0, unit: "calendarDays" },
  noticeForm: {
    ja: "あらかじめ本サービス取扱所に当社所定の方法で申し出る（方法は規約に定めがなく、書面に限られません）",
    en: "Beforehand, to the service office, by the method NTT West prescribes (the terms do not say which; not necessarily in writing)",
  },
  endOfMonthOnly: false,
  lateNotice: { type: "byConfirmation", cite: [CANCEL_BEFORE_CONFIRMATION, CANCEL_CONFIRMATION_DAY] },
  confirmation: {
    calendar: BUSINESS_DAYS,
    rule: { type: "confirmationDate" },
    assumption: {
      ja: "確認完了日は規約上当社が決めるもので予測できないため、見積りでは申出日が営業日（月～土、祝祭日・12/29～1/4 を除く）ならその日、そうでなければ翌営業日に確認が完了すると仮定します（Yakkan の前提であり規約の規定ではありません）",
      en: "The confirmation date is NTT West's and cannot be predicted from the terms; a quote assumes confirmation on the notice day if it is a business day (Monday–Saturday except 祝祭日 and 12/29–1/4), else on the next business day (a Yakkan assumption, not a rule of the terms)",
    },
    cite: [CANCEL_DESIRED, CANCEL_BEFORE_CONFIRMATION, CANCEL_CONFIRMATION_DAY, BUSINESS_DAY_ANNEX2],
  },
  duties: [],
  cite: [CANCEL_NOTICE, cite("第21条第1項", "により申し出て頂きます。"), CANCEL_DESIRED],
};
