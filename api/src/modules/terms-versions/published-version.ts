import type { TermsVersionRef } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { toTermsVersion, type TermsVersion } from "../common/terms-version.type.js";
import { publishedAtByVersion, versionKey } from "./sync-terms-versions.js";

/** The GraphQL TermsVersion of a result, with the time the version was published. */
export async function publishedVersion(ctx: ApiContext, ref: TermsVersionRef): Promise<TermsVersion> {
  const published = await publishedAtByVersion(ctx.db);
  return toTermsVersion(ref, published.get(versionKey(ref.serviceId, ref.version)) ?? null);
}
