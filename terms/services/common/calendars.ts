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

/**
 * 民法第404条: the statutory interest rate, 3% from 2020-04-01, reviewed every three years
 * (第3項: 三年を一期とし). The periods from 2023-04-01 and 2026-04-01 kept 3%, so the rate is known
 * through 2029-03-31; for interest that starts later the rate is an assumption, stated with it.
 */
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

export const STATUTORY_RATE_KNOWN_THROUGH = "2029-03-31";

export const STATUTORY_RATE_BEYOND_KNOWN = {
  text: {
    ja: "2029年4月1日以降の法定利率はまだ定められていません（民法第404条第3項: 3年ごとに見直し）。ここでは直近の年3%が続くと仮定して計算しています。",
    en: "The statutory rate from 2029-04-01 has not been set yet (民法第404条第3項: reviewed every three years). This computation assumes the current 3% continues.",
  },
  cite: [
    {
      document: "民法",
      clause: "第404条第3項",
      text: "前項の規定にかかわらず、法定利率は、法務省令で定めるところにより、三年を一期とし、一期ごとに、次項の規定により変動するものとする。",
    },
  ],
};
