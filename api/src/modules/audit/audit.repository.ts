import { and, asc, eq } from "drizzle-orm";
import { schema, type JsonObject } from "@yakkan/db";
import type { Executor } from "../common/executor.js";

/** One state change to record: who, about which entity, and what it was before and after. */
export interface AuditRecord {
  actorUserId: string | null;
  organizationId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: JsonObject;
  after?: JsonObject;
}

/** Appends one audit row inside the caller's transaction (the table refuses updates and deletes). */
export async function recordAudit(tx: Executor, entry: AuditRecord): Promise<void> {
  await tx.insert(schema.auditLog).values({
    actorUserId: entry.actorUserId,
    organizationId: entry.organizationId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export interface AuditRow {
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: JsonObject | null;
  after: JsonObject | null;
}

/** The audit rows of one entity, oldest first; with an organisation, only that organisation's rows. */
export async function auditRowsOf(db: Executor, entityId: string, organizationId: string | null): Promise<AuditRow[]> {
  const rows = await db
    .select({ entry: schema.auditLog, actorName: schema.users.displayName })
    .from(schema.auditLog)
    .leftJoin(schema.users, eq(schema.users.id, schema.auditLog.actorUserId))
    .where(
      and(
        eq(schema.auditLog.entityId, entityId),
        organizationId ? eq(schema.auditLog.organizationId, organizationId) : undefined,
      ),
    )
    .orderBy(asc(schema.auditLog.id));
  return rows.map(({ entry, actorName }) => ({
    at: entry.at,
    actorUserId: entry.actorUserId,
    actorName,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before,
    after: entry.after,
  }));
}
