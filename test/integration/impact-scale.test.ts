import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, schema } from "@yakkan/db";
import { backends, createTestDatabase } from "@yakkan/db/testing";
import { graphql, signIn, startServerOn, type RunningServer } from "../helpers/server.js";

// The impact analysis over many contracts (decision 014): read in keyset batches, computed in the
// worker pool, its progress published while it runs, and the server answering meanwhile.
const SEEDED = 6_000; // three batches of 2,000
const DEMO_FLEX_ACTIVE = 3; // the demo data's active Flex Mobility contracts (db/src/seed/demo.ts)

/** Three configurations in turn: only the second has licences in Core's 1,001–3,000 band. */
const CONFIGS: Record<string, string | number>[] = [
  { plan: "starter", licenses: 100, accessBandwidth: "50M" },
  { plan: "core", licenses: 1200, serverBandwidth: "300M", accessBandwidth: "300M" },
  { plan: "complete", licenses: 3001, logRetentionDays: 180, serverBandwidth: "1G", accessBandwidth: "1G" },
];

interface Row {
  contractNumber: string;
  monthlyBefore: string | null;
  monthlyAfter: string | null;
  changed: boolean;
}

describe.each(backends())("the impact analysis of 6,000 contracts on %s", (kind) => {
  let server: RunningServer;
  let legal: string;
  let draftId: string;
  beforeAll(async () => {
    const database = await createTestDatabase(kind);
    const db = await createDb({
      dataDir: database.env["DATA_DIR"],
      databaseUrl: database.env["MIGRATION_DATABASE_URL"],
    });
    try {
      await db.maintenance(async (owner) => {
        const [org] = await owner
          .insert(schema.organizations)
          .values({ slug: "scale", name: "規模株式会社", nameEn: "Scale Inc." })
          .returning();
        const rows = Array.from({ length: SEEDED }, (_, i) => ({
          contractNumber: `SCALE-${String(i).padStart(6, "0")}`,
          organizationId: org!.id,
          serviceId: "qtpro-flex-mobility",
          parameters: CONFIGS[i % 3]!,
          startDate: "2025-04-01",
        }));
        for (let i = 0; i < rows.length; i += 1000)
          await owner.insert(schema.contracts).values(rows.slice(i, i + 1000));
      });
    } finally {
      await db.close();
    }
    // The time budget is raised: this test is about answering meanwhile, not about speed (a shared CI machine is slow).
    server = await startServerOn(database, {
      RATE_LIMIT_EXPENSIVE_PER_MINUTE: "1000",
      RATE_LIMIT_QUOTES_PER_MINUTE: "100000",
      REQUEST_TIMEOUT_MS: "240000",
    });
    legal = await signIn(server, "legal@yakkan.example");
    const versions = await graphql<{ termsVersions: { id: string; version: string }[] }>(
      server,
      '{ termsVersions(serviceId: "qtpro-flex-mobility") { id version } }',
      {},
      { cookie: legal },
    );
    const current = versions.data!.termsVersions.find((v) => v.version === "2022-05-09 改訂")!;
    const draft = await graphql<{ createDraft: { id: string } }>(
      server,
      "mutation($id: ID!) { createDraft(fromVersionId: $id) { id } }",
      { id: current.id },
      { cookie: legal },
    );
    draftId = draft.data!.createDraft.id;
    const saved = await graphql(
      server,
      "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
      {
        i: { id: draftId, sets: [{ path: "terms.fees[0].price.cases[1].price.bands[1].unitPriceYen", value: "750" }] },
      },
      { cookie: legal },
    );
    expect(saved.errors).toBeUndefined();
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("answers /healthz and reports its progress while it runs, then every contract once, in order; 別紙1: Core 1,200 licences cost 1,200 × 50 yen more at 750 yen", async () => {
    const analysis = graphql<{ impactAnalysis: { contracts: number; affected: number; rows: Row[] } }>(
      server,
      "query($id: ID!) { impactAnalysis(versionId: $id) { contracts affected rows { contractNumber monthlyBefore monthlyAfter changed } } }",
      { id: draftId },
      { cookie: legal },
    );
    let finished = false;
    const done = () => {
      finished = true;
    };
    analysis.then(done, done);
    const healthyMidway: number[] = [];
    const seen: { done: number; total: number }[] = [];
    while (!finished) {
      const progress = await graphql<{ impactProgress: { done: number; total: number } | null }>(
        server,
        "query($id: ID!) { impactProgress(versionId: $id) { done total } }",
        { id: draftId },
        { cookie: legal },
      );
      const p = progress.data?.impactProgress;
      if (p) {
        seen.push(p);
        const started = performance.now();
        const health = await fetch(`${server.url}/healthz`);
        if (health.status === 200 && !finished) healthyMidway.push(performance.now() - started);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const report = (await analysis).data!.impactAnalysis;

    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.total === SEEDED + DEMO_FLEX_ACTIVE && p.done <= p.total)).toBe(true);
    expect(healthyMidway.length).toBeGreaterThan(0);

    expect(report.contracts).toBe(SEEDED + DEMO_FLEX_ACTIVE);
    const numbers = report.rows.map((r) => r.contractNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    const seeded = report.rows.filter((r) => r.contractNumber.startsWith("SCALE-"));
    expect(seeded.map((r) => r.contractNumber)).toEqual(
      Array.from({ length: SEEDED }, (_, i) => `SCALE-${String(i).padStart(6, "0")}`),
    );
    seeded.forEach((r, i) => {
      const core = i % 3 === 1;
      expect(r.changed, r.contractNumber).toBe(core);
      expect(BigInt(r.monthlyAfter!) - BigInt(r.monthlyBefore!), r.contractNumber).toBe(core ? 60_000n : 0n);
    });
    expect(
      await (
        await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: legal },
          body: JSON.stringify({ query: `{ impactProgress(versionId: "${draftId}") { done } }` }),
        })
      ).json(),
    ).toEqual({ data: { impactProgress: null } });
  }, 300_000);
});
