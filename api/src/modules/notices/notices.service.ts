import { and, desc, eq, isNull } from "drizzle-orm";
import { schema } from "@yakkan/db";
import type { ApiContext } from "../../context.js";
import { isCustomer, notFound, requireViewer } from "../auth/viewer.js";

export type NoticeRecord = typeof schema.notices.$inferSelect;

/** Terms-change notices for the viewer's organisation, newest first. */
export async function listNotices(ctx: ApiContext, options: { unreadOnly?: boolean } = {}): Promise<NoticeRecord[]> {
  const viewer = requireViewer(ctx);
  if (!isCustomer(viewer)) return [];
  return ctx.db
    .select()
    .from(schema.notices)
    .where(and(eq(schema.notices.organizationId, viewer.organizationId), options.unreadOnly ? isNull(schema.notices.readAt) : undefined))
    .orderBy(desc(schema.notices.createdAt));
}

export async function markNoticeRead(ctx: ApiContext, id: string): Promise<NoticeRecord> {
  const viewer = requireViewer(ctx);
  const [row] = await ctx.db
    .update(schema.notices)
    .set({ readAt: ctx.now() })
    .where(and(eq(schema.notices.id, id), eq(schema.notices.organizationId, viewer.organizationId)))
    .returning();
  if (!row) throw notFound(ctx, { ja: "お知らせ", en: "Notice" });
  return row;
}
