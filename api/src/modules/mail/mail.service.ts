import { createHash } from "node:crypto";
import { WORKER, type DbContext } from "@yakkan/db";
import type { ApiContext } from "../../context.js";
import { isUuid } from "../../bounds.js";
import { AppError, badInput, type LocatedIssue } from "../../errors.js";
import { recordAudit } from "../audit/audit.repository.js";
import { notFound, requireRole, requireViewer } from "../auth/viewer.js";
import {
  listMails,
  mailById,
  mailByUnsubscribeHash,
  recipientById,
  requeueDead,
  updateMailSettings,
  type OutboxRow,
} from "./mail.repository.js";

const MAIL = { ja: "メール", en: "Mail" };
export const MAIL_LOG_LIMIT = 200;

/** One mail as staff see it on the mail log. */
export interface MailLogEntry {
  id: string;
  kind: string;
  toEmail: string;
  lang: string;
  subject: string;
  body: string;
  status: OutboxRow["status"];
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string;
}

const toEntry = (m: OutboxRow): MailLogEntry => ({
  id: m.id,
  kind: m.kind,
  toEmail: m.toEmail,
  lang: m.lang,
  subject: m.subject,
  body: m.body,
  status: m.status,
  attempts: m.attempts,
  lastError: m.lastError,
  createdAt: m.createdAt.toISOString(),
  sentAt: m.sentAt?.toISOString() ?? null,
  nextAttemptAt: m.nextAttemptAt.toISOString(),
});

/** The mail log (staff): the newest mails first, optionally of one status (dead letters). */
export async function mailLog(ctx: ApiContext, options: { status?: string | null } = {}): Promise<MailLogEntry[]> {
  requireRole(ctx, "staff");
  const status =
    options.status === "pending" || options.status === "sent" || options.status === "dead" ? options.status : null;
  return (await listMails(ctx.db, { status }, MAIL_LOG_LIMIT)).map(toEntry);
}

/** Staff send a dead mail again: it is pending with a fresh count of attempts. */
export async function retryMail(ctx: ApiContext, id: string): Promise<MailLogEntry> {
  const viewer = requireRole(ctx, "staff");
  if (!isUuid(id)) throw notFound(ctx, MAIL);
  return ctx.db.transaction(async (tx) => {
    const before = await mailById(tx, id);
    if (!before) throw notFound(ctx, MAIL);
    const row = await requeueDead(tx, id, ctx.now());
    if (!row)
      throw new AppError(
        "CONFLICT",
        { ja: "送信不能になったメールだけを再送できます。", en: "Only a dead mail can be sent again." },
        [],
        ctx.lang,
      );
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      organizationId: row.organizationId,
      action: "mail.retry",
      entityType: "mail",
      entityId: id,
      before: { status: before.status, attempts: before.attempts },
      after: { status: row.status, attempts: row.attempts },
    });
    return toEntry(row);
  });
}

export interface MailSettings {
  language: "ja" | "en";
  remindersEnabled: boolean;
  reminderOffsets: number[];
}

export const REMINDER_OFFSET_BOUNDS = { min: 1, max: 365, count: 5 } as const;

export async function mailSettings(ctx: ApiContext): Promise<MailSettings> {
  const viewer = requireViewer(ctx);
  const row = await recipientById(ctx.db, viewer.userId);
  if (!row) throw notFound(ctx, MAIL);
  return {
    language: row.language,
    remindersEnabled: row.remindersEnabled,
    reminderOffsets: [...row.reminderOffsets].sort((a, b) => b - a),
  };
}

/**
 * The viewer's mail settings: the language of their mails, reminders on or off, and the days
 * before a deadline they come (1–365, at most 5, each once). Bad input changes nothing.
 */
