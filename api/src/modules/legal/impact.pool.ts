import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { ServiceDefinition } from "@yakkan/terms";
import { impactRows, type ImpactInput, type ImpactRow } from "./impact.compute.js";
import type { ImpactTask } from "./impact.worker.js";

/**
 * The impact analysis's engine work runs in worker threads (piscina), so the server's own thread
 * keeps answering requests while 100,000 contracts are computed (decision 014). Where the worker
 * is not built (the API run from its TypeScript sources: tests, development) batches run in this
 * thread instead, with the same function.
 */
const WORKER = fileURLToPath(new URL("./impact.worker.js", import.meta.url));

let pool: Piscina<ImpactTask, ImpactRow[]> | undefined;

function thePool(): Piscina<ImpactTask, ImpactRow[]> | undefined {
  if (!existsSync(WORKER)) return undefined;
  pool ??= new Piscina<ImpactTask, ImpactRow[]>({
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
): (contracts: ImpactInput[]) => Promise<ImpactRow[]> {
  const workers = thePool();
  if (workers) return (contracts) => workers.run({ job, current, next, contracts, asOf });
  return async (contracts) => {
    await new Promise((resolve) => setImmediate(resolve));
    return impactRows(current, next, contracts, asOf);
  };
}

/** Stops the worker threads (server shutdown). */
export async function closeImpactPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}
