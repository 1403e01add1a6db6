// `pnpm bench` (second part): impact analysis of a terms draft over 10,000 active contracts, on
// embedded PGlite, timed over a few runs. Not a test; target: under 10 seconds.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { schema } from "@yakkan/db";
import { createApi } from "@yakkan/api";

const CONTRACTS = Number(process.env["BENCH_CONTRACTS"] ?? 10_000);
const RUNS = Number(process.env["BENCH_RUNS"] ?? 3);
const dir = mkdtempSync(join(tmpdir(), "yakkan-bench-"));
const api = await createApi({ dataDir: dir, log: { info: () => {}, warn: () => {}, error: console.error } });

try {
  const db = api.db;
  const [org] = await db.maintenance((owner) => owner.insert(schema.organizations).values({ slug: "bench", name: "ベンチ株式会社", nameEn: "Bench Inc." }).returning());
  const plans: Record<string, string | number>[] = [
    { plan: "starter", licenses: 100, accessBandwidth: "50M" },
    { plan: "core", licenses: 1200, serverBandwidth: "300M", accessBandwidth: "300M" },
    { plan: "complete", licenses: 3001, logRetentionDays: 180, serverBandwidth: "1G", accessBandwidth: "1G" },
  ];
  const rows = Array.from({ length: CONTRACTS }, (_, i) => ({
    contractNumber: `BENCH-${String(i).padStart(6, "0")}`,
    organizationId: org!.id,
    serviceId: "qtpro-flex-mobility",
    parameters: plans[i % plans.length]!,
    startDate: `202${5 + (i % 2)}-0${1 + (i % 9)}-01`,
  }));
  for (let i = 0; i < rows.length; i += 1000) await db.maintenance((owner) => owner.insert(schema.contracts).values(rows.slice(i, i + 1000)));

  const anonymous = await api.forRequest({ lang: "ja", clientAddress: "bench" });
  const session = await anonymous.signIn("legal@yakkan.example", "yakkan-demo-2026");
  const legal = await api.forRequest({ lang: "ja", sessionToken: session.token, clientAddress: "bench" });
  const [current] = (await legal.listVersions("qtpro-flex-mobility")).filter((v) => v.status === "published").slice(0, 1);
  const draft = await legal.createDraft({ fromVersionId: current!.id });
  await legal.updateDraft({ id: draft.id, sets: [{ path: "terms.fees[0].price.cases[1].price.bands[1].unitPriceYen", value: "750" }] });

  const times: number[] = [];
  let affected = 0;
  let total = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const report = await legal.impactAnalysis(draft.id);
    times.push(performance.now() - t0);
    affected = report.affected;
    total = report.contracts;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.info(`\nImpact analysis: ${total} active Flex Mobility contracts (${affected} affected), ${RUNS} runs on PGlite`);
  console.info(`| runs | median | fastest | slowest | per contract (median) |`);
  console.info(`|---|---|---|---|---|`);
  console.info(`| ${RUNS} | ${(median / 1000).toFixed(2)} s | ${((times[0] ?? 0) / 1000).toFixed(2)} s | ${((times.at(-1) ?? 0) / 1000).toFixed(2)} s | ${((median * 1000) / Math.max(total, 1)).toFixed(0)} µs |`);
  console.info(`target < 10 s: ${median < 10_000 ? "met" : "NOT met"}`);
} finally {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
}
