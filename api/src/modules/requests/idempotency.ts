import { and, eq } from "drizzle-orm";
import { schema, type Database } from "@yakkan/db";
import type { ApiContext } from "../../context.js";
import { AppError, badInput } from "../../errors.js";
import { contentHash } from "../terms-versions/sync-terms-versions.js";

export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * Runs a state change once per idempotency key, in one transaction. The same key and payload replays
 * the first result; the same key with another payload is IDEMPOTENCY_MISMATCH. Concurrent duplicates
 * wait on the key's unique index, so exactly one of them does the work.
 */
export async function idempotent<T>(
  ctx: ApiContext,
  userId: string,
  operation: string,
  key: string,
  input: unknown,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  if (!/^[\w.:-]{8,200}$/.test(key)) {
    throw badInput(ctx.lang, [
      {
        path: ["idempotencyKey"],
        message: { ja: "8〜200 文字の英数字・記号（._:-）で指定してください", en: "8–200 characters: letters, digits, . _ : -" },
      },
    ]);
  }
  const requestHash = contentHash({ operation, input });
  return ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(schema.idempotencyKeys)
      .values({ userId, key, operation, requestHash })
      .onConflictDoNothing()
      .returning({ key: schema.idempotencyKeys.key });
    if (inserted.length === 0) {
      const [previous] = await tx
        .select()
        .from(schema.idempotencyKeys)
        .where(and(eq(schema.idempotencyKeys.userId, userId), eq(schema.idempotencyKeys.key, key)));
      if (!previous || previous.requestHash !== requestHash || previous.operation !== operation) {
        throw new AppError(
          "IDEMPOTENCY_MISMATCH",
          {
            ja: "この冪等キーは別の内容の操作に使われています。新しいキーで送信してください。",
            en: "This idempotency key was used for a different request. Send it with a new key.",
          },
          [],
          ctx.lang,
        );
      }
      return previous.response as T;
    }
    const result = await work(tx);
    await tx
      .update(schema.idempotencyKeys)
      .set({ response: result as object })
      .where(and(eq(schema.idempotencyKeys.userId, userId), eq(schema.idempotencyKeys.key, key)));
    return result;
  });
}
