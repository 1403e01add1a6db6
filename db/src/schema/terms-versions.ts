import { sql } from "drizzle-orm";
import { check, date, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { checkIn } from "./checks.js";
import type { JsonObject } from "./json.js";
import { users } from "./users.js";

export const TERMS_VERSION_STATUSES = ["draft", "scheduled", "published"] as const;

/**
 * A version of a service's terms as validated DSL data. Quotes and requests reference the exact
 * row they were computed with.
 */
export const termsVersions = pgTable(
  "terms_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    serviceId: text().notNull(),
    version: text().notNull(),
    effectiveFrom: date({ mode: "string" }).notNull(),
    effectiveTo: date({ mode: "string" }),
    status: text({ enum: TERMS_VERSION_STATUSES }).notNull(),
    /** sha256 of the canonical JSON of `content`. */
    contentHash: text().notNull(),
    content: jsonb().$type<JsonObject>().notNull(),
    publishedAt: timestamp({ withTimezone: true }),
    /** Who drafted it (null: shipped with the product). */
    authorId: uuid().references(() => users.id),
    /** The second legal user who approved publishing it (four eyes). */
    approvedBy: uuid().references(() => users.id),
    /** Everyone who changed the draft's content (the approver must be none of them: four eyes). */
    editorIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** Set when the author asks for approval; cleared by any later edit. */
    reviewRequestedAt: timestamp({ withTimezone: true }),
    /** Days between publication and the effective date (民法548条の4: customers must have time to be told). */
    noticeDays: integer(),
    /** Why legal published with less notice than the configured minimum (null: the minimum was kept). */
    noticeOverrideReason: text(),
    /** The version it was drafted from, for history and diffs. */
    basedOnId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.serviceId, t.version),
    checkIn("terms_versions_status_check", t.status, TERMS_VERSION_STATUSES),
    check(
      "terms_versions_effective_range_check",
      sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`,
    ),
  ],
);
