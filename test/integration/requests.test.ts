import { backends } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";

const SUBMIT_CANCEL = `mutation($i: SubmitCancellationRequestInput!) {
  submitCancellationRequest(input: $i) { id number status termsVersion termsVersionId effectiveEndDate quote }
}`;
type Submitted = {
  submitCancellationRequest: {
    id: string;
    number: string;
    status: string;
    termsVersion: string;
    termsVersionId: string;
    effectiveEndDate: string;
  };
};

let counter = 0;
const key = (label: string) => `${label}-${Date.now()}-${++counter}`;

describe.each(backends())("requests on %s", (kind) => {
  let server: RunningServer;
  let admin: string;
  let hakata: string;
  let staff: string;
  const contracts = new Map<string, string>();

  const requestCount = async (contractId: string) => {
    const r = await graphql<{ requests: unknown[] }>(
      server,
      "query($c: ID) { requests(contractId: $c) { id } }",
      { c: contractId },
      { cookie: staff },
    );
    return r.data!.requests.length;
  };

  beforeAll(async () => {
    server = await startServer(kind);
    [admin, hakata, staff] = await Promise.all([
      signIn(server, "admin@kyushu-logistics.example"),
      signIn(server, "admin@hakata-design.example"),
      signIn(server, "staff@yakkan.example"),
    ]);
    const all = await graphql<{ contracts: { nodes: { id: string; contractNumber: string }[] } }>(
      server,
      "{ contracts { nodes { id contractNumber } } }",
      {},
      { cookie: staff },
    );
    for (const c of all.data!.contracts.nodes) contracts.set(c.contractNumber, c.id);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("replays the first result for the same idempotency key and payload, writing one request", async () => {
    const contractId = contracts.get("YK-FM-0006")!;
    const admin6 = await signIn(server, "admin@fukuoka-medical.example");
    const input = { contractId, desiredEndDate: "2027-06-30", idempotencyKey: key("replay") };
    const first = await graphql<Submitted>(server, SUBMIT_CANCEL, { i: input }, { cookie: admin6 });
    const again = await graphql<Submitted>(server, SUBMIT_CANCEL, { i: input }, { cookie: admin6 });
    expect(first.errors).toBeUndefined();
    expect(again.data?.submitCancellationRequest.id).toBe(first.data?.submitCancellationRequest.id);
    expect(again.data?.submitCancellationRequest.number).toBe(first.data?.submitCancellationRequest.number);
    expect(await requestCount(contractId)).toBe(1);
    // The request records the exact terms version its quote used.
    expect(first.data?.submitCancellationRequest.termsVersion).toBe("2022-05-09 改訂");
    expect(first.data?.submitCancellationRequest.termsVersionId).toMatch(/^[0-9a-f-]{36}$/);

    const mismatch = await graphql(
      server,
      SUBMIT_CANCEL,
      { i: { ...input, desiredEndDate: "2027-07-31" } },
      { cookie: admin6 },
    );
    expect(mismatch.errors?.[0]?.extensions?.["code"]).toBe("IDEMPOTENCY_MISMATCH");
    expect(await requestCount(contractId)).toBe(1);
  });

  it("creates exactly one request from 20 concurrent duplicates", async () => {
    const contractId = contracts.get("YK-FM-0001")!;
    const input = { contractId, desiredEndDate: "2027-05-31", idempotencyKey: key("concurrent") };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => graphql<Submitted>(server, SUBMIT_CANCEL, { i: input }, { cookie: admin })),
    );
    const ids = new Set(results.map((r) => r.data?.submitCancellationRequest.id));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await requestCount(contractId)).toBe(1);
  });

  it("rejects a date in the past at its field and writes nothing", async () => {
    const contractId = contracts.get("YK-FM-0003")!;
    const result = await graphql(
      server,
      SUBMIT_CANCEL,
      { i: { contractId, desiredEndDate: "2020-01-31", idempotencyKey: key("past") } },
      { cookie: hakata },
    );
    expect(result.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    expect((result.errors?.[0]?.extensions?.["issues"] as { path: string[] }[])[0]?.path).toEqual(["desiredEndDate"]);
    expect(await requestCount(contractId)).toBe(0);
  });

  it("refuses a change the terms forbid (第6条: no change to Starter) and writes nothing", async () => {
    const contractId = contracts.get("YK-FM-0001")!;
    const before = await requestCount(contractId);
    const result = await graphql(
      server,
      "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
      {
        i: {
          contractId,
          newParameters: { plan: "starter", licenses: 200, accessBandwidth: "100M" },
          effectiveDate: "2027-04-01",
          idempotencyKey: key("starter"),
        },
      },
      { cookie: admin },
    );
    expect(result.errors?.[0]?.extensions?.["code"]).toBe("CHANGE_NOT_ALLOWED");
    expect(result.errors?.[0]?.message).toContain("Starter");
    expect(await requestCount(contractId)).toBe(before);
  });

  it("moves a cancellation through accept and complete, each transition audited, the contract ending", async () => {
    const contractId = contracts.get("YK-FM-0003")!;
    const submitted = await graphql<Submitted>(
      server,
      SUBMIT_CANCEL,
      { i: { contractId, desiredEndDate: "2027-03-31", idempotencyKey: key("life") } },
      { cookie: hakata },
    );
    const id = submitted.data!.submitCancellationRequest.id;
    expect(submitted.data!.submitCancellationRequest).toMatchObject({
      status: "pending",
      effectiveEndDate: "2027-03-31",
    });

    const accepted = await graphql<{ acceptRequest: { status: string; confirmationDate: string } }>(
      server,
      'mutation($id: ID!, $k: String!) { acceptRequest(requestId: $id, confirmationDate: "2026-12-01", idempotencyKey: $k) { status confirmationDate } }',
      { id, k: key("accept") },
      { cookie: staff },
    );
    expect(accepted.data?.acceptRequest).toEqual({ status: "accepted", confirmationDate: "2026-12-01" });

    const again = await graphql(
      server,
      'mutation($id: ID!, $k: String!) { rejectRequest(requestId: $id, reason: "late", idempotencyKey: $k) { status } }',
      { id, k: key("reject") },
      { cookie: staff },
    );
    expect(again.errors?.[0]?.extensions?.["code"]).toBe("CONFLICT");

    const completed = await graphql<{ completeRequest: { status: string } }>(
      server,
      "mutation($id: ID!, $k: String!) { completeRequest(requestId: $id, idempotencyKey: $k) { status } }",
      { id, k: key("complete") },
      { cookie: staff },
    );
    expect(completed.data?.completeRequest.status).toBe("completed");

    const contract = await graphql<{ contract: { endDate: string } }>(
      server,
      "query($id: ID!) { contract(id: $id) { endDate } }",
      { id: contractId },
      { cookie: hakata },
    );
    expect(contract.data?.contract.endDate).toBe("2027-03-31");

    const trail = await graphql<{
      auditTrail: { action: string; actorName: string; before: unknown; after: unknown }[];
    }>(
      server,
      "query($id: ID!) { auditTrail(entityId: $id) { action actorName before after } }",
      { id },
      { cookie: hakata },
    );
    expect(trail.data?.auditTrail.map((a) => a.action)).toEqual([
      "request.submit",
      "request.accept",
      "request.complete",
    ]);
    expect(trail.data?.auditTrail[1]).toMatchObject({
      actorName: "受付 担当",
      before: { status: "pending" },
      after: { status: "accepted", confirmationDate: "2026-12-01" },
    });
    const contractTrail = await graphql<{ auditTrail: { action: string }[] }>(
      server,
      "query($id: ID!) { auditTrail(entityId: $id) { action } }",
      { id: contractId },
      { cookie: staff },
    );
    expect(contractTrail.data?.auditTrail.map((a) => a.action)).toEqual(["contract.end"]);
  });

  it("lets a customer withdraw a pending request once, and shows staff's rejection reason", async () => {
    const contractId = contracts.get("YK-FM-0001")!;
    const change = await graphql<{ submitChangeRequest: { id: string } }>(
      server,
      "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
      {
        i: {
          contractId,
          newParameters: { plan: "core", licenses: 1500, serverBandwidth: "300M", accessBandwidth: "300M" },
          effectiveDate: "2027-04-01",
          idempotencyKey: key("chg"),
        },
      },
      { cookie: admin },
    );
    const id = change.data!.submitChangeRequest.id;
    const withdraw = (k: string) =>
      graphql<{ withdrawRequest: { status: string } }>(
        server,
        "mutation($id: ID!, $k: String!) { withdrawRequest(requestId: $id, idempotencyKey: $k) { status } }",
        { id, k },
        { cookie: admin },
      );
    const k1 = key("wd");
    expect((await withdraw(k1)).data?.withdrawRequest.status).toBe("withdrawn");
    expect((await withdraw(k1)).data?.withdrawRequest.status).toBe("withdrawn"); // replay
    expect((await withdraw(key("wd2"))).errors?.[0]?.extensions?.["code"]).toBe("CONFLICT");

    const second = await graphql<{ submitChangeRequest: { id: string } }>(
      server,
      "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
      {
        i: {
          contractId,
          newParameters: { plan: "core", licenses: 1600, serverBandwidth: "300M", accessBandwidth: "300M" },
          effectiveDate: "2027-04-01",
          idempotencyKey: key("chg2"),
        },
      },
      { cookie: admin },
    );
    const rid = second.data!.submitChangeRequest.id;
    await graphql(
      server,
      'mutation($id: ID!, $k: String!) { rejectRequest(requestId: $id, reason: "見積書の確認が必要です", idempotencyKey: $k) { id } }',
      { id: rid, k: key("rej") },
      { cookie: staff },
    );
    const seen = await graphql<{ request: { status: string; rejectionReason: string } }>(
      server,
      "query($id: ID!) { request(id: $id) { status rejectionReason } }",
      { id: rid },
      { cookie: admin },
    );
    expect(seen.data?.request).toEqual({ status: "rejected", rejectionReason: "見積書の確認が必要です" });
  });
});
