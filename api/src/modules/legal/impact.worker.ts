import { performance } from "node:perf_hooks";
import { deserialize } from "node:v8";
import { loadService, type ServiceDefinition } from "@yakkan/terms";
import { impactEngine, type ImpactAnswer, type ImpactBatch } from "./impact.compute.js";

/** One batch of an impact analysis, as the pool sends it (structured clone: plain data). */
export interface ImpactTask {
  /** The analysis this batch belongs to: its two definitions are read once per worker. */
  job: string;
  /**
   * The version in force and the draft, `{ current, next }` serialised once per analysis
   * (node:v8, the structured clone's own format): each task carries these bytes, copied whole,
   * instead of two object graphs cloned again for every batch.
   */
  definitions: Uint8Array;
  asOf: string;
  batch: ImpactBatch;
}

/** A batch's answer, with when (epoch milliseconds) and how long the worker computed it. */
export interface ImpactResult {
  answer: ImpactAnswer;
  startedAt: number;
  computeMs: number;
}

let loaded: { job: string; engine: (batch: ImpactBatch) => ImpactAnswer } | undefined;

/** A worker thread of the impact pool (piscina): the engine over one batch of contracts. */
export default function run(task: ImpactTask): ImpactResult {
  const started = performance.now();
  if (loaded?.job !== task.job) {
    const { current, next } = deserialize(task.definitions) as { current: ServiceDefinition; next: ServiceDefinition };
    loaded = { job: task.job, engine: impactEngine(loadService(current), loadService(next), task.asOf) };
  }
  const answer = loaded.engine(task.batch);
  return { answer, startedAt: performance.timeOrigin + started, computeMs: performance.now() - started };
}
