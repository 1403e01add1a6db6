// Paired comparison of the signed-in contract page between two builds of the server (A and B), for
// measuring one change on a shared machine: both servers run at once (embedded PGlite each, or
// PostgreSQL with BENCH_AB_BACKEND=postgres and DATABASE_URL), and are loaded in turn (A, B, A, B, …,
// 10 connections, BENCH_AB_SECONDS each, BENCH_AB_ROUNDS rounds). Besides pages/s and p99 it prints
// each server's CPU time per page (user + system of the whole process, its zlib and libuv threads
// included, from /proc: Linux only) — the figure that depends least on what else the machine runs —
// and the ratio B ÷ A of each round, pair by pair.
//
//   tsx bench/page-ab.ts <A: path to web/dist/server.js> <B: path to web/dist/server.js>
//
// B may also be ../web/bench/render-only.ts: the same portal with every loader's answer remembered
// after the first page (no session, database or engine work), which measures the rendering alone.
//
// Not a test: numbers for docs/benchmarks.md.
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { createTestDatabase, type BackendKind, type TestDatabase } from "@yakkan/db/testing";
import { benchServerEnv, startListening, stopProcess } from "./server.js";

const SECONDS = Number(process.env["BENCH_AB_SECONDS"] ?? 5);
const ROUNDS = Number(process.env["BENCH_AB_ROUNDS"] ?? 4);
const CONNECTIONS = Number(process.env["BENCH_AB_CONNECTIONS"] ?? 10);
const BACKEND = (process.env["BENCH_AB_BACKEND"] ?? "pglite") as BackendKind;
const CPU_PROF = process.env["BENCH_CPU_PROF"];
const [serverA, serverB] = process.argv.slice(2);
if (!serverA || !serverB) throw new Error("usage: tsx bench/page-ab.ts <A server.js> <B server.js>");

interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  database: TestDatabase;
  path: string;
  cookie: string;
}

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ: 100 on Linux). */
const TICKS = 100;
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
}

async function start(name: string, script: string): Promise<Server> {
  const database = await createTestDatabase(BACKEND);
  const { url, child } = await startListening(
    [
      ...(CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROF}/${name}`] : []),
      // A TypeScript server (web/bench/render-only.ts) runs through tsx.
      ...(script.endsWith(".ts") ? ["--import", "tsx"] : []),
      script,
    ],
    benchServerEnv(database),
    name,
    180_000,
  );
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
  const signIn = await post({
    query: "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }",
    variables: { e: "admin@kyushu-logistics.example", p: "yakkan-demo-2026" },
  });
  const cookie = signIn.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`${name}: sign-in failed`);
  const list = (await (await post({ query: "{ contracts { nodes { id serviceId } } }" }, { cookie })).json()) as {
    data: { contracts: { nodes: { id: string; serviceId: string }[] } };
  };
  const flex = list.data.contracts.nodes.find((c) => c.serviceId === "qtpro-flex-mobility");
  if (!flex) throw new Error(`${name}: no Flex Mobility contract in the demo data`);
  return { name, url, child, database, path: `/contracts/${flex.id}`, cookie };
}

async function stop(server: Server): Promise<void> {
  await stopProcess(server.child);
  await server.database.drop();
}

interface Round {
  pages: number;
  perSecond: number;
  p99: number;
  cpuPerPage: number;
  bad: number;
}

async function round(server: Server, options: { duration?: number; amount?: number }): Promise<Round> {
  const before = cpuMs(server.child.pid!);
  const r = await autocannon({
    url: `${server.url}${server.path}`,
    connections: CONNECTIONS,
    headers: { cookie: server.cookie, "accept-encoding": "gzip" },
    ...options,
  });
  const cpu = cpuMs(server.child.pid!) - before;
  return {
    pages: r["2xx"],
    perSecond: r["2xx"] / r.duration,
    p99: r.latency.p99,
    cpuPerPage: cpu / Math.max(r["2xx"], 1),
    bad: r.non2xx + r.errors + r.timeouts,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const a = await start("A", serverA);
const b = await start("B", serverB);
try {
  for (const s of [a, b]) await round(s, { amount: 600 });
  const results: Record<"A" | "B", Round[]> = { A: [], B: [] };
  for (let i = 0; i < ROUNDS; i++) {
    // Alternate which goes first, so a drift in the machine's load falls on both alike.
    for (const s of i % 2 ? [b, a] : [a, b]) results[s.name as "A" | "B"].push(await round(s, { duration: SECONDS }));
  }
  console.info(`\ncontract page, ${BACKEND}, ${CONNECTIONS} connections, ${ROUNDS} paired rounds of ${SECONDS} s`);
  console.info(`A: ${serverA}\nB: ${serverB}\n`);
  console.info("| round | A pages/s | B pages/s | A p99 | B p99 | A CPU ms/page | B CPU ms/page | B÷A CPU/page |");
  console.info("|---|---|---|---|---|---|---|---|");
  for (let i = 0; i < ROUNDS; i++) {
    const x = results.A[i]!;
    const y = results.B[i]!;
    console.info(
      `| ${i + 1} | ${x.perSecond.toFixed(1)} | ${y.perSecond.toFixed(1)} | ${x.p99} ms | ${y.p99} ms | ${x.cpuPerPage.toFixed(2)} | ${y.cpuPerPage.toFixed(2)} | ${(y.cpuPerPage / x.cpuPerPage).toFixed(2)} |`,
    );
  }
  const col = (s: "A" | "B", f: (r: Round) => number) => median(results[s].map(f));
  console.info(
    `| median | ${col("A", (r) => r.perSecond).toFixed(1)} | ${col("B", (r) => r.perSecond).toFixed(1)} | ${col("A", (r) => r.p99)} ms | ${col("B", (r) => r.p99)} ms | ${col("A", (r) => r.cpuPerPage).toFixed(2)} | ${col("B", (r) => r.cpuPerPage).toFixed(2)} | ${median(results.A.map((x, i) => results.B[i]!.cpuPerPage / x.cpuPerPage)).toFixed(2)} |`,
  );
  const bad = [...results.A, ...results.B].reduce((n, r) => n + r.bad, 0);
  if (bad) console.info(`\n${bad} responses were not 2xx or failed`);
} finally {
  await stop(a);
  await stop(b);
}
