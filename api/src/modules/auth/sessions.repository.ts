import { and, eq, lt, ne, sql } from "drizzle-orm";
import { schema } from "@yakkan/db";
import type { Executor } from "../common/executor.js";

/** A session's user, as the owner's function `yakkan_session_viewer` answers before anyone is known. */
export interface SessionViewerRow extends Record<string, unknown> {
  user_id: string;
  email: string;
  display_name: string;
  role: string;
  organization_id: string;
  organization_name: string;
  organization_name_en: string;
  expires_at: string | Date;
}

/** The user an e-mail names with the password hash to check (`yakkan_sign_in_candidate`). */
export interface SignInCandidate extends Record<string, unknown> {
  user_id: string;
  organization_id: string;
  role: string;
  password_hash: string | null;
}

/** postgres.js returns rows as an array, PGlite as { rows }. */
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows?: T[] }).rows ?? (result as T[]);
}

/** The user of a session (by the sha256 of its token), or undefined when unknown or expired. */
export async function sessionViewer(db: Executor, sessionId: string, now: Date): Promise<SessionViewerRow | undefined> {
  // Before anyone is known the application may not read sessions or users: a database function
  // (owned by the schema owner) answers for this one token.
  const rows = await db.execute<SessionViewerRow>(
    sql`select * from yakkan_session_viewer(${sessionId}, ${now.toISOString()}::timestamptz)`,
  );
  return rowsOf<SessionViewerRow>(rows)[0];
}

export async function signInCandidate(db: Executor, email: string): Promise<SignInCandidate | undefined> {
  return rowsOf<SignInCandidate>(
    await db.execute<SignInCandidate>(sql`select * from yakkan_sign_in_candidate(${email})`),
  )[0];
}

/** Opens a session for a user, dropping that user's expired ones. */
export async function insertSession(
  tx: Executor,
  session: { id: string; userId: string; expiresAt: Date; now: Date },
): Promise<void> {
  await tx
    .delete(schema.sessions)
    .where(and(eq(schema.sessions.userId, session.userId), lt(schema.sessions.expiresAt, session.now)));
  await tx.insert(schema.sessions).values({ id: session.id, userId: session.userId, expiresAt: session.expiresAt });
}

/** Ends one session (by the sha256 of its token). */
export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.delete(schema.sessions).where(eq(schema.sessions.id, sessionId));
}

/** Sets a user's password hash and ends every session of theirs but `keepSessionId`. */
export async function replacePassword(
  tx: Executor,
  userId: string,
  passwordHash: string,
  keepSessionId: string,
): Promise<void> {
  await tx.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, userId));
  await tx
    .delete(schema.sessions)
    .where(and(eq(schema.sessions.userId, userId), ne(schema.sessions.id, keepSessionId)));
}

/** Start-up maintenance (as the owner): sessions past their expiry. */
export async function deleteExpiredSessions(owner: Executor, now: Date): Promise<void> {
  await owner.delete(schema.sessions).where(lt(schema.sessions.expiresAt, now));
}
