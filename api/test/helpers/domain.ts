import { eq } from "drizzle-orm";
import { ANONYMOUS, schema, seedDemoData } from "@yakkan/db";
import { openTestDb, type BackendKind } from "@yakkan/db/testing";
import { builtInServices } from "@yakkan/terms";
import type { ApiContext } from "../../src/context.js";
import type { Viewer } from "../../src/modules/auth/viewer.js";
import { DEFAULT_RATE_LIMITS, RateLimits } from "../../src/modules/rate-limits/rate-limits.service.js";
import { syncTermsVersions } from "../../src/modules/terms-versions/sync-terms-versions.service.js";
import { TermsStore } from "../../src/modules/terms-versions/terms-store.js";

/**
 * A migrated database with the shipped terms and the demo data, and ApiContexts on it as any demo
 * user: for testing the api's domain modules directly (services and repositories), without HTTP.
 */
export async function openDomain(kind: BackendKind, now: Date) {
  const handle = await openTestDb(kind);
  const services = builtInServices();
  await handle.maintenance(async (owner) => {
    await syncTermsVersions(owner, services);
    await seedDemoData(owner, { hashPassword: (p) => Promise.resolve(`test-hash:${p}`) });
  });
  const anonymous = handle.as(ANONYMOUS);
  const snapshot = await new TermsStore(services).current(anonymous);
  const limits = new RateLimits(anonymous, DEFAULT_RATE_LIMITS);

  async function viewer(email: string): Promise<Viewer> {
    const [row] = await handle.maintenance((db) =>
      db
        .select({ user: schema.users, org: schema.organizations })
        .from(schema.users)
        .innerJoin(schema.organizations, eq(schema.organizations.id, schema.users.organizationId))
        .where(eq(schema.users.email, email)),
    );
    if (!row) throw new Error(`no demo user ${email}`);
    return {
      userId: row.user.id,
      email,
      displayName: row.user.displayName,
      role: row.user.role,
      organizationId: row.org.id,
      organizationName: row.org.name,
      organizationNameEn: row.org.nameEn,
      expiresAt: new Date(now.getTime() + 3_600_000),
    };
  }

  /** The context a request by this user (or an anonymous one) would get. */
  async function as(email: string | null, lang: "ja" | "en" = "ja"): Promise<ApiContext> {
    const v = email ? await viewer(email) : null;
    return {
      db: handle.as(v ? { userId: v.userId, organizationId: v.organizationId, role: v.role } : ANONYMOUS),
      dbAs: (c) => handle.as(c),
      services: snapshot.registry,
      versionRows: snapshot.rows,
      lang,
      publicOrigin: "https://yakkan.test",
      now: () => now,
      viewer: v,
      clientAddress: "domain-test",
      limits,
    };
  }

  return { handle, as, drop: () => handle.drop() };
}
