import { isUuid } from "../../bounds.js";
import { customerVersionName, type Text } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { isCustomer, notFound, requireViewer } from "../auth/viewer.js";
import type { z } from "zod";
import { noticeBodySchema, type customerNoticeBodySchema } from "./notice-body.schema.js";
import { markRead, noticesOf, type NoticeRow } from "./notices.repository.js";

const NOTICE = { ja: "お知らせ", en: "Notice" };

/**
 * What a customer sees of a stored notice body, parsed (a body that does not parse is an error, never
 * passed on unread): the customer-facing version name (from the effective date), never legal's
 * working label (`version`, which notices stored before the name existed still carry).
 */
export type CustomerNoticeBody = z.infer<typeof customerNoticeBodySchema> & { versionName: Text };
export type NoticeRecord = Omit<NoticeRow, "body"> & { body: CustomerNoticeBody };

function parsed(row: NoticeRow): NoticeRecord {
  const { version: _workingName, versionName: _stored, ...rest } = noticeBodySchema.parse(row.body);
  return { ...row, body: { ...rest, versionName: customerVersionName(rest.effectiveFrom) } };
}

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
