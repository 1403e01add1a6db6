import { useFocusOnChange } from "~/hooks/useFocusOnChange";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import {
  data,
  redirect,
  type HeadersFunction,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { t } from "~/i18n/messages";
import { useLang } from "~/root";
import { apiFor } from "~/utils/api.server";
import { isAppError } from "~/utils/app-error";
import { safeRedirect } from "~/utils/safe-redirect";
import { formText } from "~/utils/form-json";

export const meta: MetaFunction = () => [{ title: "Sign in | Yakkan" }];

const DEMO = [
  { email: "admin@kyushu-logistics.example", role: "roleCustomerAdmin" },
  { email: "member@kyushu-logistics.example", role: "roleCustomerMember" },
  { email: "admin@hakata-design.example", role: "roleCustomerAdmin" },
  { email: "staff@yakkan.example", role: "roleStaff" },
  { email: "legal@yakkan.example", role: "roleLegal" },
] as const;

/** A refused sign-in says when to try again, on the document too. */
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { api } = await apiFor(request, context);
  if (api.viewer) throw redirect("/contracts");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = formText(form, "email");
  const password = formText(form, "password");
  const { lang, api } = await apiFor(request, context);
  try {
    const session = await api.signIn(email, password);
    const fallback = session.viewer.role === "staff" ? "/staff/requests" : "/contracts";
    return redirect(safeRedirect(form.get("redirectTo"), fallback), {
      headers: { "Set-Cookie": context.api.sessionCookie(session.token, session.expiresAt) },
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    const result = {
      email: email.slice(0, 254),
      message: error.text[lang],
      fields: Object.fromEntries(error.issues.map((i) => [String(i.path[0]), i.message[lang]])),
    };
    // Paused by the sign-in limits: say so the HTTP way too, with when to try again.
    if (error.retryAfterSeconds !== undefined)
      return data(result, { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } });
    return result;
  }
}

export default function Login() {
  const lang = useLang();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const fieldError = (name: string) => result?.fields[name];
  const summaryRef = useFocusOnChange<HTMLParagraphElement>(result);
  return (
    <section className="panel narrow" aria-labelledby="login-heading">
      <h1 id="login-heading">{t(lang, "signInTitle")}</h1>
      {result ? (
        <p className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          {result.message}
        </p>
      ) : null}
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <div className="field">
          <label htmlFor="email">{t(lang, "email")}</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={result?.email ?? ""}
            aria-invalid={fieldError("email") ? true : undefined}
            aria-describedby={fieldError("email") ? "email-error" : undefined}
          />
          {fieldError("email") ? (
            <p id="email-error" className="error">
              {fieldError("email")}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="password">{t(lang, "password")}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={fieldError("password") ? true : undefined}
            aria-describedby={fieldError("password") ? "password-error" : undefined}
          />
          {fieldError("password") ? (
            <p id="password-error" className="error">
              {fieldError("password")}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t(lang, "signingIn") : t(lang, "signIn")}
        </button>
      </Form>
      <details className="demo-accounts">
        <summary>{t(lang, "demoAccounts")}</summary>
        <ul>
          {DEMO.map((d) => (
            <li key={d.email}>
              <code>{d.email}</code> — {t(lang, d.role)}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
