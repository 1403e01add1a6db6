import { stringifySetCookie } from "cookie";
import { SESSION_COOKIE } from "./sessions.service.js";

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts),
 * Secure when the server runs in production, scoped to the whole site, expiring with the session.
 */
export function serializeSessionCookie(token: string | null, expiresAt: Date, secure: boolean): string {
  return stringifySetCookie({
    name: SESSION_COOKIE,
    value: token ?? "",
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    expires: token ? expiresAt : new Date(0),
    ...(token ? {} : { maxAge: 0 }),
    secure,
  });
}
