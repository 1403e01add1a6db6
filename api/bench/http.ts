// `pnpm bench`, HTTP part: the production server (web/dist/server.js) against a bare graphql-js
// server (bench/bare-graphql.ts: node:http + graphql() answering the same query with a constant),
// loaded with autocannon in interleaved rounds (bare, Yakkan, bare, Yakkan, …) so that the machine's
// other load hits both alike. Prints req/s, p50/p99 and Yakkan's throughput as a ratio of the bare
// server's for the same query. Embedded PGlite always; PostgreSQL too when DATABASE_URL is set.
// Not a test: numbers for docs/benchmarks.md (goals, issue 12: feeEstimate ≥ 0.75 × bare with
// p99 ≤ 25 ms; the signed-in contract page p99 ≤ 100 ms at 10 connections). The contract page has a
// baseline of its own, loaded in the same rounds: the page's rendering alone (web/bench/render-only.ts,
// the same portal with every loader's answer remembered, on a database of its own).
//
// BENCH_HTTP_SECONDS (default 5) per round, BENCH_HTTP_ROUNDS (default 3), BENCH_HTTP_CONNECTIONS
// (default 50); BENCH_HTTP_ONLY=<text> runs only the loads whose name contains it; BENCH_CPU_PROF=<dir>
// runs the Yakkan server under `node --cpu-prof` into that folder (for finding the costly layer);
// BENCH_HTTP_BACKENDS=postgres (or pglite) runs one backend only. BENCH_HTTP_PROCESSES=N (PostgreSQL
// only: the embedded database is one process's) also starts `pnpm start`'s supervisor with
// WEB_CONCURRENCY=N on the same database and loads it in the same interleaved rounds ("Yakkan×N …").
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { createTestDatabase, type BackendKind, type TestDatabase } from "@yakkan/db/testing";
import { benchServerEnv, startListening, stopProcess as stop, type Started } from "./server.js";

const SECONDS = Number(process.env["BENCH_HTTP_SECONDS"] ?? 5);
const ROUNDS = Number(process.env["BENCH_HTTP_ROUNDS"] ?? 3);
const CONNECTIONS = Number(process.env["BENCH_HTTP_CONNECTIONS"] ?? 50);
const PAGE_CONNECTIONS = 10;
const CPU_PROF = process.env["BENCH_CPU_PROF"];
const ONLY = process.env["BENCH_HTTP_ONLY"];
const PROCESSES = Number(process.env["BENCH_HTTP_PROCESSES"] ?? 1);
const SERVER = fileURLToPath(new URL("../../web/dist/server.js", import.meta.url));
const SUPERVISOR = fileURLToPath(new URL("../../scripts/start.mjs", import.meta.url));
const BARE = fileURLToPath(new URL("./bare-graphql.ts", import.meta.url));
const RENDER_ONLY = fileURLToPath(new URL("../../web/bench/render-only.ts", import.meta.url));
const RENDER_ONLY_PAGE = "render-only contract page";

