import { Link, useLoaderData } from "@remix-run/react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ListFilters, ListPager } from "~/components/ListControls";
import { RequestStatus, requestKindLabel } from "~/components/StatusBadge";
import { formatDate, formatDateTime, t, type Lang } from "~/i18n/messages";
import { requireRole } from "~/utils/api.server";
import { isAppError } from "~/utils/app-error";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? t(data.lang, "queueTitle") : "受付キュー"} | Yakkan` },
];

const STATUS_CHOICES = ["open", "pending", "accepted", "rejected", "completed", "withdrawn"] as const;
type StatusChoice = (typeof STATUS_CHOICES)[number];
const ORDERS = ["deadline", "submitted"] as const;

const statusLabel = (lang: Lang, s: StatusChoice) =>
  t(lang, s === "open" ? "statusOpen" : (`statusReq${s.charAt(0).toUpperCase()}${s.slice(1)}` as "statusReqPending"));

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { lang, api } = await requireRole(request, context, "staff");
  const url = new URL(request.url);
  const param = (name: string) => (url.searchParams.get(name) ?? "").slice(0, 200);
  const search = param("q").slice(0, 100);
  const status: StatusChoice = (STATUS_CHOICES as readonly string[]).includes(param("status"))
    ? (param("status") as StatusChoice)
    : "open";
  const order = (ORDERS as readonly string[]).includes(param("order"))
    ? (param("order") as (typeof ORDERS)[number])
    : "deadline";
  const serviceId = param("service");
  const organizationId = param("org");
  const after = param("after");
  const [services, organizations] = await Promise.all([api.listServices(), api.listContractOrganizations()]);
  let page;
  let problem: string | null = null;
  try {
    page = await api.listRequestPage({
      first: 25,
      after: after || null,
      search: search || null,
      serviceId: serviceId || null,
      organizationId: organizationId || null,
      statuses: status === "open" ? ["pending", "accepted"] : [status],
      order,
    });
  } catch (e) {
    if (!isAppError(e)) throw e;
    // A stale cursor or a bad filter value from an edited URL: say so, show the first page.
    problem = e.issues.map((i) => i.message[lang]).join(" ") || e.text[lang];
    page = await api.listRequestPage({ first: 25, statuses: ["pending", "accepted"], order: "deadline" });
  }
  return {
    lang,
    problem,
    filters: { search, status, order, serviceId, organizationId, after },
    services: services.map((s) => ({ value: s.definition.id, label: s.displayName })),
    organizations: organizations.map((o) => ({ value: o.id, label: o.name })),
    total: page.totalCount,
    endCursor: page.endCursor,
    hasNextPage: page.hasNextPage,
    queue: page.nodes.map((r) => ({
      id: r.id,
      number: r.number,
      kind: r.kind,
      status: r.status,
      contractNumber: r.contractNumber,
      customer: r.organizationName,
      submittedAt: r.submittedAt,
      deadline: r.deadline,
      daysRemaining: r.daysRemaining,
    })),
  };
}

function DaysLeft({ lang, days }: { lang: Lang; days: number }) {
  if (days === 0) return <strong className="due-soon">{t(lang, "dueToday")}</strong>;
  if (days < 0) return <strong className="overdue">{t(lang, "overdue", { n: -days })}</strong>;
  return <span className={days <= 7 ? "due-soon" : undefined}>{t(lang, "daysRemaining", { n: days })}</span>;
}

export default function Queue() {
  const data = useLoaderData<typeof loader>();
  const { lang, queue, filters } = data;
  const params = new URLSearchParams();
  if (filters.search) params.set("q", filters.search);
  if (filters.serviceId) params.set("service", filters.serviceId);
  if (filters.organizationId) params.set("org", filters.organizationId);
  params.set("status", filters.status);
  params.set("order", filters.order);
  return (
    <>
      <h1>{t(lang, "queueTitle")}</h1>
      <ListFilters
        lang={lang}
        id="queue"
        search={filters.search}
        searchHint={t(lang, "queueSearchHint")}
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
            name: "org",
            label: t(lang, "filterOrganization"),
            value: filters.organizationId,
            options: data.organizations,
            allLabel: t(lang, "listAll"),
          },
          {
            name: "status",
            label: t(lang, "filterStatus"),
            value: filters.status,
            options: STATUS_CHOICES.map((s) => ({ value: s, label: statusLabel(lang, s) })),
          },
          {
            name: "order",
            label: t(lang, "orderLabel"),
            value: filters.order,
            options: [
              { value: "deadline", label: t(lang, "orderDeadline") },
              { value: "submitted", label: t(lang, "orderSubmitted") },
            ],
          },
        ]}
      />
      {data.problem ? (
        <p className="error" role="alert">
          {data.problem}
        </p>
      ) : null}
      {queue.length === 0 ? (
        <p className="empty">
          {filters.search || filters.serviceId || filters.organizationId || filters.status !== "open"
            ? t(lang, "listNoMatch")
            : t(lang, "queueEmpty")}
        </p>
      ) : (
        <div className="table-scroll">
          <table data-testid="queue">
            <thead>
              <tr>
                <th scope="col">{t(lang, "requestNumber")}</th>
                <th scope="col">{t(lang, "deadlineLabel")}</th>
                <th scope="col">{t(lang, "kind")}</th>
                <th scope="col">{t(lang, "customer")}</th>
                <th scope="col">{t(lang, "contractNumber")}</th>
                <th scope="col">{t(lang, "status")}</th>
                <th scope="col">{t(lang, "submittedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((r) => (
                <tr key={r.id} data-request={r.number}>
                  <th scope="row">
                    <Link to={`/requests/${r.id}`}>{r.number}</Link>
                  </th>
                  <td data-testid="deadline">
                    {formatDate(lang, r.deadline)}
                    <br />
                    <DaysLeft lang={lang} days={r.daysRemaining} />
                  </td>
                  <td>{requestKindLabel(lang, r.kind)}</td>
                  <td>{r.customer}</td>
                  <td>{r.contractNumber}</td>
                  <td>
                    <RequestStatus lang={lang} status={r.status} />
                  </td>
                  <td>{formatDateTime(lang, r.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ListPager
        lang={lang}
        params={params}
        endCursor={data.endCursor}
        hasNextPage={data.hasNextPage}
        isFirstPage={!filters.after}
      />
    </>
  );
}
