import { lt } from "drizzle-orm";
import { schema } from "@yakkan/db";
import type { Executor } from "../common/executor.js";

/** The table rate-limiter-flexible's RateLimiterDrizzle keeps its counters in. */
export const rateLimitsTable = schema.rateLimits;

/** Drops counters that expired before `before` (start-up housekeeping, as the owner). */
export async function deleteExpiredCounters(db: Executor, before: Date): Promise<void> {
  await db.delete(schema.rateLimits).where(lt(schema.rateLimits.expire, before));
}
