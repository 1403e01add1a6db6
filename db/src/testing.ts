import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { createDb, type DbHandle } from "./client.js";

/**
 * Test support, for this package's tests and the cross-package ones (never used in production code).
 */

/** Where a test server keeps its data: a fresh PGlite directory or a fresh PostgreSQL database. */
export interface TestDatabase {
  kind: "pglite" | "postgres";
  env: Record<string, string>;
  drop(): Promise<void>;
}

export type BackendKind = TestDatabase["kind"];

/**
 * The database backends this run covers: embedded PGlite always, and PostgreSQL when DATABASE_URL
 * names a server (CI does). Tests run once per backend.
 */
export function backends(): BackendKind[] {
  return process.env["DATABASE_URL"] ? ["pglite", "postgres"] : ["pglite"];
}

/** A database of its own for one test file, so files can run in parallel and leave nothing behind. */
export async function createTestDatabase(kind: BackendKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "yakkan-test-"));
    return { kind, env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const base = process.env["DATABASE_URL"];
  if (!base) throw new Error("DATABASE_URL is not set");
  const name = `yakkan_t_${randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    kind,
    env: { DATABASE_URL: url.toString() },
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
  const handle = await createDb({ databaseUrl: database.env["DATABASE_URL"], dataDir: database.env["DATA_DIR"] });
  return {
    ...handle,
    async drop() {
      await handle.close();
      await database.drop();
    },
  };
}
