import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Counters of rate-limiter-flexible's RateLimiterDrizzle (one row per limiter and key, e.g. sign-in
 * attempts of one address): shared by every server process on the database, updated atomically by
 * one upsert. Technical data without any tenant's content.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  points: integer().notNull(),
  expire: timestamp({ withTimezone: true }),
});
