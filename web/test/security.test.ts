import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { timeBudget } from "../security";
import { safeRedirect } from "~/utils/safe-redirect";

describe("the per-request time budget", () => {
  const servers: { close(): void }[] = [];
  afterEach(() => servers.splice(0).forEach((s) => s.close()));

  async function serve(app: express.Express): Promise<string> {
    return new Promise((resolve) => {
      const server = app.listen(0, "127.0.0.1", () =>
        resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
      );
      servers.push(server);
    });
  }

  it("cuts off a request still unanswered after the budget with 503 and Retry-After, and serves others meanwhile", async () => {
    const app = express();
    app.use(timeBudget(150));
    app.get("/slow", (_req, res) => void setTimeout(() => res.headersSent || res.send("late"), 2_000));
    app.get("/quick", (_req, res) => void res.send("ok"));
    app.post("/graphql", (_req, res) => void setTimeout(() => res.headersSent || res.send("late"), 2_000));
    const url = await serve(app);
    const started = Date.now();
    const [slow, quick] = await Promise.all([fetch(`${url}/slow`), fetch(`${url}/quick`)]);
    expect(slow.status).toBe(503);
    expect(slow.headers.get("retry-after")).toBe("5");
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await quick.text()).toBe("ok");
    const graphql = await fetch(`${url}/graphql`, { method: "POST" });
    expect(((await graphql.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      "TIMEOUT",
    );
  });

  it("closes a response that started but never finishes", async () => {
    const app = express();
    app.use(timeBudget(150));
    app.get("/stream", (_req, res) => {
      res.write("partial");
    });
    const url = await serve(app);
    await expect(fetch(`${url}/stream`).then((r) => r.text())).rejects.toThrow();
  });
});

describe("redirect targets", () => {
  it("keeps paths on this site and sends everything else to the fallback", () => {
    expect(safeRedirect("/contracts?x=1#top")).toBe("/contracts?x=1#top");
    for (const target of [
      "/\t/evil.example/",
      "//evil.example",
      "/\\evil.example",
      "https://evil.example",
      "/\n/evil.example",
      "javascript:alert(1)",
      "",
      null,
      undefined,
    ]) {
      expect(safeRedirect(target, "/fallback"), JSON.stringify(target)).toBe("/fallback");
    }
  });
});
