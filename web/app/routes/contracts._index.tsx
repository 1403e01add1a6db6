import { Form, Link, useLoaderData } from "@remix-run/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { DateList } from "~/components/DateList";
import { DiffList } from "~/components/DiffList";
import { PlanHeadline } from "~/components/PlanChart";
import { RequestStatus, requestKindLabel } from "~/components/StatusBadge";
import { formatDate, formatYen, t } from "~/i18n/messages";
import { requireUser } from "~/utils/api.server";
import { contractSummary } from "~/utils/contracts.server";
import { formText } from "~/utils/form-json";

export const meta: MetaFunction = () => [{ title: "契約一覧 | Yakkan" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { lang, api, viewer } = await requireUser(request, context);
  const [page, open, notices] = await Promise.all([
    api.listContracts({ first: 200 }),
    api.listRequests({ statuses: ["pending", "accepted"] }),
    api.listNotices({ unreadOnly: true }),
  ]);
  return {
    lang,
    canRequest: viewer.role === "customer-admin",
    showOrganization: viewer.role === "staff" || viewer.role === "legal",
    contracts: await Promise.all(page.nodes.map((c) => contractSummary(api, c))),
    openRequests: open.map((r) => ({ id: r.id, number: r.number, kind: r.kind, status: r.status, contractNumber: r.contractNumber, submittedAt: r.submittedAt })),
    notices: notices.map(({ id, body }) => {
      return {
        id,
        service: body.serviceName[lang],
        version: body.version,
        effectiveFrom: body.effectiveFrom,
        changes: body.changes.map((c) => ({ area: c.area, text: c.text[lang], citations: c.citations })),
        contracts: body.contracts.map((c) => ({ contractNumber: c.contractNumber, monthlyBefore: c.monthlyBefore, monthlyAfter: c.monthlyAfter, earliestEndBefore: c.earliestEndBefore, earliestEndAfter: c.earliestEndAfter })),
      };
    }),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { api } = await requireUser(request, context);
  const form = await request.formData();
  await api.markNoticeRead(formText(form, "noticeId"));
  return null;
}

export default function Dashboard() {
  const { lang, contracts, openRequests, showOrganization, notices } = useLoaderData<typeof loader>();
  return (
    <>
      {notices.length > 0 ? (
        <section aria-labelledby="notices-heading" className="panel notice-card" data-testid="notices">
          <h2 id="notices-heading">{t(lang, "noticesTitle")}</h2>
          {notices.map((n) => (
            <article key={n.id} className="notice-item">
              <p>
                <strong>{t(lang, "noticeBody", { service: n.service, date: formatDate(lang, n.effectiveFrom), version: n.version })}</strong>
              </p>
              <DiffList lang={lang} lines={n.changes} />
              <h3>{t(lang, "yourContracts")}</h3>
              <ul className="plain-list">
                {n.contracts.map((c) => (
                  <li key={c.contractNumber}>
                    {c.contractNumber}: {t(lang, "monthlyNow")} {c.monthlyBefore ? formatYen(lang, c.monthlyBefore) : "—"} →{" "}
                    <strong>{c.monthlyAfter ? formatYen(lang, c.monthlyAfter) : "—"}</strong>
                  </li>
                ))}
              </ul>
              <Form method="post">
                <input type="hidden" name="noticeId" value={n.id} />
                <button type="submit" className="link-button">
                  {t(lang, "markRead")}
                </button>
              </Form>
            </article>
          ))}
        </section>
      ) : null}
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
            {c.monthlyFee ? (
              <p>
                {t(lang, "monthlyNow")}: <strong>{formatYen(lang, c.monthlyFee)}</strong>
              </p>
            ) : null}
            <DateList
              lang={lang}
              items={[
                { label: t(lang, "startDate"), date: c.startDate },
                { label: t(lang, "effectiveEndDate"), date: c.endDate },
                { label: t(lang, "minimumTermEnd"), date: c.minimumTermEndDate },
                { label: t(lang, "maximumTermEnd"), date: c.maximumTermEndDate },
              ]}
            />
            {!c.endDate ? <PlanHeadline lang={lang} plan={c.plan} /> : null}
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
