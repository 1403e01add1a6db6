import "reflect-metadata";
import { createServer } from "node:net";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "@yakkan/db";
import { backends } from "@yakkan/db/testing";
import { AppError } from "../src/errors.js";
import { MailRelay } from "../src/modules/mail/mail.relay.js";
import { mailLog, retryMail } from "../src/modules/mail/mail.service.js";
import { submitCancellationRequestRecord as submitCancellationRequest } from "../src/modules/requests/submit-request.service.js";
import { openDomain } from "./helpers/domain.js";

// Issue 11: "retries with backoff, a dead-letter state after N attempts visible to staff". The relay
// on a real database, pointed at an SMTP address where nothing listens, with its own clock.
const NOW = new Date("2026-11-27T03:00:00Z");
const STAFF = "staff@yakkan.example";
const ADMIN = "admin@fukuoka-medical.example";
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

/** A local port with nothing listening on it (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe.each(backends())("a mail no SMTP server takes, on %s", (kind) => {
  let domain: Awaited<ReturnType<typeof openDomain>>;
  let mailId: string;
  let smtpUrl: string;

  beforeAll(async () => {
    domain = await openDomain(kind, NOW);
    smtpUrl = `smtp://127.0.0.1:${await closedPort()}`;
    const [contract] = await domain.handle.maintenance((db) =>
      db.select().from(schema.contracts).where(eq(schema.contracts.contractNumber, "YK-FM-0006")),
    );
    await submitCancellationRequest(await domain.as(ADMIN), {
      contractId: contract!.id,
      desiredEndDate: "2027-06-30",
      idempotencyKey: "relay-dead-letter",
    });
    const [mail] = await domain.handle.maintenance((db) =>
      db.select().from(schema.outbox).where(like(schema.outbox.dedupeKey, "request:%")),
    );
    mailId = mail!.id;
  });
  afterAll(async () => {
    await domain?.drop();
  });

  const row = async () =>
    (await domain.handle.maintenance((db) => db.select().from(schema.outbox).where(eq(schema.outbox.id, mailId))))[0]!;
  const audits = (action: string) =>
    domain.handle.maintenance((db) =>
      db
        .select()
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.entityId, mailId), eq(schema.auditLog.action, action))),
    );

  it("is tried three times with doubling waits (1 min, 2 min), then dead: on the staff mail log with its error, audited once, and not tried again", async () => {
    // From when the mail is first due (the outbox stamps it with the database's clock).
    let clock = (await row()).nextAttemptAt.getTime() + 1; // (stored to the microsecond)
    const relay = new MailRelay(
      domain.handle,
      {
        smtpUrl,
        from: "Yakkan <no-reply@yakkan.test>",
        maxAttempts: 3,
        retryBaseMs: 60_000,
        leaseMs: 120_000,
        pollMs: 1000,
      },
      () => new Date(clock),
      quiet,
    );
    try {
      expect(await relay.tick()).toBe(0);
      let mail = await row();
      expect([mail.status, mail.attempts, mail.nextAttemptAt.getTime() - clock]).toEqual(["pending", 1, 60_000]);
      expect(mail.lastError).toMatch(/ECONNREFUSED|connect/i);

      // Not due before its wait is over.
      clock += 59_000;
      await relay.tick();
      expect((await row()).attempts).toBe(1);
      clock += 1_000;
      await relay.tick();
      mail = await row();
      expect([mail.status, mail.attempts, mail.nextAttemptAt.getTime() - clock]).toEqual(["pending", 2, 120_000]);

      clock += 120_000;
      await relay.tick();
      mail = await row();
      expect([mail.status, mail.attempts]).toEqual(["dead", 3]);
      expect(await audits("mail.dead")).toHaveLength(1);

      // Dead is final for the relay: an hour later it is not claimed again.
      clock += 3_600_000;
      await relay.tick();
      expect((await row()).attempts).toBe(3);
    } finally {
      await relay.stop();
    }

    const log = await mailLog(await domain.as(STAFF), { status: "dead" });
    const entry = log.find((m) => m.id === mailId);
    expect(entry).toMatchObject({ status: "dead", attempts: 3, toEmail: ADMIN });
    expect(entry?.lastError).toMatch(/ECONNREFUSED|connect/i);
  });

  it("is sent again only by staff: a customer is refused and nothing changes; staff put it back to pending with a fresh count, audited", async () => {
    const refused = await retryMail(await domain.as(ADMIN), mailId).catch((e: unknown) => e);
    expect(refused instanceof AppError ? refused.code : refused).toBe("FORBIDDEN");
    expect((await row()).status).toBe("dead");
    expect(await audits("mail.retry")).toHaveLength(0);

    const entry = await retryMail(await domain.as(STAFF), mailId);
    expect([entry.status, entry.attempts]).toEqual(["pending", 0]);
    const mail = await row();
    expect([mail.status, mail.attempts, mail.nextAttemptAt.toISOString()]).toEqual(["pending", 0, NOW.toISOString()]);
    expect(await audits("mail.retry")).toHaveLength(1);

    // A mail that is not dead cannot be "sent again".
    const again = await retryMail(await domain.as(STAFF), mailId).catch((e: unknown) => e);
    expect(again instanceof AppError ? again.code : again).toBe("CONFLICT");
    expect(await audits("mail.retry")).toHaveLength(1);
  });
});
