import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The source documents the terms data cites, shipped with the package (`terms/sources/`, copies of
 * the authoritative `shared/seeds/`; a test keeps them identical), so the portal can show a quote
 * in its document.
 */
export const SOURCES_DIR = fileURLToPath(
  new URL(import.meta.url.includes("/dist/") ? "../../sources" : "../sources", import.meta.url),
);

/** Document ids ("utm-support.terms") that have a source text. */
export function sourceDocumentIds(): string[] {
  if (!existsSync(SOURCES_DIR)) return [];
  return readdirSync(SOURCES_DIR)
    .filter((f) => f.endsWith(".ja.txt"))
    .map((f) => f.replace(/\.ja\.txt$/, ""))
    .sort();
}

/** The text of a source document, or null when there is none by that id. */
export function readSourceDocument(id: string): string | null {
  if (!sourceDocumentIds().includes(id)) return null;
  return readFileSync(`${SOURCES_DIR}/${id}.ja.txt`, "utf8");
}

/**
 * Every source text in a directory, keyed by document id ("utm-support.terms" for
 * utm-support.terms.ja.txt): what the linter checks quotes against.
 */
export function readSourceTexts(dir: string = SOURCES_DIR): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith(".ja.txt"))
      .map((f) => [f.replace(/\.ja\.txt$/, ""), readFileSync(join(dir, f), "utf8")]),
  );
}
