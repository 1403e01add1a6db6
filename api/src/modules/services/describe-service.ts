import { tokyoDate, versionInForce, versionRef, type ParameterSpec, type ServiceDefinition, type TermsVersionRef } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { AppError, withAppErrors, type Lang } from "../../errors.js";
import { publishedAtByVersion, versionKey } from "../terms-versions/sync-terms-versions.js";

export interface ServiceDescription {
  definition: ServiceDefinition;
  currentVersion: TermsVersionRef & { publishedAt: Date | null };
  versions: (TermsVersionRef & { publishedAt: Date | null })[];
  /** The parameter specs of the version in force today (empty if its text is not available). */
  parameters: ParameterSpec[];
}

function describe(
  definition: ServiceDefinition,
  today: string,
  published: Map<string, Date | null>,
  lang: Lang,
): ServiceDescription {
  const withPublished = (ref: TermsVersionRef) => ({
    ...ref,
    publishedAt: published.get(versionKey(ref.serviceId, ref.version)) ?? null,
  });
  const current = withAppErrors(lang, () => versionInForce(definition, today));
  return {
    definition,
    currentVersion: withPublished(versionRef(definition.id, current)),
    versions: [...definition.versions]
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
      .map((v) => withPublished(versionRef(definition.id, v))),
    parameters: current.terms?.parameters ?? [],
  };
}

/** Every service, each with its versions and the parameters of the version in force today. */
export async function listServices(ctx: ApiContext): Promise<ServiceDescription[]> {
  const published = await publishedAtByVersion(ctx.db);
  const today = tokyoDate(ctx.now());
  return ctx.services.list().map((s) => describe(s, today, published, ctx.lang));
}

/** One service by id, or null when there is none. */
export async function findService(ctx: ApiContext, id: string): Promise<ServiceDescription | null> {
  const definition = ctx.services.find(id);
  if (!definition) return null;
  return describe(definition, tokyoDate(ctx.now()), await publishedAtByVersion(ctx.db), ctx.lang);
}

/** One service by id, or NOT_FOUND. */
export async function getService(ctx: ApiContext, id: string): Promise<ServiceDescription> {
  const service = await findService(ctx, id);
  if (!service) throw new AppError("NOT_FOUND", { ja: `サービス「${id}」はありません。`, en: `There is no service "${id}".` }, [], ctx.lang);
  return service;
}
