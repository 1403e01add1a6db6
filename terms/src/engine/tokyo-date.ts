import type { IsoDate } from "../dsl/index.js";

const TOKYO_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in Japan at an instant, whatever the process time zone is. */
export function tokyoDate(instant: Date): IsoDate {
  return TOKYO_DATE.format(instant);
}
