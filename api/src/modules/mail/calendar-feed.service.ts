import { createHash, randomBytes } from "node:crypto";
import ical, { ICalAlarmType } from "ical-generator";
import { tokyoDate, type ServiceRegistry } from "@yakkan/terms";
import { WORKER, type DbHandle, type DbContext } from "@yakkan/db";
import type { ApiContext } from "../../context.js";
import { recordAudit } from "../audit/audit.repository.js";
import { requireViewer, isCustomer } from "../auth/viewer.js";
import { AppError } from "../../errors.js";
import { findContracts } from "../contracts/contracts.repository.js";
import { deleteFeed, feedOf, feedOwner, recipientById, replaceFeed } from "./mail.repository.js";
import { deadlinesOf } from "./reminders.service.js";

const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

/** A feed token: 32 random bytes, URL-safe; only its sha256 is stored. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface CalendarFeedStatus {
  /** Whether the user has a feed; its URL is shown only once, when it is created or rotated. */
  active: boolean;
  createdAt: string | null;
}

function requireCustomer(ctx: ApiContext) {
  const viewer = requireViewer(ctx);
  if (!isCustomer(viewer)) {
    throw new AppError(
      "FORBIDDEN",
      { ja: "カレンダーの購読は顧客のユーザーだけが使えます。", en: "Calendar subscriptions are for customer users." },
      [],
      ctx.lang,
    );
  }
  return viewer;
}

export async function calendarFeedStatus(ctx: ApiContext): Promise<CalendarFeedStatus> {
  const viewer = requireCustomer(ctx);
  const row = await feedOf(ctx.db, viewer.userId);
  return { active: Boolean(row), createdAt: row?.createdAt.toISOString() ?? null };
}

/** Creates or replaces the viewer's feed token (the old URL stops working); returns the new URL once. */
export async function rotateCalendarFeed(ctx: ApiContext): Promise<{ url: string }> {
  const viewer = requireCustomer(ctx);
  const token = randomBytes(32).toString("base64url");
  await ctx.db.transaction(async (tx) => {
    const existed = Boolean(await feedOf(tx, viewer.userId));
    await replaceFeed(tx, viewer.userId, sha256(token), ctx.now());
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      organizationId: viewer.organizationId,
      action: existed ? "calendar-feed.rotate" : "calendar-feed.create",
      entityType: "user",
      entityId: viewer.userId,
    });
  });
  return { url: `${ctx.publicOrigin}/calendar/${token}.ics` };
}

export async function revokeCalendarFeed(ctx: ApiContext): Promise<{ revoked: boolean }> {
  const viewer = requireCustomer(ctx);
  const revoked = await ctx.db.transaction(async (tx) => {
    const gone = await deleteFeed(tx, viewer.userId);
    if (gone) {
      await recordAudit(tx, {
        actorUserId: viewer.userId,
        organizationId: viewer.organizationId,
        action: "calendar-feed.revoke",
        entityType: "user",
        entityId: viewer.userId,
      });
    }
    return gone;
  });
  return { revoked };
}

/** An all-day event's date as ical-generator takes it (noon UTC: the same calendar day in Japan). */
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/**
 * The feed behind a token: every deadline of the owner's organisation's contracts (the same ones
 * the reminders use, plus the term ends and decided end dates), each with VALARMs at the owner's
 * reminder offsets. Null for a token that is unknown or revoked (the route answers 404).
 */
export async function calendarFeed(
  db: DbHandle,
  registry: ServiceRegistry,
  token: string,
  now: Date,
  publicOrigin: string,
): Promise<string | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const owner = await feedOwner(db.as(WORKER), sha256(token));
  if (!owner || (owner.role !== "customer-admin" && owner.role !== "customer-member")) return null;
  // The contracts are read as the owner: row-level security gives their organisation's only.
  const as: DbContext = { userId: owner.userId, organizationId: owner.organizationId, role: owner.role };
  const userDb = db.as(as);
  const contracts = await findContracts(userDb, { organizationId: owner.organizationId });
  const settings = await recipientById(userDb, owner.userId);
  // The alarms follow the owner's reminder days (a week before, when they turned mail reminders off).
  const offsets = settings?.remindersEnabled ? settings.reminderOffsets : [7];
  const ja = owner.language === "ja";
  const today = tokyoDate(now);
  const calendar = ical({
    name: ja ? "Yakkan 契約の期限" : "Yakkan contract deadlines",
    prodId: { company: "Yakkan", product: "contract-deadlines", language: ja ? "JA" : "EN" },
    timezone: "Asia/Tokyo",
    ttl: 60 * 60 * 6,
  });
  const summaries: Record<string, { ja: string; en: string }> = {
    "free-end": {
      ja: "解約金なしで終えるための通知期限",
      en: "Notice deadline to end with no early-termination charge",
    },
    "maximum-term": { ja: "最大利用期間満了で終えるための通知期限", en: "Notice deadline to end at the maximum term" },
    "minimum-term": { ja: "最低利用期間満了で終えるための通知期限", en: "Notice deadline to end at the minimum term" },
  };
  for (const contract of contracts) {
    const url = `${publicOrigin}/contracts/${contract.id}`;
    const label = contract.contractNumber;
    if (contract.endDate) {
      calendar.createEvent({
        id: `${contract.id}-end@yakkan`,
        start: day(contract.endDate),
        allDay: true,
        summary: ja ? `契約終了日（${label}）` : `Contract ends (${label})`,
        url,
        stamp: now,
      });
      continue;
    }
    if (contract.status !== "active") continue;
    for (const d of deadlinesOf(contract, registry, today)) {
      const event = calendar.createEvent({
        id: `${contract.id}-${d.kind}@yakkan`,
        start: day(d.notifyBy),
        allDay: true,
        summary: `${summaries[d.kind]?.[ja ? "ja" : "en"] ?? d.kind}（${label}）`,
        description: ja
          ? `この日までに通知が届けば ${d.endDate} に解約できます。${url}`
          : `A notice arriving by this day ends the contract on ${d.endDate}. ${url}`,
        url,
        stamp: now,
      });
      for (const offset of offsets) {
        event.createAlarm({
          type: ICalAlarmType.display,
          triggerBefore: offset * 86_400,
          description: event.summary(),
        });
      }
    }
  }
  return calendar.toString();
}
