import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { checkIn } from "./checks.js";
import { organizations } from "./organizations.js";
import { users } from "./users.js";

/** pending: to send (or kept, when no SMTP server is configured); sent; dead: gave up after N attempts. */
export const OUTBOX_STATUSES = ["pending", "sent", "dead"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * E-mails to send, written in the same transaction as their cause (a transactional outbox); the
 * relay (api mail.relay.ts) delivers them at least once, each with a Message-ID derived from its
 * dedupe key so that a repeated delivery is recognisable as the same message (decision 011).
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    toUserId: uuid()
      .notNull()
      .references(() => users.id),
    toEmail: text().notNull(),
    /** The recipient's organisation (customers' mails), for row-level security and the mail log. */
    organizationId: uuid().references(() => organizations.id),
    /** What the mail is about: request-submitted, request-accepted, …, terms-change, reminder. */
    kind: text().notNull().default("notice"),
    /** The language it is written in (the recipient's). */
    lang: text().notNull().default("ja"),
    /** One message per key: enqueuing the same key again adds nothing (at most one row per cause). */
    dedupeKey: text()
      .notNull()
      .unique()
      .default(sql`'outbox:' || gen_random_uuid()`),
    subject: text().notNull(),
    /** The plain-text part (always). */
    body: text().notNull(),
    /** The HTML part, where there is one. */
    html: text(),
    /** sha256 of the unsubscribe token in an optional mail's link (reminders). */
    unsubscribeTokenHash: text().unique(),
    status: text({ enum: OUTBOX_STATUSES }).notNull().default("pending"),
    attempts: integer().notNull().default(0),
    /** When the relay may (next) try it; a claim moves it forward by a lease. */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.sentAt),
    index("outbox_due_idx").on(t.status, t.nextAttemptAt),
    index().on(t.createdAt),
    checkIn("outbox_status_check", t.status, OUTBOX_STATUSES),
    checkIn("outbox_lang_check", t.lang, ["ja", "en"]),
  ],
);
