import { spawn } from "node:child_process";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { backends, createTestDatabase, type TestDatabase } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokyoDay } from "../helpers/dates.js";
import { DEMO_PASSWORD, graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";
import { publishChange, signInLegal } from "../helpers/legal.js";
import { startSupervised, type Supervised } from "../helpers/supervised.js";

/**
 * Several server processes on one PostgreSQL (issue 12, decision 013): whatever one process does,
 * another must see — sessions, sign-in throttling, terms publications, the request lifecycle.
 * PostgreSQL only: the embedded PGlite database lives inside one process, and `pnpm start` refuses
 * WEB_CONCURRENCY > 1 without DATABASE_URL (checked below on every run).
 */
const LIMITS = { TRUST_PROXY: "loopback", RATE_LIMIT_SIGN_IN_FAILURES: "4", RATE_LIMIT_SIGN_IN_PER_ADDRESS: "100" };
const SIGN_IN = "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }";
const CORE_1050 = '{ plan: "core", licenses: 1050, serverBandwidth: "200M", accessBandwidth: "200M" }';
const FEE = `query($asOf: Date) { feeEstimate(serviceId: "qtpro-flex-mobility", parameters: ${CORE_1050}, asOf: $asOf) { monthly termsVersion { version } } }`;
let n = 0;
const key = (label: string) => `multi-${label}-${Date.now()}-${++n}`;

async function signInCode(server: RunningServer, email: string, password: string, address: string): Promise<string> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ query: SIGN_IN, variables: { e: email, p: password } }),
  });
  const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
  return body.errors?.[0]?.extensions.code ?? "ok";
}

describe.runIf(backends().includes("postgres"))("two server processes on one PostgreSQL", () => {
  let a: RunningServer;
  let b: RunningServer;

  beforeAll(async () => {
    a = await startServer("postgres", LIMITS);
    b = await a.alongside();
  });
  afterAll(async () => {
    await b?.stopProcess();
    await a?.stop();
  });

  it("are two processes on one database", async () => {
    const [ha, hb] = await Promise.all(
      [a, b].map(async (s) => (await fetch(`${s.url}/healthz`)).json() as Promise<{ database: string; pid: number }>),
    );
    expect(ha).toMatchObject({ database: "postgres", pid: a.pid });
    expect(hb).toMatchObject({ database: "postgres", pid: b.pid });
    expect(a.pid).not.toBe(b.pid);
  });

  it("share sessions: signed in on A, the cookie works on B; signed out on B, it no longer works on A", async () => {
    const cookie = await signIn(a, "admin@hakata-design.example");
    const onB = await graphql<{ viewer: { email: string } | null }>(b, "{ viewer { email } }", {}, { cookie });
    expect(onB.data?.viewer?.email).toBe("admin@hakata-design.example");
    await graphql(b, "mutation { signOut }", {}, { cookie });
    const onA = await graphql<{ viewer: { email: string } | null }>(a, "{ viewer { email } }", {}, { cookie });
    expect(onA.data?.viewer).toBeNull();
  });

  it("share sign-in throttling: four failures spread over A and B pause the account for that address on both", async () => {
    const email = "member@kyushu-logistics.example";
    const address = "198.51.100.21";
    const codes = [];
    for (const [i, server] of [a, b, a, b].entries())
      codes.push(await signInCode(server, email, `wrong-${i}`, address));
    expect(codes).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED"]);
    // Paused on both processes, even with the right password (per process it would be 2 of 4).
    expect(await signInCode(a, email, DEMO_PASSWORD, address)).toBe("TOO_MANY_ATTEMPTS");
    expect(await signInCode(b, email, DEMO_PASSWORD, address)).toBe("TOO_MANY_ATTEMPTS");
    // Another address is not paused.
    expect(await signInCode(b, email, DEMO_PASSWORD, "192.0.2.80")).toBe("ok");
  });

  it("share terms publications: a version published through A is what B quotes within a second", async () => {
    const effectiveFrom = tokyoDay(20);
    const { legal, legal2 } = await signInLegal(a);
    // B has its snapshot in memory before the publication: 1,050 × 700 + 539,000 = 1,274,000 under 2022-05-09 改訂.
    const before = await graphql<{ feeEstimate: { monthly: string; termsVersion: { version: string } } }>(b, FEE, {
      asOf: effectiveFrom,
    });
    expect(before.data?.feeEstimate).toEqual({ monthly: "1274000", termsVersion: { version: "2022-05-09 改訂" } });

    const { published } = await publishChange(
      a,
      { legal, legal2 },
      {
        serviceId: "qtpro-flex-mobility",
        fromVersion: "2022-05-09 改訂",
        version: `${effectiveFrom} 改訂`,
        effectiveFrom,
        sets: [{ path: "terms.fees[0].price.cases[1].price.bands[1].unitPriceYen", value: "750" }],
        idempotencyKey: key("publish"),
        // Possibly within the minimum notice period (民法548条の4): legal gives a reason.
        reason: "test: publication seen by another process",
      },
    );
    expect(published.data?.approveAndPublish.status).toBe("scheduled");
    const publishedAt = Date.now();

    // 1,050 × 750 + 539,000 = 1,326,500 under the new version, on B, within one second.
    let seen: unknown;
    while (Date.now() - publishedAt <= 1_000) {
      seen = (await graphql<{ feeEstimate: unknown }>(b, FEE, { asOf: effectiveFrom })).data?.feeEstimate;
      if (JSON.stringify(seen).includes("1326500")) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen).toEqual({ monthly: "1326500", termsVersion: { version: `${effectiveFrom} 改訂` } });
    expect(Date.now() - publishedAt).toBeLessThanOrEqual(1_000);
  });

  it("share the request lifecycle: submitted on A, accepted by staff on B, seen accepted by the customer on A", async () => {
    const [customer, staff] = await Promise.all([
      signIn(a, "admin@fukuoka-medical.example"),
      signIn(b, "staff@yakkan.example"),
    ]);
    const contracts = await graphql<{ contracts: { nodes: { id: string; contractNumber: string }[] } }>(
      a,
      "{ contracts { nodes { id contractNumber } } }",
      {},
      { cookie: customer },
    );
    const contractId = contracts.data!.contracts.nodes.find((c) => c.contractNumber === "YK-FM-0006")!.id;
    const submitted = await graphql<{ submitCancellationRequest: { id: string; status: string } }>(
      a,
      "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id status } }",
      { i: { contractId, desiredEndDate: "2027-06-30", idempotencyKey: key("submit") } },
      { cookie: customer },
    );
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data!.submitCancellationRequest.id;

    const queue = await graphql<{ requests: { id: string }[] }>(
      b,
      '{ requests(statuses: ["pending"]) { id } }',
      {},
      { cookie: staff },
    );
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.requests.map((r) => r.id)).toContain(id);
    const accepted = await graphql<{ acceptRequest: { status: string } }>(
      b,
      "mutation($id: ID!, $d: Date!, $k: String!) { acceptRequest(requestId: $id, confirmationDate: $d, idempotencyKey: $k) { status } }",
      { id, d: tokyoDay(0), k: key("accept") },
      { cookie: staff },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptRequest.status).toBe("accepted");

    const seen = await graphql<{ request: { status: string } }>(
      a,
      "query($id: ID!) { request(id: $id) { status } }",
      { id },
      { cookie: customer },
    );
    expect(seen.data?.request.status).toBe("accepted");
  });
});

