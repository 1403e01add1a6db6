import { useFocusOnChange } from "~/hooks/useFocusOnChange";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { t } from "~/i18n/messages";
import { useLang } from "~/root";
import { requireUser } from "~/utils/api.server";
import { isAppError } from "~/utils/app-error";

export const meta: MetaFunction = () => [{ title: "アカウント | Yakkan" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { lang, api } = await requireUser(request, context);
  const form = await request.formData();
  try {
    await api.changePassword({ currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") });
    return { ok: true, fields: {} as Record<string, string> };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { ok: false, fields: Object.fromEntries(e.issues.map((i) => [String(i.path[0]), i.message[lang]])) };
  }
}

export default function Account() {
  const lang = useLang();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const field = (name: string) => result?.fields[name];
  const resultRef = useFocusOnChange<HTMLParagraphElement>(result);
  return (
    <section className="panel narrow" aria-labelledby="account-heading">
      <h1 id="account-heading">{t(lang, "changePassword")}</h1>
      {result?.ok ? (
        <p className="notice" role="status" tabIndex={-1} ref={resultRef}>
          {t(lang, "passwordChanged")}
        </p>
      ) : null}
      <Form method="post" noValidate>
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
              aria-invalid={field(name) ? true : undefined}
              aria-describedby={field(name) ? `${name}-error` : undefined}
            />
            {field(name) ? (
              <p id={`${name}-error`} className="error" tabIndex={-1} ref={result && !result.ok && Object.keys(result.fields)[0] === name ? resultRef : undefined}>
                {field(name)}
              </p>
            ) : null}
          </div>
        ))}
        <button type="submit" className="button" disabled={busy}>
          {t(lang, "changePassword")}
        </button>
      </Form>
    </section>
  );
}
