import type { TermsBody } from "../src/dsl/index.js";

// Every service folder has the same layout: one file per block of a terms version, named for the
// block, so a finding's path tells which file to open. A block a service does not have has no file.
//
//   index.ts       the service: id, names, provider, documents, versions (each with its terms)
//   cite.ts        the document id, a cite(clause, quote) helper, clauses cited from several files
//   <block>.ts     below; cases/*.yaml the golden cases

/** The file of a service folder that holds each block of its terms (the compiler insists on every block). */
export const BLOCK_FILES: { readonly [K in keyof TermsBody]-?: string } = {
  calendars: "calendars.ts",
  parameters: "parameters.ts",
  fees: "fees.ts",
  tax: "fees.ts",
  rounding: "fees.ts",
  billing: "billing.ts",
  order: "order.ts",
  cancellation: "cancellation.ts",
  limits: "limits.ts",
  lateInterest: "interest.ts",
  outageCredit: "credits.ts",
  surcharge: "surcharge.ts",
  parties: "responsibilities.ts",
  responsibilities: "responsibilities.ts",
  permissions: "permissions.ts",
  changeRules: "change-rules.ts",
  outline: "outline.ts",
  crossReferences: "outline.ts",
  interpretations: "interpretations.ts",
};

/** The files every service folder has besides its blocks. */
export const SERVICE_FILES = ["index.ts", "cite.ts"] as const;

/**
 * The file a path inside a service definition comes from, e.g. `versions[10].terms.permissions[3].mode`
 * → permissions.ts; anything outside a terms body (names, versions, their citations) → index.ts.
 */
export function fileOfPath(path: string): string {
  const block = /^versions\[\d+\]\.terms\.(\w+)/.exec(path)?.[1];
  return block !== undefined && block in BLOCK_FILES ? BLOCK_FILES[block as keyof TermsBody] : "index.ts";
}
