import { and, eq } from "drizzle-orm";
import { schema, type JsonValue } from "@yakkan/db";
import type { Executor } from "../common/executor.js";

export type IdempotencyKeyRow = typeof schema.idempotencyKeys.$inferSelect;

/**
 * Claims a key for a user in the caller's transaction. False when the key exists already: a
 * concurrent claim waits on the unique index until the first transaction ends.
 */
export async function claimKey(
  tx: Executor,
  key: { userId: string; key: string; operation: string; requestHash: string },
): Promise<boolean> {
  const inserted = await tx
    .insert(schema.idempotencyKeys)
    .values(key)
    .onConflictDoNothing()
    .returning({ key: schema.idempotencyKeys.key });
  return inserted.length > 0;
}

export async function findKey(tx: Executor, userId: string, key: string): Promise<IdempotencyKeyRow | undefined> {
  const [row] = await tx
    .select()
    .from(schema.idempotencyKeys)
    .where(and(eq(schema.idempotencyKeys.userId, userId), eq(schema.idempotencyKeys.key, key)));
  return row;
}

/** Keeps the first result, to replay it for a retry with the same key. */
export async function storeResponse(tx: Executor, userId: string, key: string, response: JsonValue): Promise<void> {
  await tx
    .update(schema.idempotencyKeys)
    .set({ response })
    .where(and(eq(schema.idempotencyKeys.userId, userId), eq(schema.idempotencyKeys.key, key)));
}
