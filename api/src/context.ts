import type { Database } from "@yakkan/db";
import type { ServiceRegistry } from "@yakkan/terms";
import type { Lang } from "./errors.js";

/** What every resolver and service function gets: typed once, built per request. */
export interface ApiContext {
  db: Database;
  services: ServiceRegistry;
  lang: Lang;
  /** The current instant; an argument so that "today in Japan" is testable. */
  now: () => Date;
}

/** Picks the response language from Accept-Language: English when asked first, Japanese otherwise. */
export function langFromHeader(acceptLanguage: string | undefined | null): Lang {
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "ja";
}