/** GET /healthz on a new connection each time (the cluster hands connections to workers in turn). */
function healthPid(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = request(`${url}/healthz`, { agent: false, timeout: 5_000 }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve(res.statusCode === 200 ? (JSON.parse(body) as { pid: number }).pid : undefined));
    });
    req.on("error", () => resolve(undefined));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

async function pidsAnswering(url: string, tries = 20): Promise<Set<number>> {
  const pids = new Set<number>();
  for (let i = 0; i < tries; i++) {
    const pid = await healthPid(url);
    if (pid) pids.add(pid);
  }
  return pids;
}

describe.runIf(backends().includes("postgres"))("pnpm start with WEB_CONCURRENCY=2 (PostgreSQL)", () => {
  let database: TestDatabase;
  let supervised: Supervised;

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    supervised = await startSupervised({ ...database.env, WEB_CONCURRENCY: "2", SUPERVISOR_FIRST_PAUSE_MS: "200" });
    const deadline = Date.now() + 60_000;
    while (supervised.serverPids().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }, 120_000);
  afterAll(async () => {
    await supervised?.stop();
    await database?.drop();
  });

  it("serves from two processes on one port, and keeps serving while a killed one is restarted", async () => {
    const started = supervised.serverPids();
    expect(started).toHaveLength(2);
    expect(await pidsAnswering(supervised.url)).toEqual(new Set(started));

    const [victim, survivor] = started as [number, number];
    process.kill(victim, "SIGKILL");
    // The other process answers meanwhile (no request fails for long: every one of these is answered).
    const during = await pidsAnswering(supervised.url, 10);
    expect(during.has(survivor)).toBe(true);

    const deadline = Date.now() + 30_000;
    while (supervised.serverPids().length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const replacement = supervised.serverPids()[2];
    expect(replacement).toBeDefined();
    expect(supervised.output()).toMatch(new RegExp(`server [12]/2 \\(pid ${victim}\\) was killed by SIGKILL`));
    let answering = new Set<number>();
    while (Date.now() < deadline && !(answering.has(replacement!) && answering.has(survivor)))
      answering = await pidsAnswering(supervised.url, 10);
    expect(answering).toEqual(new Set([survivor, replacement]));
  });
});

describe("pnpm start with WEB_CONCURRENCY=2 on the embedded database", () => {
  it("refuses to start, saying why (one process owns the PGlite data directory), as a configuration error", async () => {
    const start = fileURLToPath(new URL("../../scripts/start.mjs", import.meta.url));
    const child = spawn(process.execPath, [start], {
      env: { ...process.env, DATABASE_URL: "", MIGRATION_DATABASE_URL: "", WEB_CONCURRENCY: "2", PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(78);
    expect(output).toContain("WEB_CONCURRENCY: 2 server processes need PostgreSQL (set DATABASE_URL)");
    expect(output).not.toContain("listening on");
  });
});
