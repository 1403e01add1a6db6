// Starting a production server for a benchmark: the environment it runs with, and waiting until it
// says where it listens. Shared by the HTTP bench (bench/http.ts) and the paired page bench
// (bench/page-ab.ts).
import { spawn, type ChildProcess } from "node:child_process";
import type { TestDatabase } from "@yakkan/db/testing";

export interface Started {
  url: string;
  child: ChildProcess;
}

/** The production server's environment on a benchmark's own database, its client limits far away. */
export function benchServerEnv(database: TestDatabase): Record<string, string> {
  return {
    DATABASE_URL: "",
    MIGRATION_DATABASE_URL: "",
    ...database.env,
    PORT: "0",
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    SECURE_COOKIES: "false",
    // A loaded machine can hold start-up (migrations on PGlite) longer than the watchdog allows.
    EVENT_LOOP_STALL_MS: "0",
    // The bench's many requests come from one address: budgets far above what it sends.
    RATE_LIMIT_QUOTES_PER_MINUTE: "1000000",
    RATE_LIMIT_EXPENSIVE_PER_MINUTE: "1000000",
    RATE_LIMIT_SIGN_IN_PER_ADDRESS: "1000000",
    RATE_LIMIT_SIGN_IN_FAILURES: "1000000",
  };
}

/**
 * Runs `node <args>` with `env` added, until it has printed "listening on <url>" `processes` times
 * (the supervisor's WEB_CONCURRENCY workers each say it; they share one port).
 */
export function startListening(
  args: string[],
  env: Record<string, string>,
  name = "server",
  timeoutMs = 120_000,
  processes = 1,
): Promise<Started> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in time:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const matches = [...output.matchAll(/listening on (http:\/\/\S+)/g)];
      const match = matches.length >= processes ? matches[0] : undefined;
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1].replace("localhost", "127.0.0.1"), child });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output}`));
    });
  });
}

/** Stops a started process (SIGTERM: the server shuts down cleanly) and resolves once it has exited. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
