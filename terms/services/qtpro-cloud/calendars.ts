import type { CalendarDef } from "../../src/dsl/index.js";
import { LEAD_TIMES, LEAD_TIME_CLOSED, spec } from "./cite.js";

/**
 * QTnet business days as ASSUMED. Neither the terms nor the spec sheet define 営業日 (no 平日,
 * 休日, 祝日, 土曜, 日曜 or 年末年始 anywhere), yet spec §12①, §12③, §12④ and §18③ count lead
 * times in them. The digest calls Mon–Fri without national holidays and 12-29…01-03 QTnet's usual
 * practice; this is recorded as an assumption (see interpretations) so legal can correct it here.
 */
export const QTNET_CALENDAR_ID = "qtnet-business-days";

export const qtnetBusinessDays: CalendarDef = {
  id: QTNET_CALENDAR_ID,
  version: "assumed-1 (2026-03-01)",
  name: { ja: "当社営業日（想定）", en: "QTnet business days (assumed)" },
  workdays: [1, 2, 3, 4, 5],
  nationalHolidays: true,
  closures: [{ from: "12-29", to: "01-03", label: { ja: "年末年始（想定）", en: "year-end holidays (assumed)" } }],
  assumption: {
    ja: "規約・スペックシートは「営業日」を定義していません。Yakkan は月曜日〜金曜日のうち、国民の祝日・休日（振替休日・国民の休日を含む）と 12 月 29 日〜1 月 3 日を除く日を営業日と想定しています（当社の通例とされる扱い。資料の記載ではありません）。",
    en: "Neither the terms nor the spec sheet define business days (営業日). Yakkan assumes Monday to Friday, excluding national holidays (including substitute holidays and 国民の休日) and 29 December to 3 January (said to be QTnet's usual practice; not stated in the sources).",
  },
  cite: [
    LEAD_TIMES,
    LEAD_TIME_CLOSED,
    spec("§12③", "契約者から申込受付後、OCX 論理回線の開通は 25 営業日を目標とする。"),
    spec("§12④", "契約者から申込受付後、仮想マシン開通作業は 15 営業日を目標とする。"),
  ],
};

export const calendars: CalendarDef[] = [qtnetBusinessDays];
