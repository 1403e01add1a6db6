import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database } from "@yakkan/db";
import { schema } from "@yakkan/db";
import type { ServiceRegistry } from "@yakkan/terms";

/** JSON with object keys sorted, so equal content always hashes equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function contentHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

/**
 * Records every version of the shipped terms data in `terms_versions` (once; rows are never
 * rewritten). Returns the versions whose shipped content differs from the recorded one: a published
 * version must not change, so the caller reports them.
 */
export async function syncTermsVersions(db: Database, registry: ServiceRegistry): Promise<string[]> {
  const changed: string[] = [];
  for (const service of registry.list()) {
    for (const v of service.versions) {
      const hash = contentHash(v);
      const [existing] = await db
        .select({ contentHash: schema.termsVersions.contentHash })
        .from(schema.termsVersions)
        .where(and(eq(schema.termsVersions.serviceId, service.id), eq(schema.termsVersions.version, v.version)));
      if (existing) {
        if (existing.contentHash !== hash) changed.push(`${service.id} ${v.version}`);
        continue;
      }
      await db
        .insert(schema.termsVersions)
        .values({
          serviceId: service.id,
          version: v.version,
          effectiveFrom: v.effectiveFrom,
          effectiveTo: v.effectiveTo ?? null,
          status: "published",
          contentHash: hash,
          content: v,
          publishedAt: new Date(),
        })
        .onConflictDoNothing();
    }
  }
  return changed;
}

export const versionKey = (serviceId: string, version: string) => `${serviceId}\u0000${version}`;
