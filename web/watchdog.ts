import { Worker } from "node:worker_threads";

/**
 * The last resort of the per-request time budget: JavaScript that never yields (a runaway loop)
 * cannot be interrupted from the event loop it blocks. A worker thread watches a heartbeat the main
 * thread writes every 250 ms; when it stops for `stallMs`, the worker logs and kills the process,
 * and the supervisor (scripts/start.mjs) starts a fresh one. Uncommitted transactions roll back;
 * clients retry with their idempotency keys.
 */
export function startEventLoopWatchdog(stallMs: number): void {
  if (stallMs <= 0) return;
  const heartbeat = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `
    const { workerData } = require("node:worker_threads");
    const { writeSync } = require("node:fs");
    const { heartbeat, stallMs } = workerData;
    let last = Atomics.load(heartbeat, 0);
    let since = Date.now();
    setInterval(() => {
      const now = Date.now();
      const beat = Atomics.load(heartbeat, 0);
      if (beat !== last) { last = beat; since = now; return; }
      if (now - since >= stallMs) {
        // Straight to the file descriptor: a worker's process.stderr goes through the blocked main thread.
        writeSync(2, "[watchdog] the event loop has been blocked for " + (now - since) + " ms: killing the server so that it restarts\\n");
        process.kill(process.pid, "SIGKILL");
      }
    }, Math.max(50, Math.min(1000, stallMs / 4)));
    `,
    // No inherited flags: the code above is a CommonJS script even under --input-type=module.
    { eval: true, execArgv: [], workerData: { heartbeat, stallMs } },
  );
  worker.unref();
  setInterval(() => Atomics.add(heartbeat, 0, 1), 250).unref();
}
