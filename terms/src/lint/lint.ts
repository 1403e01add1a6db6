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
  type Text,
} from "../dsl/index.js";
import { addDays } from "../engine/date-arithmetic.js";
import { RULE_IDS } from "../engine/trace.js";

/** One problem found in terms data, located by file and path inside it. */
export interface Finding {
  severity: "error" | "notice";
  file: string;
  path: string;
  /** In English, for the command line and logs. */
  message: string;
  /** The same in both languages, for people editing terms in the legal console. */
  text: Text;
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
      text: { en: issue.message, ja: `データの形が定義に合いません（${issue.message}）` },
    }));
  }
  const service = parsed.data;
  const findings: Finding[] = [];
  const report =
    (severity: Finding["severity"]): Report =>
    (path, en, ja) =>
      findings.push({ severity, file, path, message: en, text: { en, ja } });
  const error = report("error");
  const notice = report("notice");

  lintVersions(service, error, notice);
  service.versions.forEach((version, vi) => {
    if (!version.terms) return;
    lintTerms(version.terms, `versions[${vi}].terms`, error, notice);
  });
  lintCitations(input, sources, error);
  lintPublicTexts(input, error);
  return findings;
}

/** Reports a finding at a path, in English and in Japanese. */
type Report = (path: string, en: string, ja: string) => void;

function lintVersions(service: ServiceDefinition, error: Report, notice: Report) {
  const versions = service.versions;
  const labels = new Set<string>();
  versions.forEach((v, i) => {
    if (labels.has(v.version))
      error(
        `versions[${i}].version`,
        `duplicate version label "${v.version}"`,
        `版の名前「${v.version}」が重複しています`,
      );
    labels.add(v.version);
    if (v.effectiveTo && v.effectiveTo < v.effectiveFrom) {
      error(
        `versions[${i}].effectiveTo`,
        `ends (${v.effectiveTo}) before it starts (${v.effectiveFrom})`,
        `終了日（${v.effectiveTo}）が施行日（${v.effectiveFrom}）より前です`,
      );
    }
    const next = versions[i + 1];
    if (!next) return;
    if (next.effectiveFrom <= v.effectiveFrom) {
      error(
        `versions[${i + 1}].effectiveFrom`,
        `versions must be in order of effectiveFrom (${next.effectiveFrom} is not after ${v.effectiveFrom})`,
        `版は施行日の順に並べます（${next.effectiveFrom} が ${v.effectiveFrom} より後ではありません）`,
      );
    } else if (v.effectiveTo && v.effectiveTo >= next.effectiveFrom) {
      error(
        `versions[${i}].effectiveTo`,
        `overlaps the next version (${v.effectiveTo} ≥ ${next.effectiveFrom})`,
        `次の版と期間が重なっています（${v.effectiveTo} ≥ ${next.effectiveFrom}）`,
      );
    } else if (v.effectiveTo && addDays(v.effectiveTo, 1) !== next.effectiveFrom) {
      notice(
        `versions[${i}].effectiveTo`,
        `no version is in force from ${addDays(v.effectiveTo, 1)} to the day before ${next.effectiveFrom}`,
        `${addDays(v.effectiveTo, 1)} から ${next.effectiveFrom} の前日まで、効力のある版がありません`,
      );
    }
  });
  if (!versions.some((v) => v.terms))
    notice(
      "versions",
      "no version is computable (no terms text)",
      "計算できる版がありません（規約データのある版がありません）",
    );
}

