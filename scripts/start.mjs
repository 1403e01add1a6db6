// `pnpm start`: builds whatever is missing or out of date, then serves the production build
// (portal + GraphQL on one port; PORT, DATA_DIR, DATABASE_URL honoured) under a supervisor: a
// server that dies (a crash, a kill, the event-loop watchdog) is started again after a pause that
// doubles with each quick failure (1 s … 30 s) and resets once it has run for a minute. Every exit
// and restart is logged. A configuration error (exit 78) is not retried.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT, buildIsStale, pnpm } from "./workspace.mjs";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 11)) {
  console.error(`Yakkan needs Node.js 20.11 or later (this is ${process.versions.node}).`);
  process.exit(1);
}

if (buildIsStale()) {
  console.info("Building Yakkan (first start or sources changed)…");
  const status = pnpm(["build"]);
  if (status !== 0) process.exit(status);
}

const CONFIGURATION_ERROR = 78;
// The pauses are configurable for tests that crash the server on purpose (test/integration/crash.test.ts).
const FIRST_PAUSE_MS = Number(process.env.SUPERVISOR_FIRST_PAUSE_MS ?? 1_000);
const LONGEST_PAUSE_MS = Number(process.env.SUPERVISOR_LONGEST_PAUSE_MS ?? 30_000);
const HEALTHY_AFTER_MS = 60_000;

let pauseMs = FIRST_PAUSE_MS;
let stopping = false;
let server;

const log = (message) => console.error(`[supervisor ${new Date().toISOString()}] ${message}`);

function startServer() {
  const startedAt = Date.now();
  server = spawn(process.execPath, [join(ROOT, "web/dist/server.js")], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" },
  });
  server.on("exit", (code, signal) => {
    if (stopping) process.exit(code ?? 0);
    const ranMs = Date.now() - startedAt;
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    if (code === CONFIGURATION_ERROR) {
      log(`the server ${how} (configuration error): not restarting`);
      process.exit(code);
    }
    if (ranMs >= HEALTHY_AFTER_MS) pauseMs = FIRST_PAUSE_MS;
    log(`the server (pid ${server.pid}) ${how} after ${Math.round(ranMs / 1000)} s; restarting in ${pauseMs / 1000} s`);
    setTimeout(startServer, pauseMs);
    pauseMs = Math.min(pauseMs * 2, LONGEST_PAUSE_MS);
  });
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    if (server?.exitCode === null && server.signalCode === null) server.kill(signal);
    else process.exit(0);
  });
}
startServer();
