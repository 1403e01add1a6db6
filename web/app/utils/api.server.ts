import { redirect } from "@remix-run/node";
import type { AppLoadContext } from "@remix-run/node";
import { readCookie, SESSION_COOKIE, type RequestApi, type Viewer } from "@yakkan/api";
import { getLang } from "~/i18n/lang.server";
import type { Lang } from "~/i18n/messages";

/** The API for this request, as its signed-in user (if any), in the visitor's language. */
export async function apiFor(request: Request, context: AppLoadContext): Promise<{ lang: Lang; api: RequestApi }> {
  const lang = await getLang(request);
  const sessionToken = readCookie(request.headers.get("Cookie"), SESSION_COOKIE);
  return { lang, api: await context.api.forRequest({ lang, sessionToken, clientAddress: context.clientAddress }) };
}

/** Like apiFor, but sends visitors who are not signed in to the sign-in page and back. */
export async function requireUser(
  request: Request,
  context: AppLoadContext,
): Promise<{ lang: Lang; api: RequestApi; viewer: Viewer }> {
  const { lang, api } = await apiFor(request, context);
  if (!api.viewer) {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return { lang, api, viewer: api.viewer };
}

/** Only these roles may open the page: others get 404, as if it did not exist. */
export async function requireRole(request: Request, context: AppLoadContext, ...roles: Viewer["role"][]) {
  const session = await requireUser(request, context);
  if (!roles.includes(session.viewer.role)) throw new Response("Not found", { status: 404 });
  return session;
}
