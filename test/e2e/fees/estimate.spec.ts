import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, waitForHydration } from "../../helpers/browser.js";
import { startServer, type RunningServer } from "../../helpers/server.js";

describe.runIf(browserAvailable())("the fee estimate page in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer("pglite"), launchBrowser()]);
    page = await browser.newPage({ locale: "ja-JP" });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows Starter's default configuration priced from 別紙1 on first visit", async () => {
    await page.goto(`${server.url}/services/qtpro-flex-mobility/estimate`);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain("QT PRO フレックスモビリティ");
    // 100 licences × 500 + server 100M 150,000 + access 50M 85,000.
    expect(await page.getByTestId("monthly-total").textContent()).toBe("285,000円");
    expect(await page.getByTestId("monthly-total-with-tax").textContent()).toBe("313,500円");
  });

  it("opens a cited clause in the source document, the quoted line marked", async () => {
    const citation = page.locator('tr[data-code="device-licence"] details.citation').first();
    await citation.locator("summary").click();
    const link = citation.getByRole("link", { name: "原文" }).first();
    const href = (await link.getAttribute("href")) ?? "";
    const source = await browser.newPage();
    await source.goto(new URL(href, server.url).toString());
    expect(await source.getByRole("heading", { level: 1 }).textContent()).toContain("qtpro-flex-mobility.terms");
    expect(await source.locator("mark").first().textContent()).toContain("提供価格 (1ライセンス当たり)");
    await source.close();
  });

  it("recomputes the monthly fee when the licence count changes (451 → priced as 500)", async () => {
    await page.getByLabel(/デバイスライセンス数/).fill("451");
    // 500 × 500 + 150,000 + 85,000 (別紙1 2.(1)① ※ 50-licence units, rounded up).
    await expect.poll(() => page.getByTestId("monthly-total").textContent(), { timeout: 10_000 }).toBe("485,000円");
    expect(page.url()).toContain("licenses=451");
  });

  it("shows a located error at the licence field when the count is out of the plan's range", async () => {
    await page.getByLabel(/デバイスライセンス数/).fill("501");
    const field = page.getByLabel(/デバイスライセンス数/);
    await expect.poll(() => field.getAttribute("aria-invalid"), { timeout: 10_000 }).toBe("true");
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
    expect(errorId).toBeDefined();
    expect(await page.locator(`#${errorId}`).textContent()).toContain("100〜500");
    expect(await page.getByTestId("monthly-total").count()).toBe(0);
  });

  it("switches to English and keeps the configuration", async () => {
    await page.getByLabel(/デバイスライセンス数/).fill("101");
    // 150 × 500 + 150,000 + 85,000.
    await expect.poll(() => page.getByTestId("monthly-total").textContent(), { timeout: 10_000 }).toBe("310,000円");
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByTestId("monthly-total").textContent()).toBe("¥310,000");
    expect(await page.getByLabel(/Device licences/).inputValue()).toBe("101");
  });
  it("keeps what a visitor changed before the page's script arrived, and quotes it once it has (Server サポート 別紙4: 1,480 + 150 + 50 = 1,680円)", async () => {
    // A slow connection: the portal's scripts (not its styles) are held back until the visitor has unticked 法人契約.
    const slow = await browser.newPage({ locale: "ja-JP" });
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await slow.route("**/assets/*.js", async (route) => {
      held++;
      await released;
      await route.continue();
    });
    await slow.goto(`${server.url}/services/server-support/estimate`, { waitUntil: "commit" });
    const corporate = slow.getByLabel("法人契約");
    await corporate.waitFor();
    expect(await slow.getByTestId("monthly-total").textContent()).toBe("1,480円");
    await corporate.uncheck();
    expect(held).toBeGreaterThan(0);
    release();
    // Hydrated (the header's menu button is the client's), the box is still unticked and quoted so.
    await waitForHydration(slow);
    await expect.poll(() => slow.getByTestId("monthly-total").textContent(), { timeout: 10_000 }).toBe("1,680円");
    expect(await corporate.isChecked()).toBe(false);
    expect(new URL(slow.url()).searchParams.getAll("corporate")).toEqual(["false"]);
    await slow.close();
  });
});
