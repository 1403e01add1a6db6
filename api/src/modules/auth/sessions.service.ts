import { createHash, randomBytes } from "node:crypto";
import { and, eq, lt, ne, sql } from "drizzle-orm";
import { schema, type Database } from "@yakkan/db";
import type { ApiContext } from "../../context.js";
import { MAX_LENGTH, textIssues } from "../../bounds.js";
import { AppError, badInput, type LocatedIssue } from "../../errors.js";
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
  // Before anyone is known the application may not read sessions or users: a database function
  // (owned by the schema owner) answers for this one token.
  const rows = await db.execute<SessionViewerRow>(sql`select * from yakkan_session_viewer(${tokenId(token)}, ${now.toISOString()}::timestamptz)`);
  const [row] = rowsOf<SessionViewerRow>(rows);
  if (!row) return null;
  return {
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as Role,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    organizationNameEn: row.organization_name_en,
    expiresAt: new Date(row.expires_at),
  };
}

interface SessionViewerRow extends Record<string, unknown> {
  user_id: string;
  email: string;
  display_name: string;
  role: string;
  organization_id: string;
  organization_name: string;
  organization_name_en: string;
  expires_at: string | Date;
}

interface SignInCandidate extends Record<string, unknown> {
  user_id: string;
  organization_id: string;
  role: string;
  password_hash: string | null;
}

/** postgres.js returns rows as an array, PGlite as { rows }. */
function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

/** The user an e-mail names, with the password hash to check (through the owner's function). */
async function signInCandidate(db: Database, email: string): Promise<SignInCandidate | undefined> {
  return rowsOf<SignInCandidate>(await db.execute<SignInCandidate>(sql`select * from yakkan_sign_in_candidate(${email})`))[0];
}

export interface SignInResult {
  token: string;
  expiresAt: Date;
  viewer: Viewer;
}

const WRONG = { ja: "メールアドレスまたはパスワードが違います。", en: "The e-mail address or password is wrong." };

/**
 * Checks the password and opens a session. Wrong e-mail and wrong password read the same. The
 * attempt is counted against the limits (per account and address, per address) before the
 * password is checked.
 */
export async function signIn(ctx: ApiContext, email: string, password: string): Promise<SignInResult> {
  const issues = [
    ...(email.trim() ? [] : [{ path: ["email"], message: { ja: "メールアドレスを入力してください", en: "enter your e-mail address" } }]),
    ...(password ? [] : [{ path: ["password"], message: { ja: "パスワードを入力してください", en: "enter your password" } }]),
    ...textIssues({ email: { value: email, max: MAX_LENGTH.email }, password: { value: password, max: MAX_LENGTH.password } }),
  ];
  if (issues.length > 0) throw badInput(ctx.lang, issues);
  const address = email.trim().toLowerCase();
  const reservation = await ctx.limits.reserveSignIn(address, ctx.clientAddress, ctx.lang);
  const user = await signInCandidate(ctx.db, address);
  // Verify against a dummy hash for unknown users too, so timing does not reveal which e-mails exist.
  const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok) throw new AppError("UNAUTHENTICATED", WRONG, [], ctx.lang);
  await reservation.succeeded();

  const token = randomBytes(32).toString("base64url");
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  // The session and its audit row are written as the user just authenticated.
  const asUser = ctx.dbAs({ userId: user.user_id, organizationId: user.organization_id, role: user.role as Role });
  await asUser.transaction(async (tx) => {
    await tx.delete(schema.sessions).where(and(eq(schema.sessions.userId, user.user_id), lt(schema.sessions.expiresAt, now)));
    await tx.insert(schema.sessions).values({ id: tokenId(token), userId: user.user_id, expiresAt });
    await recordAudit(tx, {
      actorUserId: user.user_id,
      organizationId: user.organization_id,
      action: "session.sign-in",
      entityType: "user",
      entityId: user.user_id,
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
  const issues: LocatedIssue[] = [
    ...(input.newPassword.length >= 12
      ? []
      : [{ path: ["newPassword"], message: { ja: "新しいパスワードは 12 文字以上にしてください", en: "the new password needs at least 12 characters" } }]),
    ...(input.newPassword === input.currentPassword
      ? [{ path: ["newPassword"], message: { ja: "現在と同じパスワードは使えません", en: "the new password must differ from the current one" } }]
      : []),
  ];
  issues.push(...textIssues({ currentPassword: { value: input.currentPassword, max: MAX_LENGTH.password }, newPassword: { value: input.newPassword, max: MAX_LENGTH.password } }));
  if (issues.length > 0) throw badInput(ctx.lang, issues);
  const candidate = await signInCandidate(ctx.db, viewer.email);
  const user = candidate?.user_id === viewer.userId ? { id: candidate.user_id, organizationId: candidate.organization_id, passwordHash: candidate.password_hash } : undefined;
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
