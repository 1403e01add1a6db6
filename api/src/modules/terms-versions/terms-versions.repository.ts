import { and, asc, count, desc, eq, inArray, max, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { schema, type JsonObject } from "@yakkan/db";
import { termsVersionSchema, type TermsVersionDef } from "@yakkan/terms";
import type { Executor } from "../common/executor.js";
import { versionKey } from "./content-hash.js";

/** A stored terms version as a row; `content` is read through `contentOf` (the DSL's schema). */
export type VersionRecord = typeof schema.termsVersions.$inferSelect;
export type VersionListItem = VersionRecord & { authorName: string | null; approverName: string | null };
export type VersionStatus = VersionRecord["status"];

/** Versions the engine computes with: published, and scheduled to take effect. */
export const LIVE_STATUSES = ["scheduled", "published"] as const satisfies readonly VersionStatus[];

/**
 * The channel on which a change to the live versions is announced (NOTIFY, sent in the transaction
 * that makes the change, so it is delivered when — and only if — it commits).
 */
export const TERMS_CHANGED_CHANNEL = "yakkan_terms_changed";

/**
 * Announces to every server process on the database that the live versions changed (on commit).
 * `change` names the change (a published version's row id) so that the process that made it, which
 * also applies it at once, knows the notification for what it already did.
 */
export async function notifyTermsChanged(tx: Executor, change = ""): Promise<void> {
  await tx.execute(sql`select pg_notify(${TERMS_CHANGED_CHANNEL}, ${change})`);
}

/** A version's content parsed by the DSL's zod schema (the jsonb is never trusted as it is). */
export const contentOf = (row: Pick<VersionRecord, "content">): TermsVersionDef =>
  termsVersionSchema.parse(row.content);

export async function findVersion(db: Executor, id: string): Promise<VersionRecord | undefined> {
  const [row] = await db.select().from(schema.termsVersions).where(eq(schema.termsVersions.id, id));
  return row;
}

/** The recorded content hash of every version, keyed by `versionKey(serviceId, version)`: one query at start-up. */
export async function recordedHashes(db: Executor): Promise<Map<string, string>> {
  const rows = await db
    .select({
      serviceId: schema.termsVersions.serviceId,
      version: schema.termsVersions.version,
      contentHash: schema.termsVersions.contentHash,
    })
    .from(schema.termsVersions);
  return new Map(rows.map((r) => [versionKey(r.serviceId, r.version), r.contentHash]));
}

/** Records a shipped version as published (once: a concurrent recording of the same one is a no-op). */
export async function insertShippedVersion(
  db: Executor,
  serviceId: string,
  v: TermsVersionDef,
  contentHash: string,
  content: JsonObject,
): Promise<boolean> {
  const inserted = await db
    .insert(schema.termsVersions)
    .values({
      serviceId,
      version: v.version,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo ?? null,
      status: "published",
      contentHash,
      content,
      publishedAt: new Date(),
    })
    .onConflictDoNothing()
    .returning({ id: schema.termsVersions.id });
  return inserted.length > 0;
}

/** Every version of a service (or all), drafts included, newest first, with who drafted and approved it. */
export async function listVersionsWithNames(db: Executor, serviceId: string | null): Promise<VersionListItem[]> {
  const author = alias(schema.users, "author");
  const approver = alias(schema.users, "approver");
  const rows = await db
    .select({ version: schema.termsVersions, authorName: author.displayName, approverName: approver.displayName })
    .from(schema.termsVersions)
    .leftJoin(author, eq(author.id, schema.termsVersions.authorId))
    .leftJoin(approver, eq(approver.id, schema.termsVersions.approvedBy))
    .where(serviceId ? eq(schema.termsVersions.serviceId, serviceId) : undefined)
    .orderBy(
      asc(schema.termsVersions.serviceId),
      desc(schema.termsVersions.effectiveFrom),
      desc(schema.termsVersions.createdAt),
    );
  return rows.map((r) => ({ ...r.version, authorName: r.authorName, approverName: r.approverName }));
}

/** The published and scheduled rows of one service, or of every service. */
export async function liveVersions(db: Executor, serviceId?: string): Promise<VersionRecord[]> {
  return db
    .select()
    .from(schema.termsVersions)
    .where(
      and(
        serviceId !== undefined ? eq(schema.termsVersions.serviceId, serviceId) : undefined,
        inArray(schema.termsVersions.status, [...LIVE_STATUSES]),
      ),
    );
}

/** Count and latest change of the live rows: one small query tells whether the published set changed. */
export async function liveSignature(db: Executor): Promise<string> {
  const [stats] = await db
    .select({ n: count(), latest: max(schema.termsVersions.updatedAt) })
    .from(schema.termsVersions)
    .where(inArray(schema.termsVersions.status, [...LIVE_STATUSES]));
  return `${stats?.n ?? 0}|${stats?.latest?.toISOString() ?? ""}`;
}

/** The same signature, of live rows already read. */
export function signatureOf(rows: readonly Pick<VersionRecord, "updatedAt">[]): string {
  let latest: Date | undefined;
  for (const r of rows) if (!latest || r.updatedAt > latest) latest = r.updatedAt;
  return `${rows.length}|${latest?.toISOString() ?? ""}`;
}

/** The latest effective date among a service's live versions. */
export async function latestLiveEffectiveFrom(db: Executor, serviceId: string): Promise<string | null> {
  const [latest] = await db
    .select({ from: max(schema.termsVersions.effectiveFrom) })
    .from(schema.termsVersions)
    .where(
      and(eq(schema.termsVersions.serviceId, serviceId), inArray(schema.termsVersions.status, [...LIVE_STATUSES])),
    );
  return latest?.from ?? null;
}

export async function insertDraft(
  tx: Executor,
  draft: {
    serviceId: string;
    version: string;
    effectiveFrom: string;
    contentHash: string;
    content: JsonObject;
    authorId: string;
    basedOnId: string;
  },
): Promise<VersionRecord> {
  const [row] = await tx
    .insert(schema.termsVersions)
    .values({ ...draft, status: "draft" })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

/** Saves a draft's content (only while it is a draft); any edit withdraws the review request. */
export async function updateDraftContent(
  tx: Executor,
  id: string,
  change: { content: JsonObject; contentHash: string; version: string; effectiveFrom: string; updatedAt: Date },
): Promise<VersionRecord | undefined> {
  const [updated] = await tx
    .update(schema.termsVersions)
    .set({ ...change, reviewRequestedAt: null })
    .where(and(eq(schema.termsVersions.id, id), eq(schema.termsVersions.status, "draft")))
    .returning();
  return updated;
}

export async function markReviewRequested(tx: Executor, id: string, at: Date): Promise<VersionRecord | undefined> {
  const [updated] = await tx
    .update(schema.termsVersions)
    .set({ reviewRequestedAt: at })
    .where(eq(schema.termsVersions.id, id))
    .returning();
  return updated;
}

export async function deleteDraftRow(tx: Executor, id: string): Promise<void> {
  await tx
    .delete(schema.termsVersions)
    .where(and(eq(schema.termsVersions.id, id), eq(schema.termsVersions.status, "draft")));
}

/** One version, locked until the transaction ends (publishing). */
export async function lockVersion(tx: Executor, id: string): Promise<VersionRecord | undefined> {
  const [row] = await tx.select().from(schema.termsVersions).where(eq(schema.termsVersions.id, id)).for("update");
  return row;
}

/** Publishes (or schedules) a version and announces it to every server process when the transaction commits. */
export async function markPublished(
  tx: Executor,
  id: string,
  change: {
    status: "scheduled" | "published";
    approvedBy: string;
    at: Date;
    noticeDays: number;
    noticeOverrideReason: string | null;
  },
): Promise<void> {
  await tx
    .update(schema.termsVersions)
    .set({
      status: change.status,
      approvedBy: change.approvedBy,
      publishedAt: change.at,
      updatedAt: change.at,
      noticeDays: change.noticeDays,
      noticeOverrideReason: change.noticeOverrideReason,
    })
    .where(eq(schema.termsVersions.id, id));
  await notifyTermsChanged(tx, id);
}
