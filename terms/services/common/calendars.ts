import type { CalendarDef, Citation } from "../../src/dsl/index.js";

const BANK_HOLIDAYS_ACT: Citation = {
  document: "銀行法施行令",
  clause: "第5条第1項",
  text: "日曜日、国民の祝日に関する法律に規定する休日、十二月三十一日から翌年の一月三日までの日及び土曜日",
};

/** Days Japanese banks are closed (銀行法施行令第5条): used where payment deadlines move. */
export function bankCalendar(usedBy: Citation): CalendarDef {
  return {
    id: "jp-bank",
    version: "2026-11-01",
    name: { ja: "金融機関の営業日", en: "Japanese bank business days" },
    workdays: [1, 2, 3, 4, 5],
    nationalHolidays: true,
    closures: [{ from: "12-31", to: "01-03", label: { ja: "金融機関の年末年始休業", en: "bank year-end holidays" } }],
    cite: [usedBy, BANK_HOLIDAYS_ACT],
  };
}

/** 民法第404条: the statutory interest rate, 3% from 2020-04-01, reviewed every three years. */
export const STATUTORY_RATES = [
  {
    from: "2020-04-01",
    rate: "0.03",
    cite: [
      {
        document: "民法",
        clause: "第404条第2項",
        text: "法定利率は、年三パーセントとする。",
      },
    ],
  },
];
