import { sql } from "drizzle-orm";
import { boolean, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { checkIn } from "./checks.js";
import { organizations } from "./organizations.js";

export const USER_ROLES = ["customer-admin", "customer-member", "staff", "legal"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const USER_LANGUAGES = ["ja", "en"] as const;
export type UserLanguage = (typeof USER_LANGUAGES)[number];

/** Days before a notice deadline that reminders go out, unless the user chose others. */
export const DEFAULT_REMINDER_OFFSETS = [90, 30, 7] as const;

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    email: text().notNull().unique(),
    displayName: text().notNull(),
    role: text({ enum: USER_ROLES }).notNull(),
    /** scrypt hash (see api auth); null: the user cannot sign in with a password. */
    passwordHash: text(),
    /** The language of the user's e-mails (Japanese unless they chose English). */
    language: text({ enum: USER_LANGUAGES }).notNull().default("ja"),
    /** Deadline reminders by e-mail (optional mails: every one carries an unsubscribe link). */
    remindersEnabled: boolean().notNull().default(true),
    /** Days before each notice deadline a reminder goes out. */
    reminderOffsets: integer()
      .array()
      .notNull()
      .default(sql`'{90,30,7}'::integer[]`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [checkIn("users_role_check", t.role, USER_ROLES), checkIn("users_language_check", t.language, USER_LANGUAGES)],
);
