import type { JsonValue } from "@yakkan/db";
import type { ApiContext } from "../../context.js";
import { AppError, badInput } from "../../errors.js";
import type { Tx } from "../common/executor.js";
import { contentHash } from "../terms-versions/content-hash.js";
import { claimKey, findKey, storeResponse } from "./idempotency.repository.js";

/** Reads a stored result back (a zod schema's parse): what is replayed is checked like any jsonb. */
export interface ResultReader<T> {
  parse(value: unknown): T;
}

/**
 * Runs a state change once per idempotency key, in one transaction. The same key and payload replays
 * the first result; the same key with another payload is IDEMPOTENCY_MISMATCH. Concurrent duplicates
 * wait on the key's unique index, so exactly one of them does the work.
 */
export async function idempotent<T extends JsonValue | object>(
  ctx: ApiContext,
  userId: string,
  operation: string,
  key: string,
  input: unknown,
  reader: ResultReader<T>,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  if (!/^[\w.:-]{8,200}$/.test(key)) {
    throw badInput(ctx.lang, [
      {
        path: ["idempotencyKey"],
        message: {
          ja: "8〜200 文字の英数字・記号（._:-）で指定してください",
          en: "8–200 characters: letters, digits, . _ : -",
        },
      },
    ]);
  }
  const requestHash = contentHash({ operation, input });
  return ctx.db.transaction(async (tx) => {
    if (!(await claimKey(tx, { userId, key, operation, requestHash }))) {
      const previous = await findKey(tx, userId, key);
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
      return reader.parse(previous.response);
    }
    const result = await work(tx);
    await storeResponse(tx, userId, key, JSON.parse(JSON.stringify(result)) as JsonValue);
    return result;
  });
}
