import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/**
 * Checks run on every page the browser suite visits (browser.ts runs them after every navigation
 * of every page it opens): axe-core, failing on any serious or critical violation, and language
 * purity.
 *
 * Language purity, precisely. The text checked is every text node of <body> (not <script>,
 * <style>, <template>) plus the aria-label, title, alt and placeholder attributes, each in the
 * language of its nearest `lang` ancestor.
 * - Text in EXEMPT_ELEMENTS is not checked.
 * - Text in an element whose language is not the page's (`<html lang>`) is exempt: the portal marks
 *   quoted clause text (a citation's <blockquote>, the source viewer), clause identifiers (a
 *   citation's label), and Japanese names of people, organisations and documents with `lang="ja"`,
 *   the language switch with the other language.
 * - English page: after removing the exempt parts below, no text may contain Japanese (kana, kanji,
 *   full-width forms). Exempt within English text: (1) quoted source text — in “…”, "…", 「…」 or
 *   『…』; (2) clause identifiers as the terms number them (CLAUSE_REFERENCE: 第7条第2項, 別紙4 2.(3)ⅱ,
 *   附則, §18③); (3) a terms version's name (VERSION_NAME: "2022-05-09 改訂"); (4) the original
 *   Japanese term glossed in parentheses right after its translation, "Business days (営業日)",
 *   up to 12 characters.
 * - Japanese page: no text may contain an English word — a run of two or more Latin letters —
 *   except codes and proper names: <code>/<kbd>/<samp> content and the legal console's JSON editor; upper-case identifiers and
 *   abbreviations (YK-FM-0001, CSV, OS6, 100M); dotted or hyphenated lower-case identifiers
 *   (ocf.region.add, qtnet-business-days); a file extension (.ics); a version label (Ver1.0); lower-case roman numerals in clause numbers (ii);
 *   e-mail addresses and URLs; tokens mixing letters and digits (IPv4, a draft's id); and the names
 *   in PROPER_NAMES (products, companies and technical names that the terms themselves write in
 *   Latin letters). A parameter's key (camelCase, monthlyFee) or a `key: false` dump is never
 *   exempt: customers see parameters by their labels (issue 13).
 */
export const PROPER_NAMES = [
  "QT PRO",
  "QTnet",
  "Cloud",
  "Flex",
  "Mobility",
  "Starter",
  "Core",
  "Complete",
  "Biz Box",
  "BizBox",
  "Server",
  "Pro",
  "Professional",
  "Standard",
  "Compute Fabric",
  "IaaS",
  "Active Directory",
  "Microsoft",
  "Ping",
  "Traceroute",
  "Web",
  "Yakkan",
  "FLET'S",
  "Internet",
  "Wi-Fi",
];

/** Elements exempt in both languages: quoted source text (a citation's <blockquote>, <q>, the source viewer's text). */
export const EXEMPT_ELEMENTS = "blockquote, q, .source-text";

/** Clause identifiers as the Japanese terms number them (the English pages cite them as named). */
export const CLAUSE_REFERENCE =
  /(?:(?:民法|地方税法|消費税法|商法)?第[0-9０-９]+条(?:の[0-9０-９]+)?(?:第[0-9０-９]+項)?(?:第[0-9０-９]+号)?[①-⑳ア-オイ]*|別紙\s?[0-9０-９]+(?:\s?[0-9]+\.?)?(?:\([0-9]+\))?[①-⑳ⅰ-ⅻ]*|第[0-9０-９]+[項号]|附則(?:（[^）]*）)?|前文|表紙|地方税法|（令和[^）]*）|[①-⑳ⅰ-ⅻ]+|[、・])/g;

/** A terms version's name: its date and 改正 (amended), 改訂 (revised) or 改定案 (a draft, with its id). */
export const VERSION_NAME = /\d{4}-\d{2}-\d{2} (?:改正|改訂|改定案)(?: \([a-z0-9]+\))?/g;

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface PageFinding {
  url: string;
  width: number;
  kind: "axe" | "language";
  detail: string;
}

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/** Runs axe-core in the page; serious and critical violations are returned as findings. */
export async function axeFindings(page: Page): Promise<PageFinding[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe.run(document, {
      resultTypes: ["violations"],
    }),
  )) as AxeResult;
  const width = page.viewportSize()?.width ?? 0;
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      url: page.url(),
      width,
      kind: "axe" as const,
      detail: `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => JSON.stringify(n.target))
        .join(", ")}`,
    }));
}

