import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
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

export interface DbHandle {
  db: Database;
  /** "pglite" (embedded, in DATA_DIR) or "postgres" (DATABASE_URL). */
  kind: "pglite" | "postgres";
  /** Where the data lives: the PGlite directory, or the server URL without its password. */
  location: string;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** A PostgreSQL URL. When absent, embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Directory for embedded PGlite data (default "./.data"). */
  dataDir?: string | undefined;
  /** Run the committed migrations before returning (default true). */
  migrate?: boolean;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../migrations", import.meta.url));

/** A lock id (any constant) so that servers starting together migrate one at a time. */
const MIGRATION_LOCK = 72_616_001;

/**
 * Opens the database: postgres.js when a URL is given, embedded PGlite in `dataDir` otherwise, and
 * brings its schema up to date.
 */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  const runMigrations = options.migrate ?? true;
  if (options.databaseUrl) {
    const url = options.databaseUrl;
    if (runMigrations) await migrateServer(url);
    const client = postgres(url, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema, casing: "snake_case" });
    return {
      db,
      kind: "postgres",
      location: redactUrl(url),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = resolve(options.dataDir ?? ".data", "pglite");
  mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  const db = drizzlePglite(client, { schema, casing: "snake_case" });
  if (runMigrations) await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db, kind: "pglite", location: dir, close: () => client.close() };
}

async function migrateServer(url: string): Promise<void> {
  // One connection, so that the advisory lock and the migration share a session.
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const db = drizzlePostgres(client, { schema, casing: "snake_case" });
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
