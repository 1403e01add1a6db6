import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/utils/api.server";
import { orNotFound } from "~/utils/errors.server";
import { icsCalendar, type IcsEvent } from "~/utils/ics";

/** The contract's key dates as an iCalendar feed: notice deadline, term ends, a decided end date. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { lang, api } = await requireUser(request, context);
  const contract = await orNotFound(() => api.getContract(params["contractId"] ?? ""));
  const overview = api.contractOverview(contract);
  const q = overview.earliestEnd;
  // The planner's decision: the earliest end with no early-termination charge and its notice deadline.
  const best = overview.plan?.earliestWithoutEarlyTerminationCharge ?? null;
  const ja = lang === "ja";
  const label = contract.contractNumber;
  const events: IcsEvent[] = [];
  if (q && !contract.endDate) {
    events.push({
      uid: `${contract.id}-notice@yakkan`,
      date: q.latestNoticeDate,
      summary: ja ? `解約通知の期限（${label}）` : `Cancellation notice deadline (${label})`,
      description: ja ? `この日までに通知が届けば最短 ${q.effectiveEndDate} に解約できます。` : `A notice arriving by this day ends the contract on ${q.effectiveEndDate} at the earliest.`,
    });
  }
  if (best && !contract.endDate) {
    events.push({
      uid: `${contract.id}-plan-notice@yakkan`,
      date: best.latestNoticeDate,
      summary: ja ? `解約金なしで終えるための通知期限（${label}）` : `Notice deadline to end with no early-termination charge (${label})`,
      description: ja
        ? `この日までに通知すれば ${best.endDate} に早期解約金なしで解約できます。`
        : `A notice by this day ends the contract on ${best.endDate} with no early-termination charge.`,
    });
    events.push({
      uid: `${contract.id}-plan-end@yakkan`,
      date: best.endDate,
      summary: ja ? `早期解約金なしで解約できる最短の日（${label}）` : `Earliest end with no early-termination charge (${label})`,
    });
  }
  if (q?.minimumTermEndDate) {
    events.push({ uid: `${contract.id}-minimum@yakkan`, date: q.minimumTermEndDate, summary: ja ? `最低利用期間の満了（${label}）` : `Minimum term ends (${label})` });
  }
  if (q?.maximumTermEndDate) {
    events.push({ uid: `${contract.id}-maximum@yakkan`, date: q.maximumTermEndDate, summary: ja ? `最大利用期間の満了（${label}）` : `Maximum term ends (${label})` });
  }
  if (contract.endDate) {
    events.push({ uid: `${contract.id}-end@yakkan`, date: contract.endDate, summary: ja ? `契約終了日（${label}）` : `Contract ends (${label})` });
  }
  return new Response(icsCalendar(`Yakkan ${label}`, events, new Date()), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${contract.contractNumber}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