/** Text of the page in a language other than the page's, outside the exemptions above. */
export async function languageFindings(page: Page): Promise<PageFinding[]> {
  const found = await page.evaluate(
    ({ properNames, clauseSource, versionSource, exemptSelector }) => {
      const pageLang = (document.documentElement.lang || "ja").slice(0, 2);
      const japanese = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff5e\uff61-\uff9f]/;
      const langOf = (el: Element | null): string =>
        (el?.closest("[lang]")?.getAttribute("lang") ?? pageLang).slice(0, 2);
      const inCode = (el: Element | null): boolean => Boolean(el?.closest("code, kbd, samp, textarea.json-editor"));
      const skip = (el: Element | null): boolean =>
        Boolean(el?.closest(`script, style, template, noscript, ${exemptSelector}`));
      const names = [...properNames].sort((a, b) => b.length - a.length);
      const englishLeft = (text: string): string[] => {
        let rest = text.replace(versionName, " ");
        for (const n of names) rest = rest.split(n).join(" ");
        rest = rest
          .replace(/https?:\/\/\S+/g, " ")
          .replace(/[\w.+-]+@[\w.-]+\.[a-z]{2,}/gi, " ")
          .replace(/\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]+\b/g, " ") // letters and digits: IPv4, mwzb19sj
          .replace(/\b[a-z0-9]+(?:[.-][a-z0-9]+)+\b/g, " ") // dotted or hyphenated identifiers
          .replace(/\.ics\b/g, " ")
          .replace(/\bVer[0-9.]+/g, " ")
          .replace(/\b[ivx]{1,4}\b/g, " ");
        const words = rest.match(/[A-Za-z][A-Za-z'’]*[A-Za-z]/g) ?? [];
        // Upper-case identifiers and abbreviations, with digits or hyphens (OS6, YK-FM-0001, 100M).
        return words.filter((w) => !/^[A-Z][A-Z0-9'-]*$/.test(w));
      };
      const clauseReference = new RegExp(clauseSource, "g");
      const versionName = new RegExp(versionSource, "g");
      const japaneseLeft = (text: string): boolean =>
        japanese.test(
          text
            .replace(/“[^”]*”|"[^"]*"|「[^」]*」|『[^』]*』/g, " ")
            .replace(versionName, " ")
            .replace(clauseReference, " ")
            .replace(/[A-Za-z)] ?[(（][^()（）]{1,12}[)）]/g, " "),
        );
      const out: string[] = [];
      const check = (text: string, el: Element | null) => {
        const t = text.replace(/\s+/g, " ").trim();
        if (!t || skip(el)) return;
        const lang = langOf(el);
        if (lang !== pageLang) return;
        if (pageLang === "en" && japaneseLeft(t)) out.push(`Japanese on an English page: "${t.slice(0, 80)}"`);
        if (pageLang === "ja" && !inCode(el)) {
          const words = englishLeft(t);
          if (words.length > 0)
            out.push(`English on a Japanese page: ${words.slice(0, 3).join(", ")} in "${t.slice(0, 80)}"`);
        }
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) check(n.textContent ?? "", n.parentElement);
      for (const el of Array.from(document.body.querySelectorAll("[aria-label], [title], [alt], [placeholder]"))) {
        for (const a of ["aria-label", "title", "alt", "placeholder"]) {
          const v = el.getAttribute(a);
          if (v) check(v, el);
        }
      }
      return [...new Set(out)];
    },
    {
      properNames: PROPER_NAMES,
      clauseSource: CLAUSE_REFERENCE.source,
      versionSource: VERSION_NAME.source,
      exemptSelector: EXEMPT_ELEMENTS,
    },
  );
  const width = page.viewportSize()?.width ?? 0;
  return found.map((detail) => ({ url: page.url(), width, kind: "language" as const, detail }));
}

/** Both checks on the page as it is now. */
export async function checkPage(page: Page): Promise<PageFinding[]> {
  return [...(await axeFindings(page)), ...(await languageFindings(page))];
}
