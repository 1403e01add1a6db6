import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { BusinessDayCalendar } from "~/components/BusinessDayCalendar";
import { CancellationQuoteDetails } from "~/components/QuoteView";
import { requestStatusLabel } from "~/components/StatusBadge";
import { useAutoSubmit } from "~/hooks/useAutoSubmit";
import { useFocusOnChange } from "~/hooks/useFocusOnChange";
import { formatDate, t } from "~/i18n/messages";
import { requireUser } from "~/utils/api.server";
import { isAppError } from "~/utils/app-error";
import { addMonthsToFirst, dayBefore, isIsoDate } from "~/utils/dates";
import { orNotFound } from "~/utils/errors.server";
import { formText } from "~/utils/form-json";

export const meta: MetaFunction = () => [{ title: "解約の申請 | Yakkan" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { lang, api, viewer } = await requireUser(request, context);
  const contract = await orNotFound(() => api.getContract(params["contractId"] ?? ""));
  const today = api.today();
  const earliest = api.earliestEnd(contract);
  const open = await api.listRequests({ contractId: contract.id, statuses: ["pending", "accepted"] });
  const asked = new URL(request.url).searchParams.get("desiredEndDate");
  const desiredEndDate = isIsoDate(asked) ? asked : (earliest?.effectiveEndDate ?? today);
  const pending = open.find((r) => r.kind === "cancellation");

  // One quote per page: the earliest end's, when that is the date shown; else the date asked for.
  let quote = earliest && earliest.effectiveEndDate === desiredEndDate ? earliest : null;
  let error: string | null = null;
  if (!quote) {
    try {
      quote = await api.quoteCancellation({ contractId: contract.id, desiredEndDate, noticeDate: today });
    } catch (e) {
      if (!isAppError(e)) throw e;
      error = e.issues.map((i) => i.message[lang]).join(" ") || e.text[lang];
    }
  }
  const from = `${today.slice(0, 7)}-01`;
  const calendar = (() => {
    try {
      return api.businessDays(contract.serviceId, from, dayBefore(addMonthsToFirst(from, 3)));
    } catch {
      return null;
    }
  })();
  const service = await api.findService(contract.serviceId);
  return {
    lang,
    contract: {
      id: contract.id,
      number: contract.contractNumber,
      serviceName: service?.displayName ?? contract.serviceId,
    },
    canSubmit: viewer.role === "customer-admin" && contract.status === "active" && !contract.endDate,
    pending: pending ? { id: pending.id, number: pending.number, status: pending.status } : null,
    today,
    desiredEndDate,
    earliest: earliest?.effectiveEndDate ?? null,
    quote,
    error,
    // Only where the cancellation counts business days (a calendar-day or month rule needs none).
    calendar:
      calendar && calendar.days.length > 0 ? { name: calendar.calendar?.[lang] ?? "", days: calendar.days } : null,
  };
}

/** To the review step: the quote is computed once more by the API and kept under a quote number. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, api } = await requireUser(request, context);
  const form = await request.formData();
  try {
    const review = await api.reviewCancellation({
      contractId: params["contractId"] ?? "",
      desiredEndDate: formText(form, "desiredEndDate"),
    });
    return redirect(`/quotes/${review.id}`);
  } catch (e) {
    if (!isAppError(e)) throw e;
    if (e.code === "NOT_FOUND") throw new Response("Not found", { status: 404 });
    return { message: e.text[lang], issues: e.issues.map((i) => i.message[lang]) };
  }
}

export default function CancelPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const autoSubmit = useAutoSubmit();
  const { lang, quote } = data;
  const submitting = navigation.state === "submitting";
  const resultRef = useFocusOnChange<HTMLDivElement>(result);
  return (
    <article>
      <p>
        <Link to={`/contracts/${data.contract.id}`}>
          ← {data.contract.serviceName} ({data.contract.number})
        </Link>
      </p>
      <h1>{t(lang, "cancelTitle")}</h1>
      <div className="estimate-grid">
        <section className="panel" aria-labelledby="date-heading">
          <h2 id="date-heading">{t(lang, "desiredEndDate")}</h2>
          {data.earliest ? (
            <p className="deadline">{t(lang, "earliestValid", { date: formatDate(lang, data.earliest) })}</p>
          ) : null}
          <Form method="get" className="inline-form" {...autoSubmit}>
            <label htmlFor="desiredEndDate">{t(lang, "desiredEndDate")}</label>
            <input
              id="desiredEndDate"
              name="desiredEndDate"
              type="date"
              min={data.today}
              defaultValue={data.desiredEndDate}
              key={data.desiredEndDate}
              aria-invalid={data.error ? true : undefined}
              aria-describedby={data.error ? "desiredEndDate-error" : undefined}
            />
            <button type="submit" className="button secondary">
              {t(lang, "showQuote")}
            </button>
            {data.error ? (
              <p id="desiredEndDate-error" className="error" role="alert">
                {data.error}
              </p>
            ) : null}
          </Form>
          {data.calendar ? (
            <BusinessDayCalendar
              lang={lang}
              days={data.calendar.days}
              calendarName={data.calendar.name}
              earliest={data.earliest}
              selected={data.desiredEndDate}
              param="desiredEndDate"
              minDate={data.today}
            />
          ) : null}
        </section>
        <section className="panel result" aria-labelledby="quote-heading" aria-live="polite">
          <h2 id="quote-heading">{t(lang, "quoteTitle")}</h2>
          {quote ? (
            <CancellationQuoteDetails lang={lang} quote={quote} testId="cancel-quote" />
          ) : (
            <p className="empty">{data.error}</p>
          )}
          {result ? (
            <div className="error-summary" role="alert" tabIndex={-1} ref={resultRef}>
              <p>{result.message}</p>
              {result.issues.length > 0 ? (
                <ul>
                  {result.issues.map((i) => (
                    <li key={i}>{i}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          {data.pending ? (
            <div className="notice" role="status" data-testid="pending-cancellation">
              <p>
                <Link to={`/requests/${data.pending.id}`}>
                  {t(lang, "pendingCancellation", {
                    number: data.pending.number,
                    status: requestStatusLabel(lang, data.pending.status),
                  })}
                </Link>
              </p>
              <p className="hint">{t(lang, "pendingCancellationHint")}</p>
            </div>
          ) : quote && data.canSubmit ? (
            <Form method="post">
              <input type="hidden" name="desiredEndDate" value={data.desiredEndDate} />
              <button type="submit" className="button danger" disabled={submitting}>
                {submitting ? t(lang, "submitting") : t(lang, "reviewCancellation")}
              </button>
            </Form>
          ) : !data.canSubmit ? (
            <p className="hint">{t(lang, "readOnlyNotice")}</p>
          ) : null}
        </section>
      </div>
    </article>
  );
}
