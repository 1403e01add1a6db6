import { SESSION_COOKIE } from "./sessions.service.js";

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts),
 * Secure when the server runs in production, scoped to the whole site, expiring with the session.
 */
export function serializeSessionCookie(token: string | null, expiresAt: Date, secure: boolean): string {
  const parts = [
    `${SESSION_COOKIE}=${token ? encodeURIComponent(token) : ""}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${(token ? expiresAt : new Date(0)).toUTCString()}`,
  ];
  if (!token) parts.push("Max-Age=0");
  if (secure) parts.push("Secure");
  return parts.join("; ");
}
