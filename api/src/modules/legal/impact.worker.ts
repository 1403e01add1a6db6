import { loadService, type ServiceDefinition } from "@yakkan/terms";
import { impactRows, type ImpactInput, type ImpactRow } from "./impact.compute.js";

/** One batch of an impact analysis, as the pool sends it (structured clone: plain data). */
export interface ImpactTask {
  /** The analysis this batch belongs to: its two definitions are parsed once per worker. */
  job: string;
  current: ServiceDefinition;
  next: ServiceDefinition;
  contracts: ImpactInput[];
  asOf: string;
}

let loaded: { job: string; current: ServiceDefinition; next: ServiceDefinition } | undefined;

/** A worker thread of the impact pool (piscina): the engine over one batch of contracts. */
export default function run(task: ImpactTask): ImpactRow[] {
  if (loaded?.job !== task.job)
    loaded = { job: task.job, current: loadService(task.current), next: loadService(task.next) };
  return impactRows(loaded.current, loaded.next, task.contracts, task.asOf);
}
