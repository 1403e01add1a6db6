import { isUuid } from "../../bounds.js";
import type { ApiContext } from "../../context.js";
import { isCustomer, notFound, requireViewer } from "../auth/viewer.js";
import { noticeBodySchema, type NoticeBody } from "./notice-body.schema.js";
import { markRead, noticesOf, type NoticeRow } from "./notices.repository.js";

const NOTICE = { ja: "お知らせ", en: "Notice" };

/** A notice with its body parsed (a body that does not parse is an error, never passed on unread). */
export type NoticeRecord = Omit<NoticeRow, "body"> & { body: NoticeBody };

const parsed = (row: NoticeRow): NoticeRecord => ({ ...row, body: noticeBodySchema.parse(row.body) });

/** Terms-change notices for the viewer's organisation, newest first. */
export async function listNotices(ctx: ApiContext, options: { unreadOnly?: boolean } = {}): Promise<NoticeRecord[]> {
  const viewer = requireViewer(ctx);
  if (!isCustomer(viewer)) return [];
  return (await noticesOf(ctx.db, viewer.organizationId, options.unreadOnly ?? false)).map(parsed);
}

export async function markNoticeRead(ctx: ApiContext, id: string): Promise<NoticeRecord> {
  const viewer = requireViewer(ctx);
  if (!isUuid(id)) throw notFound(ctx, NOTICE);
  const row = await markRead(ctx.db, id, viewer.organizationId, ctx.now());
  if (!row) throw notFound(ctx, NOTICE);
  return parsed(row);
}
