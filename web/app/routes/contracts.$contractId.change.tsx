import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { customerVersionName } from "@yakkan/terms";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import type { ParameterValue } from "@yakkan/api";
import { Citations } from "~/components/Citations";
import { Explanation } from "~/components/Explanation";
import { ParameterField } from "~/components/ParameterField";
import { useAutoSubmit } from "~/hooks/useAutoSubmit";
import { useFocusOnChange } from "~/hooks/useFocusOnChange";
import { formatYen, t } from "~/i18n/messages";
import { requireUser } from "~/utils/api.server";
import { isAppError } from "~/utils/app-error";
import { addMonthsToFirst, isIsoDate } from "~/utils/dates";
import { orNotFound } from "~/utils/errors.server";
import { parseJsonField, formText } from "~/utils/form-json";
import { isSubmitted, parametersFromSearch } from "~/utils/parameters";

export const meta: MetaFunction = () => [{ title: "契約内容の変更 | Yakkan" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { lang, api, viewer } = await requireUser(request, context);
  const contract = await orNotFound(() => api.getContract(params["contractId"] ?? ""));
  const service = await api.findService(contract.serviceId);
  // The form's fields as the API projects them (Service.parameterFields): typed, in the visitor's language.
  const parameterFields = api.parameterForm(contract.serviceId, {}).fields;
  const search = new URL(request.url).searchParams;
  const today = api.today();
  const effectiveDate = isIsoDate(search.get("effectiveDate"))
    ? (search.get("effectiveDate") as string)
    : addMonthsToFirst(today, 1);
  const draft: Record<string, ParameterValue> = isSubmitted(parameterFields, search)
    ? parametersFromSearch(parameterFields, search)
    : contract.parameters;
  const form = api.parameterForm(contract.serviceId, draft);

  let quote = null;
  let issues: { key: string; message: string }[] = [];
  let error: string | null = null;
  try {
    quote = await api.quoteChange({ contractId: contract.id, newParameters: draft, effectiveDate });
  } catch (e) {
    if (!isAppError(e)) throw e;
    issues = e.issues.map((i) => ({ key: String(i.path[0]), message: i.message[lang] }));
    error = e.text[lang];
  }
  return {
    lang,
    contract: {
      id: contract.id,
      serviceId: contract.serviceId,
      number: contract.contractNumber,
      serviceName: service?.displayName ?? contract.serviceId,
    },
    canSubmit: viewer.role === "customer-admin" && contract.status === "active" && !contract.endDate,
    values: draft,
    effectiveDate,
    today,
    fields: form.fields.filter((f) => f.applies !== false),
    issues,
    error,
    quote: quote && {
      allowed: quote.allowed,
      reasons: quote.reasons,
      monthlyBefore: quote.monthlyBefore,
      monthlyAfter: quote.monthlyAfter,
      effectiveMonthCharge: quote.effectiveMonthCharge,
      oneOffCharges: quote.oneOffCharges,
      unpricedItems: quote.unpricedItems,
      explanation: quote.explanation,
      version: customerVersionName(quote.termsVersion.effectiveFrom)[lang],
    },
  };
}

/** To the review step: the API refuses a change that changes nothing (NO_CHANGE) or that the terms forbid. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, api } = await requireUser(request, context);
  const form = await request.formData();
  const newParameters = parseJsonField(form.get("newParameters"));
  if (newParameters === undefined) return { message: t(lang, "invalidConfiguration") };
  try {
    const review = await api.reviewChange({
      contractId: params["contractId"] ?? "",
      newParameters,
      effectiveDate: formText(form, "effectiveDate"),
    });
    return redirect(`/quotes/${review.id}`);
  } catch (e) {
    if (!isAppError(e)) throw e;
    if (e.code === "NOT_FOUND") throw new Response("Not found", { status: 404 });
    return { message: e.text[lang] };
  }
}

export default function ChangePage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  const autoSubmit = useAutoSubmit();
  // A refused submission: focus on what went wrong (success goes on to the review page, which takes focus).
  const resultRef = useFocusOnChange<HTMLParagraphElement>(result);
  const { lang, quote } = data;
  const errorFor = (key: string) => data.issues.find((i) => i.key === key)?.message;
  return (
    <article>
      <p>
        <Link to={`/contracts/${data.contract.id}`}>
          ← {data.contract.serviceName} ({data.contract.number})
        </Link>
      </p>
      <h1>{t(lang, "changeTitle")}</h1>
      <div className="estimate-grid">
        <section className="panel" aria-labelledby="new-heading">
          <h2 id="new-heading">{t(lang, "newParameters")}</h2>
          <Form method="get" noValidate {...autoSubmit}>
            {data.fields.map((f) => (
              <ParameterField
                key={f.key}
                field={f}
                lang={lang}
                serviceId={data.contract.serviceId}
                value={data.values[f.key]}
                error={errorFor(f.key)}
              />
            ))}
            <div className="field">
              <label htmlFor="effectiveDate">{t(lang, "effectiveDate")}</label>
              <input
                id="effectiveDate"
                name="effectiveDate"
                type="date"
                min={data.today}
                defaultValue={data.effectiveDate}
                aria-invalid={errorFor("effectiveDate") ? true : undefined}
              />
            </div>
            <button type="submit" className="button secondary">
              {t(lang, "showQuote")}
            </button>
          </Form>
        </section>
        <section className="panel result" aria-labelledby="change-quote-heading" aria-live="polite">
          <h2 id="change-quote-heading">{t(lang, "quoteTitle")}</h2>
          {quote ? (
            <>
              {!quote.allowed ? (
                <div className="error-summary" role="alert" data-testid="change-not-allowed">
                  <h3>{t(lang, "changeNotAllowed")}</h3>
                  <ul>
                    {quote.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <dl className="totals">
                <div>
                  <dt>{t(lang, "monthlyBefore")}</dt>
                  <dd>{formatYen(lang, quote.monthlyBefore)}</dd>
                </div>
                <div>
                  <dt>{t(lang, "monthlyAfter")}</dt>
                  <dd data-testid="monthly-after">{formatYen(lang, quote.monthlyAfter)}</dd>
                </div>
                <div>
                  <dt>{t(lang, "effectiveMonthCharge")}</dt>
                  <dd>{formatYen(lang, quote.effectiveMonthCharge)}</dd>
                </div>
              </dl>
              <h3>{t(lang, "oneOffCharges")}</h3>
              {quote.oneOffCharges.length === 0 ? (
                <p>{t(lang, "noOneOff")}</p>
              ) : (
                <ul>
                  {quote.oneOffCharges.map((c) => (
                    <li key={c.code}>
                      {c.label}: {formatYen(lang, c.amount)} <Citations citations={c.citations} />
                    </li>
                  ))}
                </ul>
              )}
              {quote.unpricedItems.length > 0 ? (
                <p className="hint">
                  {t(lang, "unpriced")}: {quote.unpricedItems.join(" / ")}
                </p>
              ) : null}
              <Explanation lang={lang} steps={quote.explanation} />
              <p className="version">{t(lang, "termsUsed", { version: quote.version })}</p>
              {result ? (
                <p className="error-summary" role="alert" tabIndex={-1} ref={resultRef} data-testid="change-error">
                  {result.message}
                </p>
              ) : null}
              {quote.allowed && data.canSubmit ? (
                <Form method="post">
                  <input type="hidden" name="newParameters" value={JSON.stringify(data.values)} />
                  <input type="hidden" name="effectiveDate" value={data.effectiveDate} />
                  <button type="submit" className="button" disabled={submitting}>
                    {submitting ? t(lang, "submitting") : t(lang, "reviewCancellation")}
                  </button>
                </Form>
              ) : null}
            </>
          ) : (
            <p className="error-summary" role="alert">
              {data.error}
            </p>
          )}
        </section>
      </div>
    </article>
  );
}
