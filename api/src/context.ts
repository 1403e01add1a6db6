import type { Database } from "@yakkan/db";
import type { ServiceRegistry } from "@yakkan/terms";
import type { Lang } from "./errors.js";
import type { Viewer } from "./modules/auth/viewer.js";

/** What every resolver and service function gets: typed once, built per request. */
export interface ApiContext {
  db: Database;
  /** The terms as published in the database (see TermsStore). */
  services: ServiceRegistry;
  /** Row id and publication time of every published or scheduled version. */
  versionRows: ReadonlyMap<string, { id: string; publishedAt: Date | null }>;
  lang: Lang;
  /** The current instant; an argument so that "today in Japan" is testable. */
  now: () => Date;
  /** The signed-in user, or null. */
  viewer: Viewer | null;
  /** The raw session token from the cookie (to end the session). */
  sessionToken?: string | undefined;
  /** Sets (or with null clears) the session cookie on the response, where there is one. */
  setSessionCookie?: ((token: string | null, expiresAt: Date) => void) | undefined;
}

/** One cookie's value from a Cookie header. */
export function readCookie(header: string | undefined | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

/** Picks the response language from Accept-Language: English when asked first, Japanese otherwise. */
export function langFromHeader(acceptLanguage: string | undefined | null): Lang {
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "ja";
}
