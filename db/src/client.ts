import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite, type Transaction as PgliteTransaction } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema/index.js";

export type Schema = typeof schema;
/** The drizzle database, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** The role every application connection acts as (db/migrations/0006_database_roles_rls.sql). */
export const APP_ROLE = "yakkan_app";

/**
 * Who a statement runs for: row-level security reads these from the transaction's settings
 * (yakkan.user_id, yakkan.org_id, yakkan.role). "system" is start-up maintenance by the schema owner
 * (the application role never gets it).
 */
export interface DbContext {
  userId: string | null;
  organizationId: string | null;
  role: "anonymous" | "customer-admin" | "customer-member" | "staff" | "legal" | "worker" | "system";
}

export const ANONYMOUS: DbContext = { userId: null, organizationId: null, role: "anonymous" };
/** The server's background jobs (mail relay, reminders, calendar feed look-ups): no user, no organisation. */
export const WORKER: DbContext = { userId: null, organizationId: null, role: "worker" };
const SYSTEM: DbContext = { userId: null, organizationId: null, role: "system" };

/** What the application's database role is allowed to be: it owns nothing and bypasses nothing. */
export interface AppRoleReport {
  name: string;
  superuser: boolean;
  bypassRls: boolean;
  ownsTables: boolean;
}

