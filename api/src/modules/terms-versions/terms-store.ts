import type { Database } from "@yakkan/db";
import { addDays, loadService, ServiceRegistry, type ServiceDefinition, type TermsVersionDef } from "@yakkan/terms";
import { versionKey } from "./content-hash.js";
import { contentOf, liveSignature, liveVersions } from "./terms-versions.repository.js";

/** A published (or scheduled) version as stored: its row id and when it was published. */
export interface VersionRow {
  id: string;
  publishedAt: Date | null;
}

export interface TermsSnapshot {
  registry: ServiceRegistry;
  /** Row of each version in force or scheduled, keyed by versionKey(serviceId, version). */
  rows: Map<string, VersionRow>;
}

/**
 * Orders versions and closes each one the day before the next starts: a published version's row is
 * immutable, so a later version cannot rewrite its effectiveTo — it is derived instead.
 */
export function withDerivedEnds(versions: TermsVersionDef[]): TermsVersionDef[] {
  const sorted = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return sorted.map((v, i) => {
    const next = sorted[i + 1];
    if (!next) return v;
    const dayBefore = addDays(next.effectiveFrom, -1);
    return { ...v, effectiveTo: v.effectiveTo && v.effectiveTo < dayBefore ? v.effectiveTo : dayBefore };
  });
}

/**
 * The terms the engine computes with come from `terms_versions` (published and scheduled rows), not
 * from code: what legal publishes is what quotes use. Service names and documents come from the
 * shipped definitions. The snapshot is rebuilt only when the published set changes (one small query
 * per request tells).
 */
export class TermsStore {
  private cache: (TermsSnapshot & { signature: string }) | undefined;

  constructor(private readonly shipped: ServiceRegistry) {}

  async current(db: Database): Promise<TermsSnapshot> {
    const signature = await liveSignature(db);
    if (this.cache?.signature === signature) return this.cache;
    const rows = await liveVersions(db);
    const byService = new Map<string, { def: TermsVersionDef; row: (typeof rows)[number] }[]>();
    for (const row of rows) {
      const def = contentOf(row);
      byService.set(row.serviceId, [...(byService.get(row.serviceId) ?? []), { def, row }]);
    }
    const services: ServiceDefinition[] = [];
    for (const meta of this.shipped.list()) {
      const versions = byService.get(meta.id)?.map((v) => v.def) ?? meta.versions;
      services.push(loadService({ ...meta, versions: withDerivedEnds(versions) }));
    }
    const rowMap = new Map(rows.map((r) => [versionKey(r.serviceId, r.version), { id: r.id, publishedAt: r.publishedAt }]));
    this.cache = { signature, registry: new ServiceRegistry(services), rows: rowMap };
    return this.cache;
  }
}
