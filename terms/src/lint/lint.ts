import {
  conditionTests,
  matchPrice,
  pathText,
  serviceDefinitionSchema,
  visitTerms,
  type Citation,
  type Condition,
  type ParameterSpec,
  type Path,
  type PriceHandlers,
  type Reference,
  type ServiceDefinition,
  type TermsBody,
} from "../dsl/index.js";
import { addDays } from "../engine/date-arithmetic.js";
import { RULE_IDS } from "../engine/trace.js";

/** One problem found in terms data, located by file and path inside it. */
export interface Finding {
  severity: "error" | "notice";
  file: string;
  path: string;
  message: string;
}

/** Source texts by document id (e.g. "utm-support.terms"), for checking quotes. */
export type SourceTexts = ReadonlyMap<string, string>;

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Internal documents no public text may name: the team's reading aid (the terms digest) and the
 * repository's own files. Customers see the terms, never our notes about them.
 */
export const INTERNAL_DOCUMENT = /ダイジェスト|\bdigest\b|[\w-]+\.md\b|shared\/(?:spec|seeds)/i;

function pathOf(segments: readonly PropertyKey[]): string {
  return pathText(segments.map((s) => (typeof s === "number" ? s : String(s))));
}

/**
 * Lints one service definition: the DSL's schema first (every problem with its path), then the
 * rules a schema cannot state — quotes found in the source, bands without gaps or overlaps,
 * references to parameters, values, fee codes, calendars, parties and clauses that resolve,
 * versions in order without overlap.
 */
export function lintService(input: unknown, file: string, sources: SourceTexts = new Map()): Finding[] {
  const parsed = serviceDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      severity: "error" as const,
      file,
      path: pathOf(issue.path),
      message: issue.message,
    }));
  }
  const service = parsed.data;
  const findings: Finding[] = [];
  const error = (path: string, message: string) => findings.push({ severity: "error", file, path, message });
  const notice = (path: string, message: string) => findings.push({ severity: "notice", file, path, message });

  lintVersions(service, error, notice);
  service.versions.forEach((version, vi) => {
    if (!version.terms) return;
    lintTerms(version.terms, `versions[${vi}].terms`, error, notice);
  });
  lintCitations(input, sources, error);
  lintPublicTexts(input, error);
  return findings;
}

type Report = (path: string, message: string) => void;

function lintVersions(service: ServiceDefinition, error: Report, notice: Report) {
  const versions = service.versions;
  const labels = new Set<string>();
  versions.forEach((v, i) => {
    if (labels.has(v.version)) error(`versions[${i}].version`, `duplicate version label "${v.version}"`);
    labels.add(v.version);
    if (v.effectiveTo && v.effectiveTo < v.effectiveFrom) {
      error(`versions[${i}].effectiveTo`, `ends (${v.effectiveTo}) before it starts (${v.effectiveFrom})`);
    }
    const next = versions[i + 1];
    if (!next) return;
    if (next.effectiveFrom <= v.effectiveFrom) {
      error(
        `versions[${i + 1}].effectiveFrom`,
        `versions must be in order of effectiveFrom (${next.effectiveFrom} is not after ${v.effectiveFrom})`,
      );
    } else if (v.effectiveTo && v.effectiveTo >= next.effectiveFrom) {
      error(`versions[${i}].effectiveTo`, `overlaps the next version (${v.effectiveTo} ≥ ${next.effectiveFrom})`);
    } else if (v.effectiveTo && addDays(v.effectiveTo, 1) !== next.effectiveFrom) {
      notice(
        `versions[${i}].effectiveTo`,
        `no version is in force from ${addDays(v.effectiveTo, 1)} to the day before ${next.effectiveFrom}`,
      );
    }
  });
  if (!versions.some((v) => v.terms)) notice("versions", "no version is computable (no terms text)");
}

