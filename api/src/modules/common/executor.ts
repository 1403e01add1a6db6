import type { Database } from "@yakkan/db";

/** A transaction of the database as one context (row-level security applies inside it). */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** The database or a transaction: repositories write inside their caller's transaction when given one. */
export type Executor = Database | Tx;

/** A function's parameters after the first (the context). */
export type DropFirst<T extends unknown[]> = T extends [unknown, ...infer Rest] ? Rest : never;
