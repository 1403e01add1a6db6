import { count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema, seedDemoData } from "../src/index.js";
import { backends, openTestDb } from "../src/testing.js";

describe.each(backends())("the database on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof openTestDb>>;
  beforeAll(async () => {
    handle = await openTestDb(kind);
  });
  afterAll(async () => {
    await handle?.drop();
  });

  it("is migrated to the committed schema on open", async () => {
    const tables = await handle.maintenance((db) =>
      db.execute<{ table_name: string }>(
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      ),
    );
    const names = (tables as { rows?: { table_name: string }[] }).rows ?? (tables as { table_name: string }[]);
    expect(names.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(["app_meta", "contracts", "organizations", "terms_versions", "users"]),
    );
  });

  it("seeds the demo data once, however often it is asked", async () => {
    const seed = () =>
      handle.maintenance((db) => seedDemoData(db, { hashPassword: (p) => Promise.resolve(`test-hash:${p}`) }));
    const results = await Promise.all([seed(), seed(), seed()]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await seed()).toBe(false);
    const [orgs] = await handle.maintenance((db) => db.select({ n: count() }).from(schema.organizations));
    const [contracts] = await handle.maintenance((db) => db.select({ n: count() }).from(schema.contracts));
    expect(orgs?.n).toBe(4);
    expect(contracts?.n).toBe(7);
  });

  it("rejects a user role the application does not know", async () => {
    const [org] = await handle.maintenance((db) => db.select().from(schema.organizations).limit(1));
    const error = await handle
      .maintenance((db) =>
        db.execute(
          sql`insert into users (organization_id, email, display_name, role) values (${org!.id}, 'x@example.com', 'X', 'owner')`,
        ),
      )
      .catch((e: unknown) => e);
    expect(databaseMessage(error)).toMatch(/violates check constraint "users_role_check"/);
  });

  it("refuses a terms version that ends before it starts", async () => {
    await expect(
      handle.maintenance((db) =>
        db.insert(schema.termsVersions).values({
          serviceId: "s",
          version: "v",
          effectiveFrom: "2026-01-02",
          effectiveTo: "2026-01-01",
          status: "draft",
          contentHash: "h",
          content: {},
        }),
      ),
    ).rejects.toSatisfy((e) => /terms_versions_effective_range_check/.test(databaseMessage(e)));
  });
});

describe.each(backends())("the audit log on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof openTestDb>>;
  beforeAll(async () => {
    handle = await openTestDb(kind);
  });
  afterAll(async () => {
    await handle?.drop();
  });

  it("refuses UPDATE and DELETE even from a direct SQL session", async () => {
    await handle.maintenance((db) =>
      db.insert(schema.auditLog).values({ action: "test", entityType: "t", entityId: "1" }),
    );
    const update = await handle
      .maintenance((db) => db.execute(sql`update audit_log set action = 'changed'`))
      .catch((e: unknown) => e);
    const remove = await handle.maintenance((db) => db.execute(sql`delete from audit_log`)).catch((e: unknown) => e);
    expect(databaseMessage(update)).toMatch(/audit_log is append-only \(UPDATE refused\)/);
    expect(databaseMessage(remove)).toMatch(/audit_log is append-only \(DELETE refused\)/);
    const [row] = await handle.maintenance((db) => db.select({ n: count() }).from(schema.auditLog));
    expect(row?.n).toBe(1);
  });
});

/** The database's own message: drizzle wraps driver errors, whose text is in `cause`. */
function databaseMessage(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : String(error);
}

describe.each(backends())("published terms versions on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof openTestDb>>;
  beforeAll(async () => {
    handle = await openTestDb(kind);
  });
  afterAll(async () => {
    await handle?.drop();
  });

  const version = (status: "draft" | "published", label: string) => ({
    serviceId: "s",
    version: label,
    effectiveFrom: "2027-01-01",
    status,
    contentHash: "h",
    content: { label },
  });

  it("refuses UPDATE and DELETE of a published version even from a direct SQL session", async () => {
    await handle.maintenance((db) => db.insert(schema.termsVersions).values(version("published", "v1")));
    const update = await handle
      .maintenance((db) => db.execute(sql`update terms_versions set content = '{"x":1}' where version = 'v1'`))
      .catch((e: unknown) => e);
    const remove = await handle
      .maintenance((db) => db.execute(sql`delete from terms_versions where version = 'v1'`))
      .catch((e: unknown) => e);
    expect(databaseMessage(update)).toMatch(/is published and cannot be changed/);
    expect(databaseMessage(remove)).toMatch(/is published and cannot be deleted/);
  });

  it("lets a draft change, but publishes it only with a second person's approval", async () => {
    await handle.maintenance((db) => db.insert(schema.termsVersions).values(version("draft", "v2")));
    await handle.maintenance((db) =>
      db.execute(sql`update terms_versions set content = '{"edited":true}' where version = 'v2'`),
    );
    const alone = await handle
      .maintenance((db) => db.execute(sql`update terms_versions set status = 'published' where version = 'v2'`))
      .catch((e: unknown) => e);
    expect(databaseMessage(alone)).toMatch(/needs the approval of a second person/);
  });
});
