import { formatDate, formatYen, t, type Lang, type MessageKey } from "~/i18n/messages";

/** One end date of the cancellation planner, as the API computes it. */
export interface PlanOptionView {
  endDate: string;
  latestNoticeDate: string;
  reachable: boolean;
  oneOffTotal: string;
  finalMonthFee: string;
  reasons: string[];
}

export interface PlanView {
  noticeDate: string;
  options: PlanOptionView[];
  withoutCharge: PlanOptionView | null;
  cheapest: PlanOptionView | null;
}

const REASON: Record<string, MessageKey> = {
  earliest: "reasonEarliest",
  monthEnd: "reasonMonthEnd",
  minimumTermEnd: "reasonMinimumTermEnd",
  maximumTermEnd: "reasonMaximumTermEnd",
};

// Geometry of the drawing (viewBox units). Amounts are only scaled to pixels here: money itself is
// never computed in the browser.
const WIDTH = 760;
const HEIGHT = 280;
const LEFT = 90;
const RIGHT = 20;
const TOP = 20;
const AXIS = 200;
const DEADLINE_ROW = 232;

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * The planner as a chart, rendered on the server as plain SVG: a bar per end date on a date axis
 * (dark: one-off cost of ending, light: the final month's fee), a dotted line from each bar down to
 * its notice deadline, today's notice date marked. The table after it carries the same data for
 * screen readers and for reading exact figures.
 */
export function PlanChart({ lang, plan }: { lang: Lang; plan: PlanView }) {
  const { options } = plan;
  if (options.length === 0) return null;
  const first = Math.min(dayOf(plan.noticeDate), ...options.map((o) => dayOf(o.latestNoticeDate)));
  const last = Math.max(...options.map((o) => dayOf(o.endDate)));
  const x = (iso: string) => LEFT + ((dayOf(iso) - first) / Math.max(1, last - first)) * (WIDTH - LEFT - RIGHT);
  const totals = options.map((o) => BigInt(o.oneOffTotal) + BigInt(o.finalMonthFee));
  const max = totals.reduce((a, b) => (b > a ? b : a), 1n);
  const h = (amount: bigint) => (Number(amount) / Number(max)) * (AXIS - TOP);
  const recommended = plan.withoutCharge?.endDate;
  const titleId = "plan-chart-title";
  const descId = "plan-chart-desc";
  return (
    <figure className="plan-chart" data-testid="plan-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        width="100%"
      >
        <title id={titleId}>{t(lang, "planChartTitle")}</title>
        <desc id={descId}>{t(lang, "planChartDesc")}</desc>
        <line x1={LEFT} y1={AXIS} x2={WIDTH - RIGHT} y2={AXIS} className="axis" />
        <line x1={LEFT} y1={TOP} x2={LEFT} y2={AXIS} className="axis" />
        {[0n, max / 2n, max].map((tick) => (
          <text key={String(tick)} x={LEFT - 6} y={AXIS - h(tick) + 4} textAnchor="end" className="tick">
            {formatYen(lang, tick.toString())}
          </text>
        ))}
        <line x1={x(plan.noticeDate)} y1={TOP} x2={x(plan.noticeDate)} y2={DEADLINE_ROW} className="today" />
        <text x={x(plan.noticeDate) + 4} y={TOP + 10} className="tick">
          {t(lang, "noticeToday")}
        </text>
        {options.map((o, i) => {
          const oneOff = BigInt(o.oneOffTotal);
          const final = BigInt(o.finalMonthFee);
          const bx = x(o.endDate);
          const label = `${formatDate(lang, o.endDate)}: ${formatYen(lang, o.oneOffTotal)} + ${formatYen(lang, o.finalMonthFee)} — ${t(lang, "latestNotice")} ${formatDate(lang, o.latestNoticeDate)}`;
          return (
            <g
              key={o.endDate}
              className={`option${o.reachable ? "" : " unreachable"}${o.endDate === recommended ? " recommended" : ""}`}
              data-end={o.endDate}
            >
              <title>{label}</title>
              <rect x={bx - 5} y={AXIS - h(oneOff + final)} width={10} height={h(final)} className="final-month" />
              <rect x={bx - 5} y={AXIS - h(oneOff)} width={10} height={h(oneOff)} className="one-off" />
              <line x1={bx} y1={AXIS} x2={x(o.latestNoticeDate)} y2={DEADLINE_ROW} className="deadline-link" />
              <circle cx={x(o.latestNoticeDate)} cy={DEADLINE_ROW} r={3} className="deadline" />
              {o.endDate === recommended || i === 0 || i === options.length - 1 ? (
                <text
                  x={bx}
                  y={DEADLINE_ROW + 22}
                  textAnchor={i === options.length - 1 ? "end" : i === 0 ? "start" : "middle"}
                  className="tick"
                >
                  {o.endDate}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="hint">{t(lang, "planChartDesc")}</figcaption>
      <div className="table-scroll">
        <table data-testid="plan-table">
          <caption>{t(lang, "planTableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, "effectiveEndDate")}</th>
              <th scope="col">{t(lang, "latestNotice")}</th>
              <th scope="col">{t(lang, "planReachable")}</th>
              <th scope="col">{t(lang, "oneOffTotal")}</th>
              <th scope="col">{t(lang, "finalMonthFee")}</th>
              <th scope="col">{t(lang, "planReasons")}</th>
            </tr>
          </thead>
          <tbody>
            {options.map((o) => (
              <tr key={o.endDate} data-end={o.endDate}>
                <th scope="row">{formatDate(lang, o.endDate)}</th>
                <td>{formatDate(lang, o.latestNoticeDate)}</td>
                <td>{t(lang, o.reachable ? "yes" : "no")}</td>
                <td className="num">{formatYen(lang, o.oneOffTotal)}</td>
                <td className="num">{formatYen(lang, o.finalMonthFee)}</td>
                <td>
                  {[
                    ...o.reasons.map((r) => t(lang, REASON[r] ?? "reasonMonthEnd")),
                    ...(o.endDate === recommended ? [t(lang, "planRecommended")] : []),
                    ...(o.endDate === plan.cheapest?.endDate ? [t(lang, "planCheapest")] : []),
                  ].join(t(lang, "listSeparator"))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** The decision a customer faces: when to end without an early-termination charge, and by when to say so. */
export function PlanHeadline({ lang, plan }: { lang: Lang; plan: PlanView | null }) {
  if (!plan || plan.options.length === 0) return null;
  const best = plan.withoutCharge;
  return (
    <p className="deadline" data-testid="plan-headline">
      {best
        ? t(lang, "planHeadline", { end: formatDate(lang, best.endDate), by: formatDate(lang, best.latestNoticeDate) })
        : t(lang, "planNoneWithoutCharge")}
    </p>
  );
}
