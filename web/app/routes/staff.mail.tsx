import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { formText } from "~/utils/form-json";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { formatDateTime, t, type MessageKey } from "~/i18n/messages";
import { requireRole } from "~/utils/api.server";
import { isAppError } from "~/utils/app-error";

export const meta: MetaFunction = () => [{ title: "メールログ | Yakkan" }];

const STATUSES = ["pending", "sent", "dead"] as const;
type Status = (typeof STATUSES)[number];
const statusKey = (s: Status): MessageKey => `mailStatus_${s}`;

/** Staff: every mail in the outbox with its delivery state — pending, sent, or dead after its attempts. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { lang, api } = await requireRole(request, context, "staff");
  const asked = new URL(request.url).searchParams.get("status");
  const status = STATUSES.find((s) => s === asked) ?? null;
  const mails = await api.mailLog({ status });
  return { lang, status, delivery: context.api.mailDelivery, mails };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { lang, api } = await requireRole(request, context, "staff");
  const form = await request.formData();
  try {
    await api.retryMail(formText(form, "mailId"));
    return { ok: true as const, error: null };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { ok: false as const, error: e.text[lang] };
  }
}

export default function MailLog() {
  const { lang, status, delivery, mails } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  return (
    <>
      <h1>{t(lang, "mailLogTitle")}</h1>
      <p>{t(lang, "mailLogIntro", { n: 200 })}</p>
      <p className="notice" data-testid="mail-delivery">
        {t(lang, delivery === "smtp" ? "mailDeliverySmtp" : "mailDeliveryKept")}
      </p>
      {result?.ok ? (
        <p className="notice" role="status">
          {t(lang, "mailRetried")}
        </p>
      ) : null}
      {result?.error ? (
        <p className="error" role="alert">
          {result.error}
        </p>
      ) : null}
      <Form method="get" className="inline-form">
        <label htmlFor="mail-status">{t(lang, "mailFilter")}</label>{" "}
        <select id="mail-status" name="status" defaultValue={status ?? ""}>
          <option value="">{t(lang, "mailFilterAll")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(lang, statusKey(s))}
            </option>
          ))}
        </select>{" "}
        <button type="submit" className="button">
          {t(lang, "mailFilter")}
        </button>
      </Form>
      {mails.length === 0 ? (
        <p className="empty">{t(lang, "mailLogEmpty")}</p>
      ) : (
        <table data-testid="mail-log">
          <caption className="visually-hidden">{t(lang, "mailLogTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, "mailSubject")}</th>
              <th scope="col">{t(lang, "mailRecipient")}</th>
              <th scope="col">{t(lang, "status")}</th>
              <th scope="col">{t(lang, "mailAttempts")}</th>
              <th scope="col">{t(lang, "mailCreated")}</th>
              <th scope="col">{t(lang, "mailSentAt")}</th>
            </tr>
          </thead>
          <tbody>
            {mails.map((m) => (
              <tr key={m.id} data-status={m.status}>
                <th scope="row">
                  <details>
                    <summary lang={m.lang}>{m.subject}</summary>
                    <pre className="mail-body" lang={m.lang} aria-label={t(lang, "mailBody")}>
                      {m.body}
                    </pre>
                  </details>
                </th>
                <td>{m.toEmail}</td>
                <td>
                  <span className={`badge badge-mail-${m.status}`}>{t(lang, statusKey(m.status))}</span>
                  {m.lastError ? (
                    <p className="error">
                      {t(lang, "mailLastError")}: {m.lastError}
                    </p>
                  ) : null}
                  {m.status === "dead" ? (
                    <Form method="post">
                      <input type="hidden" name="mailId" value={m.id} />
                      <button type="submit" className="button" disabled={busy}>
                        {t(lang, "mailRetry")}
                      </button>
                    </Form>
                  ) : null}
                </td>
                <td>{m.attempts}</td>
                <td>{formatDateTime(lang, m.createdAt)}</td>
                <td>{m.sentAt ? formatDateTime(lang, m.sentAt) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
