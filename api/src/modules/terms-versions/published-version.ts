import type { TermsVersionRef } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { toTermsVersion, type TermsVersion } from "../common/terms-version.type.js";
import { versionKey } from "./content-hash.js";

/** The GraphQL TermsVersion of a result, with the time the version was published. */
export async function publishedVersion(ctx: ApiContext, ref: TermsVersionRef): Promise<TermsVersion> {
  const row = ctx.versionRows.get(versionKey(ref.serviceId, ref.version));
  return { ...toTermsVersion(ref, row?.publishedAt ?? null), id: row?.id ?? null };
}
