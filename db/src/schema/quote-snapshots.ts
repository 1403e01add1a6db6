import { sql } from "drizzle-orm";
import { index, jsonb, pgSequence, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { checkIn } from "./checks.js";
import type { JsonObject } from "./json.js";
import { contracts } from "./contracts.js";
import { organizations } from "./organizations.js";
import { termsVersions } from "./terms-versions.js";
import { users } from "./users.js";

export const QUOTE_SNAPSHOT_KINDS = ["cancellation", "change"] as const;
export type QuoteSnapshotKind = (typeof QUOTE_SNAPSHOT_KINDS)[number];

/** Human quote numbers (Q-000001 …), never reused. */
export const quoteNumberSeq = pgSequence("quote_number_seq", { startWith: 1 });

/**
 * A quote a customer reviewed before submitting (decision 012): its inputs, the engine's result,
 * the terms version it used and a fingerprint of the contract it was computed from. A request made
 * from it references it; if the terms or the contract changed since, the submission is refused.
 */
export const quoteSnapshots = pgTable(
  "quote_snapshots",
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text()
      .notNull()
      .unique()
      .default(sql`'Q-' || lpad(nextval('quote_number_seq')::text, 6, '0')`),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    kind: text({ enum: QUOTE_SNAPSHOT_KINDS }).notNull(),
    /** What the quote was asked for (the request's payload it would make). */
    inputs: jsonb().$type<JsonObject>().notNull(),
    /** The engine's result, with its trace. */
    result: jsonb().$type<JsonObject>().notNull(),
    /** sha256 of the result: the recomputed quote at submission must hash the same. */
    resultHash: text().notNull(),
    termsVersionId: uuid()
      .notNull()
      .references(() => termsVersions.id),
    /** sha256 of what the contract's quotes depend on (parameters, dates, status, fee). */
    contractFingerprint: text().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** After this a submission referencing the snapshot is refused as stale. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.contractId, t.createdAt), checkIn("quote_snapshots_kind_check", t.kind, QUOTE_SNAPSHOT_KINDS)],
);
