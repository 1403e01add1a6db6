import type { CalendarDef } from "../../src/dsl/index.js";
import { BUSINESS_DAY_ANNEX1, BUSINESS_DAY_ANNEX2, BUSINESS_DAY_ANNEX2_HOURS, WEEKDAY_ANNEX1 } from "./cite.js";

// 別紙2 and 別紙1 2: the days NTT West works for this service.

/** Calendar ids used by the rules. */
export const BUSINESS_DAYS = "server-support-business-days";
export const WEEKDAYS = "server-support-weekdays";

const YEAR_END = {
  from: "12-29",
  to: "01-04",
  label: { ja: "年末年始（12月29日から翌年1月4日）", en: "year-end holidays (29 December to 4 January)" },
};

const HOLIDAY_ASSUMPTION = {
  ja: "「祝祭日」は規約に定義がないため、国民の祝日に関する法律の休日（国民の祝日・振替休日・国民の休日）とし、祝日データ（@holiday-jp）から判定します。土曜日が祝日の場合は営業日ではありません（解釈）。",
  en: '"祝祭日" is not defined in the terms; Yakkan reads it as every holiday under the National Holidays Act (national holidays, substitute holidays and citizens\' holidays), taken from the @holiday-jp dataset. A Saturday that is a national holiday is not a business day (interpretation).',
};

export const calendars: CalendarDef[] = [
  {
    id: BUSINESS_DAYS,
    version: "2023-12-01",
    name: { ja: "Server サポートの営業日（月曜日～土曜日）", en: "Server Support business days (Monday to Saturday)" },
    workdays: [1, 2, 3, 4, 5, 6],
    nationalHolidays: true,
    closures: [YEAR_END],
    assumption: HOLIDAY_ASSUMPTION,
    cite: [BUSINESS_DAY_ANNEX2, BUSINESS_DAY_ANNEX2_HOURS, BUSINESS_DAY_ANNEX1],
  },
  {
    // Defined in 別紙1 2 but used by no rule of this document: kept for completeness.
    id: WEEKDAYS,
    version: "2023-12-01",
    name: { ja: "Server サポートの平日（月曜日～金曜日）", en: "Server Support weekdays (Monday to Friday)" },
    workdays: [1, 2, 3, 4, 5],
    nationalHolidays: true,
    closures: [YEAR_END],
    assumption: {
      ja: `${HOLIDAY_ASSUMPTION.ja} 「平日」は別紙1 2 で定義されていますが、本規約のどの規定でも使われていません。`,
      en: `${HOLIDAY_ASSUMPTION.en} "平日" is defined in 別紙1 2 but no provision of these terms uses it.`,
    },
    cite: [WEEKDAY_ANNEX1],
  },
];
