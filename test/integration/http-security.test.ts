import { backends } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";

/** CSRF, redirects, headers and malformed cookies, over HTTP against the real server. */

const EVIL = "https://evil.example";
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe.each(backends())("HTTP defences on %s", (kind) => {
  let server: RunningServer;
  let admin: string;
  let staff: string;
  let contractId: string;

  beforeAll(async () => {
    server = await startServer(kind);
    [admin, staff] = await Promise.all([
      signIn(server, "admin@kyushu-logistics.example"),
      signIn(server, "staff@yakkan.example"),
    ]);
    const list = await graphql<{ contracts: { nodes: { id: string; contractNumber: string }[] } }>(
      server,
      "{ contracts { nodes { id contractNumber } } }",
      {},
      { cookie: admin },
    );
    contractId = list.data!.contracts.nodes.find((c) => c.contractNumber === "YK-FM-0001")!.id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  const requestCount = async () =>
    (await graphql<{ requests: unknown[] }>(server, "{ requests { id } }", {}, { cookie: staff })).data!.requests
      .length;
  const post = (path: string, body: string, headers: Record<string, string>) =>
    fetch(`${server.url}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body,
    });

  describe("CSRF: every write must come from our own origin", () => {
    it("refuses GraphQL from another origin (Origin, or Sec-Fetch-Site) with 403 and runs nothing", async () => {
      const forged: Record<string, string>[] = [
        { origin: EVIL },
        { "sec-fetch-site": "cross-site" },
        { "sec-fetch-site": "same-site" },
        { origin: "null" },
      ];
      for (const headers of forged) {
        const response = await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: admin, ...headers },
          body: JSON.stringify({ query: "mutation { signOut }" }),
        });
        expect(response.status, JSON.stringify(headers)).toBe(403);
        expect(
          ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
        ).toBe("FORBIDDEN");
      }
      // The session survived every forged sign-out.
      expect((await graphql(server, "{ viewer { id } }", {}, { cookie: admin })).data).toMatchObject({
        viewer: { id: expect.any(String) as string },
      });
    });

    it("refuses a cross-site sign-in (login CSRF) as a document, a ?_data and a .data request", async () => {
      const body = form({ email: "admin@kyushu-logistics.example", password: DEMO_PASSWORD });
      for (const path of ["/login", "/login?_data=routes%2Flogin", "/login.data"]) {
        const response = await post(path, body, { origin: EVIL, "sec-fetch-site": "cross-site" });
        expect(response.status, path).toBe(403);
        expect(response.headers.get("set-cookie"), path).toBeNull();
      }
    });

    it("refuses a cross-site cancellation with the victim's cookie, as a document and a ?_data request, writing nothing", async () => {
      const before = await requestCount();
      const body = form({ desiredEndDate: "2027-05-31", idempotencyKey: "csrf-attempt-0001" });
      for (const path of [
        `/contracts/${contractId}/cancel`,
        `/contracts/${contractId}/cancel?_data=routes%2Fcontracts.%24contractId.cancel`,
      ]) {
        const response = await post(path, body, { origin: EVIL, cookie: admin });
        expect(response.status, path).toBe(403);
      }
      expect(await requestCount()).toBe(before);
    });

    it("lets our own pages write (same Origin) and non-browser clients (no Origin) through", async () => {
      const signedIn = await post(
        "/login",
        form({ email: "member@kyushu-logistics.example", password: DEMO_PASSWORD }),
        { origin: server.url, "sec-fetch-site": "same-origin" },
      );
      expect(signedIn.status).toBe(302);
      expect(signedIn.headers.get("set-cookie")).toContain("yakkan_session=");
      expect((await graphql(server, "{ services { id } }")).errors).toBeUndefined();
    });
  });

  describe("redirects stay on this site", () => {
    const OFF_SITE = [
      "/\t/evil.example/",
      "//evil.example",
      "/\\evil.example",
      "https://evil.example/",
      "/%09/evil.example",
      "/\n/evil.example",
      "javascript:alert(1)",
    ];

    it("after signing in, whatever redirectTo says", async () => {
      for (const target of OFF_SITE) {
        const response = await post(
          `/login?redirectTo=${encodeURIComponent(target)}`,
          form({ email: "member@kyushu-logistics.example", password: DEMO_PASSWORD, redirectTo: target }),
          { origin: server.url },
        );
        const location = response.headers.get("location") ?? "";
        expect(new URL(location, server.url).origin, JSON.stringify(target)).toBe(new URL(server.url).origin);
      }
    });

    it("after switching the language", async () => {
      for (const target of OFF_SITE) {
        const response = await post("/lang", form({ lang: "en", redirectTo: target }), { origin: server.url });
        expect(response.status).toBe(302);
        const location = response.headers.get("location") ?? "";
        expect(new URL(location, server.url).origin, JSON.stringify(target)).toBe(new URL(server.url).origin);
      }
      const kept = await post(
        "/lang",
        form({ lang: "en", redirectTo: "/services/qtpro-flex-mobility/estimate?plan=core" }),
        { origin: server.url },
      );
      expect(kept.headers.get("location")).toBe("/services/qtpro-flex-mobility/estimate?plan=core");
    });
  });

  describe("headers", () => {
    it("serves pages with a nonce CSP that every inline script carries, no framing, nosniff, a referrer policy and HSTS", async () => {
      const response = await fetch(`${server.url}/`);
      const csp = response.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeDefined();
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self' 'nonce-/);
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect(response.headers.get("x-powered-by")).toBeNull();
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? "");
      expect(scripts.length).toBeGreaterThan(0);
      for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
      // A fresh nonce per response.
      const again = await fetch(`${server.url}/`);
      expect(again.headers.get("content-security-policy")).not.toContain(nonce!);
    });

    const postGraphql = (query: string) =>
      fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "accept-encoding": "gzip" },
        body: JSON.stringify({ query }),
      });

    it("sends /graphql every security header a page has — nosniff, no framing, HSTS — with a CSP that allows nothing", async () => {
      const [page, response] = await Promise.all([fetch(`${server.url}/`), postGraphql("{ services { id } }")]);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("nonce-");
      // Every security header a page has, with the same value but for the CSP.
      const securityHeaders = (headers: Headers) => {
        const found: Record<string, string> = {};
        headers.forEach((value, name) => {
          if (/^(content-security|cross-origin|x-|referrer|strict|origin-agent)/.test(name))
            found[name] = name === "content-security-policy" ? "(differs)" : value;
        });
        return found;
      };
      expect(securityHeaders(response.headers)).toEqual(securityHeaders(page.headers));
      expect(Object.keys(securityHeaders(response.headers)).length).toBeGreaterThanOrEqual(10);
      await Promise.all([page.text(), response.text()]);
    });

    it("gzips pages and GraphQL answers of 8 KB and more, and sends a small GraphQL answer as it is", async () => {
      const page = await fetch(`${server.url}/services/qtpro-flex-mobility/estimate`, {
        headers: { "accept-encoding": "gzip" },
      });
      expect(page.headers.get("content-encoding")).toBe("gzip");
      // Flex Mobility estimates (別紙1, 101 licences and more), several in one answer.
      const estimate = (i: number) =>
        `e${i}: feeEstimate(serviceId: "qtpro-flex-mobility", parameters: {plan: "starter", licenses: ${101 + i}, accessBandwidth: "50M"}) { monthly lines { code kind quantity unitPrice amount citations { document clause } } }`;
      await page.text();
      const small = await postGraphql("{ services { id } }");
      expect(small.headers.get("content-encoding")).toBeNull();
      expect(small.headers.get("content-length")).not.toBeNull();
      expect(Number(small.headers.get("content-length"))).toBeLessThan(8 * 1024);
      await small.text();
      // Three: about 4.5 KB, long enough for compression to be asked, too short to be compressed.
      const medium = await postGraphql(`{ ${[0, 1, 2].map(estimate).join(" ")} }`);
      expect(medium.headers.get("content-encoding")).toBeNull();
      const mediumText = await medium.text();
      expect(mediumText.length * 3).toBeGreaterThanOrEqual(8 * 1024);
      expect(Buffer.byteLength(mediumText)).toBeLessThan(8 * 1024);
      // Eight of them: about 12 KB of JSON.
      const large = await postGraphql(`{ ${[0, 1, 2, 3, 4, 5, 6, 7].map(estimate).join(" ")} }`);
      expect(large.headers.get("content-encoding")).toBe("gzip");
      expect(large.headers.get("vary")).toMatch(/accept-encoding/i);
      const text = await large.text();
      expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(8 * 1024);
      const body = JSON.parse(text) as { data: Record<string, { monthly: string }>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(Object.keys(body.data)).toHaveLength(8);
    });
  });

  describe("cookies that do not parse mean signed out, never an error", () => {
    for (const cookie of [
      "yakkan_session=%E0%A4%A",
      "yakkan_session=%",
      "yakkan_lang=%E0%A4%A; yakkan_session=x",
      `yakkan_session=${"a".repeat(5000)}`,
      "yakkan_lang=!!!!; yakkan_session=\u00ff",
    ]) {
      it(JSON.stringify(cookie.slice(0, 40)), async () => {
        for (const path of ["/", "/login", "/services/qtpro-flex-mobility/estimate"]) {
          const response = await fetch(`${server.url}${path}`, { headers: { cookie }, redirect: "manual" });
          expect(response.status, path).toBe(200);
        }
        const contracts = await fetch(`${server.url}/contracts`, { headers: { cookie }, redirect: "manual" });
        expect(contracts.status).toBe(302);
        expect(contracts.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
        const viewer = await graphql(server, "{ viewer { id } }", {}, { cookie });
        expect(viewer.data).toEqual({ viewer: null });
      });
    }
  });

  it("logged no unexpected error", () => {
    expect(server.output()).not.toMatch(/Internal server error|Error:|TypeError|RangeError/);
  });
});
