import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, signedInPage, waitForHydration, WIDTHS } from "../../helpers/browser.js";
import { DEMO_PASSWORD, graphql, signIn, startServer, type RunningServer } from "../../helpers/server.js";

// Issue 13: after every submission focus moves to what it produced — the result or the error
// summary — never left on <body>. Here: the contract change form (refused, and on to its review)
// and staff accepting and rejecting a request, at 1280 and 390 px. Every page visited is also
// checked by axe-core and for language purity (helpers/browser.ts).

/** The focused element as "tag[data-testid]: text" (empty when it is <body>). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "";
    const id = el.dataset["testid"] ? `[${el.dataset["testid"]}]` : "";
    return `${el.tagName.toLowerCase()}${id}: ${(el.textContent ?? "").trim().slice(0, 80)}`;
  });

describe.runIf(browserAvailable())("focus after submitting, in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  const contracts = new Map<string, string>();
  /** A pending cancellation per width, for staff to act on. */
  const requests = new Map<number, string>();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer("pglite"), launchBrowser()]);
    const [staff, hakata] = await Promise.all([
      signIn(server, "staff@yakkan.example"),
      signIn(server, "admin@hakata-design.example"),
    ]);
    const all = await graphql<{ contracts: { nodes: { id: string; contractNumber: string }[] } }>(
      server,
      "{ contracts(first: 50) { nodes { id contractNumber } } }",
      {},
      { cookie: staff },
    );
    for (const c of all.data!.contracts.nodes) contracts.set(c.contractNumber, c.id);
    const submit = "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }";
    for (const [width, contract] of [
      [1280, "YK-FM-0003"],
      [390, "YK-SRV-0004"],
    ] as const) {
      const r = await graphql<{ submitCancellationRequest: { id: string } }>(
        server,
        submit,
        {
          i: {
            contractId: contracts.get(contract),
            desiredEndDate: "2027-06-30",
            idempotencyKey: `focus-${contract}-${Date.now()}`,
          },
        },
        { cookie: hakata },
      );
      expect(r.errors).toBeUndefined();
      requests.set(width, r.data!.submitCancellationRequest.id);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      it("focuses the error summary when a change is refused (NO_CHANGE), and the review once a real change is submitted", async () => {
        const page = await signedInPage(browser, server, "admin@kyushu-logistics.example", DEMO_PASSWORD, width);
        const contractId = contracts.get("YK-FM-0001")!;
        await page.goto(`${server.url}/contracts/${contractId}/change`);
        await waitForHydration(page);
        // As it is: refused, and focus on why.
        await page.getByRole("button", { name: "確認画面へ進む" }).click();
        await expect
          .poll(() => focused(page), { timeout: 10_000 })
          .toMatch(/^p\[change-error\]: .*変更内容がありません/);

        // 1,200 → 1,250 licences: on to the review, focus on its heading.
        await page.goto(`${server.url}/contracts/${contractId}/change`);
        await waitForHydration(page);
        await page.getByLabel(/デバイスライセンス数/).fill("1250");
        await page.getByRole("button", { name: "見積もりを表示" }).click();
        await expect.poll(() => new URL(page.url()).searchParams.get("licenses"), { timeout: 10_000 }).toBe("1250");
        // The new quote's navigation settled first: a click during it can be lost in the re-render.
        await page.waitForLoadState("networkidle");
        await page.getByRole("button", { name: "確認画面へ進む" }).click();
        await page.waitForURL(/\/quotes\/[0-9a-f-]+$/);
        await expect.poll(() => focused(page), { timeout: 10_000 }).toBe("h1: 変更申請の内容確認");
        await page.close();
      });

      it("focuses the error summary when staff reject without a reason, and the result once they accept", async () => {
        const page = await signedInPage(browser, server, "staff@yakkan.example", DEMO_PASSWORD, width);
        await page.goto(`${server.url}/requests/${requests.get(width)}`);
        await waitForHydration(page);
        await page.getByRole("button", { name: "却下する" }).click();
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.getAttribute("role")), { timeout: 10_000 })
          .toBe("alert");
        expect(await focused(page)).toMatch(/^div\[action-result\]: ./);

        await page.getByRole("button", { name: "受け付ける" }).click();
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.getAttribute("role")), { timeout: 10_000 })
          .toBe("status");
        expect(await focused(page)).toMatch(/^div\[action-result\]: 申請 R-\d{6} を受け付けました。$/);
        await expect.poll(() => page.locator("h1 .badge").first().textContent()).toContain("受付済み");
        await page.close();
      });
    });
  }
});
