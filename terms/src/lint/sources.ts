import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The source texts in a directory, keyed by document id ("utm-support.terms" for utm-support.terms.ja.txt). */
export function readSources(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith(".ja.txt"))
      .map((f) => [f.replace(/\.ja\.txt$/, ""), readFileSync(join(dir, f), "utf8")]),
  );
}
