import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData, type DbContext } from "../src/index.js";
import { backends, createTestDatabase, type TestDatabase } from "../src/testing.js";
import { createDb, type DbHandle } from "../src/client.js";

/** Tables holding an organisation's or a user's data: each must have row-level security forced. */
const TENANT_TABLES = [
  "audit_log",
  "calendar_feeds",
  "contracts",
  "idempotency_keys",
  "notices",
  "organizations",
  "outbox",
  "quote_snapshots",
  "requests",
  "sessions",
  "terms_versions",
  "users",
];

type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] => (result as { rows?: Row[] }).rows ?? (result as Row[]);
const messageOf = (error: unknown): string => {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
};

describe.each(backends())("the database defends itself on %s", (kind) => {
  let database: TestDatabase;
  let handle: DbHandle;
  const ids = { kyushu: "", hakata: "", kyushuAdmin: "", hakataAdmin: "", legal: "", legal2: "" };
  const customer = (): DbContext => ({ userId: ids.kyushuAdmin, organizationId: ids.kyushu, role: "customer-admin" });
  const legal = (who: "legal" | "legal2"): DbContext => ({ userId: ids[who], organizationId: null, role: "legal" });
  const run = (context: DbContext, query: ReturnType<typeof sql>) => handle.as(context).execute(query).then(rowsOf);
  const refusal = (context: DbContext, query: ReturnType<typeof sql>) =>
    run(context, query).then(() => "accepted", messageOf);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    handle = await createDb({
      databaseUrl: database.env["DATABASE_URL"],
      migrationDatabaseUrl: database.env["MIGRATION_DATABASE_URL"],
      dataDir: database.env["DATA_DIR"],
    });
    await handle.maintenance((db) => seedDemoData(db, { hashPassword: (p) => Promise.resolve(`test-hash:${p}`) }));
    const orgs = await handle.maintenance((db) => db.execute(sql`select id, slug from organizations`).then(rowsOf));
    const users = await handle.maintenance((db) => db.execute(sql`select id, email from users`).then(rowsOf));
    const org = (slug: string) => String(orgs.find((o) => o["slug"] === slug)?.["id"]);
    const user = (email: string) => String(users.find((u) => u["email"] === email)?.["id"]);
    Object.assign(ids, {
      kyushu: org("kyushu-logistics"),
      hakata: org("hakata-design"),
      kyushuAdmin: user("admin@kyushu-logistics.example"),
      hakataAdmin: user("admin@hakata-design.example"),
      legal: user("legal@yakkan.example"),
      legal2: user("legal2@yakkan.example"),
    });
  });
  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  });

  it("runs the application as a role that owns nothing, is no superuser and cannot bypass row-level security", async () => {
    const role = await handle.appRole();
    expect(role).toMatchObject({ superuser: false, bypassRls: false, ownsTables: false });
    expect(role.name).toBe(kind === "postgres" ? "yakkan_server" : "yakkan_app");
  });

  it("forces row-level security on every table with an organisation's or a user's data", async () => {
    const tables = await handle.maintenance((db) =>
      db
        .execute(
          sql`select relname, relrowsecurity, relforcerowsecurity from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'public' and c.relkind = 'r' order by relname`,
        )
        .then(rowsOf),
    );
    const forced = tables.filter((t) => t["relrowsecurity"] && t["relforcerowsecurity"]).map((t) => t["relname"]);
    expect(forced).toEqual(TENANT_TABLES);
    // The rest hold no tenant's data: the seed marker and the rate limiter's counters.
    expect(tables.map((t) => t["relname"]).filter((n) => !TENANT_TABLES.includes(String(n)))).toEqual([
      "app_meta",
      "rate_limits",
    ]);
  });

  it("gives a direct SQL session as the application role 0 rows of another organisation", async () => {
    const counts =
      kind === "postgres"
        ? await directSessionCounts(database.env["DATABASE_URL"]!, ids.kyushu, ids.hakata)
        : await appPathCounts();
    expect(counts).toEqual({
      otherContracts: 0,
      otherRequests: 0,
      otherUsers: 0,
      otherAuditRows: 0,
      ownContracts: 2,
      noContextContracts: 0,
      claimedSystem: 0,
    });

    async function appPathCounts() {
      const count = async (context: DbContext, query: ReturnType<typeof sql>) =>
        Number((await run(context, query))[0]?.["n"]);
      const hakataOnly = (table: string) =>
        sql`select count(*) as n from ${sql.identifier(table)} where organization_id = ${ids.hakata}`;
      return {
        otherContracts: await count(customer(), hakataOnly("contracts")),
        otherRequests: await count(customer(), hakataOnly("requests")),
        otherUsers: await count(customer(), hakataOnly("users")),
        otherAuditRows: await count(customer(), hakataOnly("audit_log")),
        ownContracts: await count(customer(), sql`select count(*) as n from contracts`),
        noContextContracts: await count(
          { userId: null, organizationId: null, role: "anonymous" },
          sql`select count(*) as n from contracts`,
        ),
        claimedSystem: await count(
          { userId: null, organizationId: null, role: "system" },
          sql`select count(*) as n from contracts`,
        ),
      };
    }
  });

  it("reads each organisation's rows alone when two organisations' requests share the connections at once, alone and in transactions", async () => {
    const owned = await handle.maintenance((db) =>
      db
        .execute(sql`select organization_id as org, count(*) as n from contracts group by organization_id`)
        .then(rowsOf),
    );
    const expected = (org: string) => Number(owned.find((r) => r["org"] === org)?.["n"] ?? 0);
    expect(expected(ids.kyushu)).toBeGreaterThan(0);
    expect(expected(ids.hakata)).toBeGreaterThan(0);
    const admin = (org: "kyushu" | "hakata"): DbContext => ({
      userId: org === "kyushu" ? ids.kyushuAdmin : ids.hakataAdmin,
      organizationId: ids[org],
      role: "customer-admin",
    });
    // A parameter makes each a prepared statement; the context must reach the first statement.
    const visible = (other: string) =>
      sql`select count(*) as n, count(*) filter (where organization_id = ${other}) as other from contracts`;
    const reads = Array.from({ length: 120 }, async (_, i) => {
      const org: "kyushu" | "hakata" = i % 2 ? "kyushu" : "hakata";
      const other = org === "kyushu" ? ids.hakata : ids.kyushu;
      const db = handle.as(admin(org));
      const rows =
        i % 3 === 0
          ? await db.transaction(async (tx) => {
              const first = rowsOf(await tx.execute(visible(other)));
              const second = rowsOf(await tx.execute(visible(other)));
              return [...first, ...second];
            })
          : rowsOf(await db.execute(visible(other)));
      return rows.map((r) => ({ org, n: Number(r["n"]), other: Number(r["other"]) }));
    });
    for (const row of (await Promise.all(reads)).flat()) {
      expect(row).toEqual({ org: row.org, n: expected(ids[row.org]), other: 0 });
    }
  });

  it("refuses the application role what only the owner may do: DDL, disabling triggers, rewriting the audit log, reading password hashes", async () => {
    expect(await refusal(customer(), sql`alter table audit_log disable trigger all`)).toMatch(/must be owner/);
    expect(await refusal(customer(), sql`drop table contracts`)).toMatch(/must be owner/);
    expect(await refusal(customer(), sql`update audit_log set action = 'x'`)).toMatch(/permission denied/);
    expect(await refusal(customer(), sql`delete from audit_log`)).toMatch(/permission denied/);
    expect(await refusal(legal("legal"), sql`select password_hash from users`)).toMatch(/permission denied/);
    expect(await refusal(customer(), sql`create table evil (x int)`)).toMatch(/permission denied/);
  });

  it("refuses a customer's write about another organisation", async () => {
    const [contract] = await handle.maintenance((db) =>
      db.execute(sql`select id from contracts where organization_id = ${ids.hakata} limit 1`).then(rowsOf),
    );
    const [version] = await handle.maintenance((db) =>
      db
        .execute(
          sql`insert into terms_versions (service_id, version, effective_from, status, content_hash, content)
                     values ('s', 'for-requests', '2020-01-01', 'published', 'h', '{}') returning id`,
        )
        .then(rowsOf),
    );
    const insert = sql`insert into requests (organization_id, contract_id, kind, payload, quote, terms_version_id, submitted_by)
      values (${ids.hakata}, ${contract!["id"]}, 'cancellation', '{}', '{}', ${version!["id"]}, ${ids.kyushuAdmin})`;
    expect(await refusal(customer(), insert)).toMatch(/row-level security/);
    // A customer's own contracts are not theirs to change: the update finds no row it may touch.
    await run(customer(), sql`update contracts set status = 'ended' where organization_id = ${ids.kyushu}`);
    const ended = await handle.maintenance((db) =>
      db.execute(sql`select count(*) as n from contracts where status = 'ended'`).then(rowsOf),
    );
    expect(Number(ended[0]!["n"])).toBe(0);
  });

  it("enforces four eyes: only the author edits and asks for review; the approver is neither author nor editor, in their own session", async () => {
    const [draft] = await run(
      legal("legal"),
      sql`insert into terms_versions (service_id, version, effective_from, status, content_hash, content, author_id)
          values ('s', 'four-eyes', '2030-01-01', 'draft', 'h', '{"v":1}', ${ids.legal}) returning id`,
    );
    const id = draft!["id"];
    const update = (who: "legal" | "legal2", set: ReturnType<typeof sql>) =>
      refusal(legal(who), sql`update terms_versions set ${set} where id = ${id}`);

    expect(await update("legal2", sql`content = '{"v":2}'`)).toMatch(/only the author edits a draft/);
    expect(await update("legal2", sql`review_requested_at = now()`)).toMatch(/only the author asks for review/);
    expect(await update("legal", sql`content = '{"v":3}'`)).toBe("accepted");
    expect(await update("legal", sql`review_requested_at = now()`)).toBe("accepted");
    const [row] = await run(
      legal("legal"),
      sql`select editor_ids::text as editors from terms_versions where id = ${id}`,
    );
    expect(row!["editors"]).toBe(`{${ids.legal}}`);

    expect(await update("legal", sql`status = 'published', approved_by = ${ids.legal}`)).toMatch(
      /needs the approval of a second person/,
    );
    expect(await update("legal2", sql`status = 'published', approved_by = ${ids.hakataAdmin}`)).toMatch(
      /approves in their own session/,
    );
    expect(await update("legal2", sql`status = 'published', approved_by = ${ids.legal2}, content = '{"v":4}'`)).toMatch(
      /published as it was reviewed/,
    );
    expect(await update("legal2", sql`status = 'published', approved_by = ${ids.legal2}`)).toBe("accepted");
    expect(await update("legal", sql`content = '{"v":5}'`)).toMatch(/is published and cannot be changed/);
  });

  it("lets nobody insert a published version, and withdraws the review request on any edit", async () => {
    expect(
      await refusal(
        legal("legal"),
        sql`insert into terms_versions (service_id, version, effective_from, status, content_hash, content, author_id, approved_by)
            values ('s', 'direct', '2030-01-01', 'published', 'h', '{}', ${ids.legal}, ${ids.legal2})`,
      ),
    ).toMatch(/published only by approving a draft/);
    const [draft] = await run(
      legal("legal"),
      sql`insert into terms_versions (service_id, version, effective_from, status, content_hash, content, author_id)
          values ('s', 'withdraw', '2030-02-01', 'draft', 'h', '{}', ${ids.legal}) returning id`,
    );
    await run(legal("legal"), sql`update terms_versions set review_requested_at = now() where id = ${draft!["id"]}`);
    await run(legal("legal"), sql`update terms_versions set content = '{"edited":true}' where id = ${draft!["id"]}`);
    const [row] = await run(
      legal("legal"),
      sql`select review_requested_at from terms_versions where id = ${draft!["id"]}`,
    );
    expect(row!["review_requested_at"]).toBeNull();
  });
});

