import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { JsonValue } from "./json.js";
import { users } from "./users.js";

/**
 * Idempotency keys of mutations: the first result is kept and replayed for the same key and
 * payload; the same key with another payload is refused.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text().notNull(),
    operation: text().notNull(),
    /** sha256 of the operation's canonical input. */
    requestHash: text().notNull(),
    response: jsonb().$type<JsonValue>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("idempotency_keys_user_key").on(t.userId, t.key)],
);
