import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { customerVersionName } from "@yakkan/terms";
import { useEffect, useRef } from "react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Citations } from "~/components/Citations";
import { Explanation } from "~/components/Explanation";
import { useAutoSubmit } from "~/hooks/useAutoSubmit";
import { ParameterField } from "~/components/ParameterField";
import { UnpricedItems } from "~/components/UnpricedItems";
import { apiFor } from "~/utils/api.server";
import { formatCount, formatYen, t, type Lang } from "~/i18n/messages";
import { isAppError } from "~/utils/app-error";
import { isIsoDate } from "~/utils/dates";
import { fieldsToReset, isSubmitted, parametersFromSearch, PREVIOUS_KEY, previousFromSearch } from "~/utils/parameters";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.serviceName} — ${t(data.lang, "estimateTitle")} | Yakkan` : "Yakkan" },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { lang, api } = await apiFor(request, context);
  const service = await api.findService(params["serviceId"] ?? "");
  if (!service || !service.currentVersion.computable) throw new Response("Not found", { status: 404 });

  const search = new URL(request.url).searchParams;
  // The form's fields as the API projects them (Service.parameterFields): typed, in the visitor's language.
  const blankForm = api.parameterForm(service.definition.id, {});
  const submitted = parametersFromSearch(blankForm.fields, search);
  // Fields a change made invalid (the bandwidths after a plan switch) start again from their
  // default under the new configuration; what the visitor changed is kept as they gave it.
  const reset = fieldsToReset(
    api.parameterForm(service.definition.id, submitted).fields,
    submitted,
    previousFromSearch(search),
  );
  const draft = Object.fromEntries(Object.entries(submitted).filter(([k]) => !reset.includes(k)));
  // A fresh visit starts from a complete default configuration; a submitted form is taken as is.
  const form = api.parameterForm(service.definition.id, draft);
  const values = !isSubmitted(blankForm.fields, search)
    ? form.values
    : {
        ...draft,
        ...Object.fromEntries(
          reset.flatMap((k) => (form.values[k] === undefined ? [] : [[k, form.values[k]] as const])),
        ),
      };

  // Which terms version applies: today's unless the visitor picks another day (e.g. after a change).
  const asked = search.get("asOf");
  const asOf = isIsoDate(asked) ? asked : null;
  let estimate: Awaited<ReturnType<typeof api.estimateFees>> | null = null;
  let issues: { path: (string | number)[]; message: string }[] = [];
  try {
    estimate = api.estimateFees({ serviceId: service.definition.id, parameters: values, asOf });
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "INVALID_PARAMETERS")
      issues = error.issues.map((i) => ({ path: i.path, message: i.message[lang] }));
    else issues = [{ path: ["asOf"], message: error.text[lang] }];
  }

  return {
    lang,
    serviceId: service.definition.id,
    serviceName: service.displayName,
    values,
    asOf,
    today: api.today(),
    fields: api.parameterForm(service.definition.id, values).fields.filter((f) => f.applies !== false),
    issues,
    estimate: estimate && {
      version: customerVersionName(estimate.termsVersion.effectiveFrom)[lang],
      effectiveFrom: estimate.termsVersion.effectiveFrom,
      monthly: estimate.monthly,
      monthlyWithTax: estimate.monthlyWithTax,
      initial: estimate.initial,
      initialWithTax: estimate.initialWithTax,
      taxRate: estimate.taxRate,
      lines: estimate.lines,
      unpricedItems: estimate.unpricedItems,
      explanation: estimate.explanation,
    },
  };
}

const KIND_LABEL = { monthly: "kindMonthly", "one-off": "kindOneOff", possible: "kindPossible" } as const;

type Estimate = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["estimate"]>;

/** One total, tax-exclusive and inclusive; `testId` names both figures for tests. */
function Total({
  lang,
  label,
  amount,
  withTax,
  testId,
}: {
  lang: Lang;
  label: string;
  amount: string;
  withTax: string;
  testId: string;
}) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span data-testid={testId}>{formatYen(lang, amount)}</span> <small>({t(lang, "taxExcluded")})</small>
        <br />
        <span data-testid={`${testId}-with-tax`}>{formatYen(lang, withTax)}</span>{" "}
        <small>({t(lang, "taxIncluded")})</small>
      </dd>
    </div>
  );
}

function Totals({ lang, estimate }: { lang: Lang; estimate: Estimate }) {
  return (
    <dl className="totals">
      <Total
        lang={lang}
        label={t(lang, "monthly")}
        amount={estimate.monthly}
        withTax={estimate.monthlyWithTax}
        testId="monthly-total"
      />
      <Total
        lang={lang}
        label={t(lang, "initial")}
        amount={estimate.initial}
        withTax={estimate.initialWithTax}
        testId="initial-total"
      />
    </dl>
  );
}

export default function EstimatePage() {
  const data = useLoaderData<typeof loader>();
  const { lang, estimate, issues } = data;
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const autoSubmit = useAutoSubmit();
  // After the visitor presses the button (not after each automatic recalculation while they edit),
  // focus moves to the result, or to the error summary.
  const explicit = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!explicit.current || busy) return;
    explicit.current = false;
    (issues.length > 0 ? summaryRef.current : resultRef.current)?.focus();
  }, [data, busy, issues.length]);

  const errorFor = (key: string) => issues.find((i) => i.path[0] === key)?.message;
  const fieldKeys = new Set(data.fields.map((f) => f.key));

  return (
    <div className="estimate">
      <h1>
        {data.serviceName} <span className="subtitle">{t(lang, "estimateTitle")}</span>
      </h1>
      <div className="estimate-grid">
        <section aria-labelledby="config-heading" className="panel">
          <h2 id="config-heading">{t(lang, "configuration")}</h2>
          {issues.length > 0 ? (
            <div
              className="error-summary"
              role="alert"
              aria-labelledby="error-summary-heading"
              tabIndex={-1}
              ref={summaryRef}
            >
              <h3 id="error-summary-heading">{t(lang, "errorSummary")}</h3>
              <ul>
                {issues.map((i, n) => (
                  <li key={n}>
                    {fieldKeys.has(String(i.path[0])) ? (
                      <a href={`#param-${String(i.path[0])}`}>{i.message}</a>
                    ) : (
                      <span>
                        <code>{i.path.join(".")}</code>: {i.message}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Form
            method="get"
            noValidate
            {...autoSubmit}
            onSubmit={() => {
              explicit.current = true;
            }}
            aria-busy={busy}
          >
            {data.fields.map((f) => (
              <ParameterField
                key={f.key}
                field={f}
                lang={lang}
                serviceId={data.serviceId}
                value={data.values[f.key]}
                error={errorFor(f.key)}
              />
            ))}
            <input type="hidden" name={PREVIOUS_KEY} value={JSON.stringify(data.values)} />
            <div className="field">
              <label htmlFor="asOf">{t(lang, "asOfLabel")}</label>
              <input id="asOf" name="asOf" type="date" defaultValue={data.asOf ?? ""} aria-describedby="asOf-hint" />
              <p id="asOf-hint" className="hint">
                {t(lang, "asOfHint", { today: data.today })}
              </p>
            </div>
            <button type="submit" className="button">
              {t(lang, "calculate")}
            </button>{" "}
            <span role="status" aria-live="polite" className="status">
              {busy ? t(lang, "calculating") : ""}
            </span>
          </Form>
          {/* The live quote: announced politely, and kept in view at the bottom of a phone's screen. */}
          <p className="live-quote" role="status" aria-live="polite" data-testid="live-quote">
            {estimate && estimate.lines.length > 0
              ? `${t(lang, "monthly")} ${formatYen(lang, estimate.monthly)} · ${t(lang, "initial")} ${formatYen(lang, estimate.initial)} (${t(lang, "taxExcluded")})`
              : estimate
                ? t(lang, "priceNotPublishedShort")
                : t(lang, "errorSummary")}
          </p>
        </section>

        <section aria-labelledby="result-heading" className="panel result" aria-busy={busy}>
          <h2 id="result-heading" tabIndex={-1} ref={resultRef}>
            {t(lang, "estimateTitle")}
          </h2>
          {estimate && estimate.lines.length === 0 ? (
            <>
              <p className="notice-unpublished" data-testid="price-not-published">
                {t(lang, "priceNotPublished")}
              </p>
              <p className="version">
                {t(lang, "termsVersion")}: {estimate.version} (
                {t(lang, "effectiveFrom", { date: estimate.effectiveFrom })})
              </p>
              <h3>{t(lang, "unpriced")}</h3>
              <ul>
                {estimate.unpricedItems.map((u) => (
                  <li key={u}>{u}</li>
                ))}
              </ul>
              <Explanation lang={lang} steps={estimate.explanation} />
            </>
          ) : estimate ? (
            <>
              <Totals lang={lang} estimate={estimate} />
              {estimate.unpricedItems.length > 0 ? <p className="hint">{t(lang, "totalsLeaveOut")}</p> : null}
              <p className="version">
                {t(lang, "termsVersion")}: {estimate.version} (
                {t(lang, "effectiveFrom", { date: estimate.effectiveFrom })})
              </p>
              <h3>{t(lang, "breakdown")}</h3>
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t(lang, "item")}</th>
                      <th scope="col">{t(lang, "quantity")}</th>
                      <th scope="col">{t(lang, "unitPrice")}</th>
                      <th scope="col">{t(lang, "amount")}</th>
                      <th scope="col">{t(lang, "clause")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {estimate.lines.map((line) => (
                      <tr key={line.code} data-code={line.code}>
                        <th scope="row">
                          {line.label}{" "}
                          <span className={`kind kind-${line.kind}`}>{t(lang, KIND_LABEL[line.kind])}</span>
                        </th>
                        <td className="num">{line.quantity ? formatCount(lang, line.quantity) : "—"}</td>
                        <td className="num">{line.unitPrice ? formatYen(lang, line.unitPrice) : "—"}</td>
                        <td className="num">{formatYen(lang, line.amount)}</td>
                        <td>
                          <Citations citations={line.citations} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <UnpricedItems lang={lang} items={estimate.unpricedItems} />
              <Explanation lang={lang} steps={estimate.explanation} />
            </>
          ) : (
            <p className="empty">{t(lang, "errorSummary")}</p>
          )}
        </section>
      </div>
    </div>
  );
}
