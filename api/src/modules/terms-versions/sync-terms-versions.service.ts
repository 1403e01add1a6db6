import type { Database } from "@yakkan/db";
import type { ServiceRegistry } from "@yakkan/terms";
import { toJsonObject } from "../common/json.js";
import { contentHash, versionKey } from "./content-hash.js";
import { insertShippedVersion, notifyTermsChanged, recordedHashes } from "./terms-versions.repository.js";

/**
 * Records every version of the shipped terms data in `terms_versions` (once; rows are never
 * rewritten). Returns the versions whose shipped content differs from the recorded one: a published
 * version must not change, so the caller reports them.
 */
export async function syncTermsVersions(db: Database, registry: ServiceRegistry): Promise<string[]> {
  const changed: string[] = [];
  let recorded = false;
  const recordedHash = await recordedHashes(db);
  for (const service of registry.list()) {
    for (const v of service.versions) {
      const hash = contentHash(v);
      const existing = recordedHash.get(versionKey(service.id, v.version));
      if (existing !== undefined) {
        if (existing !== hash) changed.push(`${service.id} ${v.version}`);
        continue;
      }
      if (await insertShippedVersion(db, service.id, v, hash, toJsonObject(v))) recorded = true;
    }
  }
  // A new shipped version reaches the processes already running (a rolling deploy) at once.
  if (recorded) await notifyTermsChanged(db);
  return changed;
}
