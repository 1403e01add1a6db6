import { Link, useLoaderData } from "@remix-run/react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { RequestStatus, requestKindLabel } from "~/components/StatusBadge";
import { formatDate, formatYen, t } from "~/i18n/messages";
import { requireUser } from "~/utils/api.server";
import { contractSummary } from "~/utils/contracts.server";

export const meta: MetaFunction = () => [{ title: "契約一覧 | Yakkan" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { lang, api, viewer } = await requireUser(request, context);
  const [page, open] = await Promise.all([api.listContracts({ first: 200 }), api.listRequests({ statuses: ["pending", "accepted"] })]);
  return {
    lang,
    canRequest: viewer.role === "customer-admin",
    showOrganization: viewer.role === "staff" || viewer.role === "legal",
    contracts: await Promise.all(page.nodes.map((c) => contractSummary(api, lang, c))),
    openRequests: open.map((r) => ({ id: r.id, number: r.number, kind: r.kind, status: r.status, contractNumber: r.contractNumber, submittedAt: r.submittedAt })),
  };
}

export default function Dashboard() {
  const { lang, contracts, openRequests, showOrganization } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t(lang, "dashboardTitle")}</h1>
      {contracts.length === 0 ? <p className="empty">{t(lang, "noContracts")}</p> : null}
      <ul className="cards contract-cards">
        {contracts.map((c) => (
          <li key={c.id} className="card" data-contract={c.contractNumber}>
            <h2>
              <Link to={`/contracts/${c.id}`}>{c.serviceName}</Link>
            </h2>
            <p className="meta">
              {t(lang, "contractNumber")} {c.contractNumber}
              {showOrganization ? ` · ${c.organizationName}` : ""}
            </p>
            <dl>
              <dt>{t(lang, "startDate")}</dt>
              <dd>{formatDate(lang, c.startDate)}</dd>
              {c.endDate ? (
                <>
                  <dt>{t(lang, "status")}</dt>
                  <dd>{t(lang, "endsOn", { date: formatDate(lang, c.endDate) })}</dd>
                </>
              ) : null}
              {c.monthlyFee ? (
                <>
                  <dt>{t(lang, "monthlyNow")}</dt>
                  <dd>{formatYen(lang, c.monthlyFee)}</dd>
                </>
              ) : null}
              {c.minimumTermEndDate ? (
                <>
                  <dt>{t(lang, "minimumTermEnd")}</dt>
                  <dd>{formatDate(lang, c.minimumTermEndDate)}</dd>
                </>
              ) : null}
              {c.maximumTermEndDate ? (
                <>
                  <dt>{t(lang, "maximumTermEnd")}</dt>
                  <dd>{formatDate(lang, c.maximumTermEndDate)}</dd>
                </>
              ) : null}
            </dl>
            {c.earliestEndDate && c.noticeDeadline && !c.endDate ? (
              <p className="deadline" data-testid="earliest-end">
                {t(lang, "earliestEndSentence", { end: formatDate(lang, c.earliestEndDate), by: formatDate(lang, c.noticeDeadline) })}
              </p>
            ) : null}
            {!c.computable && c.status !== "ended" ? <p className="empty">{t(lang, "notComputableContract")}</p> : null}
          </li>
        ))}
      </ul>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">{t(lang, "openRequests")}</h2>
        {openRequests.length === 0 ? (
          <p className="empty">{t(lang, "noOpenRequests")}</p>
        ) : (
          <ul className="plain-list">
            {openRequests.map((r) => (
              <li key={r.id}>
                <Link to={`/requests/${r.id}`}>{r.number}</Link> {requestKindLabel(lang, r.kind)} ({r.contractNumber}){" "}
                <RequestStatus lang={lang} status={r.status} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
