import { Form, Link, useLoaderData } from "@remix-run/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { DateList } from "~/components/DateList";
import { DiffList } from "~/components/DiffList";
import { PlanHeadline } from "~/components/PlanChart";
import { RequestStatus, requestKindLabel, requestStatusLabel } from "~/components/StatusBadge";
import { formatDate, formatYen, t, type Lang } from "~/i18n/messages";
import { ListFilters, ListPager } from "~/components/ListControls";
import { requireUser } from "~/utils/api.server";
import { isAppError } from "~/utils/app-error";
import { contractSummary } from "~/utils/contracts.server";
import { formText } from "~/utils/form-json";

export const meta: MetaFunction = () => [{ title: "契約一覧 | Yakkan" }];

const CONTRACT_STATUSES = ["pending", "active", "ended"] as const;
const PAGE_SIZE = 20;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { lang, api, viewer } = await requireUser(request, context);
  const url = new URL(request.url);
  const param = (name: string) => (url.searchParams.get(name) ?? "").slice(0, 200);
  const staffView = viewer.role === "staff" || viewer.role === "legal";
  const filters = {
    search: param("q").slice(0, 100),
    serviceId: param("service"),
    status: (CONTRACT_STATUSES as readonly string[]).includes(param("status"))
      ? (param("status") as (typeof CONTRACT_STATUSES)[number])
      : ("" as const),
    organizationId: staffView ? param("org") : "",
    order: param("order") === "deadline" ? ("deadline" as const) : ("number" as const),
    after: param("after"),
  };
  const query = {
    first: PAGE_SIZE,
    search: filters.search || null,
    serviceId: filters.serviceId || null,
    status: filters.status || null,
    organizationId: filters.organizationId || null,
    order: filters.order,
  };
  // Assigned in a callback below: declared wide so the narrowing to null does not stick.
  let problem = null as string | null;
  const pageOf = async () => {
    try {
      return await api.listContracts({ ...query, after: filters.after || null });
    } catch (e) {
      if (!isAppError(e)) throw e;
      // A stale cursor or an edited URL: say so and show the first page.
      problem = e.issues.map((i) => i.message[lang]).join(" ") || e.text[lang];
      return api.listContracts({ first: PAGE_SIZE });
    }
  };
  const [page, open, notices, services, organizations] = await Promise.all([
    pageOf(),
    api.listRequests({ statuses: ["pending", "accepted"] }),
    api.listNotices({ unreadOnly: true }),
    api.listServices(),
    staffView ? api.listContractOrganizations() : Promise.resolve([]),
  ]);
  return {
    lang,
    problem,
    filters,
    total: page.totalCount,
    endCursor: page.endCursor,
    hasNextPage: page.hasNextPage,
    services: services.map((s) => ({ value: s.definition.id, label: s.displayName })),
    organizations: organizations.map((o) => ({ value: o.id, label: o.name })),
    canRequest: viewer.role === "customer-admin",
    showOrganization: viewer.role === "staff" || viewer.role === "legal",
    contracts: await Promise.all(page.nodes.map((c) => contractSummary(api, c))),
    openRequests: open.map((r) => ({
      id: r.id,
      number: r.number,
      kind: r.kind,
      status: r.status,
      contractNumber: r.contractNumber,
      submittedAt: r.submittedAt,
    })),
    notices: notices.map(({ id, body }) => {
      return {
        id,
        service: body.serviceName[lang],
        version: body.versionName[lang],
        effectiveFrom: body.effectiveFrom,
        changes: body.changes.map((c) => ({ area: c.area, text: c.text[lang], citations: c.citations })),
        contracts: body.contracts.map((c) => ({
          contractNumber: c.contractNumber,
          monthlyBefore: c.monthlyBefore,
          monthlyAfter: c.monthlyAfter,
          earliestEndBefore: c.earliestEndBefore,
          earliestEndAfter: c.earliestEndAfter,
        })),
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
  const data = useLoaderData<typeof loader>();
  const { lang, contracts, openRequests, showOrganization, notices, filters } = data;
  const params = new URLSearchParams();
  if (filters.search) params.set("q", filters.search);
  if (filters.serviceId) params.set("service", filters.serviceId);
  if (filters.status) params.set("status", filters.status);
  if (filters.organizationId) params.set("org", filters.organizationId);
  if (filters.order !== "number") params.set("order", filters.order);
  const filtered = Boolean(filters.search || filters.serviceId || filters.status || filters.organizationId);
  const statusOptions = [
    { value: "pending", label: t(lang, "contractStatusPending") },
    { value: "active", label: t(lang, "contractStatusActive") },
    { value: "ended", label: t(lang, "contractStatusEnded") },
  ];
  const pendingOf = (contractNumber: string) =>
    openRequests.find((r) => r.kind === "cancellation" && r.contractNumber === contractNumber);
  return (
    <>
      {notices.length > 0 ? (
        <section aria-labelledby="notices-heading" className="panel notice-card" data-testid="notices">
          <h2 id="notices-heading">{t(lang, "noticesTitle")}</h2>
          {notices.map((n) => (
            <article key={n.id} className="notice-item">
              <p>
                <strong>
                  {t(lang, "noticeBody", {
                    service: n.service,
                    date: formatDate(lang, n.effectiveFrom),
                    version: n.version,
                  })}
                </strong>
              </p>
              <DiffList lang={lang} lines={n.changes} />
              <h3>{t(lang, "yourContracts")}</h3>
              <ul className="plain-list">
                {n.contracts.map((c) => (
                  <li key={c.contractNumber}>
                    {c.contractNumber}: {t(lang, "monthlyNow")}{" "}
                    {c.monthlyBefore ? formatYen(lang, c.monthlyBefore) : "—"} →{" "}
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
      <ListFilters
        lang={lang}
        id="contracts"
        search={filters.search}
        searchHint={t(lang, "contractsSearchHint")}
        total={data.total}
        selects={[
          {
            name: "service",
            label: t(lang, "filterService"),
            value: filters.serviceId,
            options: data.services,
            allLabel: t(lang, "listAll"),
          },
          {
            name: "status",
            label: t(lang, "filterStatus"),
            value: filters.status,
            options: statusOptions,
            allLabel: t(lang, "listAll"),
          },
          ...(showOrganization
            ? [
                {
                  name: "org",
                  label: t(lang, "filterOrganization"),
                  value: filters.organizationId,
                  options: data.organizations,
                  allLabel: t(lang, "listAll"),
                },
              ]
            : []),
          {
            name: "order",
            label: t(lang, "orderLabel"),
            value: filters.order,
            options: [
              { value: "number", label: t(lang, "orderContractNumber") },
              { value: "deadline", label: t(lang, "orderNoticeDeadline") },
            ],
          },
        ]}
      />
      {data.problem ? (
        <p className="error" role="alert">
          {data.problem}
        </p>
      ) : null}
      {contracts.length === 0 ? (
        <p className="empty">{filtered ? t(lang, "listNoMatch") : t(lang, "noContracts")}</p>
      ) : null}
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
                ...(c.endDate ? [] : [{ label: t(lang, "noticeDeadlineLabel"), date: c.noticeDeadline }]),
              ]}
            />
            <PendingCancellation lang={lang} request={pendingOf(c.contractNumber)} />
            {!c.endDate ? <PlanHeadline lang={lang} plan={c.plan} /> : null}
            {!c.computable && c.status !== "ended" ? <p className="empty">{t(lang, "notComputableContract")}</p> : null}
          </li>
        ))}
      </ul>
      <ListPager
        lang={lang}
        params={params}
        endCursor={data.endCursor ?? null}
        hasNextPage={data.hasNextPage}
        isFirstPage={!filters.after}
      />
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

/** The contract's open cancellation, shown on its card instead of offering another (issue 11). */
function PendingCancellation({
  lang,
  request,
}: {
  lang: Lang;
  request: { id: string; number: string; status: Parameters<typeof requestStatusLabel>[1] } | undefined;
}) {
  if (!request) return null;
  return (
    <p className="notice" data-testid="pending-cancellation">
      <Link to={`/requests/${request.id}`}>
        {t(lang, "pendingCancellation", { number: request.number, status: requestStatusLabel(lang, request.status) })}
      </Link>
    </p>
  );
}
