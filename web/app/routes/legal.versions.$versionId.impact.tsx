import { Suspense, useEffect } from "react";
import { Await, Link, useFetcher, useLoaderData } from "@remix-run/react";
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import type { RequestApi } from "@yakkan/api";
import { formatCount, formatDate, formatYen, t, type Lang } from "~/i18n/messages";
import { requireRole } from "~/utils/api.server";
import { orNotFound } from "~/utils/errors.server";
import { langOfText } from "~/utils/text-lang";

export const meta: MetaFunction = () => [{ title: "影響分析 | Yakkan" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { lang, api } = await requireRole(request, context, "legal");
  const version = await orNotFound(() => api.getVersion(params["versionId"] ?? ""));
  // Streamed: the page (with its progress bar) is sent at once, the report when it is computed.
  const report = api.impactAnalysis(version.id);
  // Single fetch streams a promise in the loader's data (what defer did before).
  return { lang, version: { id: version.id, label: version.version }, report };
}

/** Polls the server for the analysis's progress while the report is on its way. */
function ImpactProgressBar({ lang, versionId }: { lang: Lang; versionId: string }) {
  const fetcher = useFetcher<{ progress: { done: number; total: number } | null }>();
  const { load } = fetcher;
  useEffect(() => {
    const url = `/legal/versions/${versionId}/impact-progress`;
    load(url);
    const timer = setInterval(() => load(url), 500);
    return () => clearInterval(timer);
  }, [load, versionId]);
  const progress = fetcher.data?.progress ?? null;
  return (
    <div className="impact-progress" data-testid="impact-progress">
      <p id="impact-progress-label">{t(lang, "impactRunning")}</p>
      {progress && progress.total > 0 ? (
        <progress aria-labelledby="impact-progress-label" value={progress.done} max={progress.total} />
      ) : (
        <progress aria-labelledby="impact-progress-label" />
      )}
      <p role="status" aria-live="polite">
        {progress && progress.total > 0
          ? t(lang, "impactProgressCount", {
              done: formatCount(lang, progress.done),
              total: formatCount(lang, progress.total),
            })
          : t(lang, "impactStarting")}
      </p>
    </div>
  );
}

const money = (lang: "ja" | "en", v: string | null | undefined) =>
  v === null || v === undefined ? "—" : formatYen(lang, v);

export default function Impact() {
  const { lang, version, report } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to={`/legal/versions/${version.id}`}>
          ← <span lang={langOfText(version.label)}>{version.label}</span>
        </Link>
      </p>
      <h1>{t(lang, "impactTitle")}</h1>
      <Suspense fallback={<ImpactProgressBar lang={lang} versionId={version.id} />}>
        <Await resolve={report} errorElement={<p className="error">{t(lang, "impactFailed")}</p>}>
          {(report) => <ImpactReport lang={lang} versionId={version.id} report={report} />}
        </Await>
      </Suspense>
    </>
  );
}

type Report = Awaited<ReturnType<RequestApi["impactAnalysis"]>>;

function ImpactReport({ lang, versionId, report }: { lang: Lang; versionId: string; report: Report }) {
  const version = { id: versionId };
  return (
    <>
      <p data-testid="impact-summary">
        {t(lang, "impactSummary", {
          contracts: report.contracts,
          affected: report.affected,
          date: formatDate(lang, report.effectiveFrom),
        })}
      </p>
      <p>
        <a href={`/legal/versions/${version.id}/impact.csv`} download>
          {t(lang, "downloadCsv")}
        </a>
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t(lang, "impactTitle")}>
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
                <td lang={langOfText(r.organizationName)}>{r.organizationName}</td>
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