function lintTerms(terms: TermsBody, base: string, error: Report, notice: Report) {
  const at = (path: Path) => `${base}.${pathText(path)}`;
  const params = new Map<string, ParameterSpec>();
  terms.parameters.forEach((p, i) => {
    if (params.has(p.key))
      error(`${base}.parameters[${i}].key`, `duplicate parameter "${p.key}"`, `パラメータ「${p.key}」が重複しています`);
    params.set(p.key, p);
  });
  const calendars = new Set(terms.calendars.map((c) => c.id));
  const parties = new Set(terms.parties.map((p) => p.id));
  const feeCodes = new Set<string>();
  terms.fees.forEach((f, i) => {
    if (feeCodes.has(f.code))
      error(`${base}.fees[${i}].code`, `duplicate fee code "${f.code}"`, `料金コード「${f.code}」が重複しています`);
    feeCodes.add(f.code);
  });

  /** A condition reads parameters; a change rule's reads "before.<key>" or "after.<key>". */
  const checkCondition = (condition: Condition, path: string, over: "configuration" | "change") => {
    for (const test of conditionTests(condition)) {
      const key = over === "change" ? test.param.replace(/^(before|after)\./, "") : test.param;
      if (over === "change" && key === test.param) {
        error(
          path,
          `change conditions read "before.<key>" or "after.<key>", not "${test.param}"`,
          `変更の条件は「before.<キー>」か「after.<キー>」を参照します（「${test.param}」は参照できません）`,
        );
        continue;
      }
      const spec = params.get(key);
      if (!spec) {
        error(
          path,
          `condition refers to unknown parameter "${test.param}"`,
          `条件が存在しないパラメータ「${test.param}」を参照しています`,
        );
        continue;
      }
      if ("in" in test) {
        for (const value of test.in) {
          if (!valueAllowed(spec, value))
            error(
              path,
              `"${key}" has no value ${JSON.stringify(value)}`,
              `「${key}」に値 ${JSON.stringify(value)} はありません`,
            );
        }
      }
    }
  };

  const checkReference = (ref: Reference, path: string) => {
    switch (ref.to) {
      case "parameter": {
        const spec = params.get(ref.key);
        if (!spec) error(path, `unknown parameter "${ref.key}"`, `存在しないパラメータ「${ref.key}」です`);
        else if (ref.integer && spec.type !== "integer")
          error(path, `"${ref.key}" is not an integer parameter`, `「${ref.key}」は整数のパラメータではありません`);
        return;
      }
      case "fee":
        if (!feeCodes.has(ref.code))
          error(path, `unknown fee code "${ref.code}"`, `存在しない料金コード「${ref.code}」です`);
        return;
      case "calendar":
        if (!calendars.has(ref.id)) error(path, `unknown calendar "${ref.id}"`, `存在しない暦「${ref.id}」です`);
        return;
      case "party":
        if (!parties.has(ref.id)) error(path, `unknown party "${ref.id}"`, `存在しない当事者「${ref.id}」です`);
        return;
      case "rule":
        if (!(RULE_IDS as readonly string[]).includes(ref.id))
          error(
            path,
            `unknown rule id "${ref.id}" (known: ${RULE_IDS.join(", ")})`,
            `存在しない規則「${ref.id}」です（使える規則: ${RULE_IDS.join("、")}）`,
          );
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
        if (!valueAllowed(p, v))
          error(
            `${path}.rules[${ri}]`,
            `${JSON.stringify(v)} is not a value of "${p.key}"`,
            `${JSON.stringify(v)} は「${p.key}」の値ではありません`,
          );
      }
      if (r.min !== undefined && r.max !== undefined && r.min > r.max)
        error(
          `${path}.rules[${ri}]`,
          `min ${r.min} > max ${r.max}`,
          `最小値 ${r.min} が最大値 ${r.max} を超えています`,
        );
    });
    if (p.rules.slice(0, -1).some((r) => r.when === undefined)) {
      error(
        `${path}.rules`,
        "a rule without `when` must be the last one (later rules could never apply)",
        "条件のない規則は最後に置きます（後の規則が適用されなくなります）",
      );
    }
  });
  terms.fees.forEach((f, i) => {
    if (f.kind === "one-off" && !f.event)
      error(
        `${base}.fees[${i}].event`,
        "a one-off fee says when it is charged (new, change, add, remove, request)",
        "一時費用にはいつ請求するか（新規・変更・追加・削除・依頼時）を指定します",
      );
  });
  if (terms.cancellation.lateNotice.type === "byConfirmation" && !terms.cancellation.confirmation) {
    error(
      `${base}.cancellation.confirmation`,
      "lateNotice byConfirmation needs a confirmation rule",
      "解約通知が遅れた場合を確認日で扱うには、確認日の規則が必要です",
    );
  }
  if (terms.limits.minimum.length > 0 && !terms.limits.earlyTermination) {
    notice(
      `${base}.limits.earlyTermination`,
      "a minimum term without an early-termination rule",
      "最低利用期間がありますが、期間内解約の規則がありません",
    );
  }
  const operations = new Set<string>();
  const feeByCode = new Map(terms.fees.map((f) => [f.code, f]));
  terms.permissions.forEach((p, i) => {
    const path = `${base}.permissions[${i}]`;
    if (operations.has(p.operation))
      error(`${path}.operation`, `duplicate operation "${p.operation}"`, `操作「${p.operation}」が重複しています`);
    operations.add(p.operation);
    const item = p.feeCode === undefined ? undefined : feeByCode.get(p.feeCode);
    if (item && (item.kind !== "one-off" || item.event !== "request")) {
      error(
        `${path}.feeCode`,
        `"${item.code}" is not a fee charged on request (a one-off fee with event "request")`,
        `「${item.code}」は依頼時に請求する料金（依頼時の一時費用）ではありません`,
      );
    } else if (p.feeCode === undefined && p.fee && p.fee.type !== "unpriced") {
      error(
        `${path}.fee`,
        "a priced fee copies the price list: name its fee item in feeCode instead",
        "金額を書き写さず、料金表の項目を料金コードで指定します",
      );
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
        `「${key}」の課金単位が ${sizes.join(" と ")} で食い違っています（一つのパラメータの課金単位は一つです）`,
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
        error(
          `${path}.rows[${i}].value`,
          `"${rule.param}" has no value ${JSON.stringify(row.value)}`,
          `「${rule.param}」に値 ${JSON.stringify(row.value)} はありません`,
        );
      if (seen.has(String(row.value)))
        error(
          `${path}.rows[${i}].value`,
          `duplicate row ${JSON.stringify(row.value)}`,
          `${JSON.stringify(row.value)} の行が重複しています`,
        );
      seen.add(String(row.value));
    });
  },
  bands: (rule, { path, error }) =>
    rule.bands.forEach((band, i) => {
      if (band.to !== null && band.to < band.from)
        error(
          `${path}.bands[${i}]`,
          `band ends (${band.to}) before it starts (${band.from})`,
          `区分の終わり（${band.to}）が始まり（${band.from}）より前です`,
        );
      const next = rule.bands[i + 1];
      if (!next) return;
      if (band.to === null)
        error(`${path}.bands[${i}].to`, "only the last band may be open-ended", "上限のない区分は最後の区分だけです");
      else if (next.from <= band.to)
        error(
          `${path}.bands[${i + 1}].from`,
          `overlaps the previous band (${next.from} ≤ ${band.to})`,
          `前の区分と重なっています（${next.from} ≤ ${band.to}）`,
        );
      else if (next.from !== band.to + 1)
        error(
          `${path}.bands[${i + 1}].from`,
          `gap after the previous band (${band.to + 1}–${next.from - 1} has no price)`,
          `前の区分との間に料金のない範囲があります（${band.to + 1}～${next.from - 1}）`,
        );
    }),
  cases: (rule, { path, error }) => {
    if (rule.cases.slice(0, -1).some((c) => c.when === undefined))
      error(`${path}.cases`, "a case without `when` must be the last one", "条件のない場合分けは最後に置きます");
  },
};

