import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkNow, launchBrowser, signedInPage, WIDTHS } from "../../helpers/browser.js";
import { tokyoDay } from "../../helpers/dates.js";
import { DEMO_PASSWORD, startServer, type RunningServer } from "../../helpers/server.js";

// Issue 13: the legal console in the user's language. Every page visited here is checked for
// language purity (helpers/browser.ts, no exemption for /legal) and by axe-core: English pages carry
// no Japanese outside quoted clause text, names and version names; Japanese pages no English words
// outside codes. The pages are walked in both languages, with an error, a diff, the impact
// analysis, a comparison, the publication and the customer's notice.

describe.runIf(browserAvailable())("the legal console in English and in Japanese", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer("pglite"), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const switchTo = async (page: Page, lang: "en" | "ja") => {
    await page.getByRole("button", { name: lang === "en" ? "English" : "日本語" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(lang);
  };

  for (const width of WIDTHS) {
    it(`at ${width} px: drafts, fails, saves, compares, analyses and publishes in English, then reads it in Japanese`, async () => {
      const author = await signedInPage(browser, server, "legal@yakkan.example", DEMO_PASSWORD, width);
      await switchTo(author, "en");
      await author.goto(`${server.url}/legal`);
      const row = author.locator('table[data-service="qtpro-flex-mobility"] tr', { hasText: "2022-05-09 改訂" });
      await row.getByRole("button", { name: "Draft from this version" }).click();
      await author.waitForURL(/\/legal\/versions\/[0-9a-f-]+$/);
      const draftUrl = author.url();

      // A bad amount: the error names the field by its English label, in English.
      await author.getByLabel(/Core 1001–3000$/).fill("seven hundred");
      await author.getByRole("button", { name: "Save" }).first().click();
      const alert = author.getByRole("alert");
      await expect.poll(() => alert.textContent()).toContain("Mobility device licence");
      expect(await alert.textContent()).not.toMatch(/expected|terms\.fees/);
      await checkNow(author);

      // A good amount and a date far enough ahead: saved, and the diff in English.
      await author.getByLabel("In force from", { exact: true }).fill(tokyoDay(width === 1280 ? 45 : 60));
      await author.getByLabel(/Core 1001–3000$/).fill("750");
      await author.getByRole("button", { name: "Save" }).first().click();
      await expect.poll(() => author.getByRole("status").textContent()).toContain("Saved");
      await expect.poll(() => author.getByTestId("diff").textContent()).toContain("750");
      await checkNow(author);

      await author.getByRole("link", { name: "Impact analysis" }).click();
      await author.waitForURL(/\/impact$/);
      await expect.poll(() => author.getByTestId("impact-summary").count(), { timeout: 20_000 }).toBe(1);
      await checkNow(author);

      // Two versions with text compared from the list.
      await author.goto(`${server.url}/legal`);
      await author
        .locator("section", { has: author.locator('table[data-service="qtpro-flex-mobility"]') })
        .getByRole("button", { name: "Compare" })
        .click();
      await author.waitForURL(/\/legal\/compare\?/);
      await checkNow(author);

      await author.goto(draftUrl);
      await author.getByRole("button", { name: "Ask for approval" }).click();
      await expect.poll(() => author.getByRole("status").textContent()).toContain("Approval requested");
      await checkNow(author);
      await author.close();

      const approver = await signedInPage(browser, server, "legal2@yakkan.example", DEMO_PASSWORD, width);
      await switchTo(approver, "en");
      await approver.goto(draftUrl);
      await approver.getByRole("button", { name: "Approve and publish" }).click();
      await expect.poll(() => approver.getByRole("status").textContent(), { timeout: 15_000 }).toContain("Published");
      await checkNow(approver);
      // The same pages in Japanese: the published version, the list and a comparison.
      await switchTo(approver, "ja");
      await approver.goto(`${server.url}/legal`);
      await approver
        .locator("section", { has: approver.locator('table[data-service="qtpro-flex-mobility"]') })
        .getByRole("button", { name: "比較する" })
        .click();
      await approver.waitForURL(/\/legal\/compare\?/);
      await checkNow(approver);
      await approver.close();

      // The customer's notice of the change, in English and in Japanese.
      const customer = await signedInPage(browser, server, "admin@kyushu-logistics.example", DEMO_PASSWORD, width);
      await switchTo(customer, "en");
      const notices = customer.getByTestId("notices");
      expect(await notices.textContent()).toContain("YK-FM-0001");
      await checkNow(customer);
      await switchTo(customer, "ja");
      expect(await notices.textContent()).toContain("YK-FM-0001");
      await customer.close();
    }, 240_000);
  }
});
