import { Link, useLoaderData } from "@remix-run/react";
import { customerVersionName } from "@yakkan/terms";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Citations } from "~/components/Citations";
import { ConfigurationList } from "~/components/ConfigurationList";
import { UnpricedItems } from "~/components/UnpricedItems";
import { DateList } from "~/components/DateList";
import { PlanChart, PlanHeadline } from "~/components/PlanChart";
import { RequestStatus, requestKindLabel, requestStatusLabel } from "~/components/StatusBadge";
import { formatCount, formatDate, formatYen, t, type MessageKey } from "~/i18n/messages";
import { requireUser } from "~/utils/api.server";
import { contractSummary } from "~/utils/contracts.server";
import { orNotFound } from "~/utils/errors.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.contract.contractNumber} | Yakkan` : "Yakkan" },
];

const MODE: Record<string, MessageKey> = {
  "self-service": "modeSelfService",
  request: "modeRequest",
  "not-allowed": "modeNotAllowed",
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { lang, api, viewer } = await requireUser(request, context);
  // The contract and its requests in one read (one transaction).
  const { contract: row, requests } = await orNotFound(() => api.contractWithRequests(params["contractId"] ?? ""));
  // The engine's work for this page (fees, earliest end, the 24-month planner) is done once, here.
  const overview = api.contractOverview(row);
  const service = await api.findService(row.serviceId);
  const contract = await contractSummary(api, row, { overview, service });
  const attempt = <T,>(fn: () => T): T | null => {
    try {
      return fn();
    } catch {
      return null;
    }
  };
  const terms = await api.serviceTerms(row.serviceId).catch(() => null);
  const rules = attempt(() => api.ruleSummaries(row.serviceId, null, row.parameters));
  return {
    lang,
    canRequest: viewer.role === "customer-admin" && row.status === "active" && !row.endDate,
    isMember: viewer.role === "customer-member",
    contract,
    // The configuration in words (labels only, not the specs' rules and quoted clauses).
    configuration: api.configurationRows(row.serviceId, row.parameters),
    fees: overview.fees && {
      monthly: overview.fees.monthly,
      monthlyWithTax: overview.fees.monthlyWithTax,
      version: customerVersionName(overview.fees.termsVersion.effectiveFrom)[lang],
      lines: overview.fees.lines.filter((l) => l.kind === "monthly"),
      unpricedItems: overview.fees.unpricedItems,
    },
    rules: rules && {
      cancellation: rules.cancellation.map((r) => ({ text: r.text[lang], citations: r.citations })),
      order: rules.order.map((r) => ({ text: r.text[lang], citations: r.citations })),
    },
    terms: terms && {
      version: customerVersionName(terms.termsVersion.effectiveFrom)[lang],
      responsibilities: terms.responsibilities,
      permissions: terms.permissions,
      interpretations: terms.interpretations,
    },
    requests: requests.map((r) => ({
      id: r.id,
      number: r.number,
      kind: r.kind,
      status: r.status,
      submittedAt: r.submittedAt,
    })),
  };
}

