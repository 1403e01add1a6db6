import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt, ne } from "drizzle-orm";
import { schema, type Database } from "@yakkan/db";
import type { ApiContext } from "../../context.js";
import { AppError, badInput } from "../../errors.js";
import { recordAudit } from "../audit/audit.js";
import { hashPassword, verifyPassword } from "./password.js";
import { requireViewer, type Role, type Viewer } from "./viewer.js";

/** Sessions last 8 hours from sign-in. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
export const SESSION_COOKIE = "yakkan_session";

const tokenId = (token: string) => createHash("sha256").update(token).digest("hex");

/** The viewer of a session token, or null when it is unknown or expired. */
export async function resolveSession(db: Database, token: string | undefined, now: Date): Promise<Viewer | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .select({
      userId: schema.users.id,
      email: schema.users.email,
      displayName: schema.users.displayName,
      role: schema.users.role,
      organizationId: schema.organizations.id,
      organizationName: schema.organizations.name,
      organizationNameEn: schema.organizations.nameEn,
      expiresAt: schema.sessions.expiresAt,
    })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.users.organizationId))
    .where(and(eq(schema.sessions.id, tokenId(token)), gt(schema.sessions.expiresAt, now)));
  return row ? { ...row, role: row.role as Role } : null;
}

export interface SignInResult {
  token: string;
  expiresAt: Date;
  viewer: Viewer;
}

const WRONG = { ja: "メールアドレスまたはパスワードが違います。", en: "The e-mail address or password is wrong." };
const LOCKED = {
  ja: "サインインの失敗が続いたため、15 分間このアカウントへのサインインを止めています。",
  en: "Too many failed sign-ins: sign-in to this account is paused for 15 minutes.",
};

/** Failed sign-ins per e-mail address: 5 within 15 minutes pause that address for 15 minutes. */
const FAILURE_LIMIT = 5;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const failures = new Map<string, number[]>();

function recentFailures(email: string, now: number): number[] {
  const recent = (failures.get(email) ?? []).filter((t) => now - t < FAILURE_WINDOW_MS);
  if (recent.length === 0) failures.delete(email);
  else failures.set(email, recent);
  return recent;
}

/** Checks the password and opens a session. Wrong e-mail and wrong password read the same. */
export async function signIn(ctx: ApiContext, email: string, password: string): Promise<SignInResult> {
  const issues = [
    ...(email.trim() ? [] : [{ path: ["email"], message: { ja: "メールアドレスを入力してください", en: "enter your e-mail address" } }]),
    ...(password ? [] : [{ path: ["password"], message: { ja: "パスワードを入力してください", en: "enter your password" } }]),
  ];
  if (issues.length > 0) throw badInput(ctx.lang, issues);
  const address = email.trim().toLowerCase();
  const at = ctx.now().getTime();
  if (recentFailures(address, at).length >= FAILURE_LIMIT) throw new AppError("TOO_MANY_ATTEMPTS", LOCKED, [], ctx.lang);
  const [user] = await ctx.db.select().from(schema.users).where(eq(schema.users.email, address));
  // Verify against a dummy hash for unknown users too, so timing does not reveal which e-mails exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    failures.set(address, [...recentFailures(address, at), at]);
    throw new AppError("UNAUTHENTICATED", WRONG, [], ctx.lang);
  }
  failures.delete(address);

  const token = randomBytes(32).toString("base64url");
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(schema.sessions).where(lt(schema.sessions.expiresAt, now));
    await tx.insert(schema.sessions).values({ id: tokenId(token), userId: user.id, expiresAt });
    await recordAudit(tx, {
      actorUserId: user.id,
      organizationId: user.organizationId,
      action: "session.sign-in",
      entityType: "user",
      entityId: user.id,
    });
  });
  const viewer = await resolveSession(ctx.db, token, now);
  if (!viewer) throw new Error("session vanished right after sign-in");
  return { token, expiresAt, viewer };
}

/**
 * Changes the signed-in user's password: the current one must be right, the new one at least 12
 * characters and different. Every other session of the user ends; this one stays.
 */
export async function changePassword(ctx: ApiContext, input: { currentPassword: string; newPassword: string }): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const issues = [
    ...(input.newPassword.length >= 12
      ? []
      : [{ path: ["newPassword"], message: { ja: "新しいパスワードは 12 文字以上にしてください", en: "the new password needs at least 12 characters" } }]),
    ...(input.newPassword === input.currentPassword
      ? [{ path: ["newPassword"], message: { ja: "現在と同じパスワードは使えません", en: "the new password must differ from the current one" } }]
      : []),
  ];
  if (issues.length > 0) throw badInput(ctx.lang, issues);
  const [user] = await ctx.db.select().from(schema.users).where(eq(schema.users.id, viewer.userId));
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw badInput(ctx.lang, [{ path: ["currentPassword"], message: { ja: "現在のパスワードが違います", en: "the current password is wrong" } }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, user.id));
    const keep = ctx.sessionToken ? tokenId(ctx.sessionToken) : "";
    await tx.delete(schema.sessions).where(and(eq(schema.sessions.userId, user.id), ne(schema.sessions.id, keep)));
    await recordAudit(tx, { actorUserId: user.id, organizationId: user.organizationId, action: "user.change-password", entityType: "user", entityId: user.id });
  });
  return true;
}

/** Ends a session (idempotent: an unknown token is simply gone already). */
export async function signOut(db: Database, token: string | undefined): Promise<void> {
  if (token) await db.delete(schema.sessions).where(eq(schema.sessions.id, tokenId(token)));
}

// A valid hash of a random password: verifying against it costs what a real check costs.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