/** As the server's own login, in a raw session: no application code between the test and the database. */
async function directSessionCounts(url: string, ownOrg: string, otherOrg: string) {
  const session = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const count = (rows: { n: string }[]) => Number(rows[0]?.n);
    const asCustomer = await session.begin(async (tx) => {
      await tx`select set_config('yakkan.org_id', ${ownOrg}, true), set_config('yakkan.role', 'customer-admin', true)`;
      return {
        otherContracts: count(await tx`select count(*) as n from contracts where organization_id = ${otherOrg}`),
        otherRequests: count(await tx`select count(*) as n from requests where organization_id = ${otherOrg}`),
        otherUsers: count(await tx`select count(*) as n from users where organization_id = ${otherOrg}`),
        otherAuditRows: count(await tx`select count(*) as n from audit_log where organization_id = ${otherOrg}`),
        ownContracts: count(await tx`select count(*) as n from contracts`),
      };
    });
    const noContextContracts = count(await session`select count(*) as n from contracts`);
    const claimedSystem = await session.begin(async (tx) => {
      await tx`select set_config('yakkan.role', 'system', true)`;
      return count(await tx`select count(*) as n from contracts`);
    });
    return { ...asCustomer, noContextContracts, claimedSystem };
  } finally {
    await session.end();
  }
}