export default function ContractPage() {
  const { lang, contract, configuration, fees, rules, terms, requests, canRequest, isMember } =
    useLoaderData<typeof loader>();
  const pendingCancellation = requests.find(
    (r) => r.kind === "cancellation" && (r.status === "pending" || r.status === "accepted"),
  );
  return (
    <article className="contract">
      <h1>
        {contract.serviceName}{" "}
        <span className="subtitle">{t(lang, "contractTitle", { number: contract.contractNumber })}</span>
      </h1>
      <nav className="toc panel" aria-labelledby="toc-heading" data-testid="toc">
        <h2 id="toc-heading">{t(lang, "onThisPage")}</h2>
        <ol>
          {(
            [
              ["config-heading", "configurationNow", true],
              ["fees-heading", "feesNow", true],
              [
                "plan-heading",
                "planTitle",
                Boolean(contract.plan && contract.plan.options.length > 0 && !contract.endDate),
              ],
              ["cancel-rules-heading", "cancellationRules", Boolean(rules)],
              ["order-rules-heading", "orderRules", Boolean(rules && rules.order.length > 0)],
              ["resp-heading", "responsibilities", Boolean(terms)],
              ["perm-heading", "permissions", Boolean(terms)],
              ["interp-heading", "interpretations", Boolean(terms && terms.interpretations.length > 0)],
            ] as const
          )
            .filter(([, , shown]) => shown)
            .map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(lang, key)}</a>
              </li>
            ))}
        </ol>
      </nav>
      <div className="contract-grid">
        <section className="panel" aria-labelledby="config-heading">
          <h2 id="config-heading">{t(lang, "configurationNow")}</h2>
          <ConfigurationList rows={configuration} />
          <DateList
            lang={lang}
            items={[
              { label: t(lang, "startDate"), date: contract.startDate },
              { label: t(lang, "contractConfirmed"), date: contract.confirmationDate },
              { label: t(lang, "initialWorkCompleted"), date: contract.initialWorkCompletedOn },
              { label: t(lang, "effectiveEndDate"), date: contract.endDate },
              { label: t(lang, "minimumTermEnd"), date: contract.minimumTermEndDate },
              { label: t(lang, "maximumTermEnd"), date: contract.maximumTermEndDate },
            ]}
          />
          {contract.earliestEndDate && contract.noticeDeadline && !contract.endDate ? (
            <p className="hint" data-testid="earliest-end">
              {t(lang, "earliestEndSentence", {
                end: formatDate(lang, contract.earliestEndDate),
                by: formatDate(lang, contract.noticeDeadline),
              })}
            </p>
          ) : null}
          <h3>{t(lang, "actions")}</h3>
          {canRequest && pendingCancellation ? (
            <p className="notice" role="status" data-testid="pending-cancellation">
              <Link to={`/requests/${pendingCancellation.id}`}>
                {t(lang, "pendingCancellation", {
                  number: pendingCancellation.number,
                  status: requestStatusLabel(lang, pendingCancellation.status),
                })}
              </Link>
            </p>
          ) : null}
          {canRequest ? (
            <ul className="actions">
              {pendingCancellation ? null : (
                <li>
                  <Link className="button" to={`/contracts/${contract.id}/cancel`}>
                    {t(lang, "requestCancellation")}
                  </Link>
                </li>
              )}
              <li>
                <Link className="button secondary" to={`/contracts/${contract.id}/change`}>
                  {t(lang, "requestChange")}
                </Link>
              </li>
            </ul>
          ) : isMember ? (
            <p className="hint">{t(lang, "readOnlyNotice")}</p>
          ) : null}
          <p>
            <a href={`/contracts/${contract.id}/calendar.ics`} download>
              {t(lang, "calendarExport")}
            </a>
          </p>
          {requests.length > 0 ? (
            <>
              <h3>{t(lang, "navRequests")}</h3>
              <ul className="plain-list">
                {requests.map((r) => (
                  <li key={r.id}>
                    <Link to={`/requests/${r.id}`}>{r.number}</Link> {requestKindLabel(lang, r.kind)}{" "}
                    <RequestStatus lang={lang} status={r.status} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        <section className="panel" aria-labelledby="fees-heading">
          <h2 id="fees-heading">{t(lang, "feesNow")}</h2>
          {contract.monthlyFee ? (
            <p>
              {t(lang, "contractSpecificFee")}:{" "}
              <strong data-testid="contract-specific-monthly">{formatYen(lang, contract.monthlyFee)}</strong> (
              {t(lang, "taxExcluded")})
              {contract.monthlyFeeSource ? (
                <>
                  <br />
                  <small>
                    {t(lang, "contractSpecificFeeSource")}:{" "}
                    <span lang={/[\u3040-\u9fff]/.test(contract.monthlyFeeSource) ? "ja" : undefined}>
                      {contract.monthlyFeeSource}
                    </span>
                  </small>
                </>
              ) : null}
            </p>
          ) : null}
          {fees && fees.lines.length === 0 ? (
            <>
              <p data-testid="price-not-published">
                {contract.monthlyFee ? t(lang, "tariffNotPublished") : t(lang, "priceNotPublished")}
              </p>
              <UnpricedItems lang={lang} items={fees.unpricedItems} />
              <p className="version">{t(lang, "termsUsed", { version: fees.version })}</p>
            </>
          ) : fees ? (
            <>
              <p>
                {t(lang, "monthly")}: <strong data-testid="contract-monthly">{formatYen(lang, fees.monthly)}</strong> (
                {t(lang, "taxExcluded")}) / {formatYen(lang, fees.monthlyWithTax)} ({t(lang, "taxIncluded")})
              </p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t(lang, "item")}</th>
                    <th scope="col">{t(lang, "quantity")}</th>
                    <th scope="col">{t(lang, "amount")}</th>
                    <th scope="col">{t(lang, "clause")}</th>
                  </tr>
                </thead>
                <tbody>
                  {fees.lines.map((l) => (
                    <tr key={l.code}>
                      <th scope="row">{l.label}</th>
                      <td className="num">{l.quantity ? formatCount(lang, l.quantity) : "—"}</td>
                      <td className="num">{formatYen(lang, l.amount)}</td>
                      <td>
                        <Citations citations={l.citations} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <UnpricedItems lang={lang} items={fees.unpricedItems} />
              <p className="version">{t(lang, "termsUsed", { version: fees.version })}</p>
            </>
          ) : (
            <p className="empty">{t(lang, "notComputableContract")}</p>
          )}
        </section>
      </div>

      {contract.plan && contract.plan.options.length > 0 && !contract.endDate ? (
        <section className="panel" aria-labelledby="plan-heading">
          <h2 id="plan-heading">{t(lang, "planTitle")}</h2>
          <PlanHeadline lang={lang} plan={contract.plan} />
          <PlanChart lang={lang} plan={contract.plan} />
        </section>
      ) : null}

      {rules ? (
        <section className="panel" aria-labelledby="cancel-rules-heading">
          <h2 id="cancel-rules-heading">{t(lang, "cancellationRules")}</h2>
          <ul className="rules">
            {rules.cancellation.map((r, i) => (
              <li key={i}>
                {r.text} <Citations citations={r.citations} />
              </li>
            ))}
          </ul>
          {rules.order.length > 0 ? (
            <>
              <h3 id="order-rules-heading">{t(lang, "orderRules")}</h3>
              <ul className="rules">
                {rules.order.map((r, i) => (
                  <li key={i}>
                    {r.text} <Citations citations={r.citations} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      {terms ? (
        <>
          <section className="panel" aria-labelledby="resp-heading">
            <h2 id="resp-heading">{t(lang, "responsibilities")}</h2>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t(lang, "area")}</th>
                    <th scope="col">{t(lang, "duty")}</th>
                    <th scope="col">{t(lang, "party")}</th>
                    <th scope="col">{t(lang, "clause")}</th>
                  </tr>
                </thead>
                <tbody>
                  {terms.responsibilities.map((r, i) => (
                    <tr key={i}>
                      <td>{r.area}</td>
                      <td>{r.duty}</td>
                      <td>{r.partyName}</td>
                      <td>
                        <Citations citations={r.citations} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="panel" aria-labelledby="perm-heading">
            <h2 id="perm-heading">{t(lang, "permissions")}</h2>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t(lang, "item")}</th>
                    <th scope="col">{t(lang, "status")}</th>
                    <th scope="col">{t(lang, "fee")}</th>
                    <th scope="col">{t(lang, "documentsNeeded")}</th>
                    <th scope="col">{t(lang, "clause")}</th>
                  </tr>
                </thead>
                <tbody>
                  {terms.permissions.map((p) => (
                    <tr key={p.operation}>
                      <td>
                        {p.label}
                        {p.note ? <p className="hint">{p.note}</p> : null}
                      </td>
                      <td>
                        <span className={`mode mode-${p.mode}`}>{t(lang, MODE[p.mode] ?? "modeRequest")}</span>
                        {p.leadTime ? <p className="hint">{`${t(lang, "leadTime")}: ${p.leadTime}`}</p> : null}
                      </td>
                      <td>{p.fee ? formatYen(lang, p.fee) : p.feeUnpublished ? t(lang, "feeUnpublished") : "—"}</td>
                      <td>{p.documents.join(" / ") || "—"}</td>
                      <td>
                        <Citations citations={p.citations} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {terms.interpretations.length > 0 ? (
            <section className="panel" aria-labelledby="interp-heading">
              <h2 id="interp-heading">{t(lang, "interpretations")}</h2>
              <ul className="rules">
                {terms.interpretations.map((i) => (
                  <li key={i.topic}>
                    {i.text} <Citations citations={i.citations} />
                  </li>
                ))}
              </ul>
              <p className="version">{t(lang, "termsUsed", { version: terms.version })}</p>
            </section>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
