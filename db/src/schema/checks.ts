import { sql, type SQL } from "drizzle-orm";
import { check, type AnyPgColumn } from "drizzle-orm/pg-core";

/** A CHECK that a text column holds one of a fixed list (the same list the TypeScript enum uses). */
export function checkIn(name: string, column: AnyPgColumn, values: readonly string[]) {
  const list: SQL = sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", "));
  return check(name, sql`${column} in (${list})`);
}
