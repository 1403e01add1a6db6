// `pnpm start`: builds whatever is missing or changed (scripts/build.mjs --fast), then serves the production build
// (portal + GraphQL on one port; PORT, DATA_DIR, DATABASE_URL honoured) as WEB_CONCURRENCY server
// processes (node:cluster workers sharing the port; default 1) under a supervisor: a worker that dies
// (a crash, a kill, the event-loop watchdog) is started again after a pause that doubles with each
// quick failure (1 s … 30 s) and resets once it has run for a minute. Every exit and restart is
// logged. A configuration error (exit 78) is not retried. The embedded PGlite database belongs to one
// process: more than one worker needs PostgreSQL (DATABASE_URL).
import cluster from "node:cluster";
import { join } from "node:path";
import { build } from "./build.mjs";
import { ROOT } from "./workspace.mjs";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 11)) {
  console.error(`Yakkan needs Node.js 20.11 or later (this is ${process.versions.node}).`);
  process.exit(1);
}

const CONFIGURATION_ERROR = 78;
// The pauses are configurable for tests that crash the server on purpose (test/integration/crash.test.ts).
const FIRST_PAUSE_MS = Number(process.env.SUPERVISOR_FIRST_PAUSE_MS ?? 1_000);
const LONGEST_PAUSE_MS = Number(process.env.SUPERVISOR_LONGEST_PAUSE_MS ?? 30_000);
const HEALTHY_AFTER_MS = 60_000;

const log = (message) => console.error(`[supervisor ${new Date().toISOString()}] ${message}`);

const concurrency = webConcurrency(process.env.WEB_CONCURRENCY);

/** WEB_CONCURRENCY: how many server processes (1 when unset); refused when the database cannot share. */
function webConcurrency(value) {
  if (value === undefined || value.trim() === "") return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    console.error(
      `Invalid environment:\n  WEB_CONCURRENCY: expected a whole number of server processes from 1 to 64, got "${value}"`,
    );
    process.exit(CONFIGURATION_ERROR);
  }
  if (n > 1 && !process.env.DATABASE_URL) {
    console.error(
      `Invalid environment:\n  WEB_CONCURRENCY: ${n} server processes need PostgreSQL (set DATABASE_URL). ` +
        "The embedded PGlite database lives inside one process and its data directory cannot be opened by two; " +
        "unset WEB_CONCURRENCY (or set it to 1) to run one process on PGlite.",
    );
    process.exit(CONFIGURATION_ERROR);
  }
  return n;
}

// Builds only what changed since it was built (stamps of the sources' sha256), JavaScript only.
try {
  await build("fast");
} catch (error) {
  console.error(`The build failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

cluster.setupPrimary({ exec: join(ROOT, "web/dist/server.js"), cwd: ROOT });

let stopping = false;
/** One slot per server process: its current worker and its own restart pause. */
const slots = Array.from({ length: concurrency }, (_, index) => ({
  index,
  worker: undefined,
  pauseMs: FIRST_PAUSE_MS,
}));

function startWorker(slot) {
  const startedAt = Date.now();
  const worker = cluster.fork({ NODE_ENV: process.env.NODE_ENV ?? "production", WEB_WORKER: String(slot.index + 1) });
  slot.worker = worker;
  const pid = worker.process.pid;
  worker.on("exit", (code, signal) => {
    slot.worker = undefined;
    if (stopping) {
      if (slots.every((s) => s.worker === undefined)) process.exit(code ?? 0);
      return;
    }
    const ranMs = Date.now() - startedAt;
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    if (code === CONFIGURATION_ERROR) {
      log(`the server (pid ${pid}) ${how} (configuration error): not restarting`);
      stopAll("SIGTERM", CONFIGURATION_ERROR);
      return;
    }
    if (ranMs >= HEALTHY_AFTER_MS) slot.pauseMs = FIRST_PAUSE_MS;
    const which = concurrency > 1 ? `server ${slot.index + 1}/${concurrency}` : "server";
    log(`the ${which} (pid ${pid}) ${how} after ${Math.round(ranMs / 1000)} s; restarting in ${slot.pauseMs / 1000} s`);
    setTimeout(() => {
      if (!stopping) startWorker(slot);
    }, slot.pauseMs);
    slot.pauseMs = Math.min(slot.pauseMs * 2, LONGEST_PAUSE_MS);
  });
}

/** Stops every server process (each shuts down cleanly on the signal) and exits with `status` once they have. */
function stopAll(signal, status) {
  stopping = true;
  const running = slots.filter((s) => s.worker !== undefined);
  if (running.length === 0) process.exit(status);
  for (const { worker } of running) {
    worker.once("exit", () => {
      if (slots.every((s) => s.worker === undefined)) process.exit(status);
    });
    worker.process.kill(signal);
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => stopAll(signal, 0));
}
if (concurrency > 1) log(`starting ${concurrency} server processes (WEB_CONCURRENCY) on one port`);
for (const slot of slots) startWorker(slot);