/** Flex Mobility Starter with 101 licences: the pricing bands of 別紙1 apply past 100. */
const FLEX_101 = { plan: "starter", licenses: 101, accessBandwidth: "50M" };
const FEE_ESTIMATE = {
  query: `query Estimate($serviceId: ID!, $parameters: JSON!) {
  feeEstimate(serviceId: $serviceId, parameters: $parameters) {
    termsVersion { serviceId version effectiveFrom }
    monthly monthlyWithTax initial initialWithTax taxRate
    lines { code kind quantity unitPrice amount citations { document clause } }
    unpricedItems
  }
}`,
  variables: { serviceId: "qtpro-flex-mobility", parameters: FLEX_101 },
};
const CANCELLATION_QUOTE = {
  query: `query Cancel($input: CancellationQuoteInput!) {
  cancellationQuote(input: $input) {
    termsVersion { serviceId version }
    latestNoticeDate noticeInTime effectiveEndDate lastBilledDate minimumTermEndDate
    charges { code kind amount citations { document clause } }
    total totalWithTax
  }
}`,
  variables: {
    input: {
      serviceId: "qtpro-flex-mobility",
      parameters: FLEX_101,
      startDate: "2026-04-01",
      desiredEndDate: "2027-01-20",
      noticeDate: "2026-11-25",
    },
  },
};

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** One answer, checked: the load below is only worth measuring if the server answers it right. */
async function answer(url: string, op: { query: string; variables: unknown }): Promise<Record<string, unknown>> {
  const body = (await (await post(url, op)).json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`${url} answered ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

interface Target {
  name: string;
  /** The load, without its duration. */
  options: autocannon.Options;
}

const graphqlLoad = (url: string, op: unknown): autocannon.Options => ({
  url: `${url}/graphql`,
  method: "POST",
  connections: CONNECTIONS,
  // As browsers and fetch() send it: compression applies where the server chooses to compress.
  headers: { "content-type": "application/json", "accept-encoding": "gzip, deflate, br" },
  body: JSON.stringify(op),
});

const pageLoad = (url: string, path: string, cookie: string): autocannon.Options => ({
  url: `${url}${path}`,
  connections: PAGE_CONNECTIONS,
  headers: { cookie, "accept-encoding": "gzip" },
});

interface Tally {
  ok: number;
  bad: number;
  seconds: number;
  p50: number[];
  p99: number[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function signedInContractPage(url: string): Promise<{ path: string; cookie: string }> {
  const response = await post(url, {
    query: "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }",
    variables: { e: "admin@kyushu-logistics.example", p: "yakkan-demo-2026" },
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`sign-in failed: ${await response.text()}`);
  const contracts = (await (
    await post(url, { query: "{ contracts { nodes { id serviceId } } }" }, { cookie })
  ).json()) as { data: { contracts: { nodes: { id: string; serviceId: string }[] } } };
  const flex = contracts.data.contracts.nodes.find((c) => c.serviceId === "qtpro-flex-mobility");
  if (!flex) throw new Error("the demo data has no Flex Mobility contract for Kyushu Logistics");
  const path = `/contracts/${flex.id}`;
  const page = await fetch(`${url}${path}`, { headers: { cookie } });
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
  return { path, cookie };
}

async function benchBackend(kind: BackendKind): Promise<void> {
  const database: TestDatabase = await createTestDatabase(kind);
  const yakkan = await startListening(
    [...(CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROF}`] : []), SERVER],
    benchServerEnv(database),
  );
  let bare: Started | undefined;
  let cluster: Started | undefined;
  let renderOnly: { server: Started; database: TestDatabase; page: { path: string; cookie: string } } | undefined;
  try {
    const fee = await answer(yakkan.url, FEE_ESTIMATE);
    const cancel = await answer(yakkan.url, CANCELLATION_QUOTE);
    bare = await startListening(["--import", "tsx", BARE], { BARE_ANSWERS: JSON.stringify({ ...fee, ...cancel }) });
    const bareFee = await answer(bare.url, FEE_ESTIMATE);
    if (JSON.stringify(bareFee) !== JSON.stringify(fee))
      throw new Error("the bare server's answer differs from Yakkan's");
    const page = await signedInContractPage(yakkan.url);
    if (PROCESSES > 1 && kind === "postgres") {
      cluster = await startListening(
        [SUPERVISOR],
        { ...benchServerEnv(database), WEB_CONCURRENCY: String(PROCESSES) },
        "the supervisor",
        180_000,
        PROCESSES,
      );
      if (JSON.stringify(await answer(cluster.url, FEE_ESTIMATE)) !== JSON.stringify(fee))
        throw new Error("the supervised servers' answer differs from the single server's");
    }
    const many = `Yakkan×${PROCESSES}`;
    // The page's rendering alone, as the baseline of the contract page: the same portal with every
    // loader's answer remembered (web/bench/render-only.ts), on a database of its own (the embedded
    // one is one process's).
    if (!ONLY || RENDER_ONLY_PAGE.includes(ONLY)) {
      const renderDatabase = await createTestDatabase(kind);
      const server = await startListening(
        ["--import", "tsx", RENDER_ONLY],
        benchServerEnv(renderDatabase),
        "the render-only portal",
        180_000,
      );
      renderOnly = { server, database: renderDatabase, page: await signedInContractPage(server.url) };
    }

    const all: Target[] = [
      { name: "bare feeEstimate", options: graphqlLoad(bare.url, FEE_ESTIMATE) },
      { name: "Yakkan feeEstimate", options: graphqlLoad(yakkan.url, FEE_ESTIMATE) },
      { name: "bare cancellationQuote", options: graphqlLoad(bare.url, CANCELLATION_QUOTE) },
      { name: "Yakkan cancellationQuote", options: graphqlLoad(yakkan.url, CANCELLATION_QUOTE) },
      { name: "Yakkan contract page", options: pageLoad(yakkan.url, page.path, page.cookie) },
      ...(renderOnly
        ? [
            {
              name: RENDER_ONLY_PAGE,
              options: pageLoad(renderOnly.server.url, renderOnly.page.path, renderOnly.page.cookie),
            },
          ]
        : []),
      // The same database, so the same session and contract.
      ...(cluster
        ? [
            { name: `${many} feeEstimate`, options: graphqlLoad(cluster.url, FEE_ESTIMATE) },
            { name: `${many} cancellationQuote`, options: graphqlLoad(cluster.url, CANCELLATION_QUOTE) },
            { name: `${many} contract page`, options: pageLoad(cluster.url, page.path, page.cookie) },
          ]
        : []),
    ];
    const targets = all.filter((t) => !ONLY || t.name.includes(ONLY));
    const tallies = new Map<string, Tally>(
      targets.map((t) => [t.name, { ok: 0, bad: 0, seconds: 0, p50: [], p99: [] }]),
    );
    // Warm-up: 500 requests each (JIT, caches, connection pools), not counted.
    for (const t of targets) await autocannon({ ...t.options, amount: 500 });
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of targets) {
        const r = await autocannon({ ...t.options, duration: SECONDS });
        const tally = tallies.get(t.name)!;
        tally.ok += r["2xx"];
        tally.bad += r.non2xx + r.errors + r.timeouts;
        tally.seconds += r.duration;
        tally.p50.push(r.latency.p50);
        tally.p99.push(r.latency.p99);
      }
    }

    const rate = (name: string) => {
      const t = tallies.get(name)!;
      return t.ok / Math.max(t.seconds, 1e-9);
    };
    console.info(
      `\nHTTP, ${kind}: ${ROUNDS} interleaved rounds of ${SECONDS} s, ${CONNECTIONS} connections (contract page: ${PAGE_CONNECTIONS}); Node ${process.versions.node}\n`,
    );
    console.info("| what | req/s | p50 | p99 | ÷ bare | refused/failed |");
    console.info("|---|---|---|---|---|---|");
    for (const t of targets) {
      const tally = tallies.get(t.name)!;
      const op = t.name.split(" ").slice(1).join(" ");
      const ratio =
        t.name.startsWith("Yakkan") && tallies.has(`bare ${op}`) ? (rate(t.name) / rate(`bare ${op}`)).toFixed(2) : "";
      console.info(
        `| ${t.name} | ${rate(t.name).toFixed(0)} | ${median(tally.p50).toFixed(1)} ms | ${median(tally.p99).toFixed(1)} ms | ${ratio} | ${tally.bad} |`,
      );
    }
    if (tallies.has("Yakkan feeEstimate") && tallies.has("bare feeEstimate")) {
      const feeRatio = rate("Yakkan feeEstimate") / rate("bare feeEstimate");
      const feeP99 = median(tallies.get("Yakkan feeEstimate")!.p99);
      const bareP99 = median(tallies.get("bare feeEstimate")!.p99);
      console.info(
        `\nfeeEstimate ÷ bare ${feeRatio.toFixed(2)} (goal ≥ 0.75): ${feeRatio >= 0.75 ? "met" : "NOT met"}; p99 ${feeP99.toFixed(1)} ms (goal ≤ 25 ms): ${feeP99 <= 25 ? "met" : "NOT met"}`,
      );
      console.info(
        `  the bare graphql-js server's own p99: ${bareP99.toFixed(1)} ms${bareP99 > 25 ? " (above the goal: under this load on this machine node:http with graphql() alone does not meet it)" : ""}`,
      );
    }
    for (const who of ["Yakkan", many]) {
      const tally = tallies.get(`${who} contract page`);
      if (!tally) continue;
      const pageP99 = median(tally.p99);
      console.info(
        `${who} contract page p99 ${pageP99.toFixed(1)} ms at ${PAGE_CONNECTIONS} connections (goal ≤ 100 ms): ${pageP99 <= 100 ? "met" : "NOT met"}`,
      );
    }
    const rendered = tallies.get(RENDER_ONLY_PAGE);
    if (rendered) {
      const renderP99 = median(rendered.p99);
      console.info(
        `  the page's rendering alone (Express, Remix and React; no session, database, engine, gzip or security headers): p99 ${renderP99.toFixed(1)} ms${renderP99 > 100 ? " (above the goal: rendering this page on this machine is the layer that prevents it)" : ""}`,
      );
    }
  } finally {
    if (renderOnly) {
      await stop(renderOnly.server.child);
      await renderOnly.database.drop();
    }
    if (cluster) await stop(cluster.child);
    if (bare) await stop(bare.child);
    await stop(yakkan.child);
    await database.drop();
  }
}

if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "pnpm build" first`);
const BACKENDS = process.env["BENCH_HTTP_BACKENDS"]?.split(",");
for (const kind of process.env["DATABASE_URL"] ? (["pglite", "postgres"] as const) : (["pglite"] as const)) {
  if (!BACKENDS || BACKENDS.includes(kind)) await benchBackend(kind);
}
