import { backends } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokyoDay } from "../helpers/dates.js";
import { graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";

const CORE_1001 = { plan: "core", licenses: 1001, serverBandwidth: "200M", accessBandwidth: "200M" };
const FEE = `query($asOf: Date) { feeEstimate(serviceId: "qtpro-flex-mobility", parameters: ${JSON.stringify(CORE_1001).replace(/"(\w+)":/g, "$1:")}, asOf: $asOf) { monthly termsVersion { version } } }`;
let n = 0;
const key = () => `legal-${Date.now()}-${++n}`;

describe.each(backends())("the legal workflow on %s", (kind) => {
  let server: RunningServer;
  let legal: string;
  let legal2: string;
  let customer: string;
  let draftId: string;
  const effectiveFrom = tokyoDay(30);

  beforeAll(async () => {
    server = await startServer(kind);
    [legal, legal2, customer] = await Promise.all([
      signIn(server, "legal@yakkan.example"),
      signIn(server, "legal2@yakkan.example"),
      signIn(server, "admin@kyushu-logistics.example"),
    ]);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("is for legal only", async () => {
    for (const cookie of [customer, await signIn(server, "staff@yakkan.example")]) {
      const r = await graphql(server, "{ termsVersions { id } }", {}, { cookie });
      expect(r.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    }
  });

  it("drafts from the version in force and edits the notice period and a band price", async () => {
    const versions = await graphql<{ termsVersions: { id: string; version: string; status: string }[] }>(
      server,
      '{ termsVersions(serviceId: "qtpro-flex-mobility") { id version status } }',
      {},
      { cookie: legal },
    );
    const current = versions.data!.termsVersions.find((v) => v.version === "2022-05-09 改訂")!;
    const created = await graphql<{ createDraft: { id: string; status: string } }>(
      server,
      "mutation($id: ID!) { createDraft(fromVersionId: $id) { id status } }",
      { id: current.id },
      { cookie: legal },
    );
    draftId = created.data!.createDraft.id;
    expect(created.data!.createDraft.status).toBe("draft");

    const bad = await graphql(
      server,
      "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { findings { path } } }",
      { i: { id: draftId, sets: [{ path: "terms.cancellation.notice.amount", value: -5 }] } },
      { cookie: legal },
    );
    expect(bad.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    expect((bad.errors?.[0]?.extensions?.["issues"] as { path: string[] }[])[0]?.path).toEqual([
      "terms",
      "cancellation",
      "notice",
      "amount",
    ]);

    const saved = await graphql<{
      updateDraft: { findings: { severity: string }[]; version: { effectiveFrom: string } };
    }>(
      server,
      "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { findings { severity path message } version { effectiveFrom } } }",
      {
        i: {
          id: draftId,
          version: `${effectiveFrom} 改訂`,
          effectiveFrom,
          sets: [
            { path: "terms.cancellation.notice.amount", value: 90 },
            { path: "terms.fees[0].price.cases[1].price.bands[1].unitPriceYen", value: "750" },
          ],
        },
      },
      { cookie: legal },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateDraft.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("shows the changes in words, with clauses", async () => {
    const versions = await graphql<{ termsVersions: { id: string; version: string }[] }>(
      server,
      '{ termsVersions(serviceId: "qtpro-flex-mobility") { id version } }',
      {},
      { cookie: legal },
    );
    const current = versions.data!.termsVersions.find((v) => v.version === "2022-05-09 改訂")!;
    const diff = await graphql<{ termsDiff: { text: string; citations: { clause: string }[] }[] }>(
      server,
      "query($a: ID!, $b: ID!) { termsDiff(a: $a, b: $b) { text citations { clause } } }",
      { a: current.id, b: draftId },
      { cookie: legal },
    );
    const texts = diff.data!.termsDiff.map((l) => l.text);
    expect(texts).toContain("解約通知期限: 60日前 → 90日前");
    expect(texts).toContain("Mobility デバイスライセンス Core 1,001–3,000: 700円 → 750円");
  });

  it("analyses the impact on active contracts before publishing", async () => {
    const impact = await graphql<{
      impactAnalysis: {
        contracts: number;
        affected: number;
        rows: { contractNumber: string; monthlyBefore: string; monthlyAfter: string; changed: boolean }[];
      };
    }>(
      server,
      "query($id: ID!) { impactAnalysis(versionId: $id) { contracts affected rows { contractNumber monthlyBefore monthlyAfter changed } } }",
      { id: draftId },
      { cookie: legal },
    );
    const report = impact.data!.impactAnalysis;
    expect(report.contracts).toBe(3); // YK-FM-0001, 0003, 0006
    // YK-FM-0001: Core 1,200 licences (1,001–3,000 band): 1,200 × 700 + 450,000 + 162,000 → 1,200 × 750.
    expect(report.rows.find((r) => r.contractNumber === "YK-FM-0001")).toMatchObject({
      monthlyBefore: "1452000",
      monthlyAfter: "1512000",
      changed: true,
    });
  });

  it("needs a second legal user's approval (four eyes) and notifies the affected customers", async () => {
    await graphql(server, "mutation($id: ID!) { requestReview(id: $id) { id } }", { id: draftId }, { cookie: legal });
    const own = await graphql(
      server,
      "mutation($id: ID!, $k: String!) { approveAndPublish(id: $id, idempotencyKey: $k) { status } }",
      { id: draftId, k: key() },
      { cookie: legal },
    );
    expect(own.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    const published = await graphql<{ approveAndPublish: { status: string; noticesSent: number } }>(
      server,
      "mutation($id: ID!, $k: String!) { approveAndPublish(id: $id, idempotencyKey: $k) { status noticesSent effectiveFrom } }",
      { id: draftId, k: key() },
      { cookie: legal2 },
    );
    expect(published.data?.approveAndPublish).toMatchObject({ status: "scheduled", noticesSent: 3 });

    const notices = await graphql<{
      notices: { body: { effectiveFrom: string; changes: { text: { ja: string } }[] } }[];
    }>(server, "{ notices { body } }", {}, { cookie: customer });
    expect(notices.data!.notices[0]?.body.effectiveFrom).toBe(effectiveFrom);
    expect(notices.data!.notices[0]?.body.changes.map((c) => c.text.ja)).toContain("解約通知期限: 60日前 → 90日前");
  });

  it("quotes the old fee before the effective date and the new fee from it", async () => {
    const before = await graphql<{ feeEstimate: { monthly: string; termsVersion: { version: string } } }>(server, FEE, {
      asOf: tokyoDay(29),
    });
    const after = await graphql<{ feeEstimate: { monthly: string; termsVersion: { version: string } } }>(server, FEE, {
      asOf: effectiveFrom,
    });
    // 1,050 × 700 + 539,000 = 1,274,000; from the new version 1,050 × 750 + 539,000 = 1,326,500.
    expect(before.data?.feeEstimate).toEqual({ monthly: "1274000", termsVersion: { version: "2022-05-09 改訂" } });
    expect(after.data?.feeEstimate).toEqual({ monthly: "1326500", termsVersion: { version: `${effectiveFrom} 改訂` } });
  });

  it("refuses to change a published version", async () => {
    const r = await graphql(
      server,
      "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
      { i: { id: draftId, effectiveFrom: tokyoDay(40) } },
      { cookie: legal },
    );
    expect(r.errors?.[0]?.extensions?.["code"]).toBe("CONFLICT");
  });
});
