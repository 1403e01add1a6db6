import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { formText } from "~/utils/form-json";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import type { QuoteReview } from "@yakkan/api";
import { ConfigurationList } from "~/components/ConfigurationList";
import { useFocusOnChange } from "~/hooks/useFocusOnChange";
import { CancellationQuoteDetails, ChangeQuoteDetails, PrintButton } from "~/components/QuoteView";
import { formatDate, formatDateTime, formatYen, t, versionName, type Lang } from "~/i18n/messages";
import { requireUser } from "~/utils/api.server";
import { isAppError } from "~/utils/app-error";
import { orNotFound } from "~/utils/errors.server";

// The review step (issue 11, decision 012): what will happen, the quote number and terms version,
// and the acknowledgements the quote calls for; submitting names the reviewed quote, and a quote that
// went stale is replaced by a new review instead of being submitted.

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.review.number} | Yakkan` : "Yakkan" },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { lang, api, viewer } = await requireUser(request, context);
  const review = await orNotFound(() => api.getQuoteReview(params["quoteId"] ?? ""));
  const service = await api.findService(review.serviceId);
  return {
    lang,
    review,
    serviceName: service?.displayName ?? review.serviceId,
    newConfiguration: review.newParameters ? api.configurationRows(review.serviceId, review.newParameters) : null,
    canSubmit: viewer.role === "customer-admin",
    idempotencyKey: crypto.randomUUID(),
  };
}

/** The form the review came from, with its inputs, for "back" and for a fresh review. */
function formUrl(review: QuoteReview): string {
  if (review.kind === "cancellation")
    return `/contracts/${review.contractId}/cancel?desiredEndDate=${review.desiredEndDate ?? ""}`;
  const search = new URLSearchParams(Object.entries(review.newParameters ?? {}).map(([k, v]) => [k, String(v)]));
  search.set("effectiveDate", review.effectiveDate ?? "");
  return `/contracts/${review.contractId}/change?${search.toString()}`;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, api } = await requireUser(request, context);
  const form = await request.formData();
  const review = await orNotFound(() => api.getQuoteReview(params["quoteId"] ?? ""));
  const acknowledgements = {
    acknowledgeLateNotice: form.get("acknowledgeLateNotice") === "true" ? true : null,
    acknowledgeOneOffCharge: form.has("acknowledgeOneOffCharge") ? formText(form, "acknowledgeOneOffCharge") : null,
  };
  const idempotencyKey = formText(form, "idempotencyKey");
  try {
    const submitted =
      review.kind === "cancellation"
        ? await api.submitCancellationRequest({
            contractId: review.contractId,
            desiredEndDate: review.desiredEndDate ?? "",
            quoteSnapshotId: review.id,
            idempotencyKey,
            ...acknowledgements,
          })
        : await api.submitChangeRequest({
            contractId: review.contractId,
            newParameters: review.newParameters,
            effectiveDate: review.effectiveDate ?? "",
            quoteSnapshotId: review.id,
            idempotencyKey,
            acknowledgeOneOffCharge: acknowledgements.acknowledgeOneOffCharge,
          });
    return redirect(`/requests/${submitted.id}?submitted=1`);
  } catch (e) {
    if (!isAppError(e)) throw e;
    if (e.code === "NOT_FOUND") throw new Response("Not found", { status: 404 });
    if (e.code === "QUOTE_STALE") {
      // Not submitted: the same question reviewed again under today's terms and contract.
      try {
        const fresh =
          review.kind === "cancellation"
            ? await api.reviewCancellation({
                contractId: review.contractId,
                desiredEndDate: review.desiredEndDate ?? "",
              })
            : await api.reviewChange({
                contractId: review.contractId,
                newParameters: review.newParameters,
                effectiveDate: review.effectiveDate ?? "",
              });
        return redirect(`/quotes/${fresh.id}?stale=1`);
      } catch (again) {
        if (!isAppError(again)) throw again;
        return {
          message: `${e.text[lang]} ${again.text[lang]}`,
          fields: {} as Record<string, string>,
          back: formUrl(review),
        };
      }
    }
    return {
      message: e.text[lang],
      fields: Object.fromEntries(e.issues.map((i) => [String(i.path[0]), i.message[lang]])),
      back: e.code === "ALREADY_PENDING" ? `/contracts/${review.contractId}` : null,
    };
  }
}

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

/** What the review states: the customer, contract, quote number, terms version, dates and charges. */
function ReviewFacts({ lang, review, serviceName }: { lang: Lang; review: QuoteReview; serviceName: string }) {
  const q = review.cancellationQuote;
  return (
    <dl className="key-dates review-facts">
      <Row label={t(lang, "quoteNumber")} testId="quote-number">
        {review.number}
      </Row>
      <Row label={t(lang, "customer")}>{review.organizationName}</Row>
      <Row label={t(lang, "contractNumber")}>
        {review.contractNumber} ({serviceName})
      </Row>
      {/* The name customers read (issue 13); the stored label stays in the markup for support. */}
      <Row label={t(lang, "termsVersionName")} testId="review-terms-version">
        <span data-version-label={review.termsVersion.version}>
          {versionName(lang, review.termsVersion.effectiveFrom)}
        </span>
      </Row>
      {q ? (
        <>
          <Row label={t(lang, "desiredEndDate")}>{formatDate(lang, review.desiredEndDate)}</Row>
          <Row label={t(lang, "effectiveEndDate")} testId="review-end">
            {formatDate(lang, q.effectiveEndDate)}
          </Row>
          <Row label={t(lang, "noticeDate")}>{formatDate(lang, review.noticeDate)}</Row>
          <Row label={t(lang, "noticeStatus")} testId="review-notice">
            {formatDate(lang, q.latestNoticeDate)} —{" "}
            <strong className={q.noticeInTime ? "ok" : "warn"}>
              {t(lang, q.noticeInTime ? "noticeInTimeLong" : "noticeLateLong")}
            </strong>
          </Row>
          <Row label={t(lang, "totalWithTax")}>{formatYen(lang, q.totalWithTax)}</Row>
        </>
      ) : (
        <Row label={t(lang, "effectiveDate")} testId="review-end">
          {formatDate(lang, review.effectiveDate)}
        </Row>
      )}
      <Row label={t(lang, "oneOffWithTax")} testId="review-one-off">
        {review.oneOffChargeWithTax ? formatYen(lang, review.oneOffChargeWithTax) : t(lang, "noOneOffWithTax")}
      </Row>
      <Row label={t(lang, "validUntil")}>{formatDateTime(lang, review.expiresAt)}</Row>
    </dl>
  );
}

export default function ReviewPage() {
  const { lang, review, serviceName, newConfiguration, canSubmit, idempotencyKey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const submitting = useNavigation().state === "submitting";
  const typed: QuoteReview = review;
  // The review is what the contract page's form produced: focus lands on it (or on why a quote was
  // replaced), not on <body>; a refused confirmation focuses its error summary.
  const arrivalRef = useFocusOnChange<HTMLHeadingElement>(params.get("stale") ? null : review.id);
  const staleRef = useFocusOnChange<HTMLDivElement>(params.get("stale") ? review.id : null);
  const resultRef = useFocusOnChange<HTMLDivElement>(result);
  return (
    <article className="printable">
      <p className="no-print">
        <Link to={formUrl(typed)}>← {t(lang, "backToForm")}</Link>
      </p>
      <h1 tabIndex={-1} ref={arrivalRef}>
        {t(lang, review.kind === "cancellation" ? "reviewTitleCancellation" : "reviewTitleChange")}
      </h1>
      {params.get("stale") ? (
        <div className="notice warn-notice" role="alert" tabIndex={-1} ref={staleRef} data-testid="stale-notice">
          {t(lang, "staleNotice")}
        </div>
      ) : null}
      <p className="hint no-print">{t(lang, "reviewIntro")}</p>
      {result ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={resultRef} data-testid="review-error">
          <p>{result.message}</p>
          {result.back ? <Link to={result.back}>{t(lang, "backToForm")}</Link> : null}
        </div>
      ) : null}
      <div className="contract-grid">
        <section className="panel" aria-labelledby="review-heading">
          <h2 id="review-heading">{t(lang, "quoteTitle")}</h2>
          <ReviewFacts lang={lang} review={typed} serviceName={serviceName} />
          {review.newParameters ? (
            <>
              <h3>{t(lang, "newParameters")}</h3>
              <ConfigurationList rows={newConfiguration ?? []} />
            </>
          ) : null}
          <PrintButton lang={lang} />
          {canSubmit ? (
            <Form method="post" className="review-form no-print">
              <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
              <fieldset>
                <legend>{t(lang, "acknowledgementsHeading")}</legend>
                {review.acknowledgements.length === 0 ? <p>{t(lang, "acknowledgementsNone")}</p> : null}
                {review.acknowledgements.map((a) => (
                  <div className="field checkbox" key={a.field}>
                    <input
                      type="checkbox"
                      id={a.field}
                      name={a.field}
                      value={a.amount ?? "true"}
                      required
                      aria-invalid={result?.fields[a.field] ? true : undefined}
                      aria-describedby={result?.fields[a.field] ? `${a.field}-error` : undefined}
                    />
                    <label htmlFor={a.field}>{a.text}</label>
                    {result?.fields[a.field] ? (
                      <p id={`${a.field}-error`} className="error">
                        {result.fields[a.field]}
                      </p>
                    ) : null}
                  </div>
                ))}
              </fieldset>
              <button
                type="submit"
                className={review.kind === "cancellation" ? "button danger" : "button"}
                disabled={submitting}
              >
                {submitting
                  ? t(lang, "submitting")
                  : t(lang, review.kind === "cancellation" ? "confirmCancellation" : "confirmChange")}
              </button>
            </Form>
          ) : (
            <p className="hint">{t(lang, "readOnlyNotice")}</p>
          )}
        </section>
        <section className="panel" aria-labelledby="details-heading">
          <h2 id="details-heading">{t(lang, "breakdown")}</h2>
          {review.cancellationQuote ? (
            <CancellationQuoteDetails lang={lang} quote={review.cancellationQuote} testId="review-quote" />
          ) : null}
          {review.changeQuote ? (
            <ChangeQuoteDetails lang={lang} quote={review.changeQuote} testId="review-quote" />
          ) : null}
        </section>
      </div>
    </article>
  );
}
