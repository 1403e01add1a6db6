import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createTestDatabase, type BackendKind, type TestDatabase } from "@yakkan/db/testing";

const SERVER = fileURLToPath(new URL("../../web/dist/server.js", import.meta.url));

export interface RunningServer {
  url: string;
  database: TestDatabase;
  /** The server process's id (to kill it hard). */
  pid: number;
  /** Everything the server printed, for failure messages. */
  output(): string;
  /** Stops the server and drops its database. */
  stop(): Promise<void>;
  /** Stops the server, keeping its database. */
  stopProcess(): Promise<void>;
  /** Stops the server and starts it again on the same database. */
  restart(): Promise<RunningServer>;
  /** A second server process on the same database (PostgreSQL). */
  alongside(): Promise<RunningServer>;
}

/**
 * Starts the real production server (`web/dist/server.js`) on a free port with its own database and
 * waits until it listens.
 */
export async function startServer(kind: BackendKind, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const database = await createTestDatabase(kind);
  return launch(database, extraEnv);
}

/** Starts the production server on a database the test has prepared (e.g. seeded with many rows). */
export function startServerOn(database: TestDatabase, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  return launch(database, extraEnv);
}

async function launch(database: TestDatabase, extraEnv: Record<string, string>): Promise<RunningServer> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "pnpm build" first`);
  const child = spawn(process.execPath, [SERVER], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      MIGRATION_DATABASE_URL: "",
      ...database.env,
      ...extraEnv,
      PORT: "0",
      HOST: "127.0.0.1",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace("localhost", "127.0.0.1"));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const stopProcess = () => stopChild(child);
  return {
    url,
    database,
    pid: child.pid ?? 0,
    output: () => output,
    async stop() {
      await stopProcess();
      await database.drop();
    },
    stopProcess,
    async restart() {
      await stopProcess();
      return launch(database, extraEnv);
    },
    alongside: () => launch(database, extraEnv),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** POSTs a GraphQL operation and returns the parsed response body. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the shape of `data` it expects
export async function graphql<T = Record<string, unknown>>(
  server: { url: string },
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{
  data?: T | null;
  errors?: { message: string; locations?: unknown[]; extensions?: Record<string, unknown> }[];
}> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** The demo accounts' shared password (db/src/seed/demo.ts; listed in the README). */
export const DEMO_PASSWORD = "yakkan-demo-2026";

/** Signs in over GraphQL and returns the Cookie header to send with later requests. */
export async function signIn(server: { url: string }, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }",
      variables: { e: email, p: password },
    }),
  });
  const cookie = response.headers.get("set-cookie");
  if (!cookie) throw new Error(`sign-in as ${email} failed: ${await response.text()}`);
  return cookie.split(";")[0] ?? "";
}
