import type { CalendarDef } from "../../src/dsl/index.js";
import { BUSINESS_DAY_DEFINITION, WEEKDAY_DEFINITION } from "./cite.js";

/** The calendar 第21条 counts notice and end dates in. */
export const BUSINESS_DAYS = "utm-business-days";

/**
 * 別紙2 defines 営業日: Monday to Friday except 祝祭日 and 12-29 … 01-04. The spec's 平日 (別紙1 2.)
 * names the same days, so one calendar serves both. National holidays come from the @holiday-jp
 * dataset (振替休日 and 国民の休日 included: see the interpretation "national-holidays").
 */
export const businessDays: CalendarDef = {
  id: BUSINESS_DAYS,
  version: "2025-04-01",
  name: { ja: "UTM サポートの営業日", en: "UTM Support business days" },
  workdays: [1, 2, 3, 4, 5],
  nationalHolidays: true,
  closures: [
    {
      from: "12-29",
      to: "01-04",
      label: { ja: "年末年始（12月29日から翌年1月4日）", en: "year-end closure (29 Dec to 4 Jan)" },
    },
  ],
  assumption: {
    ja: "「祝祭日」「祝日」は国民の祝日に関する法律の休日（振替休日・国民の休日を含む）と解します（解釈）。",
    en: '"祝祭日"/"祝日" are read as every holiday under the National Holidays Act, substitute holidays and sandwiched days included (interpretation).',
  },
  cite: [BUSINESS_DAY_DEFINITION, WEEKDAY_DEFINITION],
};

export const calendars: CalendarDef[] = [businessDays];
