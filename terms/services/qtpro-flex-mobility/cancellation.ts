import type { TermsBodyInput } from "../../src/dsl/index.js";
import { cite } from "./cite.js";

export const cancellation: NonNullable<TermsBodyInput["cancellation"]> = {
  notice: { amount: 60, unit: "calendarDays" },
  noticeForm: { ja: "書面による通知", en: "written notice" },
  endOfMonthOnly: false,
  lateNotice: {
    type: "possibleCharge",
    months: 1,
    cite: [
      cite(
        "第7条第2項",
        "前項で規定する日までに通知しただけなかった場合は、解約希望日を含む月の翌月分の利用料金が生じる場合がございます。",
      ),
    ],
  },
  duties: [
    {
      text: {
        ja: "契約終了後、提供を受けた機器・ソフトウェア・資料等を当社の指示に従い返還又は消去すること",
        en: "After the contract ends, return or erase all equipment, software and documents received, as QTnet instructs",
      },
      cite: [
        cite(
          "第16条",
          "契約者は、利用契約が終了した場合、利用契約に関して当社等から提供を受けた機器、ソフトウェア、資料等の一切を直ちに当社の指示に従い返還又は消去しなければならないものとします。",
        ),
      ],
    },
  ],
  cite: [
    cite(
      "第7条第1項",
      "契約者は、利用契約を解約しようとするときは、そのことを解約希望日の 60 日前までに、当社へ書面により通知していただきます。",
    ),
  ],
};
