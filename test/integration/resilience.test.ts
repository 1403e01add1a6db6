import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { backends, createTestDatabase } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";

/** The request that killed the server (issue 8), the watchdog, and the supervisor's refusal to loop on bad configuration. */

const FLEX = { plan: "core", licenses: 1200, serverBandwidth: "300M", accessBandwidth: "300M" };
const CHANGE_QUOTE = "query($i: ChangeQuoteInput!) { changeQuote(input: $i) { allowed monthlyAfter } }";
const headline = (effectiveDate: string) => ({
  i: {
    serviceId: "qtpro-flex-mobility",
    parameters: FLEX,
    startDate: "2026-06-01",
    newParameters: { ...FLEX, licenses: 1250 },
    effectiveDate,
  },
});

describe.each(backends())("the request that used to kill the server, on %s", (kind) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("answers changeQuote effective 9999-12-31 (Flex Core 1,200 → 1,250, start 2026-06-01) with a located DATE_OUT_OF_RANGE in under 50 ms, and keeps serving", async () => {
    // Warm the path once with a valid date, as a running server would be.
    expect((await graphql(server, CHANGE_QUOTE, headline("2027-04-01"))).errors).toBeUndefined();
    // The median of 7 answers; on a machine busy with other test runs a round may be measured again
    // (up to 3 rounds): the claim is about the server's work, not the machine's load.
    let median = Infinity;
    for (let round = 0; round < 3 && median >= 50; round++) {
      const timings: number[] = [];
      for (let i = 0; i < 7; i++) {
        const started = performance.now();
        const result = await graphql(server, CHANGE_QUOTE, headline("9999-12-31"), { "accept-language": "en" });
        timings.push(performance.now() - started);
        const error = result.errors?.[0];
        expect(error?.extensions?.["code"]).toBe("DATE_OUT_OF_RANGE");
        expect(error?.message).toContain("1970-01-01 and 2050-12-31");
        expect(error?.extensions?.["issues"]).toEqual([
          { path: ["i", "effectiveDate"], message: expect.stringContaining("2050-12-31") as string },
        ]);
      }
      timings.sort((a, b) => a - b);
      median = timings[Math.floor(timings.length / 2)]!;
      console.info(
        `issue 8 headline request (${kind}): median ${median.toFixed(1)} ms, fastest ${timings[0]!.toFixed(1)} ms, slowest ${timings.at(-1)!.toFixed(1)} ms`,
      );
    }
    expect(median).toBeLessThan(50);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await graphql(server, CHANGE_QUOTE, headline("2027-04-01"))).data).toMatchObject({
      changeQuote: { allowed: true },
    });
  });

  it("runs as the application role, which owns nothing and bypasses nothing (yakkan_server on PostgreSQL)", () => {
    const role = kind === "postgres" ? "yakkan_server" : "yakkan_app";
    expect(server.output()).toContain(
      `database role ${role}: no superuser, no BYPASSRLS, owns nothing; row-level security enforced`,
    );
  });

  it("shows the portal's date fields out of range as an error on the page, naming the range", async () => {
    const admin = await signIn(server, "admin@kyushu-logistics.example");
    const list = await graphql<{ contracts: { nodes: { id: string; contractNumber: string }[] } }>(
      server,
      "{ contracts { nodes { id contractNumber } } }",
      {},
      { cookie: admin },
    );
    const contractId = list.data!.contracts.nodes.find((c) => c.contractNumber === "YK-FM-0001")!.id;
    const pages = [
      "/services/qtpro-flex-mobility/estimate?plan=core&licenses=1200&serverBandwidth=300M&accessBandwidth=300M&asOf=9999-12-31",
      `/contracts/${contractId}/cancel?desiredEndDate=9999-12-31`,
      `/contracts/${contractId}/change?plan=core&licenses=1250&serverBandwidth=300M&accessBandwidth=300M&effectiveDate=9999-12-31`,
    ];
    for (const path of pages) {
      const response = await fetch(`${server.url}${path}`, { headers: { cookie: admin } });
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain("1970-01-01 から 2050-12-31 まで");
    }
    const posted = await fetch(`${server.url}/contracts/${contractId}/change.data`, {
      method: "POST",
      headers: { cookie: admin, origin: server.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        newParameters: JSON.stringify({ ...FLEX, licenses: 1250 }),
        effectiveDate: "9999-12-31",
        idempotencyKey: "portal-9999-12-31",
      }).toString(),
    });
    expect(await posted.text()).toContain("2050-12-31");
    const notJson = await fetch(`${server.url}/contracts/${contractId}/change.data`, {
      method: "POST",
      headers: { cookie: admin, origin: server.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        newParameters: "{not json",
        effectiveDate: "2027-04-01",
        idempotencyKey: "portal-not-json",
      }).toString(),
    });
    expect(notJson.status).toBe(200);
    expect(await notJson.text()).toContain("変更後の構成を読み取れませんでした");
  });

  it("refuses submitChangeRequest effective 9999-12-31 the same way, writing nothing", async () => {
    const admin = await signIn(server, "admin@kyushu-logistics.example");
    const list = await graphql<{ contracts: { nodes: { id: string; contractNumber: string }[] } }>(
      server,
      "{ contracts { nodes { id contractNumber } } }",
      {},
      { cookie: admin },
    );
    const contractId = list.data!.contracts.nodes.find((c) => c.contractNumber === "YK-FM-0001")!.id;
    const result = await graphql(
      server,
      "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
      {
        i: {
          contractId,
          newParameters: { ...FLEX, licenses: 1250 },
          effectiveDate: "9999-12-31",
          idempotencyKey: "headline-9999-12-31",
        },
      },
      { cookie: admin },
    );
    expect(result.errors?.[0]?.extensions?.["code"]).toBe("DATE_OUT_OF_RANGE");
    const requests = await graphql<{ requests: unknown[] }>(server, "{ requests { id } }", {}, { cookie: admin });
    expect(requests.data?.requests).toEqual([]);
  });
});

describe("the process guards", () => {
  const WATCHDOG = fileURLToPath(new URL("../../web/dist/watchdog.js", import.meta.url));
  const START = fileURLToPath(new URL("../../scripts/start.mjs", import.meta.url));

  it("kills a process whose event loop is blocked (the watchdog), so the supervisor can start a fresh one", async () => {
    const child = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { startEventLoopWatchdog } from ${JSON.stringify(WATCHDOG)}; startEventLoopWatchdog(400); setTimeout(() => { for (;;) {} }, 100);`,
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const started = Date.now();
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, s) => resolve(s)));
    expect(signal).toBe("SIGKILL");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(stderr).toMatch(/\[watchdog\] the event loop has been blocked for \d+ ms/);
  });

  it("does not restart a server whose configuration is wrong (the supervisor exits 78 with the reason)", async () => {
    const database = await createTestDatabase("pglite");
    try {
      const child = spawn(process.execPath, [START], {
        env: {
          ...process.env,
          ...database.env,
          DATABASE_URL: "",
          PORT: "0",
          REQUEST_TIMEOUT_MS: "not-a-number",
          NODE_ENV: "production",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
      child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
      expect(code).toBe(78);
      expect(output).toContain("REQUEST_TIMEOUT_MS");
      expect(output).toMatch(/configuration error\): not restarting/);
    } finally {
      await database.drop();
    }
  });
});
