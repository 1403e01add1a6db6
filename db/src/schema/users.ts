import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { checkIn } from "./checks.js";
import { organizations } from "./organizations.js";

export const USER_ROLES = ["customer-admin", "customer-member", "staff", "legal"] as const;
export type UserRole = (typeof USER_ROLES)[number];

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
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [checkIn("users_role_check", t.role, USER_ROLES)],
);
