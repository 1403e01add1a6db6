import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations.js";
import type { JsonObject } from "./json.js";
import { users } from "./users.js";

/** Every state change: who, when, what, before and after. Append-only. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid().references(() => users.id),
    organizationId: uuid().references(() => organizations.id),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    before: jsonb().$type<JsonObject>(),
    after: jsonb().$type<JsonObject>(),
  },
  (t) => [index().on(t.entityType, t.entityId), index().on(t.organizationId, t.at)],
);