function lintTerms(terms: TermsBody, base: string, error: Report, notice: Report) {
  const at = (path: Path) => `${base}.${pathText(path)}`;
  const params = new Map<string, ParameterSpec>();
  terms.parameters.forEach((p, i) => {
    if (params.has(p.key)) error(`${base}.parameters[${i}].key`, `duplicate parameter "${p.key}"`);
    params.set(p.key, p);
  });
  const calendars = new Set(terms.calendars.map((c) => c.id));
  const parties = new Set(terms.parties.map((p) => p.id));
  const feeCodes = new Set<string>();
  terms.fees.forEach((f, i) => {
    if (feeCodes.has(f.code)) error(`${base}.fees[${i}].code`, `duplicate fee code "${f.code}"`);
    feeCodes.add(f.code);
  });

  /** A condition reads parameters; a change rule's reads "before.<key>" or "after.<key>". */
  const checkCondition = (condition: Condition, path: string, over: "configuration" | "change") => {
    for (const test of conditionTests(condition)) {
      const key = over === "change" ? test.param.replace(/^(before|after)\./, "") : test.param;
      if (over === "change" && key === test.param) {
        error(path, `change conditions read "before.<key>" or "after.<key>", not "${test.param}"`);
        continue;
      }
      const spec = params.get(key);
      if (!spec) {
        error(path, `condition refers to unknown parameter "${test.param}"`);
        continue;
      }
      if ("in" in test) {
        for (const value of test.in) {
          if (!valueAllowed(spec, value)) error(path, `"${key}" has no value ${JSON.stringify(value)}`);
        }
      }
    }
  };

  const checkReference = (ref: Reference, path: string) => {
    switch (ref.to) {
      case "parameter": {
        const spec = params.get(ref.key);
        if (!spec) error(path, `unknown parameter "${ref.key}"`);
        else if (ref.integer && spec.type !== "integer") error(path, `"${ref.key}" is not an integer parameter`);
        return;
      }
      case "fee":
        if (!feeCodes.has(ref.code)) error(path, `unknown fee code "${ref.code}"`);
        return;
      case "calendar":
        if (!calendars.has(ref.id)) error(path, `unknown calendar "${ref.id}"`);
        return;
      case "party":
        if (!parties.has(ref.id)) error(path, `unknown party "${ref.id}"`);
        return;
      case "rule":
        if (!(RULE_IDS as readonly string[]).includes(ref.id))
          error(path, `unknown rule id "${ref.id}" (known: ${RULE_IDS.join(", ")})`);
        return;
    }
  };

  visitTerms(terms, {
    condition: (condition, path, over) => checkCondition(condition, at(path), over),
    reference: (ref, path) => checkReference(ref, at(path)),
    price: (rule, path) => matchPrice(rule, LINT_PRICE, { path: at(path), params, error }),
  });

  terms.parameters.forEach((p, i) => {
    const path = `${base}.parameters[${i}]`;
    p.rules.forEach((r, ri) => {
      for (const v of [...(r.allowed ?? []), ...(r.default === undefined ? [] : [r.default])]) {
        if (!valueAllowed(p, v)) error(`${path}.rules[${ri}]`, `${JSON.stringify(v)} is not a value of "${p.key}"`);
      }
      if (r.min !== undefined && r.max !== undefined && r.min > r.max)
        error(`${path}.rules[${ri}]`, `min ${r.min} > max ${r.max}`);
    });
    if (p.rules.slice(0, -1).some((r) => r.when === undefined)) {
      error(`${path}.rules`, "a rule without `when` must be the last one (later rules could never apply)");
    }
  });
  terms.fees.forEach((f, i) => {
    if (f.kind === "one-off" && !f.event)
      error(`${base}.fees[${i}].event`, "a one-off fee says when it is charged (new, change, add, remove, request)");
  });
  if (terms.cancellation.lateNotice.type === "byConfirmation" && !terms.cancellation.confirmation) {
    error(`${base}.cancellation.confirmation`, "lateNotice byConfirmation needs a confirmation rule");
  }
  if (terms.limits.minimum.length > 0 && !terms.limits.earlyTermination) {
    notice(`${base}.limits.earlyTermination`, "a minimum term without an early-termination rule");
  }
  const operations = new Set<string>();
  const feeByCode = new Map(terms.fees.map((f) => [f.code, f]));
  terms.permissions.forEach((p, i) => {
    const path = `${base}.permissions[${i}]`;
    if (operations.has(p.operation)) error(`${path}.operation`, `duplicate operation "${p.operation}"`);
    operations.add(p.operation);
    const item = p.feeCode === undefined ? undefined : feeByCode.get(p.feeCode);
    if (item && (item.kind !== "one-off" || item.event !== "request")) {
      error(`${path}.feeCode`, `"${item.code}" is not a fee charged on request (a one-off fee with event "request")`);
    } else if (p.feeCode === undefined && p.fee && p.fee.type !== "unpriced") {
      error(`${path}.fee`, "a priced fee copies the price list: name its fee item in feeCode instead");
    }
  });
  lintBlockSizes(terms, base, error);

  lintCrossReferences(terms, base, error, notice);
}

