import { backends } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";

/**
 * Rate limits over HTTP, with this file's own low settings. Client addresses come from
 * X-Forwarded-For, which the server believes only because TRUST_PROXY=loopback says the test (on
 * 127.0.0.1) is a proxy.
 */
const LIMITS = {
  TRUST_PROXY: "loopback",
  RATE_LIMIT_SIGN_IN_FAILURES: "3",
  RATE_LIMIT_SIGN_IN_PER_ADDRESS: "12",
  RATE_LIMIT_SIGN_IN_WINDOW_SECONDS: "900",
  RATE_LIMIT_QUOTES_PER_MINUTE: "10",
  RATE_LIMIT_EXPENSIVE_PER_MINUTE: "3",
};

const SIGN_IN = "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }";
const from = (address: string) => ({ "x-forwarded-for": address });

async function signInOver(server: RunningServer, email: string, password: string, address: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...from(address) },
    body: JSON.stringify({ query: SIGN_IN, variables: { e: email, p: password } }),
  });
  const body = (await response.json()) as { errors?: { extensions: { code: string; retryAfter?: number } }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    code: body.errors?.[0]?.extensions.code ?? "ok",
  };
}

describe.each(backends())("rate limits on %s", (kind) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(kind, LIMITS);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("reserves sign-in attempts before checking the password: of 40 parallel guesses at most 3 are checked, the rest refused with Retry-After", async () => {
    const email = "member@kyushu-logistics.example";
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 35 ? DEMO_PASSWORD : `wrong-${i}`));
    const results = await Promise.all(guesses.map((p) => signInOver(server, email, p, "198.51.100.7")));
    const checked = results.filter((r) => r.code === "UNAUTHENTICATED" || r.code === "ok");
    const refused = results.filter((r) => r.code === "TOO_MANY_ATTEMPTS");
    expect(checked.length).toBeLessThanOrEqual(3);
    expect(checked.length + refused.length).toBe(40);
    for (const r of refused) {
      expect(r.status).toBe(429);
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
    }
    // Paused for this address, even with the right password…
    expect((await signInOver(server, email, DEMO_PASSWORD, "198.51.100.7")).code).toBe("TOO_MANY_ATTEMPTS");
    // …while the owner, signing in from elsewhere, is not locked out by the stranger.
    expect((await signInOver(server, email, DEMO_PASSWORD, "192.0.2.44")).code).toBe("ok");
  });

  it("limits one address across accounts (password spraying) and forgets a pair's failures after a success", async () => {
    const address = "198.51.100.8";
    expect((await signInOver(server, "staff@yakkan.example", "wrong", address)).code).toBe("UNAUTHENTICATED");
    expect((await signInOver(server, "staff@yakkan.example", "wrong", address)).code).toBe("UNAUTHENTICATED");
    expect((await signInOver(server, "staff@yakkan.example", DEMO_PASSWORD, address)).code).toBe("ok");
    // The success cleared the pair: three more failures are allowed before it pauses again.
    const accounts = [
      "a@x.example",
      "b@x.example",
      "c@x.example",
      "d@x.example",
      "e@x.example",
      "f@x.example",
      "g@x.example",
      "h@x.example",
      "i@x.example",
      "j@x.example",
      "k@x.example",
    ];
    const codes: string[] = [];
    for (const account of accounts) codes.push((await signInOver(server, account, "guess", address)).code);
    // 12 failures per address per window: 2 above plus these; the last ones are refused.
    expect(codes.filter((c) => c === "UNAUTHENTICATED").length).toBe(10);
    expect(codes.slice(-1)).toEqual(["TOO_MANY_ATTEMPTS"]);
  });

  it("answers a paused sign-in form with 429 and Retry-After", async () => {
    const email = "admin@hakata-design.example";
    for (let i = 0; i < 3; i++) await signInOver(server, email, `wrong-${i}`, "203.0.113.50");
    const response = await fetch(`${server.url}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url, ...from("203.0.113.50") },
      body: new URLSearchParams({ email, password: DEMO_PASSWORD }).toString(),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("limits quotes per address, counting every alias, for GraphQL and the portal alike", async () => {
    const estimate = (address: string, aliases = 1) =>
      fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...from(address) },
        body: JSON.stringify({
          query: `{ ${Array.from({ length: aliases }, (_, i) => `e${i}: feeEstimate(serviceId: "qtpro-flex-mobility", parameters: { plan: "starter", licenses: 100, accessBandwidth: "50M" }) { monthly }`).join(" ")} }`,
        }),
      });
    expect((await estimate("198.51.100.20", 8)).status).toBe(200);
    expect((await estimate("198.51.100.20", 2)).status).toBe(200);
    const refused = await estimate("198.51.100.20");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      "TOO_MANY_REQUESTS",
    );
    expect((await estimate("198.51.100.21")).status).toBe(200);

    const page = (address: string) =>
      fetch(`${server.url}/services/qtpro-flex-mobility/estimate`, { headers: from(address) });
    for (let i = 0; i < 10; i++) expect((await page("198.51.100.22")).status).toBe(200);
    const refusedPage = await page("198.51.100.22");
    expect(refusedPage.status).toBe(429);
    expect(Number(refusedPage.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("limits the expensive legal operations per address", async () => {
    const legal = await signIn(server, "legal@yakkan.example");
    const versions = await graphql<{ termsVersions: { id: string; version: string }[] }>(
      server,
      '{ termsVersions(serviceId: "qtpro-flex-mobility") { id version } }',
      {},
      { cookie: legal },
    );
    const current = versions.data!.termsVersions.find((v) => v.version === "2022-05-09 改訂")!;
    const impact = () =>
      fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: legal, ...from("198.51.100.30") },
        body: JSON.stringify({
          query: "query($id: ID!) { impactAnalysis(versionId: $id) { contracts } }",
          variables: { id: current.id },
        }),
      });
    for (let i = 0; i < 3; i++) expect((await impact()).status).toBe(200);
    const refused = await impact();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).not.toBeNull();
  });

  it("keeps its counters in the database: a restart does not lift a pause", async () => {
    const email = "admin@fukuoka-medical.example";
    for (let i = 0; i < 3; i++) await signInOver(server, email, `wrong-${i}`, "203.0.113.77");
    server = await server.restart();
    expect((await signInOver(server, email, DEMO_PASSWORD, "203.0.113.77")).code).toBe("TOO_MANY_ATTEMPTS");
    expect((await signInOver(server, email, DEMO_PASSWORD, "203.0.113.78")).code).toBe("ok");
  });
});

describe.runIf(backends().includes("postgres"))(
  "rate limits across two server processes on one PostgreSQL database",
  () => {
    let first: RunningServer;
    let second: RunningServer;
    beforeAll(async () => {
      first = await startServer("postgres", LIMITS);
      second = await first.alongside();
    });
    afterAll(async () => {
      await second?.stopProcess();
      await first?.stop();
    });

    it("shares one count of failures: three failures split over two processes pause the pair on both", async () => {
      const email = "admin@kyushu-logistics.example";
      const address = "198.51.100.99";
      expect((await signInOver(first, email, "wrong-1", address)).code).toBe("UNAUTHENTICATED");
      expect((await signInOver(second, email, "wrong-2", address)).code).toBe("UNAUTHENTICATED");
      expect((await signInOver(first, email, "wrong-3", address)).code).toBe("UNAUTHENTICATED");
      expect((await signInOver(second, email, DEMO_PASSWORD, address)).code).toBe("TOO_MANY_ATTEMPTS");
      expect((await signInOver(first, email, DEMO_PASSWORD, address)).code).toBe("TOO_MANY_ATTEMPTS");
    });
  },
);
