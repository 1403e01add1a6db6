import type { Citation, TermsBodyInput } from "../../src/dsl/index.js";

// The clauses that NTT West's UTM サポート and Server サポート documents state in the same words
// (articles 第1条–第34条 and 別紙4 2.–5. are one template), written once here, in files named for
// the block they belong to, like a service folder. Each is a function of the clauses it rests on:
// a document passes its own citations (its own clause numbers and quotes, which the linter checks
// against that document), so a shared block yields per-document citations.

/** A clause as one document states it: one citation, or several where its text breaks across lines. */
export type Cited = Citation[];

/** The input type of one block of a terms body. */
export type Block<K extends keyof TermsBodyInput> = NonNullable<TermsBodyInput[K]>;
/** The input type of one entry of a list block. */
export type Entry<K extends keyof TermsBodyInput> = Block<K> extends (infer E)[] ? E : never;
