import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { sql } from "drizzle-orm";
import { createTestDatabase, type BackendKind, type TestDatabase } from "@yakkan/db/testing";
import { createApi, type Api, type CreateApiOptions } from "../../src/index.js";

/** Tables whose row counts tell whether a request wrote anything (rate-limit counters excepted). */
export const COUNTED_TABLES = [
  "organizations",
  "users",
  "contracts",
  "terms_versions",
  "sessions",
  "requests",
  "idempotency_keys",
  "audit_log",
  "notices",
  "outbox",
] as const;
export type RowCounts = Record<(typeof COUNTED_TABLES)[number], number>;

export interface InProcessApi {
  api: Api;
  url: string;
  /** Errors the API logged as unexpected (each one an INTERNAL_SERVER_ERROR a client saw). */
  unexpected: unknown[];
  counts(): Promise<RowCounts>;
  close(): Promise<void>;
}

/**
 * The API's router (GraphQL and /healthz) on a port of its own, in this process, with its own
 * database: the tests read row counts directly as the schema owner, on PGlite as on PostgreSQL.
 */
export async function startInProcess(
  kind: BackendKind,
  options: Partial<CreateApiOptions> = {},
): Promise<InProcessApi> {
  const database: TestDatabase = await createTestDatabase(kind);
  const unexpected: unknown[] = [];
  const api = await createApi({
    databaseUrl: database.env["DATABASE_URL"],
    migrationDatabaseUrl: database.env["MIGRATION_DATABASE_URL"],
    dataDir: database.env["DATA_DIR"],
    production: true,
    log: { info: () => {}, warn: () => {}, error: (e: unknown) => unexpected.push(e) },
    ...options,
  });
  const app = express();
  app.use(api.router);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    api,
    url: `http://127.0.0.1:${port}`,
    unexpected,
    async counts() {
      const select = sql.join(
        COUNTED_TABLES.map((t) => sql`(select count(*) from ${sql.identifier(t)})::int as ${sql.identifier(t)}`),
        sql`, `,
      );
      const result = await api.db.maintenance((db) => db.execute(sql`select ${select}`));
      // PostgreSQL answers a count as a string (bigint), PGlite as a number: Number() makes both counts.
      const row = ((result as { rows?: Record<string, unknown>[] }).rows ?? (result as Record<string, unknown>[]))[0]!;
      return Object.fromEntries(COUNTED_TABLES.map((t) => [t, Number(row[t])])) as RowCounts;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await api.close();
      await database.drop();
    },
  };
}

export interface GraphqlResponse {
  status: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: { message: string; locations?: unknown[]; path?: unknown[]; extensions?: Record<string, unknown> }[];
  } | null;
  text: string;
}

/** Sends a raw body to /graphql (anything: the point is what hostile clients send). */
export async function post(
  url: string,
  body: string,
  headers: Record<string, string> = {},
  method = "POST",
): Promise<GraphqlResponse> {
  const response = await fetch(`${url}/graphql`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    ...(method === "GET" ? {} : { body }),
  });
  const text = await response.text();
  let parsed: GraphqlResponse["body"] = null;
  try {
    parsed = JSON.parse(text) as GraphqlResponse["body"];
  } catch {
    parsed = null;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

export const gql = (
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => post(url, JSON.stringify({ query, variables }), headers);

/** Signs in over GraphQL; the Cookie header for later requests. */
export async function signInAs(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }",
      variables: { e: email, p: "yakkan-demo-2026" },
    }),
  });
  const cookie = response.headers.get("set-cookie");
  if (!cookie) throw new Error(`sign-in as ${email} failed: ${await response.text()}`);
  return cookie.split(";")[0] ?? "";
}

/** High limits: these tests send many requests from one address on purpose. */
export const GENEROUS_LIMITS = {
  signInFailures: 1000,
  signInPerAddress: 10_000,
  quotesPerMinute: 100_000,
  expensivePerMinute: 100_000,
};