export interface DbHandle {
  /** "pglite" (embedded, in DATA_DIR) or "postgres" (DATABASE_URL). */
  kind: "pglite" | "postgres";
  /** Where the data lives: the PGlite directory, or the server URL without its password. */
  location: string;
  /**
   * The database as the application sees it for one request: every statement runs in a
   * transaction as the application role, with the context set first (explicit transactions set it
   * once). On PostgreSQL an anonymous statement runs alone: no context is the anonymous one.
   * Row-level security, privileges and triggers apply.
   */
  as(context: DbContext): Database;
  /** Work as the schema owner in the "system" context: start-up seeding, shipped terms, tests. */
  maintenance<T>(work: (db: Database) => Promise<T>): Promise<T>;
  /** The role the application's statements run as, and whether it could bypass the database's rules. */
  appRole(): Promise<AppRoleReport>;
  /**
   * Calls `onNotify` with the payload of every NOTIFY on `channel` — from any process on the same
   * PostgreSQL (a dedicated connection, which postgres.js reconnects and listens on again), or from
   * this process on the embedded PGlite — and `onListen` each time listening (re)starts: a
   * notification sent while no connection listened is lost, so a listener refreshes then.
   * Resolves with the function that stops listening.
   */
  listen(channel: string, onNotify: (payload: string) => void, onListen?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** The application's PostgreSQL URL (a role that owns nothing). When absent, embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** The schema owner's URL, for migrations and start-up maintenance (default: databaseUrl). */
  migrationDatabaseUrl?: string | undefined;
  /** Directory for embedded PGlite data (default "./.data"). */
  dataDir?: string | undefined;
  /** Run the committed migrations before returning (default true). */
  migrate?: boolean;
  /** PostgreSQL cuts off any statement of the application that runs longer (default 10 s). */
  statementTimeoutMs?: number;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../migrations", import.meta.url));

/** A lock id (any constant) so that servers starting together migrate one at a time. */
const MIGRATION_LOCK = 72_616_001;

const drizzleConfig = { schema, casing: "snake_case" } as const;

/** The one statement that sets a transaction's context (transaction-local: it ends with it). */
const CONTEXT_SQL =
  "select set_config('yakkan.user_id', $1, true), set_config('yakkan.org_id', $2, true), set_config('yakkan.role', $3, true)";
/**
 * The same with the role switch of the embedded database folded in: `set_config('role', …, true)` is
 * `SET LOCAL ROLE` (the same check of membership), one statement fewer per transaction.
 */
const CONTEXT_AS_APP_ROLE_SQL = `select set_config('role', '${APP_ROLE}', true), set_config('yakkan.user_id', $1, true), set_config('yakkan.org_id', $2, true), set_config('yakkan.role', $3, true)`;
const contextParams = (c: DbContext) => [c.userId ?? "", c.organizationId ?? "", c.role];
const contextKey = (c: DbContext) => `${c.userId ?? ""}|${c.organizationId ?? ""}|${c.role}`;

/** Drizzle instances per context, so a request does not rebuild one (bounded: cleared when full). */
function cachedPerContext(build: (c: DbContext) => Database): (c: DbContext) => Database {
  const cache = new Map<string, Database>();
  return (context) => {
    const key = contextKey(context);
    let db = cache.get(key);
    if (!db) {
      if (cache.size >= 1000) cache.clear();
      db = build(context);
      cache.set(key, db);
    }
    return db;
  };
}

/**
 * Opens the database: postgres.js when a URL is given, embedded PGlite in `dataDir` otherwise, and
 * brings its schema up to date (as the owner).
 */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  const runMigrations = options.migrate ?? true;
  if (options.databaseUrl)
    return openPostgres(
      options.databaseUrl,
      options.migrationDatabaseUrl ?? options.databaseUrl,
      runMigrations,
      options.statementTimeoutMs ?? 10_000,
    );
  return openPglite(resolve(options.dataDir ?? ".data", "pglite"), runMigrations);
}

async function openPostgres(
  url: string,
  ownerUrl: string,
  runMigrations: boolean,
  statementTimeoutMs: number,
): Promise<DbHandle> {
  if (runMigrations) await migrateServer(ownerUrl);
  const client = postgres(url, {
    max: 10,
    onnotice: () => {},
    connection: {
      application_name: "yakkan",
      statement_timeout: statementTimeoutMs,
      idle_in_transaction_session_timeout: Math.max(statementTimeoutMs * 3, 30_000),
      // Statements are prepared (scopedPostgres) to save a round trip, not to reuse plans: each
      // execution is planned for its own values and settings, as unprepared statements were (a
      // cached generic plan would ignore a transaction's `set local enable_sort = off`).
      plan_cache_mode: "force_custom_plan",
    },
  });
  const as = cachedPerContext((context) =>
    drizzlePostgres({ client: scopedPostgres(client, context), ...drizzleConfig }),
  );
  return {
    kind: "postgres",
    location: redactUrl(url),
    as,
    async maintenance(work) {
      const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
      try {
        return await work(drizzlePostgres({ client: scopedPostgres(owner, SYSTEM), ...drizzleConfig }));
      } finally {
        await owner.end({ timeout: 5 });
      }
    },
    async appRole() {
      const [row] =
        await client.unsafe<{ name: string; superuser: boolean; bypass_rls: boolean; owns_tables: boolean }[]>(
          ROLE_REPORT_SQL,
        );
      if (!row) throw new Error("The role report returned no row.");
      return { name: row.name, superuser: row.superuser, bypassRls: row.bypass_rls, ownsTables: row.owns_tables };
    },
    async listen(channel, onNotify, onListen) {
      const subscription = await client.listen(channel, onNotify, onListen);
      return () => subscription.unlisten();
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dir: string, runMigrations: boolean): Promise<DbHandle> {
  mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  if (runMigrations)
    await migratePglite(drizzlePglite({ client, ...drizzleConfig }), { migrationsFolder: MIGRATIONS_FOLDER });
  // Embedded PGlite has one superuser session: each application transaction switches to the
  // application role (SET LOCAL ROLE), so privileges, row-level security and triggers apply to it.
  const as = cachedPerContext((context) =>
    drizzlePglite({ client: scopedPglite(client, context, true), ...drizzleConfig }),
  );
  return {
    kind: "pglite",
    location: dir,
    as,
    maintenance: (work) => work(drizzlePglite({ client: scopedPglite(client, SYSTEM, false), ...drizzleConfig })),
    async appRole() {
      const result = await client.transaction(async (tx) => {
        await tx.query(`set local role ${APP_ROLE}`);
        return tx.query<{ name: string; superuser: boolean; bypass_rls: boolean; owns_tables: boolean }>(
          ROLE_REPORT_SQL,
        );
      });
      const row = result.rows[0];
      if (!row) throw new Error("The role report returned no row.");
      return { name: row.name, superuser: row.superuser, bypassRls: row.bypass_rls, ownsTables: row.owns_tables };
    },
    async listen(channel, onNotify, onListen) {
      // One session in this process: its own NOTIFYs reach it when their transaction commits.
      const unlisten = await client.listen(channel, onNotify);
      onListen?.();
      return () => unlisten();
    },
    close: () => client.close(),
  };
}

const ROLE_REPORT_SQL = `select current_user as name, r.rolsuper as superuser, r.rolbypassrls as bypass_rls,
  exists (select from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and pg_has_role(current_user, c.relowner, 'USAGE')) as owns_tables
  from pg_roles r where r.rolname = current_user`;

/**
 * Statements are prepared (named, once per connection): postgres.js sends an unprepared statement
 * with parameters in two round trips (describe, then execute), a prepared one in one. The
 * application's SQL texts are drizzle's query shapes, a bounded set; values are parameters.
 */
const PREPARED = { prepare: true } as const;

/** A transaction whose statements are prepared, whatever drizzle asks (it asks only for `.prepare()`d queries). */
function preparing(tx: postgres.TransactionSql): postgres.TransactionSql {
  const unsafe = (query: string, args?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
    tx.unsafe(query, args, { ...options, ...PREPARED });
  return new Proxy(tx, {
    get: (target, key, receiver): unknown => (key === "unsafe" ? unsafe : Reflect.get(target, key, receiver)),
  });
}

/**
 * A postgres.js client for drizzle whose statements each run in their own transaction with the
 * context set first, and whose transactions set it once at their start. Only what drizzle's
 * postgres-js session calls is provided: `unsafe` (awaited or `.values()`), `begin` and `options`.
 */
function scopedPostgres(client: postgres.Sql, context: DbContext): postgres.Sql {
  const params = contextParams(context);
  const inTransaction = <T>(work: (tx: postgres.TransactionSql) => Promise<T>) =>
    client.begin(async (tx) => {
      // The context goes out with the transaction's first statement rather than a round trip before
      // it: postgres.js sends a transaction's statements in order on its one connection, those
      // queued in one turn in one write. Should setting the context fail, the statements after it
      // fail too ("current transaction is aborted"): its own error is the one thrown.
      const settingContext = tx.unsafe(CONTEXT_SQL, params, PREPARED).execute();
      let result: T;
      try {
        result = await work(preparing(tx));
      } catch (error) {
        await settingContext;
        throw error;
      }
      await settingContext;
      return result;
    }) as Promise<T>;
  // An anonymous statement needs no context: with none set the database reads the role as
  // "anonymous" (yakkan_role(), migration 0006) and every setting is transaction-local, so no pooled
  // connection carries one over. It runs alone, one round trip instead of three (begin, context and
  // statement, commit): the session look-up of every signed-in request is one.
  const contextFree = context.userId === null && context.organizationId === null && context.role === ANONYMOUS.role;
  const scoped = {
    options: client.options,
    unsafe(query: string, args?: postgres.ParameterOrJSON<never>[], queryOptions?: postgres.UnsafeQueryOptions) {
      const statement = async (sql: postgres.Sql | postgres.TransactionSql, values: boolean) => {
        const pending = sql.unsafe(query, args, { ...queryOptions, ...PREPARED });
        return values ? await pending.values() : await pending;
      };
      const run = (values: boolean) =>
        contextFree ? statement(client, values) : inTransaction((tx) => statement(tx, values));
      return {
        then: (resolve: (v: unknown) => unknown, reject: (e: unknown) => unknown) => run(false).then(resolve, reject),
        values: () => run(true),
      };
    },
    begin(...args: unknown[]) {
      const work = args.at(-1) as (tx: postgres.TransactionSql) => Promise<unknown>;
      return inTransaction(work);
    },
    end: (o?: { timeout?: number }) => client.end(o),
  };
  return scoped as unknown as postgres.Sql;
}

type PgliteQueryable = Pick<PGlite, "query" | "transaction">;

/** The same for PGlite: `query` and `transaction`, each a transaction with the context (and role). */
function scopedPglite(client: PGlite, context: DbContext, asAppRole: boolean): PGlite {
  const params = contextParams(context);
  const inTransaction = <T>(work: (tx: PgliteTransaction) => Promise<T>) =>
    client.transaction(async (tx) => {
      // Each statement is a round trip through the embedded database: one sets the role and the context.
      await tx.query(asAppRole ? CONTEXT_AS_APP_ROLE_SQL : CONTEXT_SQL, params);
      return work(tx);
    });
  const scoped: PgliteQueryable = {
    query: ((query: string, args?: unknown[], queryOptions?: Parameters<PGlite["query"]>[2]) =>
      inTransaction((tx) => tx.query(query, args, queryOptions))) as PGlite["query"],
    transaction: ((work: (tx: PgliteTransaction) => Promise<unknown>) => inTransaction(work)) as PGlite["transaction"],
  };
  return scoped as PGlite;
}

async function migrateServer(url: string): Promise<void> {
  // One connection, so that the advisory lock and the migration share a session.
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const db = drizzlePostgres({ client, ...drizzleConfig });
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres";
  }
}

/** True when the database answers a trivial query (for /healthz). */
export async function pingDb(db: Database): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
