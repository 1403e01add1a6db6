import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, signedInPage } from "../../helpers/browser.js";
import { japaneseDate, tokyoDay } from "../../helpers/dates.js";
import { DEMO_PASSWORD, graphql, signIn, startServer, type RunningServer } from "../../helpers/server.js";

/** The legal console's confirmations and errors, and the staff queue, on a desktop and on a phone. */
const WIDTHS = [
  { name: "1280 px", width: 1280, height: 900, offset: 10, noticeDays: 90 },
  { name: "390 px", width: 390, height: 844, offset: 12, noticeDays: 120 },
] as const;

describe.runIf(browserAvailable())("the legal console and the staff queue in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer("pglite"), launchBrowser()]);
    // Two open cancellations for the queue: Flex Mobility (end 2027-06-30) and UTM (end 2027-03-31).
    const [staff, fukuoka, hakata] = await Promise.all([
      signIn(server, "staff@yakkan.example"),
      signIn(server, "admin@fukuoka-medical.example"),
      signIn(server, "admin@hakata-design.example"),
    ]);
    const all = await graphql<{ contracts: { nodes: { id: string; contractNumber: string }[] } }>(
      server,
      "{ contracts(first: 50) { nodes { id contractNumber } } }",
      {},
      { cookie: staff },
    );
    const id = (n: string) => all.data!.contracts.nodes.find((c) => c.contractNumber === n)!.id;
    const submit = "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }";
    for (const [cookie, contract, date] of [
      [fukuoka, "YK-UTM-0007", "2027-03-31"],
      [hakata, "YK-FM-0003", "2027-06-30"],
    ] as const) {
      const r = await graphql(
        server,
        submit,
        { i: { contractId: id(contract), desiredEndDate: date, idempotencyKey: `console-${contract}-${Date.now()}` } },
        { cookie },
      );
      expect(r.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signedIn = async (email: string, size: { width: number; height: number }): Promise<Page> => {
    const page = await signedInPage(browser, server, email, DEMO_PASSWORD);
    await page.setViewportSize(size);
    return page;
  };

  /** Opens a new draft of Flex Mobility from the version in force; returns its URL. */
  const newDraft = async (page: Page) => {
    await page.goto(`${server.url}/legal`);
    const row = page.locator('table[data-service="qtpro-flex-mobility"] tr', { hasText: "2022-05-09 改訂" });
    await row.getByRole("button", { name: "この版から改定案を作る" }).click();
    await page.waitForURL(/\/legal\/versions\/[0-9a-f-]+$/);
    return page.url();
  };

  for (const w of WIDTHS) {
    describe(`at ${w.name}`, () => {
      const effectiveFrom = tokyoDay(w.offset);
      let draftUrl = "";

      it("names a bad value by its field's label, in Japanese, with no JSON path or English", async () => {
        const page = await signedIn("legal@yakkan.example", w);
        draftUrl = await newDraft(page);
        const field = page.getByLabel(/Core 1001–3000$/);
        await field.fill("七百円");
        await page.getByRole("button", { name: "保存" }).first().click();
        const summary = page.getByRole("alert");
        await expect.poll(() => summary.textContent()).toContain("保存できませんでした");
        const text = (await summary.textContent()) ?? "";
        expect(text).toContain("Mobility デバイスライセンス Core 1001–3000");
        expect(text).toContain("円の金額を半角数字で入力してください");
        expect(text).not.toContain("expected");
        expect(text).not.toContain("terms.fees");
        // The field itself is marked and described by the same message.
        expect(await page.getByLabel(/Core 1001–3000$/).getAttribute("aria-invalid")).toBe("true");
        // The summary links to the field.
        await summary.getByRole("link", { name: /Core 1001–3000/ }).click();
        expect(await page.evaluate(() => document.activeElement?.getAttribute("name") ?? location.hash)).toMatch(
          /core|fees/,
        );
        // Units and parties are words, not codes.
        const unit = page.getByLabel("解約通知期限（単位）");
        expect(await unit.locator("option:checked").textContent()).toBe("日（暦日）");
        expect(await page.content()).not.toContain(">calendarDays<");
        await page.close();
      });

      it("asks before deleting a draft, and deletes it only when confirmed", async () => {
        const page = await signedIn("legal@yakkan.example", w);
        await page.goto(draftUrl);
        const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
        const working = title.replace(/改定案$/, "").trim();
        await page.getByRole("button", { name: "改定案を削除" }).click();
        const confirm = page.getByRole("region", { name: /を削除しますか？/ });
        await expect.poll(() => confirm.count()).toBe(1);
        // Changing one's mind keeps the draft.
        await confirm.getByRole("link", { name: "やめる" }).click();
        await expect.poll(() => page.getByRole("button", { name: "改定案を削除" }).count()).toBe(1);
        await page.goto(draftUrl);
        expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(working);

        await page.getByRole("button", { name: "改定案を削除" }).click();
        await page
          .getByRole("region", { name: /を削除しますか？/ })
          .getByRole("button", { name: "削除する" })
          .click();
        await page.waitForURL(/\/legal\?deleted=/);
        expect(await page.getByRole("status").textContent()).toContain("削除しました");
        const gone = await page.goto(draftUrl);
        expect(gone?.status()).toBe(404);
        await page.close();
      });

      it("publishes with less than 30 days' notice only with a reason, then says it was published and under which name", async () => {
        const author = await signedIn("legal@yakkan.example", w);
        draftUrl = await newDraft(author);
        await author.getByLabel("効力発生日", { exact: true }).fill(effectiveFrom);
        await author.getByLabel("解約通知期限（数）").fill(String(w.noticeDays));
        await author.getByRole("button", { name: "保存" }).first().click();
        await expect.poll(() => author.getByRole("status").textContent()).toContain("保存しました");
        await author.getByRole("button", { name: "承認を依頼する" }).click();
        await expect.poll(() => author.getByRole("status").textContent()).toContain("承認を依頼しました");
        await author.close();

        const approver = await signedIn("legal2@yakkan.example", w);
        await approver.goto(draftUrl);
        expect(await approver.getByTestId("notice-period").textContent()).toContain(`${w.offset} 日（最低 30 日）`);
        // Without a reason: refused, with the rule, and nothing published.
        await approver.getByRole("button", { name: "承認して公開する" }).click();
        const alert = approver.getByRole("alert");
        await expect.poll(() => alert.textContent()).toContain("周知期間が不足しています");
        expect(await alert.textContent()).toContain("効力発生日");
        expect(await approver.getByRole("heading", { level: 1 }).textContent()).toContain("改定案");

        await approver
          .getByLabel(/短い周知期間で公開する理由/)
          .fill("料金改定の告知済みのお客さまへの適用を早めるため。");
        await approver.getByRole("button", { name: "承認して公開する" }).click();
        const status = approver.getByRole("status");
        await expect.poll(() => status.textContent()).toContain("公開しました");
        const said = (await status.textContent()) ?? "";
        expect(said).not.toContain("保存しました");
        const [y, m, d] = effectiveFrom.split("-").map(Number);
        expect(said).toContain(`${y}年${m}月${d}日施行版`);
        expect(said).toContain(japaneseDate(effectiveFrom));
        await expect.poll(() => approver.getByRole("heading", { level: 1 }).textContent()).toContain("公開予定");
        expect(await approver.getByTestId("notice-override").textContent()).toContain(
          "料金改定の告知済みのお客さまへの適用を早めるため。",
        );
        await approver.close();
      });

      it("lets staff search the queue and see the closest deadline first with the days left", async () => {
        const page = await signedIn("staff@yakkan.example", w);
        await page.goto(`${server.url}/staff/requests`);
        const rows = page.getByTestId("queue").locator("tbody tr");
        expect(await rows.count()).toBe(2);
        // UTM (2027-03-31) before Flex Mobility (2027-06-30).
        expect(await rows.nth(0).getAttribute("data-request")).toBeTruthy();
        expect(await rows.nth(0).textContent()).toContain("YK-UTM-0007");
        expect(await rows.nth(1).textContent()).toContain("YK-FM-0003");
        const days = (iso: string) =>
          Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${tokyoDay(0)}T00:00:00Z`)) / 86_400_000);
        expect(await rows.nth(0).getByTestId("deadline").textContent()).toContain(`あと ${days("2027-03-31")} 日`);
        expect(await page.getByTestId("queue-count").textContent()).toBe("2 件");

        await page.getByLabel("検索", { exact: true }).fill("博多");
        await page.getByRole("button", { name: "この条件で表示" }).click();
        await page.waitForURL(/[?&]q=/);
        // The URL changes when the navigation starts; the list is rendered once its data is in.
        await expect.poll(() => page.getByTestId("queue-count").textContent()).toBe("1 件");
        expect(await rows.count()).toBe(1);
        expect(await rows.nth(0).textContent()).toContain("YK-FM-0003");

        await page.getByLabel("検索", { exact: true }).fill("該当なしの検索語");
        await page.getByRole("button", { name: "この条件で表示" }).click();
        await expect.poll(() => page.getByTestId("queue-count").textContent()).toBe("0 件");
        expect(await page.getByText("条件に合うものはありません").count()).toBe(1);

        await page.goto(`${server.url}/staff/requests?order=submitted`);
        expect(await rows.nth(0).textContent()).toContain("YK-FM-0003");
        // Nothing on the page is wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
        await page.close();
      });
    });
  }
});
