import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useFocusOnChange } from "~/hooks/useFocusOnChange";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { formatDateTime, t } from "~/i18n/messages";
import { useLang } from "~/root";
import { requireUser } from "~/utils/api.server";
import { isAppError } from "~/utils/app-error";
import { formText } from "~/utils/form-json";

export const meta: MetaFunction = () => [{ title: "アカウント | Yakkan" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { api, viewer } = await requireUser(request, context);
  const customer = viewer.role === "customer-admin" || viewer.role === "customer-member";
  const [settings, feed] = await Promise.all([
    api.mailSettings(),
    customer ? api.calendarFeedStatus() : Promise.resolve(null),
  ]);
  return { settings, feed };
}

type Intent = "password" | "mail-settings" | "calendar-rotate" | "calendar-revoke";
interface ActionResult {
  intent: Intent;
  ok: boolean;
  fields: Record<string, string>;
  feedUrl?: string;
}

export async function action({ request, context }: ActionFunctionArgs): Promise<ActionResult> {
  const { lang, api } = await requireUser(request, context);
  const form = await request.formData();
  const intent = (formText(form, "intent") || "password") as Intent;
  try {
    switch (intent) {
      case "mail-settings": {
        const offsets = formText(form, "reminderOffsets")
          .split(/[,、\s]+/)
          .filter((v) => v !== "");
        await api.updateMailSettings({
          language: formText(form, "language"),
          remindersEnabled: form.get("remindersEnabled") === "on",
          reminderOffsets: offsets,
        });
        return { intent, ok: true, fields: {} };
      }
      case "calendar-rotate": {
        const { url } = await api.rotateCalendarFeed();
        return { intent, ok: true, fields: {}, feedUrl: url };
      }
      case "calendar-revoke":
        await api.revokeCalendarFeed();
        return { intent, ok: true, fields: {} };
      default:
        await api.changePassword({
          currentPassword: formText(form, "currentPassword"),
          newPassword: formText(form, "newPassword"),
        });
        return { intent: "password", ok: true, fields: {} };
    }
  } catch (e) {
    if (!isAppError(e)) throw e;
    const fields = Object.fromEntries(e.issues.map((i) => [String(i.path[0]), i.message[lang]]));
    return { intent, ok: false, fields: Object.keys(fields).length ? fields : { form: e.text[lang] } };
  }
}

export default function Account() {
  const lang = useLang();
  const { settings, feed } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const field = (intent: Intent, name: string) => (result?.intent === intent ? result.fields[name] : undefined);
  const done = (intent: Intent) => result?.intent === intent && result.ok;
  // After a submission focus goes to its confirmation, or to the first field in error.
  const resultRef = useFocusOnChange<HTMLParagraphElement>(result);
  const focusIf = (intent: Intent, name: string) =>
    result?.intent === intent && !result.ok && Object.keys(result.fields)[0] === name ? resultRef : undefined;
  return (
    <>
      <section className="panel narrow" aria-labelledby="account-heading">
        <h1 id="account-heading">{t(lang, "changePassword")}</h1>
        {done("password") ? (
          <p className="notice" role="status" tabIndex={-1} ref={resultRef}>
            {t(lang, "passwordChanged")}
          </p>
        ) : null}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="password" />
          {(["currentPassword", "newPassword"] as const).map((name) => (
            <div className="field" key={name}>
              <label htmlFor={name}>{t(lang, name)}</label>
              <input
                id={name}
                name={name}
                type="password"
                autoComplete={name === "newPassword" ? "new-password" : "current-password"}
                required
                minLength={name === "newPassword" ? 12 : undefined}
                aria-invalid={field("password", name) ? true : undefined}
                aria-describedby={field("password", name) ? `${name}-error` : undefined}
              />
              {field("password", name) ? (
                <p id={`${name}-error`} className="error" tabIndex={-1} ref={focusIf("password", name)}>
                  {field("password", name)}
                </p>
              ) : null}
            </div>
          ))}
          <button type="submit" className="button" disabled={busy}>
            {t(lang, "changePassword")}
          </button>
        </Form>
      </section>

      <section className="panel narrow" aria-labelledby="mail-heading">
        <h2 id="mail-heading">{t(lang, "mailSettingsTitle")}</h2>
        {done("mail-settings") ? (
          <p className="notice" role="status" tabIndex={-1} ref={resultRef}>
            {t(lang, "settingsSaved")}
          </p>
        ) : null}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="mail-settings" />
          <fieldset className="field">
            <legend>{t(lang, "mailLanguage")}</legend>
            {(["ja", "en"] as const).map((l) => (
              <label key={l}>
                <input type="radio" name="language" value={l} defaultChecked={settings.language === l} />{" "}
                {t(lang, l === "ja" ? "languageJa" : "languageEn")}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label>
              <input type="checkbox" name="remindersEnabled" defaultChecked={settings.remindersEnabled} />{" "}
              {t(lang, "remindersEnabled")}
            </label>
          </div>
          <div className="field">
            <label htmlFor="reminderOffsets">{t(lang, "reminderOffsets")}</label>
            <input
              id="reminderOffsets"
              name="reminderOffsets"
              inputMode="numeric"
              defaultValue={settings.reminderOffsets.join(", ")}
              aria-invalid={field("mail-settings", "reminderOffsets") ? true : undefined}
              aria-describedby={`reminderOffsets-hint${field("mail-settings", "reminderOffsets") ? " reminderOffsets-error" : ""}`}
            />
            <p id="reminderOffsets-hint" className="hint">
              {t(lang, "reminderOffsetsHint")}
            </p>
            {field("mail-settings", "reminderOffsets") ? (
              <p
                id="reminderOffsets-error"
                className="error"
                tabIndex={-1}
                ref={focusIf("mail-settings", "reminderOffsets")}
              >
                {field("mail-settings", "reminderOffsets")}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t(lang, "saveSettings")}
          </button>
        </Form>
      </section>

      {feed ? (
        <section className="panel narrow" aria-labelledby="calendar-heading">
          <h2 id="calendar-heading">{t(lang, "calendarTitle")}</h2>
          <p>{t(lang, "calendarIntro")}</p>
          {result?.intent === "calendar-rotate" && result.feedUrl ? (
            <div className="notice" role="status">
              <p>{t(lang, "calendarNewUrl")}</p>
              <p className="feed-url" data-testid="feed-url">
                {result.feedUrl}
              </p>
            </div>
          ) : null}
          {done("calendar-revoke") ? (
            <p className="notice" role="status">
              {t(lang, "calendarRevoked")}
            </p>
          ) : null}
          <p data-testid="feed-status">
            {feed.active && feed.createdAt
              ? t(lang, "calendarActive", { date: formatDateTime(lang, feed.createdAt) })
              : t(lang, "calendarInactive")}
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="calendar-rotate" />
            <button type="submit" className="button" disabled={busy}>
              {t(lang, feed.active ? "calendarRotate" : "calendarCreate")}
            </button>
          </Form>
          {feed.active ? (
            <Form method="post">
              <input type="hidden" name="intent" value="calendar-revoke" />
              <button type="submit" className="button secondary" disabled={busy}>
                {t(lang, "calendarRevoke")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
