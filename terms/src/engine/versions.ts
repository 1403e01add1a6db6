import type { IsoDate, ServiceDefinition, TermsBody, TermsVersionDef } from "../dsl/index.js";
import { NoTermsInForceError, TermsNotAvailableError } from "./errors.js";

/** The public face of a terms version: which one a result was computed under. */
export interface TermsVersionRef {
  serviceId: string;
  version: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  /** False when the sources give this version's date but not its text. */
  computable: boolean;
}

export function versionRef(serviceId: string, v: TermsVersionDef): TermsVersionRef {
  return {
    serviceId,
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo ?? null,
    computable: v.terms !== undefined,
  };
}

/** Versions in order of effectiveFrom, per service (service data is immutable once loaded). */
const sortedVersions = new WeakMap<ServiceDefinition, TermsVersionDef[]>();

/** The version in force on a date (ISO dates compare correctly as strings). */
export function versionInForce(service: ServiceDefinition, asOf: IsoDate): TermsVersionDef {
  let sorted = sortedVersions.get(service);
  if (!sorted) {
    sorted = [...service.versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    sortedVersions.set(service, sorted);
  }
  const first = sorted[0];
  if (first === undefined || asOf < first.effectiveFrom) {
    throw new NoTermsInForceError(service.id, asOf, first?.effectiveFrom ?? asOf);
  }
  let inForce: TermsVersionDef | undefined;
  for (const v of sorted)
    if (v.effectiveFrom <= asOf && (v.effectiveTo === undefined || asOf <= v.effectiveTo)) inForce = v;
  if (inForce === undefined) throw new NoTermsInForceError(service.id, asOf, first.effectiveFrom);
  return inForce;
}

/** The computable terms in force on a date, or a clear error. */
export function termsInForce(
  service: ServiceDefinition,
  asOf: IsoDate,
): { version: TermsVersionDef; terms: TermsBody } {
  const version = versionInForce(service, asOf);
  if (version.terms === undefined) throw new TermsNotAvailableError(service.id, version.version, asOf);
  return { version, terms: version.terms };
}
