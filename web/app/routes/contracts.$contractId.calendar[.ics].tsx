import type { LoaderFunctionArgs } from "@remix-run/node";
import { t } from "~/i18n/messages";
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
  const label = contract.contractNumber;
  const events: IcsEvent[] = [];
  if (q && !contract.endDate) {
    events.push({
      uid: `${contract.id}-notice@yakkan`,
      date: q.latestNoticeDate,
      summary: t(lang, "icsNoticeSummary", { label }),
      description: t(lang, "icsNoticeDescription", { date: q.effectiveEndDate }),
    });
  }
  if (best && !contract.endDate) {
    events.push({
      uid: `${contract.id}-plan-notice@yakkan`,
      date: best.latestNoticeDate,
      summary: t(lang, "icsPlanNoticeSummary", { label }),
      description: t(lang, "icsPlanNoticeDescription", { date: best.endDate }),
    });
    events.push({
      uid: `${contract.id}-plan-end@yakkan`,
      date: best.endDate,
      summary: t(lang, "icsPlanEndSummary", { label }),
    });
  }
  if (q?.minimumTermEndDate) {
    events.push({
      uid: `${contract.id}-minimum@yakkan`,
      date: q.minimumTermEndDate,
      summary: t(lang, "icsMinimumTermEnds", { label }),
    });
  }
  if (q?.maximumTermEndDate) {
    events.push({
      uid: `${contract.id}-maximum@yakkan`,
      date: q.maximumTermEndDate,
      summary: t(lang, "icsMaximumTermEnds", { label }),
    });
  }
  if (contract.endDate) {
    events.push({
      uid: `${contract.id}-end@yakkan`,
      date: contract.endDate,
      summary: t(lang, "icsContractEnds", { label }),
    });
  }
  return new Response(icsCalendar(`Yakkan ${label}`, events, new Date()), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${contract.contractNumber}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
