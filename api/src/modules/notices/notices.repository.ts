import { and, desc, eq, isNull } from "drizzle-orm";
import { schema, type JsonObject } from "@yakkan/db";
import type { Executor } from "../common/executor.js";

export type NoticeRow = typeof schema.notices.$inferSelect;

/** An organisation's notices, newest first (optionally only the unread ones). */
export async function noticesOf(db: Executor, organizationId: string, unreadOnly: boolean): Promise<NoticeRow[]> {
  return db
    .select()
    .from(schema.notices)
    .where(
      and(eq(schema.notices.organizationId, organizationId), unreadOnly ? isNull(schema.notices.readAt) : undefined),
    )
    .orderBy(desc(schema.notices.createdAt));
}

/** Marks one of an organisation's notices read; undefined when it has no such notice. */
export async function markRead(
  db: Executor,
  id: string,
  organizationId: string,
  at: Date,
): Promise<NoticeRow | undefined> {
  const [row] = await db
    .update(schema.notices)
    .set({ readAt: at })
    .where(and(eq(schema.notices.id, id), eq(schema.notices.organizationId, organizationId)))
    .returning();
  return row;
}

/** One notice per organisation and version (a repeated publication adds none). */
export async function insertNotice(
  tx: Executor,
  notice: { organizationId: string; termsVersionId: string; body: JsonObject },
): Promise<void> {
  await tx.insert(schema.notices).values(notice).onConflictDoNothing();
}
