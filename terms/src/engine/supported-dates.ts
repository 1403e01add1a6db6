import type { IsoDate } from "../dsl/index.js";
import { daysInMonth } from "./date-arithmetic.js";
import { HOLIDAY_DATASET_RANGE } from "./business-calendar.js";
import { TermsError } from "./errors.js";

/**
 * The dates the engine can answer for: the years its calendar data (the national-holiday dataset)
 * covers. Business days outside them cannot be known, and no contract date of ours lies outside.
 */
export const SUPPORTED_DATE_RANGE: { readonly from: IsoDate; readonly to: IsoDate } = HOLIDAY_DATASET_RANGE;

/** An input date the engine has no calendar data for (or that is not a calendar date at all). */
export class DateOutOfRangeError extends TermsError {
  readonly code = "DATE_OUT_OF_RANGE";
  constructor(
    /** The input field, e.g. "desiredEndDate". */
    readonly field: string,
    readonly date: string,
    readonly range: { readonly from: IsoDate; readonly to: IsoDate } = SUPPORTED_DATE_RANGE,
  ) {
    super({
      ja: `${field}: ${date} は扱える日付の範囲（${range.from}〜${range.to}）外です。`,
      en: `${field}: ${date} is outside the supported dates (${range.from} to ${range.to}).`,
    });
  }
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date inside the supported range. */
export function isSupportedDate(date: string): boolean {
  const m = ISO.exec(date);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(m[1]), month)) return false;
  return date >= SUPPORTED_DATE_RANGE.from && date <= SUPPORTED_DATE_RANGE.to;
}

/** Refuses the first input date that is not a supported calendar date, naming its field. */
export function requireSupportedDates(dates: Readonly<Record<string, string | null | undefined>>): void {
  for (const field in dates) {
    const date = dates[field];
    if (date !== undefined && date !== null && !isSupportedDate(date)) throw new DateOutOfRangeError(field, date);
  }
}

/** The same for one date (no object to build on the hot path). */
export function requireSupportedDate(field: string, date: string | null | undefined): void {
  if (date !== undefined && date !== null && !isSupportedDate(date)) throw new DateOutOfRangeError(field, date);
}
