import { and, desc, eq, isNull } from "drizzle-orm";
import { schema } from "@yakkan/db";
import { isUuid } from "../../bounds.js";
import type { ApiContext } from "../../context.js";
import { isCustomer, notFound, requireViewer } from "../auth/viewer.js";

const NOTICE = { ja: "お知らせ", en: "Notice" };

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
  if (!isUuid(id)) throw notFound(ctx, NOTICE);
  const [row] = await ctx.db
    .update(schema.notices)
    .set({ readAt: ctx.now() })
    .where(and(eq(schema.notices.id, id), eq(schema.notices.organizationId, viewer.organizationId)))
    .returning();
  if (!row) throw notFound(ctx, NOTICE);
  return row;
}
