import {
  serviceDefinitionSchema,
  type Citation,
  type Condition,
  type ParameterSpec,
  type PriceRule,
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
  return segments
    .map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`))
    .join("");
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
      error(`versions[${i + 1}].effectiveFrom`, `versions must be in order of effectiveFrom (${next.effectiveFrom} is not after ${v.effectiveFrom})`);
    } else if (v.effectiveTo && v.effectiveTo >= next.effectiveFrom) {
      error(`versions[${i}].effectiveTo`, `overlaps the next version (${v.effectiveTo} ≥ ${next.effectiveFrom})`);
    } else if (v.effectiveTo && addDays(v.effectiveTo, 1) !== next.effectiveFrom) {
      notice(`versions[${i}].effectiveTo`, `no version is in force from ${addDays(v.effectiveTo, 1)} to the day before ${next.effectiveFrom}`);
    }
  });
  if (!versions.some((v) => v.terms)) notice("versions", "no version is computable (no terms text)");
}

function lintTerms(terms: TermsBody, base: string, error: Report, notice: Report) {
  const params = new Map<string, ParameterSpec>();
  terms.parameters.forEach((p, i) => {
    if (params.has(p.key)) error(`${base}.parameters[${i}].key`, `duplicate parameter "${p.key}"`);
    params.set(p.key, p);
  });
  const calendars = new Set(terms.calendars.map((c) => c.id));
  const feeCodes = new Set<string>();
  terms.fees.forEach((f, i) => {
    if (feeCodes.has(f.code)) error(`${base}.fees[${i}].code`, `duplicate fee code "${f.code}"`);
    feeCodes.add(f.code);
  });

  /** A condition may read parameters, or before./after. parameters in change rules. */
  const checkCondition = (condition: Condition, path: string, prefixed = false) => {
    walkCondition(condition, (leaf) => {
      const key = prefixed ? leaf.param.replace(/^(before|after)\./, "") : leaf.param;
      if (prefixed && key === leaf.param) {
        error(path, `change conditions read "before.<key>" or "after.<key>", not "${leaf.param}"`);
        return;
      }
      const spec = params.get(key);
      if (!spec) {
        error(path, `condition refers to unknown parameter "${leaf.param}"`);
        return;
      }
      if ("in" in leaf) {
        for (const value of leaf.in) {
          if (!valueAllowed(spec, value)) error(path, `"${key}" has no value ${JSON.stringify(value)}`);
        }
      }
    });
  };

  terms.parameters.forEach((p, i) => {
    const at = `${base}.parameters[${i}]`;
    if (p.appliesWhen) checkCondition(p.appliesWhen, `${at}.appliesWhen`);
    p.rules.forEach((r, ri) => {
      if (r.when) checkCondition(r.when, `${at}.rules[${ri}].when`);
      for (const v of [...(r.allowed ?? []), ...(r.default === undefined ? [] : [r.default])]) {
        if (!valueAllowed(p, v)) error(`${at}.rules[${ri}]`, `${JSON.stringify(v)} is not a value of "${p.key}"`);
      }
      if (r.min !== undefined && r.max !== undefined && r.min > r.max) error(`${at}.rules[${ri}]`, `min ${r.min} > max ${r.max}`);
    });
    if (p.rules.slice(0, -1).some((r) => r.when === undefined)) {
      error(`${at}.rules`, "a rule without `when` must be the last one (later rules could never apply)");
    }
  });

  terms.fees.forEach((f, i) => {
    const at = `${base}.fees[${i}]`;
    if (f.when) checkCondition(f.when, `${at}.when`);
    f.multipliers?.forEach((m, mi) => checkCondition(m.when, `${at}.multipliers[${mi}].when`));
    f.waivers?.forEach((w, wi) => checkCondition(w.when, `${at}.waivers[${wi}].when`));
    if (f.quantity) {
      const spec = params.get(f.quantity.param);
      if (!spec) error(`${at}.quantity.param`, `unknown parameter "${f.quantity.param}"`);
      else if (spec.type !== "integer") error(`${at}.quantity.param`, `"${f.quantity.param}" is not an integer parameter`);
    }
    if (f.kind === "one-off" && !f.event) error(`${at}.event`, "a one-off fee says when it is charged (new, change, add, remove, request)");
    lintPrice(f.price, `${at}.price`, params, checkCondition, error);
  });

  const durations: { path: string; calendar: string | undefined; unit: string }[] = [];
  terms.order.deadlines.forEach((d, i) => {
    durations.push({ path: `${base}.order.deadlines[${i}].before`, calendar: d.before.calendar, unit: d.before.unit });
    if (d.when) checkCondition(d.when, `${base}.order.deadlines[${i}].when`);
  });
  terms.order.targets.forEach((t, i) => durations.push({ path: `${base}.order.targets[${i}].duration`, calendar: t.duration.calendar, unit: t.duration.unit }));
  durations.push({ path: `${base}.cancellation.notice`, calendar: terms.cancellation.notice.calendar, unit: terms.cancellation.notice.unit });
  for (const [kind, list] of [["minimum", terms.limits.minimum], ["maximum", terms.limits.maximum]] as const) {
    list.forEach((l, i) => {
      if (l.when) checkCondition(l.when, `${base}.limits.${kind}[${i}].when`);
      durations.push({ path: `${base}.limits.${kind}[${i}].duration`, calendar: l.duration.calendar, unit: l.duration.unit });
    });
  }
  for (const d of durations) {
    if (d.calendar !== undefined && !calendars.has(d.calendar)) error(`${d.path}.calendar`, `unknown calendar "${d.calendar}"`);
  }
  if (terms.cancellation.confirmation && !calendars.has(terms.cancellation.confirmation.calendar)) {
    error(`${base}.cancellation.confirmation.calendar`, `unknown calendar "${terms.cancellation.confirmation.calendar}"`);
  }
  if (terms.cancellation.lateNotice.type === "byConfirmation" && !terms.cancellation.confirmation) {
    error(`${base}.cancellation.confirmation`, "lateNotice byConfirmation needs a confirmation rule");
  }
  if (terms.lateInterest.dueDateCalendar && !calendars.has(terms.lateInterest.dueDateCalendar)) {
    error(`${base}.lateInterest.dueDateCalendar`, `unknown calendar "${terms.lateInterest.dueDateCalendar}"`);
  }
  if (terms.limits.minimum.length > 0 && !terms.limits.earlyTermination) {
    notice(`${base}.limits.earlyTermination`, "a minimum term without an early-termination rule");
  }

  const parties = new Set(terms.parties.map((p) => p.id));
  terms.responsibilities.forEach((r, i) => {
    if (!parties.has(r.party)) error(`${base}.responsibilities[${i}].party`, `unknown party "${r.party}"`);
  });
  const operations = new Set<string>();
  terms.permissions.forEach((p, i) => {
    if (operations.has(p.operation)) error(`${base}.permissions[${i}].operation`, `duplicate operation "${p.operation}"`);
    operations.add(p.operation);
    if (p.leadTime?.calendar && !calendars.has(p.leadTime.calendar)) error(`${base}.permissions[${i}].leadTime.calendar`, `unknown calendar "${p.leadTime.calendar}"`);
  });
  terms.changeRules.forEach((c, i) => {
    const at = `${base}.changeRules[${i}]`;
    if (!params.has(c.param)) error(`${at}.param`, `unknown parameter "${c.param}"`);
    if (c.forbiddenWhen) checkCondition(c.forbiddenWhen, `${at}.forbiddenWhen`, true);
    c.fees.forEach((f, fi) => {
      if (!feeCodes.has(f.fee)) error(`${at}.fees[${fi}].fee`, `unknown fee code "${f.fee}"`);
    });
  });

  terms.interpretations.forEach((i, ii) => {
    (i.rules ?? []).forEach((r, ri) => {
      if (!(RULE_IDS as readonly string[]).includes(r)) error(`${base}.interpretations[${ii}].rules[${ri}]`, `unknown rule id "${r}" (known: ${RULE_IDS.join(", ")})`);
    });
  });

  lintCrossReferences(terms, base, error, notice);
}

function lintPrice(
  rule: PriceRule,
  path: string,
  params: Map<string, ParameterSpec>,
  checkCondition: (c: Condition, path: string) => void,
  error: Report,
) {
  switch (rule.type) {
    case "table": {
      const spec = params.get(rule.param);
      if (!spec) {
        error(`${path}.param`, `unknown parameter "${rule.param}"`);
        return;
      }
      const seen = new Set<string>();
      rule.rows.forEach((row, i) => {
        if (!valueAllowed(spec, row.value)) error(`${path}.rows[${i}].value`, `"${rule.param}" has no value ${JSON.stringify(row.value)}`);
        if (seen.has(String(row.value))) error(`${path}.rows[${i}].value`, `duplicate row ${JSON.stringify(row.value)}`);
        seen.add(String(row.value));
      });
      return;
    }
    case "bands": {
      rule.bands.forEach((band, i) => {
        if (band.to !== null && band.to < band.from) error(`${path}.bands[${i}]`, `band ends (${band.to}) before it starts (${band.from})`);
        const next = rule.bands[i + 1];
        if (!next) return;
        if (band.to === null) error(`${path}.bands[${i}].to`, "only the last band may be open-ended");
        else if (next.from <= band.to) error(`${path}.bands[${i + 1}].from`, `overlaps the previous band (${next.from} ≤ ${band.to})`);
        else if (next.from !== band.to + 1) error(`${path}.bands[${i + 1}].from`, `gap after the previous band (${band.to + 1}–${next.from - 1} has no price)`);
      });
      return;
    }
    case "cases":
      rule.cases.forEach((c, i) => {
        if (c.when) checkCondition(c.when, `${path}.cases[${i}].when`);
        lintPrice(c.price, `${path}.cases[${i}].price`, params, checkCondition, error);
      });
      if (rule.cases.slice(0, -1).some((c) => c.when === undefined)) {
        error(`${path}.cases`, "a case without `when` must be the last one");
      }
      return;
    default:
      return;
  }
}

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
        error(at, `not a defect of the target: ${ref.target} is read as itself ("${defect.intended}"); fix the subject, or record a wording defect or a note`);
      } else if (defect.kind === "wording" && !readAsItself) {
        error(at, `a wording defect keeps the target: intended "${defect.intended}" is not ${ref.target} (record a target defect instead)`);
      } else if (defect.kind === "wording") {
        notice(at, `known wording defect in the source: ${ref.at} names ${ref.target} "${ref.subject ?? ref.target}": ${defect.note.en}`);
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
    if (!source.includes(quote)) error(pathOf(path), `quote not found in ${citation.document} (${citation.clause}): "${quote.slice(0, 60)}${quote.length > 60 ? "…" : ""}"`);
  });
}

/** Every text shown to people (anything but a quoted source) must stand without internal documents. */
function lintPublicTexts(input: unknown, error: Report) {
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (typeof node === "string") {
      const found = INTERNAL_DOCUMENT.exec(node)?.[0];
      if (found) error(pathOf(path), `public text names an internal document ("${found}"): say it in the terms' own words`);
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

function walkCondition(condition: Condition, visit: (leaf: Extract<Condition, { param: string }>) => void) {
  if ("all" in condition) condition.all.forEach((c) => walkCondition(c, visit));
  else if ("any" in condition) condition.any.forEach((c) => walkCondition(c, visit));
  else if ("not" in condition) walkCondition(condition.not, visit);
  else visit(condition);
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