export async function updateMyMailSettings(
  ctx: ApiContext,
  input: { language: string; remindersEnabled: boolean; reminderOffsets: unknown[] },
): Promise<MailSettings> {
  const viewer = requireViewer(ctx);
  const issues: LocatedIssue[] = [];
  if (input.language !== "ja" && input.language !== "en")
    issues.push({
      path: ["language"],
      message: { ja: "日本語か英語を選んでください", en: "choose Japanese or English" },
    });
  const offsets = input.reminderOffsets.map((v) =>
    typeof v === "string" && /^\d{1,3}$/.test(v.trim()) ? Number(v.trim()) : v,
  );
  const { min, max, count } = REMINDER_OFFSET_BOUNDS;
  if (offsets.length > count) {
    issues.push({
      path: ["reminderOffsets"],
      message: { ja: `日数は ${count} 個までです`, en: `at most ${count} reminder days` },
    });
  } else if (input.remindersEnabled && offsets.length === 0) {
    issues.push({
      path: ["reminderOffsets"],
      message: { ja: "リマインダーを受け取る日数を 1 つ以上指定してください", en: "give at least one number of days" },
    });
  } else if (offsets.some((v) => typeof v !== "number" || !Number.isInteger(v) || v < min || v > max)) {
    issues.push({
      path: ["reminderOffsets"],
      message: {
        ja: `日数は ${min}〜${max} の整数で指定してください`,
        en: `days must be whole numbers from ${min} to ${max}`,
      },
    });
  } else if (new Set(offsets).size !== offsets.length) {
    issues.push({
      path: ["reminderOffsets"],
      message: { ja: "同じ日数が重複しています", en: "a number of days is repeated" },
    });
  }
  if (issues.length > 0) throw badInput(ctx.lang, issues);
  const change = {
    language: input.language as "ja" | "en",
    remindersEnabled: input.remindersEnabled,
    reminderOffsets: (offsets as number[]).sort((a, b) => b - a),
  };
  const before = await mailSettings(ctx);
  await ctx.db.transaction(async (tx) => {
    await updateMailSettings(tx, viewer.userId, change);
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      organizationId: viewer.organizationId,
      action: "user.mail-settings",
      entityType: "user",
      entityId: viewer.userId,
      before: { ...before },
      after: { ...change },
    });
  });
  return change;
}

const UNSUBSCRIBE_TOKEN = /^[A-Za-z0-9_-]{32}$/;

/**
 * The unsubscribe link of an optional mail: its token (only the sha256 is stored with the mail)
 * identifies the recipient, who may turn their reminders off without signing in. The portal asks
 * for a click first (a GET never changes anything: mail scanners follow links). Null: unknown.
 */
export async function unsubscribeTarget(
  ctx: ApiContext,
  token: string,
): Promise<{ email: string; remindersEnabled: boolean } | null> {
  const owner = await ownerOfUnsubscribeToken(ctx, token);
  if (!owner) return null;
  const user = await recipientById(ctx.dbAs(owner.as), owner.as.userId);
  return user ? { email: user.email, remindersEnabled: user.remindersEnabled } : null;
}

export async function unsubscribe(ctx: ApiContext, token: string): Promise<boolean> {
  const owner = await ownerOfUnsubscribeToken(ctx, token);
  if (!owner) return false;
  // Acting as the user the token names (like sign-in acts as the user it has authenticated).
  await ctx.dbAs(owner.as).transaction(async (tx) => {
    await updateMailSettings(tx, owner.as.userId, { remindersEnabled: false });
    await recordAudit(tx, {
      actorUserId: owner.as.userId,
      organizationId: owner.as.organizationId,
      action: "user.unsubscribe",
      entityType: "user",
      entityId: owner.as.userId,
      after: { remindersEnabled: false },
    });
  });
  return true;
}

async function ownerOfUnsubscribeToken(ctx: ApiContext, token: string) {
  if (!UNSUBSCRIBE_TOKEN.test(token)) return null;
  const worker = ctx.dbAs(WORKER);
  const mail = await mailByUnsubscribeHash(worker, createHash("sha256").update(token).digest("hex"));
  if (!mail) return null;
  const user = await recipientById(worker, mail.toUserId);
  if (!user) return null;
  return { as: { userId: user.id, organizationId: user.organizationId, role: user.role } satisfies DbContext };
}
