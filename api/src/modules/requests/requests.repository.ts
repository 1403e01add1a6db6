import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
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
  z.object({
    ...base,
    kind: z.literal("change"),
    payload: changePayloadSchema,
    quote: storedChangeQuoteSchema,
    acceptedQuote: z.null(),
  }),
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

/**
 * The status filter, each status once: a client may send a list of any length, and every length is
 * another SQL text, prepared and kept on each PostgreSQL connection (db/src/client.ts). Distinct
 * statuses bound the texts to the few the status set allows.
 */
function statusIn(statuses: readonly RequestRow["status"][]): SQL {
  return inArray(schema.requests.status, [...new Set(statuses)]);
}

/** Requests matching the filter, newest first, at most `limit`. */
export async function findRequests(db: Executor, filter: RequestFilter, limit = 200): Promise<RequestRecord[]> {
  const where: (SQL | undefined)[] = [
    filter.id !== undefined ? eq(schema.requests.id, filter.id) : undefined,
    filter.organizationId ? eq(schema.requests.organizationId, filter.organizationId) : undefined,
    filter.statuses?.length ? statusIn(filter.statuses) : undefined,
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
export async function insertRequest(tx: Executor, request: NewRequest, joined: Joined): Promise<RequestRecord | null> {
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
  const [version] = await tx
    .select({ version: schema.termsVersions.version })
    .from(schema.termsVersions)
    .where(eq(schema.termsVersions.id, updated.termsVersionId));
  const [snapshot] = updated.quoteSnapshotId
    ? await tx
        .select({ number: schema.quoteSnapshots.number })
        .from(schema.quoteSnapshots)
        .where(eq(schema.quoteSnapshots.id, updated.quoteSnapshotId))
    : [];
  return toRecord(updated, { ...joined, termsVersion: version?.version ?? "", quoteNumber: snapshot?.number ?? null });
}

/** A locked row read as a record (its contract's number and service from the caller). */
export const recordOf = (row: RequestRow, joined: Joined): RequestRecord => toRecord(row, joined);

/** A request's deadline: the desired end date of a cancellation, the effective date of a change. */
export const requestDeadline = sql<string>`coalesce(${schema.requests.payload}->>'desiredEndDate', ${schema.requests.payload}->>'effectiveDate')::date`;

/** "%" and "_" in a search are characters, not wildcards. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export type RequestOrder = "deadline" | "submitted";
/** Where a page starts: after this request in the chosen order (keyset; ties broken by id). */
export type RequestCursor =
  { order: "deadline"; deadline: string; id: string } | { order: "submitted"; submittedAt: string; id: string };

export interface RequestListFilter {
  organizationId?: string | null;
  statuses?: readonly RequestRow["status"][] | null;
  serviceId?: string | null;
  kind?: RequestRow["kind"] | null;
  /** Matches the request number, the contract number and the organisation's names. */
  search?: string | null;
}

export type RequestListRow = RequestRecord & {
  deadline: string;
  submittedAtExact: string;
  organizationName: string;
  organizationNameEn: string;
};

/** submitted_at to the microsecond (a JavaScript Date keeps milliseconds: a cursor must not lose the rest). */
const submittedAtExact = sql<string>`to_char(${schema.requests.submittedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function listWhere(filter: RequestListFilter): (SQL | undefined)[] {
  const pattern = filter.search ? likePattern(filter.search) : null;
  return [
    filter.organizationId ? eq(schema.requests.organizationId, filter.organizationId) : undefined,
    filter.statuses?.length ? statusIn(filter.statuses) : undefined,
    filter.serviceId ? eq(schema.contracts.serviceId, filter.serviceId) : undefined,
    filter.kind ? eq(schema.requests.kind, filter.kind) : undefined,
    pattern
      ? or(
          ilike(schema.requests.number, pattern),
          ilike(schema.contracts.contractNumber, pattern),
          ilike(schema.organizations.name, pattern),
          ilike(schema.organizations.nameEn, pattern),
        )
      : undefined,
  ];
}

/**
 * One page of requests in the given order, after the cursor (keyset pagination: no OFFSET, so a
 * page never repeats or skips a row when earlier rows change), `limit` rows at most, and how many
 * match in all. Row-level security still scopes the rows to what the viewer may see.
 */
export async function pageRequests(
  db: Executor,
  filter: RequestListFilter,
  order: RequestOrder,
  after: RequestCursor | null,
  limit: number,
): Promise<{ rows: RequestListRow[]; total: number }> {
  const where = listWhere(filter);
  const keyset =
    after === null
      ? undefined
      : after.order === "deadline"
        ? sql`(${requestDeadline}, ${schema.requests.id}) > (${after.deadline}::date, ${after.id}::uuid)`
        : sql`(${schema.requests.submittedAt}, ${schema.requests.id}) < (${after.submittedAt}::timestamptz, ${after.id}::uuid)`;
  const orderBy =
    order === "deadline"
      ? [asc(requestDeadline), asc(schema.requests.id)]
      : [desc(schema.requests.submittedAt), desc(schema.requests.id)];
  const [rows, totals] = await Promise.all([
    db
      .select({
        request: schema.requests,
        contractNumber: schema.contracts.contractNumber,
        serviceId: schema.contracts.serviceId,
        termsVersion: schema.termsVersions.version,
        organizationName: schema.organizations.name,
        organizationNameEn: schema.organizations.nameEn,
        deadline: sql<string>`to_char(${requestDeadline}, 'YYYY-MM-DD')`,
        submittedAtExact,
      })
      .from(schema.requests)
      .innerJoin(schema.contracts, eq(schema.contracts.id, schema.requests.contractId))
      .innerJoin(schema.organizations, eq(schema.organizations.id, schema.requests.organizationId))
      .innerJoin(schema.termsVersions, eq(schema.termsVersions.id, schema.requests.termsVersionId))
      .where(and(...where, keyset))
      .orderBy(...orderBy)
      .limit(limit),
    db
      .select({ n: count() })
      .from(schema.requests)
      .innerJoin(schema.contracts, eq(schema.contracts.id, schema.requests.contractId))
      .innerJoin(schema.organizations, eq(schema.organizations.id, schema.requests.organizationId))
      .where(and(...where)),
  ]);
  return {
    rows: rows.map((r) => ({
      ...toRecord(r.request, r),
      deadline: r.deadline,
      submittedAtExact: r.submittedAtExact,
      organizationName: r.organizationName,
      organizationNameEn: r.organizationNameEn,
    })),
    total: totals[0]?.n ?? 0,
  };
}
