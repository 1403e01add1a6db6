import { sql } from "drizzle-orm";
import { date, index, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { checkIn } from "./checks.js";
import type { CancellationPayloadJson, ChangePayloadJson, JsonObject } from "./json.js";
import { contracts } from "./contracts.js";
import { organizations } from "./organizations.js";
import { quoteSnapshots } from "./quote-snapshots.js";
import { termsVersions } from "./terms-versions.js";
import { users } from "./users.js";

export const REQUEST_KINDS = ["cancellation", "change"] as const;
export const REQUEST_STATUSES = ["pending", "accepted", "rejected", "completed", "withdrawn"] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Human request numbers (R-000001 …), never reused. */
export const requestNumberSeq = pgSequence("request_number_seq", { startWith: 1 });

/**
 * A customer's cancellation or change request. It keeps the quote the customer saw and the exact
 * terms version it was computed with; staff move it through its statuses.
 */
export const requests = pgTable(
  "requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text()
      .notNull()
      .unique()
      .default(sql`'R-' || lpad(nextval('request_number_seq')::text, 6, '0')`),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    kind: text({ enum: REQUEST_KINDS }).notNull(),
    status: text({ enum: REQUEST_STATUSES }).notNull().default("pending"),
    /** What the customer asked for: desired end date and notice date, or new parameters and effective date. */
    payload: jsonb().$type<CancellationPayloadJson | ChangePayloadJson>().notNull(),
    /** The quote shown to the customer when submitting (engine result, both languages). */
    quote: jsonb().$type<JsonObject>().notNull(),
    termsVersionId: uuid()
      .notNull()
      .references(() => termsVersions.id),
    submittedBy: uuid()
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Recorded by staff on acceptance (UTM/Server 第21条: can move the end date). */
    confirmationDate: date({ mode: "string" }),
    /** The quote recomputed with the recorded confirmation date. */
    acceptedQuote: jsonb().$type<JsonObject>(),
    rejectionReason: text(),
    /** The reviewed quote the request was submitted from (decision 012); null for API clients that sent none. */
    quoteSnapshotId: uuid().references(() => quoteSnapshots.id),
    /** What the customer acknowledged on submitting (late notice, the one-off charge with its amount). */
    acknowledgements: jsonb().$type<JsonObject>(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.organizationId, t.submittedAt),
    index().on(t.status, t.submittedAt),
    checkIn("requests_kind_check", t.kind, REQUEST_KINDS),
    checkIn("requests_status_check", t.status, REQUEST_STATUSES),
    // At most one open cancellation per contract: a second one would be a duplicate.
    uniqueIndex("requests_one_open_cancellation")
      .on(t.contractId)
      .where(sql`${t.kind} = 'cancellation' and ${t.status} in ('pending', 'accepted')`),
  ],
);
