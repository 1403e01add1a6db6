import {
  tokyoDate,
  versionInForce,
  versionRef,
  type ParameterSpec,
  type ServiceDefinition,
  type TermsVersionRef,
} from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { withAppErrors, type Lang } from "../../errors.js";
import { versionKey } from "../terms-versions/content-hash.js";

export interface ServiceDescription {
  definition: ServiceDefinition;
  /** The service's name in the request's language. */
  displayName: string;
  currentVersion: TermsVersionRef & { publishedAt: Date | null; id: string | null };
  versions: (TermsVersionRef & { publishedAt: Date | null; id: string | null })[];
  /** The parameter specs of the version in force today (empty if its text is not available). */
  parameters: ParameterSpec[];
}

function describe(
  definition: ServiceDefinition,
  today: string,
  rows: ApiContext["versionRows"],
  lang: Lang,
): ServiceDescription {
  const withPublished = (ref: TermsVersionRef) => {
    const row = rows.get(versionKey(ref.serviceId, ref.version));
    return { ...ref, publishedAt: row?.publishedAt ?? null, id: row?.id ?? null };
  };
  const current = withAppErrors(lang, () => versionInForce(definition, today));
  return {
    definition,
    displayName: lang === "ja" ? definition.name : definition.nameEn,
    currentVersion: withPublished(versionRef(definition.id, current)),
    versions: [...definition.versions]
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
      .map((v) => withPublished(versionRef(definition.id, v))),
    parameters: current.terms?.parameters ?? [],
  };
}

/** Every service, each with its versions and the parameters of the version in force today. */
export function listServices(ctx: ApiContext): Promise<ServiceDescription[]> {
  const today = tokyoDate(ctx.now());
  return Promise.resolve(ctx.services.list().map((s) => describe(s, today, ctx.versionRows, ctx.lang)));
}

/** One service by id, or null when there is none. */
export function findService(ctx: ApiContext, id: string): Promise<ServiceDescription | null> {
  const definition = ctx.services.find(id);
  return Promise.resolve(definition ? describe(definition, tokyoDate(ctx.now()), ctx.versionRows, ctx.lang) : null);
}
