import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { schema, type Database } from "@yakkan/db";
import type { Executor } from "../common/executor.js";

export type OutboxRow = typeof schema.outbox.$inferSelect;
export type NewMail = Pick<
  typeof schema.outbox.$inferInsert,
  | "toUserId"
  | "toEmail"
  | "organizationId"
  | "kind"
  | "lang"
  | "dedupeKey"
  | "subject"
  | "body"
  | "html"
  | "unsubscribeTokenHash"
>;

/**
 * Adds a mail in the caller's transaction; a mail whose dedupe key exists already is not added
 * again. (No RETURNING and no conflict target: either makes PostgreSQL apply the SELECT policies,
 * and customers may write mails about their organisation but not read any.)
 */
export async function enqueueMail(tx: Executor, mail: NewMail): Promise<void> {
  await tx.insert(schema.outbox).values(mail).onConflictDoNothing();
}

/** The same for the worker, which may read mails: the new mail's id, or null when it existed. */
export async function enqueueMailReturningId(tx: Executor, mail: NewMail): Promise<string | null> {
  const rows = await tx
    .insert(schema.outbox)
    .values(mail)
    .onConflictDoNothing({ target: schema.outbox.dedupeKey })
    .returning({ id: schema.outbox.id });
  return rows[0]?.id ?? null;
}

export interface Recipient {
  id: string;
  email: string;
  language: "ja" | "en";
  organizationId: string;
  role: "customer-admin" | "customer-member" | "staff" | "legal";
  remindersEnabled: boolean;
  reminderOffsets: number[];
}

const recipientColumns = {
  id: schema.users.id,
  email: schema.users.email,
  language: schema.users.language,
  organizationId: schema.users.organizationId,
  role: schema.users.role,
  remindersEnabled: schema.users.remindersEnabled,
  reminderOffsets: schema.users.reminderOffsets,
};

/** An organisation's users of the given roles, with their language and reminder settings. */
export async function usersOf(
  db: Executor,
  organizationIds: string[],
  roles: ("customer-admin" | "customer-member")[],
): Promise<Recipient[]> {
  if (organizationIds.length === 0) return [];
  return db
    .select(recipientColumns)
    .from(schema.users)
    .where(and(inArray(schema.users.organizationId, organizationIds), inArray(schema.users.role, roles)))
    .orderBy(schema.users.email);
}

export async function recipientById(db: Executor, userId: string): Promise<Recipient | undefined> {
  const [row] = await db.select(recipientColumns).from(schema.users).where(eq(schema.users.id, userId));
  return row;
}

/**
 * Claims up to `limit` mails due now for this relay: locked rows another relay holds are skipped
 * (FOR UPDATE SKIP LOCKED), and each claimed row counts an attempt and moves its next attempt a
 * lease ahead — so a relay that dies mid-delivery leaves the mail to be tried again after the
 * lease, by any process.
 */
