import type { LoaderFunctionArgs } from "@remix-run/node";

/**
 * A user's subscribable calendar (the token in the URL is the only credential; only its sha256 is
 * stored): every deadline of their organisation's contracts with alarms. Unknown or revoked: 404.
 */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const token = (params["token"] ?? "").replace(/\.ics$/, "");
  const feed = await context.api.calendarFeed(token);
  if (feed === null) throw new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(feed, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
