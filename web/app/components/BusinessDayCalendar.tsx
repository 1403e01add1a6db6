import { Link } from "@remix-run/react";
import { useRef, useState } from "react";
import { longDateEn, t, type Lang } from "~/i18n/messages";

export interface DayView {
  date: string;
  businessDay: boolean;
  reason: { ja: string; en: string } | null;
}

const WEEKDAYS = { ja: ["月", "火", "水", "木", "金", "土", "日"], en: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] };
const WEEKDAY_NAMES = {
  ja: ["月", "火", "水", "木", "金", "土", "日"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};
/** A day's name as read out; it contains the visible day number ("2026年12月1日（火）", "Tuesday 1 December 2026"). */
export function dayName(lang: Lang, date: string): string {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return lang === "ja"
    ? `${y}年${m}月${d}日（${WEEKDAY_NAMES.ja[weekday]}）`
    : `${WEEKDAY_NAMES.en[weekday]} ${longDateEn(date)}`;
}

/** The ISO date `n` days after `date` (UTC arithmetic on calendar dates). */
function shiftDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function shiftMonths(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + n);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

/**
 * Months as grids with days off marked (and why), the earliest valid date highlighted and every
 * selectable date a link that sets `param` in the URL: a date picker that works without script.
 * The days are one tab stop (roving tabindex): the arrow keys move by a day or a week, Home/End to
 * the start/end of the week, PageUp/PageDown by a month; Enter or Space picks the day.
 */
export function BusinessDayCalendar({
  lang,
  days,
  calendarName,
  earliest,
  selected,
  param,
  minDate,
}: {
  lang: Lang;
  days: DayView[];
  calendarName: string;
  earliest: string | null;
  selected: string | null;
  param: string;
  minDate: string;
}) {
  const selectable = days.filter((d) => d.date >= minDate).map((d) => d.date);
  const initial =
    [selected, earliest].find((d): d is string => Boolean(d) && selectable.includes(d as string)) ??
    selectable[0] ??
    null;
  const [active, setActive] = useState<string | null>(null);
  const current = active && selectable.includes(active) ? active : initial;
  const container = useRef<HTMLDivElement>(null);
  const moveTo = (date: string) => {
    const target = selectable.includes(date) ? date : null;
    if (!target) return;
    setActive(target);
    container.current?.querySelector<HTMLAnchorElement>(`a[data-date="${target}"]`)?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const from = (event.target as HTMLElement).dataset["date"];
    if (!from) return;
    const weekday = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
    const next: Record<string, string> = {
      ArrowLeft: shiftDays(from, -1),
      ArrowRight: shiftDays(from, 1),
      ArrowUp: shiftDays(from, -7),
      ArrowDown: shiftDays(from, 7),
      Home: shiftDays(from, -weekday),
      End: shiftDays(from, 6 - weekday),
      PageUp: shiftMonths(from, -1),
      PageDown: shiftMonths(from, 1),
    };
    if (event.key === " ") {
      event.preventDefault();
      (event.target as HTMLAnchorElement).click();
      return;
    }
    const to = next[event.key];
    if (!to) return;
    event.preventDefault();
    // Past either end, go to the nearest selectable day.
    const first = selectable[0];
    const last = selectable.at(-1);
    const clamped = first === undefined || last === undefined ? to : to < first ? first : to > last ? last : to;
    moveTo(clamped);
  };
  const months = new Map<string, DayView[]>();
  for (const d of days) months.set(d.date.slice(0, 7), [...(months.get(d.date.slice(0, 7)) ?? []), d]);
  return (
    <div className="day-calendar" ref={container} onKeyDown={onKeyDown}>
      <p className="hint">
        <span className="swatch business" aria-hidden="true" /> {t(lang, "calendarLegend", { name: calendarName })}{" "}
        <span className="swatch off" aria-hidden="true" /> {t(lang, "dayOff")}{" "}
        <span className="swatch earliest" aria-hidden="true" /> {t(lang, "earliestMarker")}
      </p>
      <p className="hint" id={`${param}-calendar-keys`}>
        {t(lang, "calendarKeys")}
      </p>
      <div className="months">
        {[...months.entries()].map(([month, list]) => {
          const first = list[0];
          const offset = first ? (new Date(`${first.date}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
          return (
            <table key={month} className="month">
              <caption>
                {t(lang, "monthCaption", {
                  year: Number(month.slice(0, 4)),
                  month: Number(month.slice(5, 7)),
                  yearMonth: month,
                })}
              </caption>
              <thead>
                <tr>
                  {WEEKDAYS[lang].map((w) => (
                    <th key={w} scope="col">
                      {w}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {chunk([...Array<null>(offset).fill(null), ...list], 7).map((week, i) => (
                  <tr key={i}>
                    {week.map((d, j) =>
                      d ? (
                        <td
                          key={d.date}
                          className={[
                            d.businessDay ? "business" : "off",
                            d.date === earliest ? "earliest" : "",
                            d.date === selected ? "selected" : "",
                          ].join(" ")}
                          title={d.reason ? d.reason[lang] : undefined}
                        >
                          {d.date >= minDate ? (
                            <Link
                              to={`?${param}=${d.date}`}
                              replace
                              preventScrollReset
                              data-date={d.date}
                              tabIndex={d.date === current ? 0 : -1}
                              onFocus={() => setActive(d.date)}
                              aria-describedby={d.date === current ? `${param}-calendar-keys` : undefined}
                              aria-current={d.date === selected ? "date" : undefined}
                              aria-label={`${dayName(lang, d.date)}${d.reason ? ` ${d.reason[lang]}` : ""}${d.date === earliest ? ` — ${t(lang, "earliestMarker")}` : ""}`}
                            >
                              {Number(d.date.slice(8))}
                            </Link>
                          ) : (
                            <span>{Number(d.date.slice(8))}</span>
                          )}
                        </td>
                      ) : (
                        <td key={`pad-${j}`} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
    </div>
  );
}

function chunk<T>(items: T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}
