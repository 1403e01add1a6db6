import { Link, useLoaderData } from "@remix-run/react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { formatDate, formatYen, t } from "~/i18n/messages";
import { requireRole } from "~/utils/api.server";
import { orNotFound } from "~/utils/errors.server";

export const meta: MetaFunction = () => [{ title: "影響分析 | Yakkan" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { lang, api } = await requireRole(request, context, "legal");
  const version = await orNotFound(() => api.getVersion(params["versionId"] ?? ""));
  const report = await api.impactAnalysis(version.id);
  return {
    lang,
    version: { id: version.id, label: version.version },
    report: {
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- a plain copy for the loader's data; the DTO class has no methods to lose
      ...report,
      rows: report.rows,
    },
  };
}

const money = (lang: "ja" | "en", v: string | null | undefined) => (v === null || v === undefined ? "—" : formatYen(lang, v));

export default function Impact() {
  const { lang, version, report } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to={`/legal/versions/${version.id}`}>← {version.label}</Link>
      </p>
      <h1>{t(lang, "impactTitle")}</h1>
      <p data-testid="impact-summary">{t(lang, "impactSummary", { contracts: report.contracts, affected: report.affected, date: formatDate(lang, report.effectiveFrom) })}</p>
      <p>
        <a href={`/legal/versions/${version.id}/impact.csv`} download>
          {t(lang, "downloadCsv")}
        </a>
      </p>
      <div className="table-scroll">
        <table data-testid="impact">
          <thead>
            <tr>
              <th scope="col">{t(lang, "contractNumber")}</th>
              <th scope="col">{t(lang, "customer")}</th>
              <th scope="col">{t(lang, "monthlyNow")}</th>
              <th scope="col">{t(lang, "earliestEnd")}</th>
              <th scope="col">{t(lang, "noticeBy")}</th>
              <th scope="col">{t(lang, "earlyTermination")}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.contractId} className={r.changed ? "changed" : undefined} data-contract={r.contractNumber}>
                <th scope="row">{r.contractNumber}</th>
                <td>{r.organizationName}</td>
                <td>
                  {money(lang, r.monthlyBefore)} → <strong>{money(lang, r.monthlyAfter)}</strong>
                </td>
                <td>
                  {formatDate(lang, r.earliestEndBefore ?? null)} → {formatDate(lang, r.earliestEndAfter ?? null)}
                </td>
                <td>
                  {formatDate(lang, r.noticeDeadlineBefore ?? null)} → {formatDate(lang, r.noticeDeadlineAfter ?? null)}
                </td>
                <td>
                  {money(lang, r.earlyTerminationBefore)} → {money(lang, r.earlyTerminationAfter)}
                  {r.errorAfter ? <p className="error">{r.errorAfter}</p> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
