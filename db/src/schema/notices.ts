import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations.js";
import { termsVersions } from "./terms-versions.js";
import { users } from "./users.js";

/**
 * A notice in the portal that the terms binding an organisation change (the terms' 変更 clauses):
 * one per organisation and published version, with the part of the diff that concerns it.
 */
export const notices = pgTable(
  "notices",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    termsVersionId: uuid()
      .notNull()
      .references(() => termsVersions.id),
    /** { title: {ja,en}, effectiveFrom, changes: [{ text: {ja,en}, citations }], contracts: [...] } */
    body: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex().on(t.organizationId, t.termsVersionId), index().on(t.organizationId, t.createdAt)],
);

/** E-mails to send (a mail relay picks them up); written in the same transaction as their cause. */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    toUserId: uuid()
      .notNull()
      .references(() => users.id),
    toEmail: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.sentAt)],
);
