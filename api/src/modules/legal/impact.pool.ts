import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { serialize } from "node:v8";
import { Piscina } from "piscina";
import type { ServiceDefinition } from "@yakkan/terms";
import { impactEngine, type ImpactBatch } from "./impact.compute.js";
import type { ImpactResult, ImpactTask } from "./impact.worker.js";

/**
 * The impact analysis's engine work runs in worker threads (piscina), so the server's own thread
 * keeps answering requests while 100,000 contracts are computed (decision 014). Where the worker
 * is not built (the API run from its TypeScript sources: tests, development) batches run in this
 * thread instead, with the same function.
 */
const WORKER = fileURLToPath(new URL("./impact.worker.js", import.meta.url));

let pool: Piscina<ImpactTask, ImpactResult> | undefined;

function thePool(): Piscina<ImpactTask, ImpactResult> | undefined {
  if (!existsSync(WORKER)) return undefined;
  pool ??= new Piscina<ImpactTask, ImpactResult>({
    filename: WORKER,
    // One thread per core, but never the server's: at least one worker, at most four.
    minThreads: 0,
    maxThreads: Math.min(4, Math.max(1, availableParallelism() - (availableParallelism() > 2 ? 1 : 0))),
    idleTimeout: 30_000,
    // The worker is built JavaScript: no loader hooks of the parent (tsx in the benchmark) needed.
    execArgv: [],
  });
  return pool;
}

/** Computes batches of one analysis: in the pool where it exists, else in this thread (yielding between batches). */
export function impactRunner(
  job: string,
  current: ServiceDefinition,
  next: ServiceDefinition,
  asOf: string,
): (batch: ImpactBatch) => Promise<ImpactResult> {
  const workers = thePool();
  if (workers) {
    // Its own exact-size buffer: a clone of a view copies the whole buffer underneath.
    const definitions = new Uint8Array(serialize({ current, next }));
    return (batch) => workers.run({ job, definitions, asOf, batch });
  }
  const engine = impactEngine(current, next, asOf);
  return async (batch) => {
    await new Promise((resolve) => setImmediate(resolve));
    const started = performance.now();
    const answer = engine(batch);
    return { answer, startedAt: performance.timeOrigin + started, computeMs: performance.now() - started };
  };
}

/** Stops the worker threads (server shutdown). */
export async function closeImpactPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}