function lintCrossReferences(terms: TermsBody, base: string, error: Report, notice: Report) {
  const outline = new Map(terms.outline.map((o) => [o.clause, o]));
  terms.crossReferences.forEach((ref, i) => {
    const at = `${base}.crossReferences[${i}]`;
    const article = /^(第\d+条|別紙\d+|§\d+)/.exec(ref.target)?.[1] ?? ref.target;
    const paragraph = /第(\d+)項/.exec(ref.target.slice(article.length))?.[1];
    const entry = outline.get(article);
    let problem: Text | undefined;
    if (!entry)
      problem = {
        en: `${ref.at} refers to ${ref.target}, which does not exist`,
        ja: `${ref.at}が参照する${ref.target}は存在しません`,
      };
    else if (paragraph && entry.paragraphs !== undefined && Number(paragraph) > entry.paragraphs) {
      problem = {
        en: `${ref.at} refers to ${ref.target}, but ${article} has ${entry.paragraphs} paragraph(s)`,
        ja: `${ref.at}が${ref.target}を参照していますが、${article}は${entry.paragraphs}項までです`,
      };
    } else if (ref.subject && !(entry.title.includes(ref.subject) || ref.subject.includes(entry.title))) {
      problem = {
        en: `${ref.at} refers to ${ref.target} for "${ref.subject}", but ${article} is "${entry.title}"`,
        ja: `${ref.at}が「${ref.subject}」として${ref.target}を参照していますが、${article}は「${entry.title}」です`,
      };
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
          `参照先の誤りではありません: ${ref.target}はそのまま読まれています（「${defect.intended}」）。主題を直すか、文言の誤りまたは注記として記録してください`,
        );
      } else if (defect.kind === "wording" && !readAsItself) {
        error(
          at,
          `a wording defect keeps the target: intended "${defect.intended}" is not ${ref.target} (record a target defect instead)`,
          `文言の誤りなら参照先は変わりません: 意図された「${defect.intended}」は${ref.target}ではありません（参照先の誤りとして記録してください）`,
        );
      } else if (defect.kind === "wording") {
        notice(
          at,
          `known wording defect in the source: ${ref.at} names ${ref.target} "${ref.subject ?? ref.target}": ${defect.note.en}`,
          `原文の既知の文言の誤り: ${ref.at}は${ref.target}を「${ref.subject ?? ref.target}」と呼んでいます: ${defect.note.ja}`,
        );
      } else {
        notice(
          at,
          `known defect in the source: ${problem.en}; read as ${defect.intended}`,
          `原文の既知の誤り: ${problem.ja}。${defect.intended}と読みます`,
        );
      }
    } else if (problem) {
      error(at, problem.en, problem.ja);
    } else if (ref.knownDefect) {
      error(
        at,
        `marked as a known defect, but ${ref.target} resolves: remove knownDefect or correct the reference`,
        `既知の誤りとして記録されていますが、${ref.target}は正しく参照できます。記録を外すか参照を直してください`,
      );
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
        `引用が原文 ${citation.document}（${citation.clause}）に見つかりません:「${quote.slice(0, 60)}${quote.length > 60 ? "…" : ""}」`,
      );
  });
}

/** Every text shown to people (anything but a quoted source) must stand without internal documents. */
function lintPublicTexts(input: unknown, error: Report) {
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (typeof node === "string") {
      const found = INTERNAL_DOCUMENT.exec(node)?.[0];
      if (found)
        error(
          pathOf(path),
          `public text names an internal document ("${found}"): say it in the terms' own words`,
          `公開する文が社内資料（「${found}」）に触れています。規約自身の言葉で書いてください`,
        );
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