export async function claimDueMails(db: Database, now: Date, limit: number, leaseMs: number): Promise<OutboxRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: schema.outbox.id })
      .from(schema.outbox)
      .where(and(eq(schema.outbox.status, "pending"), lte(schema.outbox.nextAttemptAt, now)))
      .orderBy(schema.outbox.nextAttemptAt, schema.outbox.createdAt)
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    const claimed = await tx
      .update(schema.outbox)
      .set({ attempts: sql`${schema.outbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs) })
      .where(
        inArray(
          schema.outbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
    // RETURNING has no order: send in the order they were written (best effort; not across processes).
    return claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  });
}

export async function markSent(tx: Executor, id: string, at: Date): Promise<void> {
  await tx
    .update(schema.outbox)
    .set({ status: "sent", sentAt: at, lastError: null })
    .where(and(eq(schema.outbox.id, id), eq(schema.outbox.status, "pending")));
}

/** A failed attempt: tried again at `retryAt`, or dead when `dead`. */
export async function markFailed(tx: Executor, id: string, error: string, retryAt: Date, dead: boolean): Promise<void> {
  await tx
    .update(schema.outbox)
    .set({ lastError: error.slice(0, 1000), nextAttemptAt: retryAt, ...(dead ? { status: "dead" as const } : {}) })
    .where(and(eq(schema.outbox.id, id), eq(schema.outbox.status, "pending")));
}

/** A dead mail back to pending, for another round of attempts (staff). */
export async function requeueDead(tx: Executor, id: string, at: Date): Promise<OutboxRow | undefined> {
  const [row] = await tx
    .update(schema.outbox)
    .set({ status: "pending", attempts: 0, nextAttemptAt: at })
    .where(and(eq(schema.outbox.id, id), eq(schema.outbox.status, "dead")))
    .returning();
  return row;
}

export async function listMails(
  db: Executor,
  filter: { status?: OutboxRow["status"] | null },
  limit: number,
): Promise<OutboxRow[]> {
  return db
    .select()
    .from(schema.outbox)
    .where(filter.status ? eq(schema.outbox.status, filter.status) : undefined)
    .orderBy(desc(schema.outbox.createdAt), desc(schema.outbox.id))
    .limit(limit);
}

export async function mailById(db: Executor, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(schema.outbox).where(eq(schema.outbox.id, id));
  return row;
}

export async function mailByUnsubscribeHash(
  db: Executor,
  hash: string,
): Promise<Pick<OutboxRow, "toUserId" | "organizationId"> | undefined> {
  const [row] = await db
    .select({ toUserId: schema.outbox.toUserId, organizationId: schema.outbox.organizationId })
    .from(schema.outbox)
    .where(eq(schema.outbox.unsubscribeTokenHash, hash));
  return row;
}

export async function updateMailSettings(
  tx: Executor,
  userId: string,
  change: Partial<Pick<typeof schema.users.$inferInsert, "language" | "remindersEnabled" | "reminderOffsets">>,
): Promise<void> {
  await tx.update(schema.users).set(change).where(eq(schema.users.id, userId));
}

// The calendar feed: one token (its sha256) per user.

export async function feedOf(db: Executor, userId: string): Promise<{ createdAt: Date } | undefined> {
  const [row] = await db
    .select({ createdAt: schema.calendarFeeds.createdAt })
    .from(schema.calendarFeeds)
    .where(eq(schema.calendarFeeds.userId, userId));
  return row;
}

export async function replaceFeed(tx: Executor, userId: string, tokenHash: string, at: Date): Promise<void> {
  await tx.delete(schema.calendarFeeds).where(eq(schema.calendarFeeds.userId, userId));
  await tx.insert(schema.calendarFeeds).values({ userId, tokenHash, createdAt: at });
}

export async function deleteFeed(tx: Executor, userId: string): Promise<boolean> {
  const rows = await tx
    .delete(schema.calendarFeeds)
    .where(eq(schema.calendarFeeds.userId, userId))
    .returning({ userId: schema.calendarFeeds.userId });
  return rows.length > 0;
}

export async function feedOwner(
  db: Executor,
  tokenHash: string,
): Promise<{ userId: string; organizationId: string; role: string; language: "ja" | "en" } | undefined> {
  const [row] = await db
    .select({
      userId: schema.users.id,
      organizationId: schema.users.organizationId,
      role: schema.users.role,
      language: schema.users.language,
    })
    .from(schema.calendarFeeds)
    .innerJoin(schema.users, eq(schema.users.id, schema.calendarFeeds.userId))
    .where(eq(schema.calendarFeeds.tokenHash, tokenHash));
  return row;
}

/** Every active contract, of every organisation (the reminder job, as the worker). */
export async function activeContracts(db: Executor) {
  return db
    .select({
      id: schema.contracts.id,
      organizationId: schema.contracts.organizationId,
      contractNumber: schema.contracts.contractNumber,
      serviceId: schema.contracts.serviceId,
      parameters: schema.contracts.parameters,
      startDate: schema.contracts.startDate,
      monthlyFee: schema.contracts.monthlyFee,
      status: schema.contracts.status,
      endDate: schema.contracts.endDate,
    })
    .from(schema.contracts)
    .where(eq(schema.contracts.status, "active"));
}
