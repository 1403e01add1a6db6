// `pnpm bench`: the engine's time per call for each service, as median and p99, and ratios between
// operations. Not a test: it prints numbers for docs/benchmarks.md (targets, issue 12: every
// operation's p99 ≤ 50 µs, the Flex Mobility estimate's median ≤ 10 µs).
// It measures the built package (dist/), as the server runs it.
//
// Beside each operation's p99 it prints the machine's: the p99 of a loop that calls nothing and spins
// for the operation's median, timed the same way in the same run. On a virtual machine the host
// interrupts every core now and then (on the 2-core machine: about every 0.7 ms, for about 35 µs);
// an operation of a few microseconds is hit in well under 1 % of calls and its p99 stays its own,
// one of 7 µs or more is hit in about 1 % and its p99 is the interruption's. "p99 − machine" is what
// the engine adds to the tail.
import { performance } from "node:perf_hooks";
import {
  builtInServices,
  estimateFees,
  planCancellation,
  quoteCancellation,
  validateParameters,
  versionInForce,
} from "@yakkan/terms";

const ITERATIONS = Number(process.env["BENCH_ITERATIONS"] ?? 20_000);
const WARMUP = Number(process.env["BENCH_WARMUP"] ?? 20_000);
const AS_OF = "2026-11-01";

/** A valid configuration per service, as a customer would send it. */
const CONFIGS: Record<string, Record<string, unknown>> = {
  "qtpro-flex-mobility": {
    plan: "complete",
    licenses: 3001,
    logRetentionDays: 180,
    serverBandwidth: "1G",
    accessBandwidth: "1G",
    multiRegion: "500M",
    transparentProxy: true,
  },
  "utm-support": { device: "ssb10" },
  "server-support": { device: "os6" },
  "qtpro-cloud": { closedNetwork: true, dedicatedCluster: false },
};

function measure(fn: () => unknown): { median: number; p99: number; mean: number } {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples = new Float64Array(ITERATIONS);
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    fn();
    samples[i] = performance.now() - t0;
  }
  samples.sort();
  const at = (q: number) => (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0) * 1000;
  return { median: at(0.5), p99: at(0.99), mean: (samples.reduce((a, b) => a + b, 0) / samples.length) * 1000 };
}

let spun = 0;
/** Busy for `micros` µs, calling nothing: the machine's own tail for work of that length. */
function spin(micros: number): void {
  const end = performance.now() + micros / 1000;
  while (performance.now() < end) spun++;
}
/** The p99 of a loop as long as `median` (µs), timed like the operations. */
const machineP99 = (median: number) => measure(() => spin(median)).p99;

const us = (n: number) => `${n.toFixed(1)} µs`;
const rows: string[][] = [];
for (const service of builtInServices().list()) {
  const parameters = CONFIGS[service.id];
  const terms = versionInForce(service, AS_OF).terms;
  if (!parameters || !terms) continue;
  const validate = measure(() => validateParameters(service.id, terms.parameters, parameters));
  const fees = measure(() => estimateFees({ service, parameters, asOf: AS_OF }));
  const cancel = measure(() =>
    quoteCancellation({
      service,
      parameters,
      startDate: "2026-04-01",
      desiredEndDate: "2027-01-20",
      noticeDate: "2026-11-25",
      monthlyFee: service.id === "qtpro-cloud" ? "500000" : undefined,
    }),
  );
  for (const [operation, m] of [
    ["validateParameters", validate],
    ["estimateFees", fees],
    ["quoteCancellation", cancel],
  ] as const) {
    const machine = machineP99(m.median);
    rows.push([
      service.id,
      operation,
      us(m.median),
      us(m.p99),
      us(machine),
      us(Math.max(0, m.p99 - machine)),
      (m.median / validate.median).toFixed(2),
    ]);
  }
}

const header = ["service", "operation", "median", "p99", "machine p99", "p99 − machine", "median ÷ validate"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
console.info(`Engine, ${ITERATIONS} calls each after ${WARMUP} warm-up calls (Node ${process.versions.node})\n`);
console.info(line(header));
console.info(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of rows) console.info(line(r));
const operations = rows.filter((r) => r[1] !== "validateParameters");
const worst = Math.max(...operations.map((r) => parseFloat(r[3] ?? "0")));
const worstOwn = Math.max(...operations.map((r) => parseFloat(r[5] ?? "0")));
const worstMachine = Math.max(...operations.map((r) => parseFloat(r[4] ?? "0")));
const flexMedian = parseFloat(rows.find((r) => r[0] === "qtpro-flex-mobility" && r[1] === "estimateFees")?.[2] ?? "0");
console.info(`\nworst p99: ${worst.toFixed(1)} µs (target ≤ 50 µs): ${worst <= 50 ? "met" : "NOT met"}`);
console.info(
  `  of which the machine's: a loop of the same length calling nothing has p99 up to ${worstMachine.toFixed(1)} µs here; ` +
    `the engine adds at most ${worstOwn.toFixed(1)} µs to any p99`,
);
console.info(
  `Flex Mobility estimateFees median: ${flexMedian.toFixed(1)} µs (target ≤ 10 µs): ${flexMedian <= 10 ? "met" : "NOT met"}`,
);

// The cancellation planner quotes every candidate end date (about 26 over 24 months): a composite,
// reported apart from the single operations above.
const flexService = builtInServices().get("qtpro-flex-mobility");
const plan = measure(() =>
  planCancellation({
    service: flexService,
    parameters: CONFIGS["qtpro-flex-mobility"],
    startDate: "2026-04-01",
    noticeDate: "2026-11-25",
  }),
);
console.info(`planCancellation (Flex Mobility, 24 months): median ${us(plan.median)}, p99 ${us(plan.p99)}`);
if (spun < 0) console.info(spun); // keeps the spin loops from being optimised away
