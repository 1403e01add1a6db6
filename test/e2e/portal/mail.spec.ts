import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, signedInPage } from "../../helpers/browser.js";
import { DEMO_PASSWORD, graphql, signIn, startServer, type RunningServer } from "../../helpers/server.js";

describe.runIf(browserAvailable())("mail settings, calendar feed and the mail log in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer("pglite"), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("saves reminder settings on the account page, refusing bad days at the field", async () => {
    const page = await signedInPage(browser, server, "admin@hakata-design.example", DEMO_PASSWORD);
    await page.goto(`${server.url}/account`);
    const days = page.getByLabel("期限の何日前に送るか（カンマ区切り、最大 5 つ）");
    expect(await days.inputValue()).toBe("90, 30, 7");
    await days.fill("0, 30");
    await page.getByRole("button", { name: "設定を保存" }).click();
    await expect.poll(() => days.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#reminderOffsets-error").textContent()).toBe("日数は 1〜365 の整数で指定してください");

    await days.fill("60, 14");
    await page.getByLabel("英語").check();
    await page.getByRole("button", { name: "設定を保存" }).click();
    await page.getByText("設定を保存しました。").waitFor();
    await page.reload();
    expect(await page.getByLabel("期限の何日前に送るか（カンマ区切り、最大 5 つ）").inputValue()).toBe("60, 14");
    expect(await page.getByLabel("英語").isChecked()).toBe(true);
  });

  it("issues a calendar URL once, and revokes it", async () => {
    const page = await signedInPage(browser, server, "admin@kyushu-logistics.example", DEMO_PASSWORD);
    await page.goto(`${server.url}/account`);
    expect(await page.getByTestId("feed-status").textContent()).toBe("購読用 URL はまだ発行されていません。");
    await page.getByRole("button", { name: "購読用 URL を発行" }).click();
    const url = (await page.getByTestId("feed-url").textContent())?.trim() ?? "";
    expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await fetch(url.replace(/^http:\/\/localhost:\d+/, server.url))).status).toBe(200);
    await page.getByRole("button", { name: "購読を停止（URL を無効化）" }).click();
    await page.getByText("購読用 URL を無効にしました。").waitFor();
    expect((await fetch(url.replace(/^http:\/\/localhost:\d+/, server.url))).status).toBe(404);
  });

  it("shows staff the kept mail of a submitted request, with its status and body", async () => {
    const admin = await signIn(server, "admin@fukuoka-medical.example");
    const contracts = await graphql<{ contracts: { nodes: { id: string; contractNumber: string }[] } }>(
      server,
      "{ contracts { nodes { id contractNumber } } }",
      {},
      { cookie: admin },
    );
    const contractId = contracts.data!.contracts.nodes.find((c) => c.contractNumber === "YK-FM-0006")!.id;
    const submitted = await graphql<{ submitCancellationRequest: { number: string } }>(
      server,
      "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { number } }",
      { i: { contractId, desiredEndDate: "2027-06-30", idempotencyKey: `mail-log-${Date.now()}` } },
      { cookie: admin },
    );
    const number = submitted.data!.submitCancellationRequest.number;

    const page = await signedInPage(browser, server, "staff@yakkan.example", DEMO_PASSWORD);
    await page.getByRole("link", { name: "メールログ" }).click();
    await page.waitForURL(/\/staff\/mail$/);
    expect(await page.getByTestId("mail-delivery").textContent()).toContain("SMTP サーバーが設定されていません");
    const row = page.getByRole("row").filter({ hasText: number });
    expect(await row.getByRole("cell").nth(0).textContent()).toBe("admin@fukuoka-medical.example");
    expect(await row.getByRole("cell").nth(1).textContent()).toBe("送信待ち");
    await row.getByText(`【Yakkan】解約申請を受け付けました（${number}・YK-FM-0006）`).click();
    expect(await row.getByLabel("本文").textContent()).toContain("解約の申請を受け付けました。");

    // Dead letters: none yet — the empty state.
    await page.getByLabel("状態で絞り込む").selectOption("dead");
    await page.getByRole("button", { name: "状態で絞り込む" }).click();
    await page.getByText("メールはまだありません。").waitFor();
  });
});
