import holidayJp from "@holiday-jp/holiday_jp";
import type { CalendarDef, Citation, IsoDate, Text } from "../dsl/index.js";
import { dayNumber, fromDayNumber, isoWeekday } from "./date-arithmetic.js";
import { TermsDataError, TermsError } from "./errors.js";

/** The longest run of days off a calendar may have: a year without a business day is a data defect. */
const MAX_GAP_DAYS = 366;

/** National holidays keyed by ISO date. The dataset is keyed by date strings, so no time zone is involved. */
const HOLIDAYS = holidayJp.holidays as Readonly<Record<string, { name: string; name_en: string }>>;
const HOLIDAY_DATES = Object.keys(HOLIDAYS).sort();

/** The first and last day the national-holiday dataset covers (whole years). */
export const HOLIDAY_DATASET_RANGE = {
  from: `${HOLIDAY_DATES[0]?.slice(0, 4) ?? "1970"}-01-01`,
  to: `${HOLIDAY_DATES.at(-1)?.slice(0, 4) ?? "1970"}-12-31`,
} as const;

export class CalendarRangeError extends TermsError {
  readonly code = "CALENDAR_OUT_OF_RANGE";
  constructor(
    readonly calendarId: string,
    readonly date: IsoDate,
  ) {
    super({
      ja: `${date} は祝日データの範囲（${HOLIDAY_DATASET_RANGE.from}〜${HOLIDAY_DATASET_RANGE.to}）外のため、営業日を判定できません（暦: ${calendarId}）。`,
      en: `${date} is outside the national-holiday dataset (${HOLIDAY_DATASET_RANGE.from} to ${HOLIDAY_DATASET_RANGE.to}), so business days cannot be determined (calendar ${calendarId}).`,
    });
  }
}

/** Why a day is not a business day, for explanations. */
export interface DayOff {
  date: IsoDate;
  reason: Text;
}

const WEEKDAY_NAMES = {
  ja: ["月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

/** A business-day calendar interpreted from its data. */
export class BusinessCalendar {
  /** Days already classified, by day number: a calendar's answer for a date never changes. */
  private readonly cache = new Map<number, DayOff | null>();

  constructor(readonly def: CalendarDef) {}

  get id(): string {
    return this.def.id;
  }

  get citations(): Citation[] {
    return this.def.cite;
  }

  /** Null when the day is a business day, else why it is not. Throws beyond the holiday dataset. */
  dayOff(date: IsoDate): DayOff | null {
    return this.dayOffNumber(dayNumber(date));
  }

  private dayOffNumber(n: number): DayOff | null {
    const known = this.cache.get(n);
    if (known !== undefined) return known;
    const result = this.classify(fromDayNumber(n));
    if (this.cache.size < 50_000) this.cache.set(n, result);
    return result;
  }

  private classify(date: IsoDate): DayOff | null {
    if (this.def.nationalHolidays && (date < HOLIDAY_DATASET_RANGE.from || date > HOLIDAY_DATASET_RANGE.to)) {
      throw new CalendarRangeError(this.def.id, date);
    }
    const weekday = isoWeekday(date);
    if (!this.def.workdays.includes(weekday)) {
      return {
        date,
        reason: { ja: WEEKDAY_NAMES.ja[weekday - 1] ?? "", en: WEEKDAY_NAMES.en[weekday - 1] ?? "" },
      };
    }
    const holiday = this.def.nationalHolidays ? HOLIDAYS[date] : undefined;
    if (holiday)
      return { date, reason: { ja: `祝日（${holiday.name}）`, en: `national holiday (${holiday.name_en})` } };
    const md = date.slice(5);
    for (const c of this.def.closures) {
      const inside = c.from <= c.to ? md >= c.from && md <= c.to : md >= c.from || md <= c.to;
      if (inside) return { date, reason: c.label };
    }
    return null;
  }

  isBusinessDay(date: IsoDate): boolean {
    return this.dayOff(date) === null;
  }

  /** The date itself if it is a business day, else the next (direction 1) or previous (-1) one. */
  rollToBusinessDay(date: IsoDate, direction: 1 | -1): IsoDate {
    const start = dayNumber(date);
    let n = start;
    for (let step = 0; this.dayOffNumber(n) !== null; step++) {
      if (step > MAX_GAP_DAYS) throw this.noBusinessDay(date);
      n += direction;
    }
    return n === start ? date : fromDayNumber(n);
  }

  /**
   * Moves by `count` business days: +N is the Nth business day after `date`, -N the Nth before it.
   * `date` itself never counts, whether or not it is a business day. Each business day must come
   * within a year of the previous one, so the walk is bounded by |count| × 367 days.
   */
  addBusinessDays(date: IsoDate, count: number): IsoDate {
    const step = count < 0 ? -1 : 1;
    let remaining = Math.abs(count);
    let n = dayNumber(date);
    let gap = 0;
    while (remaining > 0) {
      n += step;
      if (this.dayOffNumber(n) === null) {
        remaining -= 1;
        gap = 0;
      } else if (++gap > MAX_GAP_DAYS) {
        throw this.noBusinessDay(date);
      }
    }
    return count === 0 ? date : fromDayNumber(n);
  }

  private noBusinessDay(date: IsoDate): TermsDataError {
    return new TermsDataError(this.def.id, "workdays", `no business day within a year of ${date}`);
  }

  /** The days off strictly between two dates, for explanations ("skipped 12-29 … 01-04"). */
  daysOffBetween(from: IsoDate, to: IsoDate): DayOff[] {
    const [a, b] = from <= to ? [dayNumber(from), dayNumber(to)] : [dayNumber(to), dayNumber(from)];
    const result: DayOff[] = [];
    for (let n = a + 1; n < b; n++) {
      const off = this.dayOffNumber(n);
      if (off) result.push(off);
    }
    return result;
  }
}

/** Calendars of one terms version, by id. */
export class Calendars {
  private readonly byId: Map<string, BusinessCalendar>;
  constructor(
    private readonly serviceId: string,
    defs: readonly CalendarDef[],
  ) {
    this.byId = new Map(defs.map((d) => [d.id, new BusinessCalendar(d)]));
  }

  get(id: string): BusinessCalendar {
    const calendar = this.byId.get(id);
    if (!calendar) throw new TermsDataError(this.serviceId, `calendars`, `unknown calendar "${id}"`);
    return calendar;
  }
}
