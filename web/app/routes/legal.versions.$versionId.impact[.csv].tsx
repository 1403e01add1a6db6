import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/utils/api.server";
import { orNotFound } from "~/utils/errors.server";

/** The impact analysis as a CSV download. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { api } = await requireRole(request, context, "legal");
  const version = await orNotFound(() => api.getVersion(params["versionId"] ?? ""));
  const csv = await api.impactCsv(version.id);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="impact-${version.serviceId}-${version.effectiveFrom}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
