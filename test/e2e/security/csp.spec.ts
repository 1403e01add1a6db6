import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "../../helpers/browser.js";
import { startServer, type RunningServer } from "../../helpers/server.js";

/** The portal under its Content-Security-Policy in a real browser: scripts run, nothing is blocked, nothing frames it. */
describe.runIf(browserAvailable())("the Content-Security-Policy in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer("pglite"), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lets Remix's nonce-carrying scripts hydrate the page and blocks nothing of ours", async () => {
    const page = await browser.newPage({ locale: "ja-JP" });
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
        (window as unknown as { cspViolations: string[] }).cspViolations.push(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    await page.goto(`${server.url}/services/qtpro-flex-mobility/estimate`);
    // Hydrated: the client router handles a change of the form without a full page load.
    await expect
      .poll(() => page.evaluate(() => typeof (window as unknown as { __remixRouter?: unknown }).__remixRouter))
      .toBe("object");
    // The form recomputes by script (no submit button pressed): 500 × 500 + 150,000 + 85,000 (別紙1 2.(1)①).
    await page.getByLabel(/デバイスライセンス数/).fill("451");
    await expect.poll(() => page.getByTestId("monthly-total").textContent(), { timeout: 10_000 }).toBe("485,000円");
    expect(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).toEqual(
      [],
    );
    expect(violations).toEqual([]);
    await page.close();
  });

  it("refuses to be framed by another page", async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on("console", (message) => blocked.push(message.text()));
    await page.setContent(`<iframe id="f" src="${server.url}/login"></iframe>`);
    await page.waitForTimeout(1_000);
    const frame = page.frames().find((f) => f.url().startsWith(server.url));
    const framedText = frame ? await frame.evaluate(() => document.body?.innerText ?? "").catch(() => "") : "";
    expect(framedText).not.toContain("サインイン");
    await page.close();
  });
});
