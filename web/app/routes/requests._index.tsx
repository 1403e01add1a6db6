import { Link, useLoaderData } from "@remix-run/react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { RequestStatus, requestKindLabel } from "~/components/StatusBadge";
import { formatDateTime, t } from "~/i18n/messages";
import { requireUser } from "~/utils/api.server";

export const meta: MetaFunction = () => [{ title: "申請履歴 | Yakkan" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { lang, api } = await requireUser(request, context);
  const requests = await api.listRequests();
  return {
    lang,
    requests: requests.map((r) => ({
      id: r.id,
      number: r.number,
      kind: r.kind,
      status: r.status,
      contractId: r.contractId,
      contractNumber: r.contractNumber,
      submittedAt: r.submittedAt,
      termsVersion: r.termsVersionName,
    })),
  };
}

export default function RequestsPage() {
  const { lang, requests } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t(lang, "requestsTitle")}</h1>
      {requests.length === 0 ? (
        <p className="empty">{t(lang, "noRequests")}</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="requests-table">
            <thead>
              <tr>
                <th scope="col">{t(lang, "requestNumber")}</th>
                <th scope="col">{t(lang, "kind")}</th>
                <th scope="col">{t(lang, "contractNumber")}</th>
                <th scope="col">{t(lang, "status")}</th>
                <th scope="col">{t(lang, "submittedAt")}</th>
                <th scope="col">{t(lang, "termsVersion")}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/requests/${r.id}`}>{r.number}</Link>
                  </th>
                  <td>{requestKindLabel(lang, r.kind)}</td>
                  <td>
                    <Link to={`/contracts/${r.contractId}`}>{r.contractNumber}</Link>
                  </td>
                  <td>
                    <RequestStatus lang={lang} status={r.status} />
                  </td>
                  <td>{formatDateTime(lang, r.submittedAt)}</td>
                  <td>{r.termsVersion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
