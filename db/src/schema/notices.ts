import { index, jsonb, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { JsonObject } from "./json.js";
import { organizations } from "./organizations.js";
import { termsVersions } from "./terms-versions.js";

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
    body: jsonb().$type<JsonObject>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex().on(t.organizationId, t.termsVersionId), index().on(t.organizationId, t.createdAt)],
);
