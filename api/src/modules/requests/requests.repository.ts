import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { z } from "zod";
import { schema, type CancellationPayloadJson, type ChangePayloadJson, type JsonObject } from "@yakkan/db";
import type { Executor } from "../common/executor.js";
import { storedCancellationQuoteSchema, storedChangeQuoteSchema } from "./stored-quote.schema.js";

type RequestRow = typeof schema.requests.$inferSelect;

const scalar = z.union([z.string(), z.number(), z.boolean()]);
export const cancellationPayloadSchema = z.object({ desiredEndDate: z.string(), noticeDate: z.string() });
export const changePayloadSchema = z.object({ newParameters: z.record(z.string(), scalar), effectiveDate: z.string() });

export const acknowledgementsSchema = z.object({
  lateNotice: z.boolean(),
  oneOffChargeWithTax: z.string().nullable(),
  words: z.array(z.object({ ja: z.string(), en: z.string() })),
});

const base = {
  id: z.string(),
  number: z.string(),
  status: z.enum(schema.REQUEST_STATUSES),
  organizationId: z.string(),
  contractId: z.string(),
  contractNumber: z.string(),
  serviceId: z.string(),
  termsVersionId: z.string(),
  termsVersion: z.string(),
  submittedBy: z.string(),
  submittedAt: z.string(),
  confirmationDate: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  updatedAt: z.string(),
  /** The reviewed quote the request was made from (decision 012); absent from requests made before. */
  quoteSnapshotId: z.string().nullable().default(null),
  quoteNumber: z.string().nullable().default(null),
  /** What the customer acknowledged on submitting (late notice; the one-off charge with tax) and the words. */
  acknowledgements: acknowledgementsSchema.nullable().default(null),
};

/**
 * A request as the API handles it: JSON-safe (idempotent replays store and return it), its jsonb
 * columns parsed, and a union on `kind` — a cancellation asks for an end date and keeps cancellation
 * quotes, a change asks for a configuration and keeps a change quote.
 */
export const requestRecordSchema = z.discriminatedUnion("kind", [
  z.object({
    ...base,
    kind: z.literal("cancellation"),
    payload: cancellationPayloadSchema,
    quote: storedCancellationQuoteSchema,
    acceptedQuote: storedCancellationQuoteSchema.nullable(),
  }),
  z.object({ ...base, kind: z.literal("change"), payload: changePayloadSchema, quote: storedChangeQuoteSchema, acceptedQuote: z.null() }),
]);
export type RequestRecord = z.infer<typeof requestRecordSchema>;
export type CancellationRequestRecord = Extract<RequestRecord, { kind: "cancellation" }>;

/** Reads a stored row (and what its joins add) into a record, parsing every jsonb column. */
type Joined = { contractNumber: string; serviceId: string; termsVersion: string; quoteNumber?: string | null };

function toRecord(row: RequestRow, joined: Joined): RequestRecord {
  return requestRecordSchema.parse({
    ...row,
    ...joined,
    acceptedQuote: row.acceptedQuote ?? null,
    quoteNumber: joined.quoteNumber ?? null,
    submittedAt: row.submittedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  });
}

export interface RequestFilter {
  id?: string;
  organizationId?: string | null;
  statuses?: readonly RequestRow["status"][] | null;
  contractId?: string | null;
}

/** Requests matching the filter, newest first, at most `limit`. */
export async function findRequests(db: Executor, filter: RequestFilter, limit = 200): Promise<RequestRecord[]> {
  const where: (SQL | undefined)[] = [
    filter.id !== undefined ? eq(schema.requests.id, filter.id) : undefined,
    filter.organizationId ? eq(schema.requests.organizationId, filter.organizationId) : undefined,
    filter.statuses?.length ? inArray(schema.requests.status, [...filter.statuses]) : undefined,
    filter.contractId ? eq(schema.requests.contractId, filter.contractId) : undefined,
  ];
  const rows = await db
    .select({
      request: schema.requests,
      contractNumber: schema.contracts.contractNumber,
      serviceId: schema.contracts.serviceId,
      termsVersion: schema.termsVersions.version,
      quoteNumber: schema.quoteSnapshots.number,
    })
    .from(schema.requests)
    .innerJoin(schema.contracts, eq(schema.contracts.id, schema.requests.contractId))
    .innerJoin(schema.termsVersions, eq(schema.termsVersions.id, schema.requests.termsVersionId))
    .leftJoin(schema.quoteSnapshots, eq(schema.quoteSnapshots.id, schema.requests.quoteSnapshotId))
    .where(and(...where))
    .orderBy(desc(schema.requests.submittedAt))
    .limit(limit);
  return rows.map((r) => toRecord(r.request, r));
}

export type NewRequest = {
  organizationId: string;
  contractId: string;
  termsVersionId: string;
  submittedBy: string;
  quote: JsonObject;
  quoteSnapshotId?: string | null;
  acknowledgements?: JsonObject | null;
} & ({ kind: "cancellation"; payload: CancellationPayloadJson } | { kind: "change"; payload: ChangePayloadJson });

/**
 * Writes a submitted request in the caller's transaction. Null when the database refuses it as a
 * duplicate (one open cancellation per contract: a partial unique index).
 */
export async function insertRequest(
  tx: Executor,
  request: NewRequest,
  joined: Joined,
): Promise<RequestRecord | null> {
  const [row] = await tx.insert(schema.requests).values(request).onConflictDoNothing().returning();
  return row ? toRecord(row, joined) : null;
}

/** One request, locked so that two staff members cannot act on it at once; undefined when absent. */
export async function lockRequest(tx: Executor, id: string): Promise<RequestRow | undefined> {
  const [row] = await tx.select().from(schema.requests).where(eq(schema.requests.id, id)).for("update");
  return row;
}

/** What a transition changes on a request besides its status. */
export interface RequestChange {
  confirmationDate?: string;
  acceptedQuote?: JsonObject;
  rejectionReason?: string;
}

/** Moves a locked request to its new status; returns it as a record. */
export async function updateRequest(
  tx: Executor,
  row: RequestRow,
  change: RequestChange & { status: RequestRow["status"]; updatedAt: Date },
  joined: { contractNumber: string; serviceId: string },
): Promise<RequestRecord> {
  const [updated] = await tx.update(schema.requests).set(change).where(eq(schema.requests.id, row.id)).returning();
  if (!updated) throw new Error("update returned nothing");
  const [version] = await tx.select({ version: schema.termsVersions.version }).from(schema.termsVersions).where(eq(schema.termsVersions.id, updated.termsVersionId));
  const [snapshot] = updated.quoteSnapshotId
    ? await tx.select({ number: schema.quoteSnapshots.number }).from(schema.quoteSnapshots).where(eq(schema.quoteSnapshots.id, updated.quoteSnapshotId))
    : [];
  return toRecord(updated, { ...joined, termsVersion: version?.version ?? "", quoteNumber: snapshot?.number ?? null });
}

/** A locked row read as a record (its contract's number and service from the caller). */
export const recordOf = (row: RequestRow, joined: Joined): RequestRecord => toRecord(row, joined);
