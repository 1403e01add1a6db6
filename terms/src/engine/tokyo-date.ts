import type { IsoDate } from "../dsl/index.js";

const TOKYO_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

let lastMinute = Number.NaN;
let lastDate = "";

/**
 * The calendar date in Japan at an instant, whatever the process time zone is. Remembered per
 * minute: time zones move in whole minutes, so a minute never straddles midnight in Japan, and a
 * server asking "today" on every request formats once a minute.
 */
export function tokyoDate(instant: Date): IsoDate {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDate = TOKYO_DATE.format(instant);
    lastMinute = minute;
  }
  return lastDate;
}
