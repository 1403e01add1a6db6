import { parseICS, type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@yakkan/db/testing";
import { graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";
import { startSmtp, type Received, type TestSmtp } from "../helpers/smtp.js";

/**
 * E-mail for real (issue 11): the relay talks SMTP to a real server (`smtp-server` on 127.0.0.1),
 * and the messages are read back with mailparser — recipients, subject, language, Japanese
 * encoding, links, and the Message-ID that makes a repeated delivery recognisable.
 */
const SUBMIT_CANCEL =
  "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id number } }";
type Submitted = { submitCancellationRequest: { id: string; number: string } };

let counter = 0;
const key = (label: string) => `${label}-${Date.now()}-${++counter}`;

async function contractIds(server: RunningServer, cookie: string): Promise<Map<string, string>> {
  const all = await graphql<{ contracts: { nodes: { id: string; contractNumber: string }[] } }>(
    server,
    "{ contracts { nodes { id contractNumber } } }",
    {},
    { cookie },
  );
  return new Map(all.data!.contracts.nodes.map((c) => [c.contractNumber, c.id]));
}

async function submitCancellation(
  server: RunningServer,
  cookie: string,
  contractId: string,
  desiredEndDate = "2027-06-30",
) {
  const r = await graphql<Submitted>(
    server,
    SUBMIT_CANCEL,
    { i: { contractId, desiredEndDate, idempotencyKey: key("cancel") } },
    { cookie },
  );
  expect(r.errors, server.output()).toBeUndefined();
  return r.data!.submitCancellationRequest;
}

/** The first mail whose subject names the request, within 10 seconds (reminders may come too). */
async function arrival(smtp: TestSmtp, requestNumber: string): Promise<Received> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = smtp.received.find((m) => m.mail.subject?.includes(requestNumber));
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`no mail about ${requestNumber}; got: ${smtp.received.map((m) => m.mail.subject).join(" | ")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A portal form post, as the browser sends it (same origin: no Origin header from Node). */
async function postForm(
  server: RunningServer,
  path: string,
  cookie: string,
  fields: Record<string, string>,
): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
    redirect: "manual",
  });
}

describe.each(backends())("mail through SMTP on %s", (kind) => {
  let smtp: TestSmtp;
  let server: RunningServer;
  let staff: string;
  let contracts: Map<string, string>;

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startServer(kind, {
      SMTP_URL: smtp.url,
      MAIL_FROM: "Yakkan <no-reply@yakkan.test>",
      PUBLIC_ORIGIN: "https://yakkan.test",
    });
    staff = await signIn(server, "staff@yakkan.example");
    contracts = await contractIds(server, staff);
  });
  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
  });

  it("submitting a cancellation through GraphQL e-mails the organisation's administrators within seconds, in Japanese", async () => {
    const admin = await signIn(server, "admin@kyushu-logistics.example");
    const started = Date.now();
    const request = await submitCancellation(server, admin, contracts.get("YK-FM-0001")!);
    const mail = await arrival(smtp, request.number);
    expect(Date.now() - started).toBeLessThan(10_000);
    // To the organisation's customer administrator only (not its read-only member, not staff).
    expect(mail.envelopeTo).toEqual(["admin@kyushu-logistics.example"]);
    expect(mail.envelopeFrom).toBe("no-reply@yakkan.test");
    expect(mail.mail.subject).toBe(`【Yakkan】解約申請を受け付けました（${request.number}・YK-FM-0001）`);
    // Japanese survives the trip: an RFC 2047 encoded subject and a UTF-8 body.
    expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/im);
    expect(mail.raw).toMatch(/charset=utf-8/i);
    expect(mail.mail.headers.get("content-language")).toBe("ja");
    expect(mail.mail.text).toContain("解約の申請を受け付けました");
    expect(mail.mail.text).toContain("解約日: 2027-06-30");
    expect(mail.mail.text).toContain(`https://yakkan.test/requests/${request.id}`);
    // An HTML part too, with the same link.
    expect(mail.mail.html).toContain(`href="https://yakkan.test/requests/${request.id}"`);
    // The Message-ID is derived from the dedupe key (a repeat carries the same one).
    expect(mail.messageId).toMatch(/^<[0-9a-f]{40}@yakkan\.test>$/);
    expect(mail.mail.headers.get("x-yakkan-dedupe-key")).toMatch(
      new RegExp(`^request:${request.id}:submitted:[0-9a-f-]{36}$`),
    );
  });

  it("writes in the recipient's language: an administrator who chose English gets English", async () => {
    const hakata = await signIn(server, "admin@hakata-design.example");
    const saved = await postForm(server, "/account", hakata, {
      intent: "mail-settings",
      language: "en",
      remindersEnabled: "on",
      reminderOffsets: "90, 30, 7",
    });
    expect(saved.status).toBe(200);
    const request = await submitCancellation(server, hakata, contracts.get("YK-FM-0003")!, "2027-03-31");
    const mail = await arrival(smtp, request.number);
    expect(mail.envelopeTo).toEqual(["admin@hakata-design.example"]);
    expect(mail.mail.subject).toBe(`[Yakkan] Cancellation request submitted (${request.number}, YK-FM-0003)`);
    expect(mail.mail.headers.get("content-language")).toBe("en");
    expect(mail.mail.text).toContain("We received your cancellation request.");
    expect(mail.mail.text).toContain("End date: 2027-03-31");
  });

  it("withdrawing mails the administrators again (one mail per transition)", async () => {
    const admin = await signIn(server, "admin@fukuoka-medical.example");
    const request = await submitCancellation(server, admin, contracts.get("YK-FM-0006")!);
    const withdrawn = await graphql(
      server,
      "mutation($id: ID!, $k: String!) { withdrawRequest(requestId: $id, idempotencyKey: $k) { status } }",
      { id: request.id, k: key("w") },
      { cookie: admin },
    );
    expect(withdrawn.errors).toBeUndefined();
    // (Order of arrival is not promised: relays in several processes send in parallel.)
    await expect
      .poll(
        () =>
          smtp.received
            .filter((m) => m.mail.subject?.includes(request.number))
            .map((m) => m.mail.subject)
            .sort(),
        { timeout: 10_000 },
      )
      .toEqual([
        `【Yakkan】解約申請が取り下げられました（${request.number}・YK-FM-0006）`,
        `【Yakkan】解約申請を受け付けました（${request.number}・YK-FM-0006）`,
      ]);
  });

  it("serves each customer user a subscribable calendar with alarms; a rotated or revoked token answers 404", async () => {
    const admin = await signIn(server, "admin@kyushu-logistics.example");
    const page = await (await postForm(server, "/account", admin, { intent: "calendar-rotate" })).text();
    const token = /https:\/\/yakkan\.test\/calendar\/([A-Za-z0-9_-]{43})\.ics/.exec(page)?.[1];
    expect(token).toBeDefined();
    const feed = await fetch(`${server.url}/calendar/${token}.ics`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toMatch(/^text\/calendar/);
    const events = Object.values(parseICS(await feed.text())).filter((c): c is VEvent => c?.type === "VEVENT");
    const summaryOf = (e: VEvent): string => (typeof e.summary === "string" ? e.summary : e.summary.val);
    const summaries = events.map(summaryOf);
    // The organisation's contracts, and no other organisation's.
    expect(summaries.some((s) => s.includes("YK-FM-0001"))).toBe(true);
    expect(summaries.some((s) => s.includes("YK-UTM-0002"))).toBe(true);
    expect(summaries.some((s) => s.includes("YK-FM-0003") || s.includes("YK-FM-0006"))).toBe(false);
    for (const event of events.filter((e) => summaryOf(e).includes("通知期限"))) {
      expect(event.datetype).toBe("date");
      // The user's reminder days (the default 90, 30 and 7) as display alarms.
      expect(event.alarms?.map((a) => [a.action, a.trigger]).sort()).toEqual([
        ["DISPLAY", "-P30D"],
        ["DISPLAY", "-P7D"],
        ["DISPLAY", "-P90D"],
      ]);
    }

    const rotated = await (await postForm(server, "/account", admin, { intent: "calendar-rotate" })).text();
    const second = /\/calendar\/([A-Za-z0-9_-]{43})\.ics/.exec(rotated)?.[1];
    expect(second).toBeDefined();
    expect(second).not.toBe(token);
    expect((await fetch(`${server.url}/calendar/${token}.ics`)).status).toBe(404);
    expect((await fetch(`${server.url}/calendar/${second}.ics`)).status).toBe(200);
    await postForm(server, "/account", admin, { intent: "calendar-revoke" });
    expect((await fetch(`${server.url}/calendar/${second}.ics`)).status).toBe(404);
    expect((await fetch(`${server.url}/calendar/${"x".repeat(43)}.ics`)).status).toBe(404);
  });
});

