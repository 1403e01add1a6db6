import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkNow, launchBrowser, signedInPage } from "../../helpers/browser.js";
import { tokyoDay } from "../../helpers/dates.js";
import { DEMO_PASSWORD, startServer, type RunningServer } from "../../helpers/server.js";

const CORE_1001 = "plan=core&licenses=1001&serverBandwidth=200M&accessBandwidth=200M";

describe.runIf(browserAvailable())("the legal console in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let draftUrl = "";
  const effectiveFrom = tokyoDay(30);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer("pglite"), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signedIn = (email: string): Promise<Page> => signedInPage(browser, server, email, DEMO_PASSWORD);

  it("drafts a new Flex Mobility version, edits a band price, and shows the diff and the impact", async () => {
    const page = await signedIn("legal@yakkan.example");
    await page.goto(`${server.url}/legal`);
    const row = page.locator('table[data-service="qtpro-flex-mobility"] tr', { hasText: "2022-05-09 改訂" });
    await row.getByRole("button", { name: "この版から改定案を作る" }).click();
    await page.waitForURL(/\/legal\/versions\/[0-9a-f-]+$/);
    draftUrl = page.url();

    await page.getByLabel("効力発生日", { exact: true }).fill(effectiveFrom);
    await page.getByLabel(/Core 1001–3000$/).fill("750");
    await page.getByRole("button", { name: "保存" }).first().click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("保存しました");
    await expect
      .poll(() => page.getByTestId("diff").textContent())
      .toContain("Mobility デバイスライセンス Core 1,001–3,000: 700円 → 750円");

    await page.getByRole("link", { name: "影響分析" }).click();
    await page.waitForURL(/\/impact$/);
    await checkNow(page);
    // Only YK-FM-0001 (Core, 1,200 licences) is in the 1,001–3,000 Core band.
    expect(await page.getByTestId("impact-summary").textContent()).toContain("有効な契約 3 件のうち 1 件");
    expect(await page.locator('tr[data-contract="YK-FM-0001"]').textContent()).toContain("1,512,000円");

    await page.goto(draftUrl);
    await page.getByRole("button", { name: "承認を依頼する" }).click();
    await expect.poll(() => page.getByText("自分が作成した改定案は、別の法務担当者が承認します。").count()).toBe(1);
    await page.close();
  });

  it("is published only by a second legal user", async () => {
    const page = await signedIn("legal2@yakkan.example");
    await page.goto(draftUrl);
    await page.getByRole("button", { name: "承認して公開する" }).click();
    // Publishing runs the impact analysis: under load it takes longer than poll's default second.
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 15_000 })
      .toContain("公開予定");
    await page.close();
  });

  it("tells the customer, and prices with the old fee before the effective date and the new fee from it", async () => {
    const page = await signedIn("admin@kyushu-logistics.example");
    const notices = page.getByTestId("notices");
    expect(await notices.textContent()).toContain("700円 → 750円");
    expect(await notices.textContent()).toContain("YK-FM-0001");

    const fee = async (asOf: string) => {
      await page.goto(`${server.url}/services/qtpro-flex-mobility/estimate?${CORE_1001}&asOf=${asOf}`);
      return page.getByTestId("monthly-total").textContent();
    };
    // 1,050 × 700 + 400,000 + 139,000 = 1,274,000; from the new version 1,050 × 750 + 539,000.
    expect(await fee(tokyoDay(29))).toBe("1,274,000円");
    expect(await fee(effectiveFrom)).toBe("1,326,500円");
    await page.close();
  });
});
