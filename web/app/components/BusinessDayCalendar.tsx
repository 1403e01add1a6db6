import { Link } from "@remix-run/react";
import { t, type Lang } from "~/i18n/messages";

export interface DayView {
  date: string;
  businessDay: boolean;
  reason: { ja: string; en: string } | null;
}

const WEEKDAYS = { ja: ["月", "火", "水", "木", "金", "土", "日"], en: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] };

/**
 * Months as grids with days off marked (and why), the earliest valid date highlighted and every
 * selectable date a link that sets `param` in the URL: a date picker that works without script.
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
  const months = new Map<string, DayView[]>();
  for (const d of days) months.set(d.date.slice(0, 7), [...(months.get(d.date.slice(0, 7)) ?? []), d]);
  return (
    <div className="day-calendar">
      <p className="hint">
        <span className="swatch business" aria-hidden="true" /> {t(lang, "calendarLegend", { name: calendarName })}{" "}
        <span className="swatch off" aria-hidden="true" /> {t(lang, "dayOff")}{" "}
        <span className="swatch earliest" aria-hidden="true" /> {t(lang, "earliestMarker")}
      </p>
      <div className="months">
        {[...months.entries()].map(([month, list]) => {
          const first = list[0];
          const offset = first ? (new Date(`${first.date}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
          return (
            <table key={month} className="month">
              <caption>{t(lang, "monthCaption", { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)), yearMonth: month })}</caption>
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
                          className={[d.businessDay ? "business" : "off", d.date === earliest ? "earliest" : "", d.date === selected ? "selected" : ""].join(" ")}
                          title={d.reason ? d.reason[lang] : undefined}
                        >
                          {d.date >= minDate ? (
                            <Link
                              to={`?${param}=${d.date}`}
                              replace
                              preventScrollReset
                              aria-current={d.date === selected ? "date" : undefined}
                              aria-label={`${d.date}${d.reason ? ` (${d.reason[lang]})` : ""}${d.date === earliest ? ` — ${t(lang, "earliestMarker")}` : ""}`}
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