describe.each(backends())("without SMTP_URL on %s", (kind) => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("keeps the mail, and staff read it on the mail log", async () => {
    const staff = await signIn(server, "staff@yakkan.example");
    const contracts = await contractIds(server, staff);
    const admin = await signIn(server, "admin@kyushu-logistics.example");
    const request = await submitCancellation(server, admin, contracts.get("YK-FM-0001")!);
    const log = await fetch(`${server.url}/staff/mail`, { headers: { cookie: staff } });
    expect(log.status).toBe(200);
    const html = await log.text();
    expect(html).toContain(`【Yakkan】解約申請を受け付けました（${request.number}・YK-FM-0001）`);
    expect(html).toContain("admin@kyushu-logistics.example");
    expect(html).toContain("SMTP サーバーが設定されていません");
    expect(html).toMatch(/data-status="pending"/);
    // Customers may not read it.
    expect((await fetch(`${server.url}/staff/mail`, { headers: { cookie: admin } })).status).toBe(404);
  });
});

describe.runIf(backends().includes("postgres"))("the relay killed mid-delivery (PostgreSQL)", () => {
  let smtp: TestSmtp;
  let server: RunningServer;

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startServer("postgres", {
      SMTP_URL: smtp.url,
      MAIL_FROM: "Yakkan <no-reply@yakkan.test>",
      MAIL_LEASE_SECONDS: "2",
    });
  });
  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
  });

  it("delivers every message exactly once after a restart: at least once, with the same Message-ID", async () => {
    const staff = await signIn(server, "staff@yakkan.example");
    const contracts = await contractIds(server, staff);
    const kyushu = await signIn(server, "admin@kyushu-logistics.example");
    // The SMTP server receives the next message but does not acknowledge it; then the process dies.
    const held = smtp.holdNext();
    const request = await submitCancellation(server, kyushu, contracts.get("YK-FM-0001")!);
    const inFlight = await held.arrived;
    process.kill(server.pid, "SIGKILL");
    held.release();
    server = await server.restart();

    // After the lease the restarted relay delivers the unacknowledged mail again, and all the rest.
    const cookie = await signIn(server, "staff@yakkan.example");
    const pending = async () =>
      (await (await fetch(`${server.url}/staff/mail?status=pending`, { headers: { cookie } })).text()).includes(
        'data-status="pending"',
      );
    await expect.poll(pending, { timeout: 30_000, interval: 500 }).toBe(false);
    const sentRows = (
      (await (await fetch(`${server.url}/staff/mail?status=sent`, { headers: { cookie } })).text()).match(
        /data-status="sent"/g,
      ) ?? []
    ).length;

    // Delivery is at least once: the held message came twice, with the same Message-ID ...
    expect(smtp.received.filter((m) => m.messageId === inFlight.messageId)).toHaveLength(2);
    // ... and every other message once. The receiver's dedupe by Message-ID: each mail exactly once.
    const unique = smtp.unique();
    expect(smtp.received).toHaveLength(unique.length + 1);
    expect(unique).toHaveLength(sentRows);
    expect(unique.filter((m) => m.mail.subject?.includes(request.number))).toHaveLength(1);
  });
});
