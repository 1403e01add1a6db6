import { eq } from "drizzle-orm";
import { schema, type JsonObject } from "@yakkan/db";
import type { Executor } from "../common/executor.js";

export type QuoteSnapshotRow = typeof schema.quoteSnapshots.$inferSelect;
export type NewQuoteSnapshot = typeof schema.quoteSnapshots.$inferInsert & { inputs: JsonObject; result: JsonObject };

/** Writes a reviewed quote in the caller's transaction. */
export async function insertQuoteSnapshot(tx: Executor, snapshot: NewQuoteSnapshot): Promise<QuoteSnapshotRow> {
  const [row] = await tx.insert(schema.quoteSnapshots).values(snapshot).returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

/** One reviewed quote the context may see (row-level security applies), or undefined. */
export async function findQuoteSnapshot(db: Executor, id: string): Promise<QuoteSnapshotRow | undefined> {
  const [row] = await db.select().from(schema.quoteSnapshots).where(eq(schema.quoteSnapshots.id, id));
  return row;
}
