import { date, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { checkIn } from "./checks.js";
import type { ParameterValuesJson } from "./json.js";
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
    parameters: jsonb().$type<ParameterValuesJson>().notNull(),
    /** The day service (and billing) started, a calendar date in Japan. */
    startDate: date({ mode: "string" }).notNull(),
    status: text({ enum: CONTRACT_STATUSES }).notNull().default("active"),
    /** The day the provider confirmed the application (契約成立). */
    confirmationDate: date({ mode: "string" }),
    /** The day the initial work completed (UTM/Server: the usage start). */
    initialWorkCompletedOn: date({ mode: "string" }),
    /** A contract-specific monthly fee in yen (Flex 見積書 第8条第7項; QT PRO Cloud's unpublished prices). */
    monthlyFee: text(),
    /** Where the contract-specific price comes from, e.g. the quotation number. */
    monthlyFeeSource: text(),
    /** The day the contract ended, once it has. */
    endDate: date({ mode: "string" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organizationId), checkIn("contracts_status_check", t.status, CONTRACT_STATUSES)],
);