/**
 * A parameter priced in blocks has one block size: its `pricingBlock` (shown by forms) is derived
 * from the fees' `quantity.blockSize`, so fees that disagree leave it without one.
 */
function lintBlockSizes(terms: TermsBody, base: string, error: Report) {
  const byParam = new Map<string, { size: number; path: string }[]>();
  terms.fees.forEach((f, i) => {
    if (f.quantity?.blockSize === undefined) return;
    byParam.set(f.quantity.param, [
      ...(byParam.get(f.quantity.param) ?? []),
      { size: f.quantity.blockSize, path: `${base}.fees[${i}].quantity.blockSize` },
    ]);
  });
  for (const [key, blocks] of byParam) {
    const sizes = [...new Set(blocks.map((b) => b.size))];
    if (sizes.length < 2) continue;
    for (const b of blocks)
      error(
        b.path,
        `"${key}" is priced in blocks of ${sizes.join(" and ")}: one parameter has one block size (its pricingBlock)`,
      );
  }
}

interface PriceLintContext {
  path: string;
  params: ReadonlyMap<string, ParameterSpec>;
  error: Report;
}

/** What each price type must satisfy beyond its schema (a table's parameter itself is a reference). */
const LINT_PRICE: PriceHandlers<void, PriceLintContext> = {
  fixed: () => undefined,
  metered: () => undefined,
  unpriced: () => undefined,
  table: (rule, { path, params, error }) => {
    const spec = params.get(rule.param);
    if (!spec) return;
    const seen = new Set<string>();
    rule.rows.forEach((row, i) => {
      if (!valueAllowed(spec, row.value))
        error(`${path}.rows[${i}].value`, `"${rule.param}" has no value ${JSON.stringify(row.value)}`);
      if (seen.has(String(row.value))) error(`${path}.rows[${i}].value`, `duplicate row ${JSON.stringify(row.value)}`);
      seen.add(String(row.value));
    });
  },
  bands: (rule, { path, error }) =>
    rule.bands.forEach((band, i) => {
      if (band.to !== null && band.to < band.from)
        error(`${path}.bands[${i}]`, `band ends (${band.to}) before it starts (${band.from})`);
      const next = rule.bands[i + 1];
      if (!next) return;
      if (band.to === null) error(`${path}.bands[${i}].to`, "only the last band may be open-ended");
      else if (next.from <= band.to)
        error(`${path}.bands[${i + 1}].from`, `overlaps the previous band (${next.from} ≤ ${band.to})`);
      else if (next.from !== band.to + 1)
        error(
          `${path}.bands[${i + 1}].from`,
          `gap after the previous band (${band.to + 1}–${next.from - 1} has no price)`,
        );
    }),
  cases: (rule, { path, error }) => {
    if (rule.cases.slice(0, -1).some((c) => c.when === undefined))
      error(`${path}.cases`, "a case without `when` must be the last one");
  },
};

