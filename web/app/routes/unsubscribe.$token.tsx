import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { t } from "~/i18n/messages";
import { apiFor } from "~/utils/api.server";

export const meta: MetaFunction = () => [{ title: "配信停止 | Yakkan" }, { name: "robots", content: "noindex" }];

/**
 * The unsubscribe link of a reminder mail: no sign-in (the token names the recipient). Opening it
 * changes nothing — mail scanners follow links — the button does.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { lang, api } = await apiFor(request, context);
  const target = await api.unsubscribeTarget(params["token"] ?? "");
  return { lang, target };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { api } = await apiFor(request, context);
  return { done: await api.unsubscribe(params["token"] ?? "") };
}

export default function Unsubscribe() {
  const { lang, target } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <section className="panel narrow" aria-labelledby="unsubscribe-heading">
      <h1 id="unsubscribe-heading">{t(lang, "unsubscribeTitle")}</h1>
      {result?.done ? (
        <p className="notice" role="status">
          {t(lang, "unsubscribeDone")}
        </p>
      ) : !target || result ? (
        <p className="error" role="alert">
          {t(lang, "unsubscribeUnknown")}
        </p>
      ) : !target.remindersEnabled ? (
        <p className="notice">{t(lang, "unsubscribeAlready")}</p>
      ) : (
        <Form method="post">
          <p>{t(lang, "unsubscribeConfirm", { email: target.email })}</p>
          <button type="submit" className="button">
            {t(lang, "unsubscribeAction")}
          </button>
        </Form>
      )}
    </section>
  );
}
