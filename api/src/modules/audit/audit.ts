import { schema, type Database } from "@yakkan/db";

/** A transaction or the database itself: audit rows are written inside the change they record. */
export type Executor = Pick<Database, "insert">;

export interface AuditEntry {
  actorUserId: string | null;
  organizationId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Appends one audit row (the table refuses updates and deletes). */
export async function recordAudit(tx: Executor, entry: AuditEntry): Promise<void> {
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