function lintCrossReferences(terms: TermsBody, base: string, error: Report, notice: Report) {
  const outline = new Map(terms.outline.map((o) => [o.clause, o]));
  terms.crossReferences.forEach((ref, i) => {
    const at = `${base}.crossReferences[${i}]`;
    const article = /^(第\d+条|別紙\d+|§\d+)/.exec(ref.target)?.[1] ?? ref.target;
    const paragraph = /第(\d+)項/.exec(ref.target.slice(article.length))?.[1];
    const entry = outline.get(article);
    let problem: string | undefined;
    if (!entry) problem = `${ref.at} refers to ${ref.target}, which does not exist`;
    else if (paragraph && entry.paragraphs !== undefined && Number(paragraph) > entry.paragraphs) {
      problem = `${ref.at} refers to ${ref.target}, but ${article} has ${entry.paragraphs} paragraph(s)`;
    } else if (ref.subject && !(entry.title.includes(ref.subject) || ref.subject.includes(entry.title))) {
      problem = `${ref.at} refers to ${ref.target} for "${ref.subject}", but ${article} is "${entry.title}"`;
    }
    const defect = ref.knownDefect;
    if (problem && defect) {
      // A notice must name a real defect: a wrong target is read as another place; a wording
      // defect points to the right place and only names it wrongly.
      const readAsItself = sameReference(defect.intended, ref.target);
      if (defect.kind === "target" && readAsItself) {
        error(
          at,
          `not a defect of the target: ${ref.target} is read as itself ("${defect.intended}"); fix the subject, or record a wording defect or a note`,
        );
      } else if (defect.kind === "wording" && !readAsItself) {
        error(
          at,
          `a wording defect keeps the target: intended "${defect.intended}" is not ${ref.target} (record a target defect instead)`,
        );
      } else if (defect.kind === "wording") {
        notice(
          at,
          `known wording defect in the source: ${ref.at} names ${ref.target} "${ref.subject ?? ref.target}": ${defect.note.en}`,
        );
      } else {
        notice(at, `known defect in the source: ${problem}; read as ${defect.intended}`);
      }
    } else if (problem) {
      error(at, problem);
    } else if (ref.knownDefect) {
      error(at, `marked as a known defect, but ${ref.target} resolves: remove knownDefect or correct the reference`);
    }
  });
}

/** Two references name the same place: white space and parenthesised titles aside. */
export function sameReference(a: string, b: string): boolean {
  const normalise = (s: string) => s.replace(/（[^）]*）|\([^)]*\)/g, "").replace(/\s+/g, "");
  return normalise(a) === normalise(b);
}

/** Every citation with a quote must quote its source document (whitespace aside). */
function lintCitations(input: unknown, sources: SourceTexts, error: Report) {
  if (sources.size === 0) return;
  const normalized = new Map([...sources].map(([id, text]) => [id, text.split("\n").map(collapse).join("\n")]));
  walkCitations(input, [], (citation, path) => {
    if (!citation.text) return;
    const source = normalized.get(citation.document);
    if (source === undefined) return; // statutes and other documents outside the seeds
    const quote = collapse(citation.text);
    if (!source.includes(quote))
      error(
        pathOf(path),
        `quote not found in ${citation.document} (${citation.clause}): "${quote.slice(0, 60)}${quote.length > 60 ? "…" : ""}"`,
      );
  });
}

/** Every text shown to people (anything but a quoted source) must stand without internal documents. */
function lintPublicTexts(input: unknown, error: Report) {
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (typeof node === "string") {
      const found = INTERNAL_DOCUMENT.exec(node)?.[0];
      if (found)
        error(pathOf(path), `public text names an internal document ("${found}"): say it in the terms' own words`);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, [...path, i]));
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (typeof record["document"] === "string" && typeof record["clause"] === "string") return; // a quote of the source
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
  };
  visit(input, []);
}

function walkCitations(node: unknown, path: PropertyKey[], visit: (c: Citation, path: PropertyKey[]) => void) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walkCitations(child, [...path, i], visit));
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  if (typeof record["document"] === "string" && typeof record["clause"] === "string") {
    visit(record as unknown as Citation, path);
    return;
  }
  for (const [key, child] of Object.entries(record)) walkCitations(child, [...path, key], visit);
}

function valueAllowed(spec: ParameterSpec, value: unknown): boolean {
  switch (spec.type) {
    case "enum":
      return spec.values.some((v) => v.value === value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
  }
}
