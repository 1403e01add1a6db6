import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkNow,
  launchBrowser,
  signedInPage,
  viewportOf,
  waitForHydration,
  WIDTHS,
} from "../../helpers/browser.js";
import { DEMO_PASSWORD, startServer, type RunningServer } from "../../helpers/server.js";

// Issue 13: the customer portal on a 1280-px screen and a 390-px phone. Every page these tests
// visit is also checked by axe-core (serious/critical) and for language purity (helpers/browser.ts).

/** The element that has focus, as "tag#id.class: text". */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}: ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60)}`
      : "";
  });

/** Presses Tab until `match` holds for the focused element; returns how many presses it took. */
async function tabUntil(page: Page, match: (page: Page) => Promise<boolean>, limit = 80): Promise<number> {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press("Tab");
    if (await match(page)) return n;
  }
  throw new Error(`not reached in ${limit} Tab presses; focus is on ${await focused(page)}`);
}

describe.runIf(browserAvailable())("the customer portal at 1280 and 390 px", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer("pglite"), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const visitor = (width: number) => browser.newPage({ locale: "ja-JP", viewport: viewportOf(width) });
  const contractUrl = async (page: Page, number: string) =>
    new URL((await page.locator(`[data-contract="${number}"] h2 a`).getAttribute("href")) ?? "", server.url).toString();

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      it("prices a non-corporate Server サポート customer at 1,680円 once 法人契約 is unticked (別紙4 1. 1,480円 + 2.(2) 発行手数料 150円 + 収納手数料 50円)", async () => {
        const page = await visitor(width);
        await page.goto(`${server.url}/services/server-support/estimate`);
        const corporate = page.getByLabel("法人契約");
        expect(await corporate.isChecked()).toBe(true);
        // 別紙4 1.: 月額料金 1,480円／契約; 2.(3)ⅱ: no invoice fees for a corporation.
        expect(await page.getByTestId("monthly-total").textContent()).toBe("1,480円");
        await corporate.uncheck();
        // Paying by invoice (the default): 1,480 + 150 + 50.
        await expect.poll(() => page.getByTestId("monthly-total").textContent(), { timeout: 10_000 }).toBe("1,680円");
        expect(await page.getByLabel("法人契約").isChecked()).toBe(false);
        expect(new URL(page.url()).searchParams.getAll("corporate")).toEqual(["false"]);
        await corporate.check();
        await expect.poll(() => page.getByTestId("monthly-total").textContent(), { timeout: 10_000 }).toBe("1,480円");
        await page.close();
      });

      it("resets the bandwidths to Core's first options when the Flex plan switches from Starter to Core, and prices it (別紙1 2.(1)①②③: 100 × 800 + 400,000 + 139,000)", async () => {
        const page = await visitor(width);
        await page.goto(`${server.url}/services/qtpro-flex-mobility/estimate`);
        expect(await page.getByTestId("monthly-total").textContent()).toBe("285,000円");
        // Hydrated first (the header's menu button is shown by the client): the live quote is the client's.
        await waitForHydration(page);
        await page.getByLabel(/^プラン/).selectOption("core");
        await expect.poll(() => page.getByTestId("monthly-total").textContent(), { timeout: 10_000 }).toBe("619,000円");
        expect(await page.getByLabel(/Mobility サーバー帯域/).inputValue()).toBe("200M");
        expect(await page.getByLabel(/アクセス回線接続帯域/).inputValue()).toBe("200M");
        // No error listing raw values: neither the summary nor any field error.
        expect(await page.locator(".error-summary, .error").count()).toBe(0);
        await page.close();
      });

      it("says QT PRO Cloud's price list is not published instead of 0円, and shows the contract's own monthly fee", async () => {
        const page = await visitor(width);
        await page.goto(`${server.url}/services/qtpro-cloud/estimate`);
        expect(await page.getByTestId("price-not-published").textContent()).toContain("価格表は公開されていません");
        expect(await page.getByTestId("monthly-total").count()).toBe(0);
        expect(await page.locator(".result .totals").count()).toBe(0);
        expect(await page.getByTestId("live-quote").textContent()).toBe("価格表は公開されていません");
        await page.close();

        const customer = await signedInPage(browser, server, "admin@fukuoka-medical.example", DEMO_PASSWORD, width);
        await customer.goto(await contractUrl(customer, "YK-CL-0005"));
        // The demo contract's own amount (db/src/seed/demo.ts: 個別見積 Q-2026-0142).
        expect(await customer.getByTestId("contract-specific-monthly").textContent()).toBe("850,000円");
        expect(await customer.getByTestId("contract-monthly").count()).toBe(0);
        expect(await customer.getByTestId("price-not-published").textContent()).toContain("公開されていない");
        await customer.close();
      });

      it("shows the header's navigation behind a menu button on the phone, with no label broken over lines", async () => {
        const page = await signedInPage(browser, server, "admin@kyushu-logistics.example", DEMO_PASSWORD, width);
        const menu = page.getByRole("button", { name: "メニュー" });
        const nav = page.getByRole("navigation", { name: "メイン" });
        if (width < 600) {
          expect(await menu.isVisible()).toBe(true);
          expect(await menu.getAttribute("aria-expanded")).toBe("false");
          expect(await nav.isVisible()).toBe(false);
          await menu.focus();
          await page.keyboard.press("Enter");
          await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("true");
          expect(await nav.getByRole("link", { name: "申請履歴" }).isVisible()).toBe(true);
        } else {
          expect(await menu.isVisible()).toBe(false);
          expect(await nav.isVisible()).toBe(true);
        }
        // Every label on one line: its box is no taller than one line of its text.
        const tall = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>(".site-header a, .site-header button"))
            .filter((el) => el.offsetParent !== null)
            .filter((el) => el.getBoundingClientRect().height > parseFloat(getComputedStyle(el).lineHeight) * 1.5 + 16)
            .map((el) => el.textContent),
        );
        expect(tall).toEqual([]);
        if (width < 600) {
          await page.getByRole("link", { name: "申請履歴" }).click();
          await page.waitForURL(/\/requests$/);
          // The menu closes after navigating (the URL changes first, then the new page renders).
          await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("false");
        }
        await page.close();
      });

      it("keeps clause labels inside their panels, each clause named once", async () => {
        const page = await visitor(width);
        await page.goto(`${server.url}/services/utm-support/estimate`);
        const overflowing = await page.evaluate(
          () =>
            Array.from(document.querySelectorAll<HTMLElement>(".cite, .citations")).filter((el) => {
              const panel = el.closest<HTMLElement>(".panel, .table-scroll");
              if (!panel || panel.classList.contains("table-scroll")) return false;
              return el.getBoundingClientRect().right > panel.getBoundingClientRect().right + 1;
            }).length,
        );
        expect(overflowing).toBe(0);
        // 別紙3 was listed eight times ("[別紙3、別紙3、…]").
        const clauses = ((await page.locator("#param-device-hint .cite").textContent()) ?? "")
          .replace(/[[\]\s]/g, "")
          .split("、");
        expect(clauses.length).toBeGreaterThan(1);
        expect(new Set(clauses).size).toBe(clauses.length);
        await page.close();
      });

      it("shows hints in the customer's words: no true/false, no parameter keys", async () => {
        const page = await visitor(width);
        await page.goto(`${server.url}/services/utm-support/estimate`);
        const hints = (await page.locator(".hint").allTextContents()).join("\n");
        for (const developerText of ["true", "false", "hikariCollaboration", "parameters.md", "Yakkan が追加"])
          expect(hints).not.toContain(developerText);
        await page.close();
      });

      it("moves focus to the result after pressing 再計算, and to the error summary after a failed sign-in", async () => {
        const page = await visitor(width);
        await page.goto(`${server.url}/services/qtpro-flex-mobility/estimate`);
        // Focus is moved by the client: pressed before hydration, the form is a plain page load.
        await waitForHydration(page);
        await page.getByRole("button", { name: "再計算" }).focus();
        await page.keyboard.press("Enter");
        await expect.poll(() => focused(page), { timeout: 10_000 }).toBe("h2#result-heading: 料金試算");
        // The live quote is announced politely, and on the phone it stays in view.
        const live = page.getByTestId("live-quote");
        expect(await live.getAttribute("aria-live")).toBe("polite");
        expect(await live.textContent()).toContain("285,000円");
        if (width < 600) {
          await page.getByLabel(/デバイスライセンス数/).scrollIntoViewIfNeeded();
          const box = await live.boundingBox();
          expect(box && box.y + box.height).toBeLessThanOrEqual(844 + 1);
          expect(box && box.y).toBeGreaterThan(0);
        }

        await page.goto(`${server.url}/login`);
        await waitForHydration(page);
        await page.getByLabel("メールアドレス").fill("admin@kyushu-logistics.example");
        await page.getByLabel("パスワード").fill("wrong-password-123");
        await page.getByRole("button", { name: "サインイン" }).click();
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary")), {
            timeout: 10_000,
          })
          .toBe(true);
        await checkNow(page);
        await page.close();
      });

      it("gives long contract pages a table of contents whose links reach their sections", async () => {
        const page = await signedInPage(browser, server, "admin@fukuoka-medical.example", DEMO_PASSWORD, width);
        await page.goto(await contractUrl(page, "YK-CL-0005"));
        const toc = page.getByTestId("toc");
        const links = await toc.getByRole("link").all();
        expect(links.length).toBeGreaterThanOrEqual(5);
        for (const link of links) {
          const id = ((await link.getAttribute("href")) ?? "").slice(1);
          expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
        }
        await toc.getByRole("link", { name: "解釈について" }).click();
        await expect.poll(() => page.evaluate(() => location.hash)).toBe("#interp-heading");
        const top = await page.locator("#interp-heading").evaluate((el) => el.getBoundingClientRect().top);
        expect(top).toBeLessThan(100);
        await page.close();
      });

      it("names parameters in the contract page's interpretations by their labels, never by key or `key: false` (UTM 別紙4 2.(1))", async () => {
        const page = await signedInPage(browser, server, "admin@kyushu-logistics.example", DEMO_PASSWORD, width);
        await page.goto(await contractUrl(page, "YK-UTM-0002"));
        const section = page.locator("section", { has: page.locator("#interp-heading") });
        for (const lang of ["ja", "en"] as const) {
          if (lang === "en") {
            await page.getByRole("button", { name: "English" }).click();
            await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
          }
          const text = (await section.textContent()) ?? "";
          expect(text).not.toMatch(/hikariCollaboration|paymentMethod|corporate: (true|false)/);
          expect(text).toContain(lang === "ja" ? "（「法人契約」なし）" : "(“Corporate customer” unticked)");
        }
        await page.getByRole("button", { name: "日本語" }).click();
        await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("ja");
        await page.close();
      });

      it("shows the English Cloud contract page without Japanese outside quoted clauses and names", async () => {
        const page = await signedInPage(browser, server, "admin@fukuoka-medical.example", DEMO_PASSWORD, width);
        await page.goto(await contractUrl(page, "YK-CL-0005"));
        await page.getByRole("button", { name: "English" }).click();
        await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
        // The contract's own amount's basis is a document name, marked as Japanese.
        expect(await page.locator('[lang="ja"]', { hasText: "個別見積" }).count()).toBe(1);
        await page.goto(`${server.url}/services/qtpro-cloud/estimate`);
        expect(await page.getByTestId("price-not-published").textContent()).toContain("not published");
        await page.goto(`${server.url}/services/utm-support/estimate`);
        await page.goto(`${server.url}/contracts`);
        // Back to Japanese for the other tests (the choice is a cookie).
        await page.getByRole("button", { name: "日本語" }).click();
        await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("ja");
        await page.close();
      });
    });
  }

  // Keyboard only (Tab, arrows, Enter, Space) from the contract page to a submitted cancellation.
  const KEYBOARD_CASES = [
    { width: 1280, email: "admin@fukuoka-medical.example", contract: "YK-UTM-0007" },
    { width: 390, email: "admin@kyushu-logistics.example", contract: "YK-UTM-0002" },
  ];
  for (const c of KEYBOARD_CASES) {
    it(`at ${c.width} px: cancels ${c.contract} with the keyboard only, the calendar one Tab stop with arrow keys`, async () => {
      const page = await signedInPage(browser, server, c.email, DEMO_PASSWORD, c.width);
      await page.goto(await contractUrl(page, c.contract));
      await tabUntil(page, async (p) => (await focused(p)).endsWith("解約を申請する"));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/cancel$/);
      await waitForHydration(page);

      // The calendar is reached with Tab, on the preselected (earliest) day.
      await tabUntil(page, (p) =>
        p.evaluate(() => Boolean((document.activeElement as HTMLElement | null)?.dataset["date"])),
      );
      const day = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset["date"] ?? "");
      const start = await day();
      const plus = (iso: string, n: number) =>
        new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
      await page.keyboard.press("ArrowDown");
      expect(await day()).toBe(plus(start, 7));
      await page.keyboard.press("ArrowRight");
      expect(await day()).toBe(plus(start, 8));
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("ArrowUp");
      expect(await day()).toBe(start);
      await page.keyboard.press("ArrowDown");
      const chosen = await day();
      // The accessible name contains what is shown: "2026年12月8日（火）" for "8".
      const [name, shown] = await page.evaluate(() => [
        document.activeElement?.getAttribute("aria-label") ?? "",
        document.activeElement?.textContent ?? "",
      ]);
      expect(name).toContain(`${Number(chosen.slice(5, 7))}月${shown}日（`);
      await page.keyboard.press("Space");
      await expect.poll(() => new URL(page.url()).searchParams.get("desiredEndDate"), { timeout: 10_000 }).toBe(chosen);
      // The URL changes before the new page renders: the field is read once it has.
      await expect.poll(() => page.locator("input#desiredEndDate").inputValue(), { timeout: 10_000 }).toBe(chosen);

      // One Tab stop: the next Tab leaves the calendar.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => Boolean((document.activeElement as HTMLElement | null)?.dataset["date"]))).toBe(
        false,
      );
      // To the review step (issue 11: review, then confirm), then acknowledge what must be and submit.
      await tabUntil(page, async (p) => (await focused(p)).endsWith("確認画面へ進む"), 80);
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/quotes\/[0-9a-f-]+$/);
      const acknowledgements = await page.locator('input[type="checkbox"][name^="acknowledge"]').count();
      for (let i = 0; i < acknowledgements; i++) {
        await tabUntil(page, (p) =>
          p.evaluate(() => {
            const el = document.activeElement;
            return (
              el instanceof HTMLInputElement &&
              el.type === "checkbox" &&
              el.name.startsWith("acknowledge") &&
              !el.checked
            );
          }),
        );
        await page.keyboard.press("Space");
      }
      await tabUntil(page, async (p) => (await focused(p)).endsWith("この内容で解約を申請する"), 80);
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/requests\/[0-9a-f-]+\?submitted=1/);
      // Focus lands on the confirmation, not <body>.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute("role")), { timeout: 10_000 })
        .toBe("status");
      expect(await page.getByRole("status").first().textContent()).toMatch(/R-\d{6}/);
      await page.close();
    });
  }
});
