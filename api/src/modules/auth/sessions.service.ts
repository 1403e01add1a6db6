import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@yakkan/db";
import type { ApiContext } from "../../context.js";
import { MAX_LENGTH, textIssues } from "../../bounds.js";
import { AppError, badInput, type LocatedIssue } from "../../errors.js";
import { recordAudit } from "../audit/audit.repository.js";
import {
  deleteSession,
  insertSession,
  replacePassword,
  sessionViewer,
  signInCandidate,
} from "./sessions.repository.js";
import { hashPassword, verifyPassword } from "./password.js";
import { requireViewer, type Role, type Viewer } from "./viewer.js";

/** Sessions last 8 hours from sign-in. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
export const SESSION_COOKIE = "yakkan_session";

const tokenId = (token: string) => createHash("sha256").update(token).digest("hex");

/** The viewer of a session token, or null when it is unknown or expired. */
export async function resolveSession(db: Database, token: string | undefined, now: Date): Promise<Viewer | null> {
  if (!token || token.length > 200) return null;
  const row = await sessionViewer(db, tokenId(token), now);
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
    ...(email.trim()
      ? []
      : [{ path: ["email"], message: { ja: "メールアドレスを入力してください", en: "enter your e-mail address" } }]),
    ...(password
      ? []
      : [{ path: ["password"], message: { ja: "パスワードを入力してください", en: "enter your password" } }]),
    ...textIssues({
      email: { value: email, max: MAX_LENGTH.email },
      password: { value: password, max: MAX_LENGTH.password },
    }),
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
    await insertSession(tx, { id: tokenId(token), userId: user.user_id, expiresAt, now });
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
export async function changePassword(
  ctx: ApiContext,
  input: { currentPassword: string; newPassword: string },
): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const issues: LocatedIssue[] = [
    ...(input.newPassword.length >= 12
      ? []
      : [
          {
            path: ["newPassword"],
            message: {
              ja: "新しいパスワードは 12 文字以上にしてください",
              en: "the new password needs at least 12 characters",
            },
          },
        ]),
    ...(input.newPassword === input.currentPassword
      ? [
          {
            path: ["newPassword"],
            message: {
              ja: "現在と同じパスワードは使えません",
              en: "the new password must differ from the current one",
            },
          },
        ]
      : []),
  ];
  issues.push(
    ...textIssues({
      currentPassword: { value: input.currentPassword, max: MAX_LENGTH.password },
      newPassword: { value: input.newPassword, max: MAX_LENGTH.password },
    }),
  );
  if (issues.length > 0) throw badInput(ctx.lang, issues);
  const candidate = await signInCandidate(ctx.db, viewer.email);
  const user =
    candidate?.user_id === viewer.userId
      ? { id: candidate.user_id, organizationId: candidate.organization_id, passwordHash: candidate.password_hash }
      : undefined;
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw badInput(ctx.lang, [
      { path: ["currentPassword"], message: { ja: "現在のパスワードが違います", en: "the current password is wrong" } },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await replacePassword(tx, user.id, passwordHash, ctx.sessionToken ? tokenId(ctx.sessionToken) : "");
    await recordAudit(tx, {
      actorUserId: user.id,
      organizationId: user.organizationId,
      action: "user.change-password",
      entityType: "user",
      entityId: user.id,
    });
  });
  return true;
}

/** Ends a session (idempotent: an unknown token is simply gone already). */
export async function signOut(db: Database, token: string | undefined): Promise<void> {
  if (token) await deleteSession(db, tokenId(token));
}

// A valid hash of a random password: verifying against it costs what a real check costs.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
