import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/utils/api.server";

/**
 * How far the signed-in legal user's impact analysis of this version has come (polled by the
 * impact page while it computes): { done, total }, or null when none is running on this server.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { api } = await requireRole(request, context, "legal");
  const progress = api.impactProgress(params["versionId"] ?? "");
  return Response.json({ progress }, { headers: { "Cache-Control": "private, no-store" } });
}
