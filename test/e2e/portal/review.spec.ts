import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, signedInPage } from "../../helpers/browser.js";
import { japaneseDate, tokyoDay } from "../../helpers/dates.js";
import { ninetyDaysNoticeFromToday, publishChange, signInLegal } from "../../helpers/legal.js";
import { DEMO_PASSWORD, graphql, signIn, startServer, type RunningServer } from "../../helpers/server.js";
import { startSmtp, type TestSmtp } from "../../helpers/smtp.js";

// Review, then confirm, in Chromium (issue 11, decision 012): form → review → acknowledgement →
// submitted → the e-mail to the organisation's administrators (a real SMTP server on 127.0.0.1), and
// each refusal as the customer sees it.

describe.runIf(browserAvailable())("review, then confirm, in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let smtp: TestSmtp;
  const contracts = new Map<string, string>();

  beforeAll(async () => {
    smtp = await startSmtp();
    [server, browser] = await Promise.all([
      // No PUBLIC_ORIGIN: the browser posts from the server's own origin (links then name localhost).
      startServer("pglite", { SMTP_URL: smtp.url, MAIL_FROM: "Yakkan <no-reply@yakkan.test>" }),
      launchBrowser(),
    ]);
    const staff = await signIn(server, "staff@yakkan.example");
    const all = await graphql<{ contracts: { nodes: { id: string; contractNumber: string }[] } }>(
      server,
      "{ contracts { nodes { id contractNumber } } }",
      {},
      { cookie: staff },
    );
    for (const c of all.data!.contracts.nodes) contracts.set(c.contractNumber, c.id);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  const signedIn = (email: string): Promise<Page> => signedInPage(browser, server, email, DEMO_PASSWORD);
  let requestUrl = "";

  it("walks form → review → acknowledgement → submitted for a QT PRO Cloud cancellation (第5条第1項: 24 × ¥850,000 + 10% tax)", async () => {
    const page = await signedIn("admin@fukuoka-medical.example");
    const contractId = contracts.get("YK-CL-0005")!;
    await page.goto(`${server.url}/contracts/${contractId}/cancel?desiredEndDate=2027-03-31`);
    await page.getByRole("button", { name: "確認画面へ進む" }).click();
    await page.waitForURL(/\/quotes\/[0-9a-f-]+$/);

    // The review states what will happen: the quote number, the terms version, the end date, the
    // notice in time, the one-off charge with tax.
    const quoteNumber = (await page.getByTestId("quote-number").textContent()) ?? "";
    expect(quoteNumber).toMatch(/^Q-\d{6}$/);
    expect(await page.getByTestId("review-terms-version").textContent()).toBeTruthy();
    expect(await page.getByTestId("review-end").textContent()).toContain("2027年3月31日");
    expect(await page.getByTestId("review-notice").textContent()).toContain("期限内です");
    expect(await page.getByTestId("review-one-off").textContent()).toContain("22,440,000");
    await expect.poll(() => page.getByRole("button", { name: "印刷" }).count()).toBe(1);

    // Submitting without the acknowledgement is blocked: nothing happens.
    const ack = page.getByLabel("解約に伴い一時費用 22,440,000円（税込）が発生することを確認しました");
    await page.getByRole("button", { name: "この内容で解約を申請する" }).click();
    expect(new URL(page.url()).pathname).toMatch(/^\/quotes\//);
    await ack.check();
    await page.getByRole("button", { name: "この内容で解約を申請する" }).click();
    await page.waitForURL(/\/requests\/[0-9a-f-]+\?submitted=1/);
    requestUrl = page.url().replace(/\?.*$/, "");

    // The request record keeps the quote number and what was acknowledged, and can be printed.
    expect(await page.getByTestId("request-quote-number").textContent()).toBe(quoteNumber);
    // The version by the name customers read (issue 13), as on the review.
    expect(await page.getByTestId("request-terms-version").textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日施行版$/);
    expect(await page.getByTestId("request-acknowledgements").textContent()).toContain("22,440,000円（税込）");
    await expect.poll(() => page.getByRole("button", { name: "印刷" }).count()).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByTestId("request-quote-number").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });

    // The e-mail: the organisation's administrator receives "request submitted" for this request,
    // in Japanese, with its link, within seconds of the click.
    const requestId = requestUrl.split("/").pop() ?? "";
    const admin = await signIn(server, "admin@fukuoka-medical.example");
    const stored = await graphql<{ request: { number: string } }>(
      server,
      "query($id: ID!) { request(id: $id) { number } }",
      { id: requestId },
      { cookie: admin },
    );
    const number = stored.data?.request.number ?? "(no request)";
    await expect
      .poll(() => smtp.received.some((m) => m.mail.subject?.includes(number)), { timeout: 10_000 })
      .toBe(true);
    const mail = smtp.received.find((m) => m.mail.subject?.includes(number));
    expect(mail?.envelopeTo).toEqual(["admin@fukuoka-medical.example"]);
    expect(mail?.mail.subject).toBe(`【Yakkan】解約申請を受け付けました（${number}・YK-CL-0005）`);
    expect(mail?.mail.text).toMatch(new RegExp(`http://localhost:\\d+/requests/${requestId}`));
    await page.close();
  });

  it("shows the pending request instead of the cancel button, and refuses a second cancellation (ALREADY_PENDING)", async () => {
    const page = await signedIn("admin@fukuoka-medical.example");
    const contractId = contracts.get("YK-CL-0005")!;
    await page.goto(`${server.url}/contracts/${contractId}`);
    expect(await page.getByTestId("pending-cancellation").textContent()).toContain("処理中の解約申請があります");
    expect(await page.getByRole("link", { name: "解約を申請する" }).count()).toBe(0);
    await page.goto(`${server.url}/contracts`);
    expect(await page.locator('[data-contract="YK-CL-0005"]').getByTestId("pending-cancellation").count()).toBe(1);
    await page.goto(`${server.url}/contracts/${contractId}/cancel`);
    expect(await page.getByTestId("pending-cancellation").count()).toBe(1);
    expect(await page.getByRole("button", { name: "確認画面へ進む" }).count()).toBe(0);

    // A review opened before someone else submitted: the submission is refused and said so.
    const other = contracts.get("YK-UTM-0007")!;
    await page.goto(`${server.url}/contracts/${other}/cancel?desiredEndDate=2027-06-30`);
    await page.getByRole("button", { name: "確認画面へ進む" }).click();
    await page.waitForURL(/\/quotes\/[0-9a-f-]+$/);
    const admin = await signIn(server, "admin@fukuoka-medical.example");
    const api = await graphql(
      server,
      "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }",
      { i: { contractId: other, desiredEndDate: "2027-07-31", idempotencyKey: `elsewhere-${Date.now()}` } },
      { cookie: admin },
    );
    expect(api.errors).toBeUndefined();
    for (const box of await page.locator('.review-form input[type="checkbox"]').all()) await box.check();
    await page.getByRole("button", { name: "この内容で解約を申請する" }).click();
    await expect
      .poll(() => page.getByTestId("review-error").textContent(), { timeout: 10_000 })
      .toContain("すでに処理中の解約申請があります");
    await page.close();
  });

  it("asks for confirmation before withdrawing", async () => {
    const page = await signedIn("admin@fukuoka-medical.example");
    await page.goto(requestUrl);
    await page.getByRole("button", { name: "申請を取り下げる" }).click();
    expect(await page.locator(".badge").first().textContent()).not.toContain("取り下げ");
    await page.getByLabel(/を取り下げることを確認しました/).check();
    await page.getByRole("button", { name: "申請を取り下げる" }).click();
    await expect.poll(() => page.locator(".badge").first().textContent(), { timeout: 10_000 }).toContain("取り下げ");
    await page.close();
  });

  it("shows the new quote instead of submitting when the terms changed since the review (QUOTE_STALE)", async () => {
    const page = await signedIn("admin@fukuoka-medical.example");
    const contractId = contracts.get("YK-FM-0006")!;
    await page.goto(`${server.url}/contracts/${contractId}/cancel?desiredEndDate=2027-06-30`);
    await page.getByRole("button", { name: "確認画面へ進む" }).click();
    await page.waitForURL(/\/quotes\/[0-9a-f-]+$/);
    const reviewed = page.url();
    // Customers read the version by its name (issue 13), not legal's label "2022-05-09 改訂".
    expect(await page.getByTestId("review-terms-version").textContent()).toBe("2022年5月9日施行版");

    // Meanwhile legal publishes new terms in force from today (notice period 90 days).
    const change = ninetyDaysNoticeFromToday();
    const { published } = await publishChange(server, await signInLegal(server), {
      ...change,
      idempotencyKey: `pub-${Date.now()}`,
      // In force today: less than the minimum notice period (民法548条の4), so legal gives a reason.
      reason: "browser test: terms changed while a quote was under review",
    });
    expect(published.data?.approveAndPublish.status).toBe("published");

    for (const box of await page.locator('.review-form input[type="checkbox"]').all()) await box.check();
    await page.getByRole("button", { name: "この内容で解約を申請する" }).click();
    await page.waitForURL(/\/quotes\/[0-9a-f-]+\?stale=1$/);
    expect(page.url()).not.toBe(reviewed);
    expect(await page.getByTestId("stale-notice").textContent()).toContain("申請しませんでした");
    expect(await page.getByTestId("review-terms-version").textContent()).toBe(`${japaneseDate(tokyoDay(0))}施行版`);
    await page.close();
  });

  it("refuses a change that changes nothing at the review step, saying so (NO_CHANGE)", async () => {
    const page = await signedIn("admin@kyushu-logistics.example");
    const contractId = contracts.get("YK-FM-0001") ?? "";
    // The change form opens with the contract's own configuration: asking to review it as it is.
    await page.goto(`${server.url}/contracts/${contractId}/change`);
    await page.getByRole("button", { name: "確認画面へ進む" }).click();
    await expect
      .poll(async () =>
        (await page.getByTestId("change-error").count()) > 0
          ? await page.getByTestId("change-error").textContent()
          : "",
      )
      .toContain("変更内容がありません");
    expect(new URL(page.url()).pathname).toBe(`/contracts/${contractId}/change`);
    await page.close();
  });
});
