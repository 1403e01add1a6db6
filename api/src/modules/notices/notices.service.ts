import type { JsonObject } from "@yakkan/db";
import { isUuid } from "../../bounds.js";
import { customerVersionName } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { isCustomer, notFound, requireViewer } from "../auth/viewer.js";
import { markRead, noticesOf, type NoticeRow } from "./notices.repository.js";

const NOTICE = { ja: "お知らせ", en: "Notice" };

export type NoticeRecord = NoticeRow;

/**
 * What a customer sees of a stored notice body: the customer-facing version name (from the
 * effective date), never legal's working label (`version`, which notices stored before the name
 * existed still carry).
 */
export function customerNoticeBody(body: JsonObject): JsonObject {
  const { version: _workingName, ...rest } = body;
  const effectiveFrom = typeof body["effectiveFrom"] === "string" ? body["effectiveFrom"] : "";
  return { ...rest, versionName: { ...customerVersionName(effectiveFrom) } };
}

/** Terms-change notices for the viewer's organisation, newest first. */
export async function listNotices(ctx: ApiContext, options: { unreadOnly?: boolean } = {}): Promise<NoticeRecord[]> {
  const viewer = requireViewer(ctx);
  if (!isCustomer(viewer)) return [];
  const rows = await noticesOf(ctx.db, viewer.organizationId, options.unreadOnly ?? false);
  return rows.map((r) => ({ ...r, body: customerNoticeBody(r.body) }));
}

export async function markNoticeRead(ctx: ApiContext, id: string): Promise<NoticeRecord> {
  const viewer = requireViewer(ctx);
  if (!isUuid(id)) throw notFound(ctx, NOTICE);
  const row = await markRead(ctx.db, id, viewer.organizationId, ctx.now());
  if (!row) throw notFound(ctx, NOTICE);
  return { ...row, body: customerNoticeBody(row.body) };
}
