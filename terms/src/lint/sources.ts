import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * Finds the source documents (`shared/seeds/*.ja.txt`) beside the repository: the directory named
 * by YAKKAN_SEEDS, or `shared/seeds` in a parent directory of `start`.
 */
export function findSeedsDir(start: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env["YAKKAN_SEEDS"]) return env["YAKKAN_SEEDS"];
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, "shared", "seeds");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The seed texts keyed by document id ("utm-support.terms" for utm-support.terms.ja.txt). */
export function readSources(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith(".ja.txt"))
      .map((f) => [f.replace(/\.ja\.txt$/, ""), readFileSync(join(dir, f), "utf8")]),
  );
}
