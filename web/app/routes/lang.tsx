import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { langCookie } from "~/i18n/lang.server";
import { safeRedirect } from "~/utils/safe-redirect";

/** Switches the portal language and returns to the page the visitor was on (same site only). */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const lang = form.get("lang") === "en" ? "en" : "ja";
  return redirect(safeRedirect(form.get("redirectTo")), {
    headers: { "Set-Cookie": await langCookie.serialize(lang) },
  });
}

export function loader() {
  return redirect("/");
}
