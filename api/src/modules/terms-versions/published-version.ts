import type { TermsVersionRef } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { toTermsVersion, type TermsVersion } from "../common/terms-version.type.js";
import { versionKey } from "./content-hash.js";

/** The GraphQL TermsVersion of a result, with its stored row and the time it was published. */
export function publishedVersionOf(ctx: Pick<ApiContext, "versionRows">, ref: TermsVersionRef): TermsVersion {
  const row = ctx.versionRows.get(versionKey(ref.serviceId, ref.version));
  return toTermsVersion(ref, row?.publishedAt ?? null, row?.id ?? null);
}

/** The same, for callers that await it. */
export function publishedVersion(ctx: Pick<ApiContext, "versionRows">, ref: TermsVersionRef): Promise<TermsVersion> {
  return Promise.resolve(publishedVersionOf(ctx, ref));
}
