import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, signedInPage } from "../../helpers/browser.js";
import { japaneseDate, tokyoDay } from "../../helpers/dates.js";
import { DEMO_PASSWORD, startServer, type RunningServer } from "../../helpers/server.js";

describe.runIf(browserAvailable())("the customer portal in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer("pglite"), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signedIn = (email: string): Promise<Page> => signedInPage(browser, server, email, DEMO_PASSWORD);

  let utmContractUrl = "";

  it("shows a customer the Flex Mobility notice deadline on the contract page: 60 days before the earliest end (第7条)", async () => {
    const page = await signedIn("admin@kyushu-logistics.example");
    await page.locator('[data-contract="YK-FM-0001"] h2 a').click();
    await page.waitForURL(/\/contracts\/[0-9a-f-]+$/);
    const sentence = (await page.getByTestId("earliest-end").textContent()) ?? "";
    // Notice sent today reaches in time for the day 60 days from today.
    expect(sentence).toContain(`最も早く ${japaneseDate(tokyoDay(60))}`);
    expect(sentence).toContain(japaneseDate(tokyoDay(0)));
    await page.close();
  });

  it("lets a customer submit a UTM cancellation and see it listed", async () => {
    const page = await signedIn("admin@fukuoka-medical.example");
    const link = page.locator('[data-contract="YK-UTM-0007"] h2 a');
    utmContractUrl = new URL((await link.getAttribute("href")) ?? "", server.url).toString();
    await page.goto(`${utmContractUrl}/cancel?desiredEndDate=2027-03-01`);
    expect(await page.getByTestId("cancel-quote-end").textContent()).toContain("2027年3月1日");
    // The quote follows the date picker without pressing a button.
    await page.locator("input#desiredEndDate").fill("2027-03-02");
    await expect
      .poll(() => page.getByTestId("cancel-quote-end").textContent(), { timeout: 10_000 })
      .toContain("2027年3月2日");
    // Two steps (issue 11): the review page states what will happen, then the request is submitted.
    await page.getByRole("button", { name: "確認画面へ進む" }).click();
    await page.waitForURL(/\/quotes\/[0-9a-f-]+$/);
    expect(await page.getByTestId("review-end").textContent()).toContain("2027年3月");
    for (const box of await page.locator('.review-form input[type="checkbox"]').all()) await box.check();
    await page.getByRole("button", { name: "この内容で解約を申請する" }).click();
    await page.waitForURL(/\/requests\/[0-9a-f-]+\?submitted=1/);
    const notice = (await page.getByRole("status").first().textContent()) ?? "";
    const number = /R-\d{6}/.exec(notice)?.[0];
    expect(number).toBeDefined();
    await page.getByRole("link", { name: "申請履歴" }).first().click();
    await page.waitForURL(/\/requests$/);
    expect(await page.getByTestId("requests-table").textContent()).toContain(number);
    await page.close();
  });

  it("lets staff accept it with a confirmation date and shows the end date moved (UTM 第21条第2項)", async () => {
    const page = await signedIn("staff@yakkan.example");
    await page.getByTestId("queue").getByRole("link").first().click();
    await page.waitForURL(/\/requests\/[0-9a-f-]+$/);
    await page.getByLabel("確認完了日").fill("2027-03-05");
    await page.getByRole("button", { name: "受け付ける" }).click();
    // Desired 2027-03-02 is before the day before confirmation (03-04): the end is 5 business days
    // after 2027-03-05 (Fri): 03-08, 09, 10, 11, 12.
    await expect
      .poll(() => page.getByTestId("accepted-quote-end").textContent(), { timeout: 10_000 })
      .toContain("2027年3月12日");
    expect(await page.getByTestId("confirmation-date").textContent()).toContain("2027年3月5日");
    await page.close();
  });

  it("does not let a customer of another organisation open that contract (404)", async () => {
    const page = await signedIn("admin@hakata-design.example");
    const response = await page.goto(utmContractUrl);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("ページが見つかりません");
    await page.close();
  });

  it("sends a visitor who is not signed in to the sign-in page", async () => {
    const page = await browser.newPage({ locale: "ja-JP" });
    await page.goto(utmContractUrl);
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.close();
  });
});
