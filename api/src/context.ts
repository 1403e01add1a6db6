import { parseCookie } from "cookie";
import type { Database, DbContext } from "@yakkan/db";
import type { ServiceRegistry } from "@yakkan/terms";
import type { Lang } from "./errors.js";
import type { Viewer } from "./modules/auth/viewer.js";
import type { RateLimits } from "./modules/rate-limits/rate-limits.service.js";

/** What every resolver and service function gets: typed once, built per request. */
export interface ApiContext {
  /** The database as this request's viewer: row-level security applies (db/src/client.ts). */
  db: Database;
  /** The database as another context (sign-in acts as the user it has just authenticated). */
  dbAs: (context: DbContext) => Database;
  /** The terms as published in the database (see TermsStore). */
  services: ServiceRegistry;
  /** Row id and publication time of every published or scheduled version. */
  versionRows: ReadonlyMap<string, { id: string; publishedAt: Date | null }>;
  /**
   * Tells this process's terms snapshot that the live versions changed, naming the change as the
   * NOTIFY did (other processes hear only the NOTIFY; this one applies whichever comes first).
   */
  termsChanged?: ((change?: string) => void) | undefined;
  lang: Lang;
  /** The origin links in e-mails and calendar feeds point at (PUBLIC_ORIGIN), e.g. "https://yakkan.example". */
  publicOrigin: string;
  /** The current instant; an argument so that "today in Japan" is testable. */
  now: () => Date;
  /** The signed-in user, or null. */
  viewer: Viewer | null;
  /** The raw session token from the cookie (to end the session). */
  sessionToken?: string | undefined;
  /** The client's address (rate limits key on it). */
  clientAddress: string;
  limits: RateLimits;
  /** The least days between publishing a terms change and its effective date (民法548条の4); default 30. */
  termsChangeMinNoticeDays?: number;
  /** Sets (or with null clears) the session cookie on the response, where there is one. */
  setSessionCookie?: ((token: string | null, expiresAt: Date) => void) | undefined;
}

/**
 * One cookie's value from a Cookie header (the `cookie` package: a value that does not decode is
 * taken as it is, so a malformed cookie is simply an unknown session, never an error).
 */
export function readCookie(header: string | undefined | null, name: string): string | undefined {
  if (!header || header.length > 8192) return undefined;
  return parseCookie(header)[name];
}

/** Picks the response language from Accept-Language: English when asked first, Japanese otherwise. */
export function langFromHeader(acceptLanguage: string | undefined | null): Lang {
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "ja";
}
