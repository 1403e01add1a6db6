import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, signedInPage } from "../../helpers/browser.js";
import { japaneseDate, tokyoDay } from "../../helpers/dates.js";
import { DEMO_PASSWORD, startServer, type RunningServer } from "../../helpers/server.js";

// The demo contract YK-FM-0001 (Flex Mobility Core, started 2026-06-01): its minimum term is 1 year
// (第5条第2項), so it ends 2027-05-31; notice must arrive 60 days before the end date (第7条第1項).
// With notice sent today, the earliest end without an early-termination charge (第8条第11項) is
// the later of 2027-05-31 and today + 60 days, and its notice deadline is 60 days before it.
const MINIMUM_TERM_END = "2027-05-31";
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const freeEnd = () => (tokyoDay(60) > MINIMUM_TERM_END ? tokyoDay(60) : MINIMUM_TERM_END);

describe.runIf(browserAvailable())("the cancellation planner in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer("pglite"), launchBrowser()]);
    page = await signedInPage(browser, server, "admin@kyushu-logistics.example", DEMO_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("heads the dashboard with the decision: end on the minimum-term end and notify 60 days before (第5条第2項, 第7条第1項)", async () => {
    const headline =
      (await page.locator('[data-contract="YK-FM-0001"]').getByTestId("plan-headline").textContent()) ?? "";
    const end = freeEnd();
    // Dates as the portal writes them, weekday after: "2027年5月31日(月)".
    expect(headline).toMatch(
      new RegExp(
        `^早期解約金なしで終えるには、${japaneseDate(end)}\\(.\\) に解約し、${japaneseDate(addDays(end, -60))}\\(.\\) までに通知してください。$`,
      ),
    );
  });

  it("charts cost by end date on the contract page, with a table of the same options", async () => {
    await page.locator('[data-contract="YK-FM-0001"] h2 a').click();
    await page.waitForURL(/\/contracts\/[0-9a-f-]+$/);
    const chart = page.getByTestId("plan-chart");
    // An accessible image: named by its title, described by its description.
    const svg = chart.getByRole("img", { name: "解約日ごとの費用と通知期限", exact: true });
    await expect.poll(() => svg.count()).toBe(1);
    expect(await svg.getAttribute("aria-describedby")).toBe("plan-chart-desc");
    const end = freeEnd();
    // The recommended end date is a bar of the chart and a row of the table.
    expect(await chart.locator(`svg g.recommended[data-end="${end}"]`).count()).toBe(1);
    const row = page.getByTestId("plan-table").locator(`tr[data-end="${end}"]`);
    expect(await row.locator("td").first().textContent()).toContain(japaneseDate(addDays(end, -60)));
    expect(await row.textContent()).toContain("解約金なしの最短");
    // Every listed end date a notice today reaches in time before the minimum term ends costs the
    // remaining months at 1,452,000 (1,200 × 700 + 300M 450,000 + 300M 162,000): e.g. ending a month
    // before 2027-05-31 (on 2027-04-30) costs one month, if it is still reachable.
    if (tokyoDay(60) <= "2027-04-30") {
      const april = page.getByTestId("plan-table").locator('tr[data-end="2027-04-30"]');
      expect(await april.locator("td").nth(2).textContent()).toBe("1,452,000円");
    }
  });

  it("exports the planner's dates in the .ics feed", async () => {
    const href = (await page.getByRole("link", { name: "期限をカレンダーに追加（.ics）" }).getAttribute("href")) ?? "";
    const response = await page.request.get(new URL(href, server.url).toString());
    expect(response.status()).toBe(200);
    const ics = (await response.text()).replace(/\r\n /g, "");
    const end = freeEnd();
    expect(ics).toContain(`DTSTART;VALUE=DATE:${addDays(end, -60).replaceAll("-", "")}`);
    expect(ics).toContain("SUMMARY:解約金なしで終えるための通知期限（YK-FM-0001）");
    expect(ics).toContain(`DTSTART;VALUE=DATE:${end.replaceAll("-", "")}`);
    expect(ics).toContain("SUMMARY:早期解約金なしで解約できる最短の日（YK-FM-0001）");
  });
});
