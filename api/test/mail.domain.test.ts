import "reflect-metadata";
import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "@yakkan/db";
import { backends } from "@yakkan/db/testing";
import { AppError } from "../src/errors.js";
import { updateMyMailSettings } from "../src/modules/mail/mail.service.js";
import { dueOffset, runReminders } from "../src/modules/mail/reminders.service.js";
import { submitCancellationRequestRecord as submitCancellationRequest } from "../src/modules/requests/submit-request.service.js";
import { openDomain } from "./helpers/domain.js";

// Noon in Japan on a calendar day: the reminder job's fixed clock.
const at = (day: string) => new Date(`${day}T03:00:00Z`);
const ORIGIN = "https://yakkan.test";

describe("dueOffset: the reminder due on a day, of the user's offsets", () => {
  it("is the smallest offset already reached, none before the first or after the deadline", () => {
    expect(dueOffset([90, 30, 7], 91)).toBeNull();
    expect(dueOffset([90, 30, 7], 90)).toBe(90);
    expect(dueOffset([90, 30, 7], 31)).toBe(90);
    expect(dueOffset([90, 30, 7], 30)).toBe(30);
    expect(dueOffset([90, 30, 7], 0)).toBe(7);
    expect(dueOffset([90, 30, 7], -1)).toBeNull();
  });
});

describe.each(backends())("mail as a domain module on %s", (kind) => {
  let domain: Awaited<ReturnType<typeof openDomain>>;
  let flexId: string;
  const reminders = (contractId: string) =>
    domain.handle.maintenance((db) =>
      db
        .select({
          dedupeKey: schema.outbox.dedupeKey,
          toEmail: schema.outbox.toEmail,
          subject: schema.outbox.subject,
          body: schema.outbox.body,
          lang: schema.outbox.lang,
        })
        .from(schema.outbox)
        .where(like(schema.outbox.dedupeKey, `reminder:${contractId}:%`))
        .orderBy(schema.outbox.createdAt, schema.outbox.toEmail),
    );
  const registry = async () => (await domain.as(null)).services;

  beforeAll(async () => {
    domain = await openDomain(kind, at("2026-11-27"));
    const contracts = await domain.handle.maintenance((db) => db.select().from(schema.contracts));
    flexId = contracts.find((c) => c.contractNumber === "YK-FM-0001")!.id;
  });
  afterAll(async () => {
    await domain?.drop();
  });

  it("writes a request's mail in the transaction of the request, and none for a refused one", async () => {
    const ctx = await domain.as("admin@fukuoka-medical.example");
    const contractId = (
      await domain.handle.maintenance((db) =>
        db.select().from(schema.contracts).where(eq(schema.contracts.contractNumber, "YK-FM-0006")),
      )
    )[0]!.id;
    const refused = await submitCancellationRequest(ctx, {
      contractId,
      desiredEndDate: "2026-01-31",
      idempotencyKey: "mail-refused",
    }).catch((e: unknown) => e);
    expect((refused as AppError).issues.map((i) => i.path)).toEqual([["desiredEndDate"]]);
    const mails = () =>
      domain.handle.maintenance((db) =>
        db.select().from(schema.outbox).where(like(schema.outbox.dedupeKey, "request:%")),
      );
    expect(await mails()).toHaveLength(0);
    const request = await submitCancellationRequest(ctx, {
      contractId,
      desiredEndDate: "2027-06-30",
      idempotencyKey: "mail-accepted",
    });
    const written = await mails();
    expect(written.map((m) => [m.toEmail, m.kind, m.status, m.lang])).toEqual([
      ["admin@fukuoka-medical.example", "request-submitted", "pending", "ja"],
    ]);
    expect(written[0]!.dedupeKey).toBe(`request:${request.id}:submitted:${written[0]!.toUserId}`);
  });

  // YK-FM-0001: Flex Core from 2026-06-01 with a one-year minimum term, so it ends with no
  // early-termination charge on 2027-05-31; 第7条第1項 wants the notice 60 days before the day
  // it ends: 2027-05-31 − 60 days = 2027-04-01. 90 days before that is 2027-01-01, 30 days
  // 2027-03-02, 7 days 2027-03-25.
  it("mails each reminder of a deadline once, on its day (第7条第1項: notice 60 days before the end), to every customer user", async () => {
    const services = await registry();
    await runReminders(domain.handle, services, at("2026-12-31"), ORIGIN);
    expect(await reminders(flexId)).toHaveLength(0); // 91 days before: nothing yet

    await runReminders(domain.handle, services, at("2027-01-01"), ORIGIN);
    const first = await reminders(flexId);
    expect(first.map((m) => m.toEmail)).toEqual(["admin@kyushu-logistics.example", "member@kyushu-logistics.example"]);
    for (const m of first) {
      expect(m.dedupeKey).toMatch(new RegExp(`^reminder:${flexId}:2027-05-31:2027-04-01:90:`));
      expect(m.subject).toBe("【リマインダー】YK-FM-0001 の解約通知期限まであと 90 日（2027-04-01）");
      expect(m.body).toContain("2027-05-31");
      expect(m.body).toMatch(new RegExp(`${ORIGIN}/unsubscribe/[A-Za-z0-9_-]{32}`));
    }

    // Running again that day, the next day, or twice at once adds nothing.
    await runReminders(domain.handle, services, at("2027-01-01"), ORIGIN);
    await runReminders(domain.handle, services, at("2027-01-02"), ORIGIN);
    await Promise.all([
      runReminders(domain.handle, services, at("2027-01-02"), ORIGIN),
      runReminders(domain.handle, services, at("2027-01-02"), ORIGIN),
    ]);
    expect(await reminders(flexId)).toHaveLength(2);

    // The 30-day reminder on its day, twice at once: still one per user.
    await Promise.all([
      runReminders(domain.handle, services, at("2027-03-02"), ORIGIN),
      runReminders(domain.handle, services, at("2027-03-02"), ORIGIN),
    ]);
    const second = (await reminders(flexId)).slice(2);
    expect(second.map((m) => [m.toEmail, m.dedupeKey.split(":").slice(2, 5).join(":")])).toEqual([
      ["admin@kyushu-logistics.example", "2027-05-31:2027-04-01:30"],
      ["member@kyushu-logistics.example", "2027-05-31:2027-04-01:30"],
    ]);
  });

  it("follows each user's settings: off means none, and the language is theirs", async () => {
    const member = await domain.as("member@kyushu-logistics.example");
    await updateMyMailSettings(member, { language: "ja", remindersEnabled: false, reminderOffsets: [90, 30, 7] });
    const admin = await domain.as("admin@kyushu-logistics.example");
    await updateMyMailSettings(admin, { language: "en", remindersEnabled: true, reminderOffsets: ["7"] });
    await runReminders(domain.handle, await registry(), at("2027-03-25"), ORIGIN);
    const seven = (await reminders(flexId)).filter((m) => m.dedupeKey.includes(":2027-05-31:2027-04-01:7:"));
    expect(seven.map((m) => [m.toEmail, m.lang, m.subject])).toEqual([
      [
        "admin@kyushu-logistics.example",
        "en",
        "[Yakkan] Reminder: 7 days to the notice deadline of YK-FM-0001 (2027-04-01)",
      ],
    ]);
    // Bad settings are refused at their field, nothing changes.
    const refused = await updateMyMailSettings(admin, {
      language: "en",
      remindersEnabled: true,
      reminderOffsets: [0, 400],
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).issues[0]?.path).toEqual(["reminderOffsets"]);
  });
});

