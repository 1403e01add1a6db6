import { useFocusOnChange } from "~/hooks/useFocusOnChange";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ConfigurationList } from "~/components/ConfigurationList";
import { CancellationQuoteDetails, ChangeQuoteDetails, PrintButton } from "~/components/QuoteView";
import { RequestStatus, requestKindLabel } from "~/components/StatusBadge";
import { formatDate, formatDateTime, t, type MessageKey } from "~/i18n/messages";
import { requireUser } from "~/utils/api.server";
import { isAppError } from "~/utils/app-error";
import { orNotFound } from "~/utils/errors.server";
import { formText } from "~/utils/form-json";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.request.number} | Yakkan` : "Yakkan" },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { lang, api, viewer } = await requireUser(request, context);
  const record = await orNotFound(() => api.getRequest(params["requestId"] ?? ""));
  const [trail, contract] = await Promise.all([api.auditTrail(record.id), api.getContract(record.contractId)]);
  return {
    lang,
    role: viewer.role,
    today: api.today(),
    request: record,
    // Stored quotes as the API renders them, in the visitor's language (their trace through the one verbaliser).
    cancellationQuote: record.cancellationQuote,
    acceptedQuote: record.acceptedCancellationQuote,
    changeQuote: record.changeQuote,
    newConfiguration: record.newParameters ? api.configurationRows(record.serviceId, record.newParameters) : null,
    organizationName: contract.organizationName,
    trail: trail.map((a) => ({
      at: a.at.toISOString(),
      action: a.action,
      actorName: a.actorName ?? "—",
      after: a.after as Record<string, unknown> | null,
    })),
    idempotencyKey: crypto.randomUUID(),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, api } = await requireUser(request, context);
  const form = await request.formData();
  const requestId = params["requestId"] ?? "";
  const idempotencyKey = formText(form, "idempotencyKey");
  try {
    const intent = form.get("intent");
    // Withdrawing and completing cannot be undone: they need the confirmation box (works without scripts).
    if ((intent === "withdraw" || intent === "complete") && form.get("confirm") !== "yes") {
      return {
        ok: false,
        message: t(lang, "confirmRequired"),
        fields: { confirm: t(lang, "confirmRequired") } as Record<string, string>,
      };
    }
    switch (intent) {
      case "withdraw":
        await api.withdrawRequest({ requestId, idempotencyKey });
        break;
      case "accept":
        await api.acceptRequest({ requestId, idempotencyKey, confirmationDate: formText(form, "confirmationDate") });
        break;
      case "reject":
        await api.rejectRequest({ requestId, idempotencyKey, reason: formText(form, "reason") });
        break;
      case "complete":
        await api.completeRequest({ requestId, idempotencyKey });
        break;
      default:
        return { ok: false, message: t(lang, "actionFailed"), fields: {} as Record<string, string> };
    }
    const done = {
      accept: "doneAccept",
      reject: "doneReject",
      complete: "doneComplete",
      withdraw: "doneWithdraw",
    } as const;
    const updated = await api.getRequest(requestId);
    return {
      ok: true,
      message: t(lang, done[intent], { number: updated.number }),
      fields: {} as Record<string, string>,
    };
  } catch (e) {
    if (!isAppError(e)) throw e;
    if (e.code === "NOT_FOUND") throw new Response("Not found", { status: 404 });
    return {
      ok: false,
      message: e.text[lang],
      fields: Object.fromEntries(e.issues.map((i) => [String(i.path[0]), i.message[lang]])),
    };
  }
}

const ACTION_LABEL: Record<string, MessageKey> = {
  "request.submit": "auditSubmitted",
  "request.accept": "auditAccepted",
  "request.reject": "auditRejected",
  "request.complete": "auditCompleted",
  "request.withdraw": "auditWithdrawn",
};

const actionLabel = (lang: "ja" | "en", action: string) => {
  const key = ACTION_LABEL[action];
  return key ? t(lang, key) : action;
};

export default function RequestPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const { lang, request: r, cancellationQuote, acceptedQuote, changeQuote } = data;
  const field = (name: string) => result?.fields[name];
  const submittedRef = useFocusOnChange<HTMLParagraphElement>(params.get("submitted"));
  const resultRef = useFocusOnChange<HTMLDivElement>(result);
  return (
    <article className="printable">
      <p className="no-print">
        <Link to="/requests">← {t(lang, "requestsTitle")}</Link>
      </p>
      <h1>
        {t(lang, "requestTitle", { number: r.number })} <RequestStatus lang={lang} status={r.status} />
      </h1>
      {params.get("submitted") ? (
        <p className="notice" role="status" tabIndex={-1} ref={submittedRef}>
          {t(lang, "submittedNotice", { number: r.number })}
        </p>
      ) : null}
      <div className="contract-grid">
        <section className="panel" aria-labelledby="summary-heading">
          <h2 id="summary-heading">{requestKindLabel(lang, r.kind)}</h2>
          <dl className="key-dates">
            <dt>{t(lang, "contractNumber")}</dt>
            <dd>
              <Link to={`/contracts/${r.contractId}`}>{r.contractNumber}</Link> ({data.organizationName})
            </dd>
            {r.quoteNumber ? (
              <>
                <dt>{t(lang, "quoteNumber")}</dt>
                <dd data-testid="request-quote-number">{r.quoteNumber}</dd>
              </>
            ) : null}
            <dt>{t(lang, "termsVersionName")}</dt>
            <dd data-testid="request-terms-version" data-version-label={r.termsVersion}>
              {r.termsVersionName}
            </dd>
            <dt>{t(lang, "submittedAt")}</dt>
            <dd>{formatDateTime(lang, r.submittedAt)}</dd>
            {r.desiredEndDate ? (
              <>
                <dt>{t(lang, "desiredEndDate")}</dt>
                <dd>{formatDate(lang, r.desiredEndDate)}</dd>
              </>
            ) : null}
            {r.effectiveDate ? (
              <>
                <dt>{t(lang, "effectiveDate")}</dt>
                <dd>{formatDate(lang, r.effectiveDate)}</dd>
              </>
            ) : null}
            {r.confirmationDate ? (
              <>
                <dt>{t(lang, "confirmationDate")}</dt>
                <dd data-testid="confirmation-date">{formatDate(lang, r.confirmationDate)}</dd>
              </>
            ) : null}
            {r.rejectionReason ? (
              <>
                <dt>{t(lang, "rejectionReason")}</dt>
                <dd>{r.rejectionReason}</dd>
              </>
            ) : null}
          </dl>
          {r.acknowledgements.length > 0 ? (
            <>
              <h3>{t(lang, "acknowledgedOnSubmit")}</h3>
              <ul className="plain-list" data-testid="request-acknowledgements">
                {r.acknowledgements.map((a) => (
                  <li key={a}>☑ {a}</li>
                ))}
              </ul>
            </>
          ) : null}
          <PrintButton lang={lang} />
          {r.newParameters ? (
            <>
              <h3>{t(lang, "newParameters")}</h3>
              <ConfigurationList rows={data.newConfiguration ?? []} />
            </>
          ) : null}
          <h3>{t(lang, "history")}</h3>
          <ol className="timeline">
            {data.trail.map((a, i) => (
              <li key={i}>
                {formatDateTime(lang, a.at)} — {actionLabel(lang, a.action)} ({a.actorName})
              </li>
            ))}
          </ol>

          {/* Next to the buttons that caused it. */}
          {result ? (
            <div
              className={result.ok ? "notice" : "error-summary"}
              role={result.ok ? "status" : "alert"}
              tabIndex={-1}
              ref={resultRef}
              data-testid="action-result"
            >
              {result.message}
            </div>
          ) : null}
          {data.role === "customer-admin" && r.status === "pending" ? (
            <ConfirmedAction
              lang={lang}
              intent="withdraw"
              label={t(lang, "withdraw")}
              confirm={t(lang, "confirmWithdraw", { number: r.number })}
              idempotencyKey={data.idempotencyKey}
              busy={busy}
              error={field("confirm")}
            />
          ) : null}

          {data.role === "staff" && r.status === "pending" ? (
            <div className="staff-actions">
              <Form method="post" className="inline-form">
                <input type="hidden" name="idempotencyKey" value={data.idempotencyKey} />
                <label htmlFor="confirmationDate">{t(lang, "confirmationDate")}</label>
                <input
                  id="confirmationDate"
                  name="confirmationDate"
                  type="date"
                  defaultValue={data.today}
                  required
                  aria-invalid={field("confirmationDate") ? true : undefined}
                  aria-describedby={field("confirmationDate") ? "confirmationDate-error" : undefined}
                />
                <button type="submit" name="intent" value="accept" className="button" disabled={busy}>
                  {t(lang, "accept")}
                </button>
                {field("confirmationDate") ? (
                  <p id="confirmationDate-error" className="error">
                    {field("confirmationDate")}
                  </p>
                ) : null}
              </Form>
              <Form method="post" className="inline-form">
                <input type="hidden" name="idempotencyKey" value={`${data.idempotencyKey}-reject`} />
                <label htmlFor="reason">{t(lang, "rejectionReason")}</label>
                <textarea
                  id="reason"
                  name="reason"
                  rows={2}
                  aria-invalid={field("reason") ? true : undefined}
                  aria-describedby={field("reason") ? "reason-error" : undefined}
                />
                <button type="submit" name="intent" value="reject" className="button danger" disabled={busy}>
                  {t(lang, "reject")}
                </button>
                {field("reason") ? (
                  <p id="reason-error" className="error">
                    {field("reason")}
                  </p>
                ) : null}
              </Form>
            </div>
          ) : null}
          {data.role === "staff" && r.status === "accepted" ? (
            <ConfirmedAction
              lang={lang}
              intent="complete"
              label={t(lang, "complete")}
              confirm={t(lang, "confirmComplete", { number: r.number })}
              idempotencyKey={data.idempotencyKey}
              busy={busy}
              error={field("confirm")}
            />
          ) : null}
        </section>

        <section className="panel" aria-labelledby="quote-heading">
          {acceptedQuote ? (
            <>
              <h2 id="quote-heading">{t(lang, "quoteAtAcceptance", { date: formatDate(lang, r.confirmationDate) })}</h2>
              <CancellationQuoteDetails lang={lang} quote={acceptedQuote} testId="accepted-quote" />
              <h2>{t(lang, "quoteAtSubmission")}</h2>
            </>
          ) : (
            <h2 id="quote-heading">{t(lang, "quoteAtSubmission")}</h2>
          )}
          {cancellationQuote ? (
            <CancellationQuoteDetails lang={lang} quote={cancellationQuote} testId="submitted-quote" />
          ) : changeQuote ? (
            <ChangeQuoteDetails lang={lang} quote={changeQuote} testId="submitted-change-quote" />
          ) : null}
          <p className="version">{t(lang, "termsUsed", { version: r.termsVersionName })}</p>
        </section>
      </div>
    </article>
  );
}

/**
 * An action that cannot be undone: the button submits only with the confirmation box ticked (the
 * browser requires it; the action checks again, so it holds without scripts too).
 */
function ConfirmedAction(props: {
  lang: "ja" | "en";
  intent: string;
  label: string;
  confirm: string;
  idempotencyKey: string;
  busy: boolean;
  error: string | undefined;
}) {
  const id = `confirm-${props.intent}`;
  return (
    <Form method="post" className="confirmed-action no-print">
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      <div className="field checkbox">
        <input
          type="checkbox"
          id={id}
          name="confirm"
          value="yes"
          required
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${id}-error` : undefined}
        />
        <label htmlFor={id}>{props.confirm}</label>
        {props.error ? (
          <p id={`${id}-error`} className="error">
            {props.error}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        name="intent"
        value={props.intent}
        className={props.intent === "withdraw" ? "button secondary" : "button"}
        disabled={props.busy}
      >
        {props.label}
      </button>
    </Form>
  );
}
