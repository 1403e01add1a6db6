import { Link, useLoaderData } from "@remix-run/react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { RequestStatus, requestKindLabel } from "~/components/StatusBadge";
import { formatDateTime, t } from "~/i18n/messages";
import { requireRole } from "~/utils/api.server";

export const meta: MetaFunction = () => [{ title: "受付キュー | Yakkan" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { lang, api } = await requireRole(request, context, "staff");
  const [queue, contracts] = await Promise.all([api.listRequests({ statuses: ["pending", "accepted"] }), api.listContracts({ first: 200 })]);
  const orgOf = new Map(contracts.nodes.map((c) => [c.id, c.organizationName]));
  return {
    lang,
    queue: [...queue]
      .reverse()
      .map((r) => ({ id: r.id, number: r.number, kind: r.kind, status: r.status, contractNumber: r.contractNumber, customer: orgOf.get(r.contractId) ?? "", submittedAt: r.submittedAt })),
  };
}

export default function Queue() {
  const { lang, queue } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t(lang, "queueTitle")}</h1>
      {queue.length === 0 ? (
        <p className="empty">{t(lang, "queueEmpty")}</p>
      ) : (
        <table data-testid="queue">
          <thead>
            <tr>
              <th scope="col">{t(lang, "requestNumber")}</th>
              <th scope="col">{t(lang, "kind")}</th>
              <th scope="col">{t(lang, "customer")}</th>
              <th scope="col">{t(lang, "contractNumber")}</th>
              <th scope="col">{t(lang, "status")}</th>
              <th scope="col">{t(lang, "submittedAt")}</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link to={`/requests/${r.id}`}>{r.number}</Link>
                </th>
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
      )}
    </>
  );
}
