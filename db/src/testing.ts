import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { APP_ROLE, createDb, type DbHandle } from "./client.js";

/**
 * Test support, for this package's tests and the cross-package ones (never used in production code).
 */

/** Where a test server keeps its data: a fresh PGlite directory or a fresh PostgreSQL database. */
export interface TestDatabase {
  kind: "pglite" | "postgres";
  /** DATA_DIR, or DATABASE_URL (the application's role) with MIGRATION_DATABASE_URL (the owner's). */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export type BackendKind = TestDatabase["kind"];

/** The login roles test databases use on a PostgreSQL server: the schema owner and the server. */
export const TEST_OWNER_ROLE = "yakkan_owner";
export const TEST_SERVER_ROLE = "yakkan_server";

/**
 * The database backends this run covers: embedded PGlite always, and PostgreSQL when DATABASE_URL
 * names a server (CI does). Tests run once per backend.
 */
export function backends(): BackendKind[] {
  return process.env["DATABASE_URL"] ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * Creates, once per cluster, the roles a deployment has (docs/security.md): the application's
 * privilege role, an owner that migrates, and a server login that is a member of the application
 * role and owns nothing. Roles are global to the cluster and other test runs may create them at
 * the same moment: a losing CREATE ROLE (duplicate_object, unique_violation) means the role exists.
 */
const ENSURE_ROLES = `
DO $$
DECLARE
  statements text[] := ARRAY[
    'CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS',
    'CREATE ROLE ${TEST_OWNER_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS',
    'CREATE ROLE ${TEST_SERVER_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS IN ROLE ${APP_ROLE}'
  ];
  names text[] := ARRAY['${APP_ROLE}', '${TEST_OWNER_ROLE}', '${TEST_SERVER_ROLE}'];
BEGIN
  FOR i IN 1 .. array_length(statements, 1) LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = names[i]) THEN
      BEGIN
        EXECUTE statements[i];
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END;
    END IF;
  END LOOP;
  IF NOT pg_has_role('${TEST_SERVER_ROLE}', '${APP_ROLE}', 'MEMBER') THEN
    BEGIN
      GRANT ${APP_ROLE} TO ${TEST_SERVER_ROLE};
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
END
$$`;

async function ensureRoles(admin: postgres.Sql): Promise<void> {
  // Concurrent catalog updates can still lose a race in ways PostgreSQL reports as
  // "tuple concurrently updated": the statement is idempotent, so it is simply tried again.
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.unsafe(ENSURE_ROLES);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

function urlFor(base: string, user: string, database: string): string {
  const url = new URL(base);
  url.username = user;
  url.password = "";
  url.pathname = `/${database}`;
  return url.toString();
}

/** A database of its own for one test file, so files can run in parallel and leave nothing behind. */
export async function createTestDatabase(kind: BackendKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "yakkan-test-"));
    const drop = () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    };
    return { kind, env: { DATA_DIR: dir }, drop };
  }
  const base = process.env["DATABASE_URL"];
  if (!base) throw new Error("DATABASE_URL is not set");
  const name = `yakkan_t_${randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await ensureRoles(admin);
    await admin.unsafe(`create database ${name} owner ${TEST_OWNER_ROLE}`);
  } finally {
    await admin.end();
  }
  return {
    kind,
    env: {
      DATABASE_URL: urlFor(base, TEST_SERVER_ROLE, name),
      MIGRATION_DATABASE_URL: urlFor(base, TEST_OWNER_ROLE, name),
    },
    async drop() {
      const sql = postgres(base, { max: 1, onnotice: () => {} });
      await sql.unsafe(`drop database if exists ${name} with (force)`);
      await sql.end();
    },
  };
}

/** A migrated database of its own, opened in this process, for tests of the data layer. */
export async function openTestDb(kind: BackendKind): Promise<DbHandle & { drop(): Promise<void> }> {
  const database = await createTestDatabase(kind);
  const handle = await createDb({
    databaseUrl: database.env["DATABASE_URL"],
    migrationDatabaseUrl: database.env["MIGRATION_DATABASE_URL"],
    dataDir: database.env["DATA_DIR"],
  });
  return {
    ...handle,
    async drop() {
      await handle.close();
      await database.drop();
    },
  };
}
