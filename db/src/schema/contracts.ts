import { date, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { checkIn } from "./checks.js";
import { organizations } from "./organizations.js";

export const CONTRACT_STATUSES = ["pending", "active", "ended"] as const;

/** A customer's contract for one service, configured with that service's parameter keys. */
export const contracts = pgTable(
  "contracts",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Human reference printed on documents, e.g. "YK-2024-0001". */
    contractNumber: text().notNull().unique(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    serviceId: text().notNull(),
    /** The service's parameters (shared/spec/parameters.md); validated by the terms engine. */
    parameters: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The day service (and billing) started, a calendar date in Japan. */
    startDate: date({ mode: "string" }).notNull(),
    status: text({ enum: CONTRACT_STATUSES }).notNull().default("active"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.organizationId),
    checkIn("contracts_status_check", t.status, CONTRACT_STATUSES),
  ],
);