describe.each(backends())("reminders for ended contracts on %s", (kind) => {
  let domain: Awaited<ReturnType<typeof openDomain>>;
  const reminders = (contractId: string) =>
    domain.handle.maintenance((db) =>
      db
        .select({ id: schema.outbox.id })
        .from(schema.outbox)
        .where(like(schema.outbox.dedupeKey, `reminder:${contractId}:%`)),
    );
  const registry = async () => (await domain.as(null)).services;
  beforeAll(async () => {
    domain = await openDomain(kind, at("2026-11-27"));
  });
  afterAll(async () => {
    await domain?.drop();
  });

  it("sends none for a contract that has ended or whose end is decided", async () => {
    const ended = await domain.handle.maintenance((db) =>
      db
        .update(schema.contracts)
        .set({ status: "ended", endDate: "2026-10-31" })
        .where(eq(schema.contracts.contractNumber, "YK-FM-0003"))
        .returning({ id: schema.contracts.id }),
    );
    const decided = await domain.handle.maintenance((db) =>
      db
        .update(schema.contracts)
        .set({ endDate: "2027-08-31" })
        .where(eq(schema.contracts.contractNumber, "YK-UTM-0007"))
        .returning({ id: schema.contracts.id }),
    );
    const utm2 = await domain.handle.maintenance((db) =>
      db
        .select({ id: schema.contracts.id })
        .from(schema.contracts)
        .where(eq(schema.contracts.contractNumber, "YK-UTM-0002")),
    );
    // Every week of a year (each offset's window is at least 8 days): the ended and the decided
    // contract get nothing, an active one does.
    for (let d = 0; d < 365; d += 7) {
      await runReminders(
        domain.handle,
        await registry(),
        new Date(at("2026-11-27").getTime() + d * 86_400_000),
        ORIGIN,
      );
    }
    expect(await reminders(ended[0]!.id)).toHaveLength(0);
    expect(await reminders(decided[0]!.id)).toHaveLength(0);
    expect((await reminders(utm2[0]!.id)).length).toBeGreaterThan(0);
  }, 120_000);
});
