import { z } from "zod";
import type { ParameterRule, ParameterSpec, Scalar, Text } from "../dsl/index.js";
import { evaluateCondition, type ParameterValues } from "./conditions.js";
import { InvalidParametersError, type ParameterIssue } from "./errors.js";

function typeSchema(spec: ParameterSpec): z.ZodType<Scalar> {
  switch (spec.type) {
    case "enum": {
      const [first, ...rest] = spec.values.map((v) => z.literal(v.value));
      if (first === undefined) throw new Error(`enum ${spec.key} has no values`);
      return rest.length === 0 ? first : z.union([first, ...rest]);
    }
    case "integer":
      return z.number().int();
    case "boolean":
      return z.boolean();
  }
}

/** Built once per parameter list: terms data is immutable once loaded. */
const shapeSchemas = new WeakMap<readonly ParameterSpec[], z.ZodType>();

function shapeSchema(specs: readonly ParameterSpec[]): z.ZodType {
  let schema = shapeSchemas.get(specs);
  if (!schema) {
    schema = z.strictObject(Object.fromEntries(specs.map((s) => [s.key, typeSchema(s).optional()])));
    shapeSchemas.set(specs, schema);
  }
  return schema;
}

/**
 * Per key, whether a value has the key's type: the common case (a well-formed configuration) is
 * checked without zod; anything else goes through the schema for its located issues. The check is
 * never laxer than the schema (integers must be safe integers), so a pass here is a pass there.
 */
const typeCheckers = new WeakMap<readonly ParameterSpec[], Map<string, (value: unknown) => boolean>>();

function checkersFor(specs: readonly ParameterSpec[]) {
  let checkers = typeCheckers.get(specs);
  if (!checkers) {
    checkers = new Map(
      specs.map((spec): [string, (value: unknown) => boolean] => {
        switch (spec.type) {
          case "enum": {
            const allowed = spec.values.map((v) => v.value);
            return [spec.key, (value) => allowed.includes(value as string | number)];
          }
          case "integer":
            return [spec.key, (value) => typeof value === "number" && Number.isSafeInteger(value)];
          case "boolean":
            return [spec.key, (value) => typeof value === "boolean"];
        }
      }),
    );
    typeCheckers.set(specs, checkers);
  }
  return checkers;
}

function wellTyped(specs: readonly ParameterSpec[], input: unknown): boolean {
  if (
    typeof input !== "object" ||
    input === null ||
    Array.isArray(input) ||
    Object.getPrototypeOf(input) !== Object.prototype
  )
    return false;
  const checkers = checkersFor(specs);
  for (const key of Object.keys(input)) {
    const check = checkers.get(key);
    const value = (input as Record<string, unknown>)[key];
    if (!check || (value !== undefined && !check(value))) return false;
  }
  return true;
}

const list = (values: readonly Scalar[]) => values.map((v) => JSON.stringify(v)).join(", ");

function describeType(spec: ParameterSpec): Text {
  switch (spec.type) {
    case "enum":
      return {
        ja: `次のいずれかを指定してください: ${list(spec.values.map((v) => v.value))}`,
        en: `expected one of ${list(spec.values.map((v) => v.value))}`,
      };
    case "integer":
      return { ja: "整数を指定してください", en: "expected an integer" };
    case "boolean":
      return { ja: "true または false を指定してください", en: "expected true or false" };
  }
}

/** Turns zod's structural issues into located, bilingual ones. */
function shapeIssues(error: z.ZodError, specs: readonly ParameterSpec[]): ParameterIssue[] {
  const byKey = new Map(specs.map((s) => [s.key, s]));
  return error.issues.flatMap((issue): ParameterIssue[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...issue.path.map(pathSegment), key],
        message: {
          ja: `「${key}」はこのサービスの設定項目ではありません（項目: ${[...byKey.keys()].join(", ")}）`,
          en: `"${key}" is not a parameter of this service (known: ${[...byKey.keys()].join(", ")})`,
        },
      }));
    }
    if (issue.path.length === 0) {
      return [
        { path: [], message: { ja: "設定はオブジェクトで指定してください", en: "parameters must be an object" } },
      ];
    }
    const key = String(issue.path[0]);
    const spec = byKey.get(key);
    return [
      {
        path: issue.path.map(pathSegment),
        message: spec ? describeType(spec) : { ja: issue.message, en: issue.message },
      },
    ];
  });
}

function pathSegment(segment: PropertyKey): string | number {
  return typeof segment === "number" ? segment : String(segment);
}

/** The first rule of a key whose condition holds, or "unknown" if that depends on an invalid key. */
function applicableRule(spec: ParameterSpec, values: ParameterValues, invalid: ReadonlySet<string>) {
  for (const rule of spec.rules) {
    if (rule.when === undefined) return rule;
    const result = evaluateCondition(rule.when, values, invalid);
    if (result === "unknown") return "unknown";
    if (result) return rule;
  }
  return undefined;
}

function checkRule(spec: ParameterSpec, rule: ParameterRule, value: Scalar | undefined): Text | undefined {
  if (value === undefined) {
    return rule.required ? { ja: `${spec.label.ja}を指定してください`, en: `${spec.label.en} is required` } : undefined;
  }
  if (rule.allowed && !rule.allowed.includes(value)) {
    return {
      ja: `この構成では${spec.label.ja}に ${list(rule.allowed)} のみ指定できます（指定値: ${JSON.stringify(value)}）`,
      en: `with this configuration ${spec.label.en} must be one of ${list(rule.allowed)} (got ${JSON.stringify(value)})`,
    };
  }
  if (
    typeof value === "number" &&
    rule.min !== undefined &&
    rule.max !== undefined &&
    (value < rule.min || value > rule.max)
  ) {
    return {
      ja: `${spec.label.ja}は ${rule.min}〜${rule.max} の範囲で指定してください（指定値: ${value}）`,
      en: `${spec.label.en} must be between ${rule.min} and ${rule.max} (got ${value})`,
    };
  }
  if (typeof value === "number" && rule.min !== undefined && value < rule.min) {
    return {
      ja: `${spec.label.ja}は ${rule.min} 以上にしてください`,
      en: `${spec.label.en} must be at least ${rule.min}`,
    };
  }
  if (typeof value === "number" && rule.max !== undefined && value > rule.max) {
    return {
      ja: `${spec.label.ja}は ${rule.max} 以下にしてください`,
      en: `${spec.label.en} must be at most ${rule.max}`,
    };
  }
  return undefined;
}

/** Where a key stands for a (partial) configuration: whether it applies and which rule governs it. */
export interface ParameterState {
  spec: ParameterSpec;
  /** false: the key must be absent; "unknown": depends on a key whose value is invalid or missing. */
  applies: boolean | "unknown";
  rule: ParameterRule | undefined;
}

/**
 * For each key, whether it applies and which rule governs it, given the values chosen so far. A
 * form renders from this with no service-specific code.
 */
export function parameterStates(specs: readonly ParameterSpec[], values: ParameterValues): ParameterState[] {
  const invalid = new Set<string>();
  return specs.map((spec) => {
    const applies = spec.appliesWhen ? evaluateCondition(spec.appliesWhen, values, invalid) : true;
    const rule = applies === false ? undefined : applicableRule(spec, values, invalid);
    return { spec, applies, rule: rule === "unknown" ? undefined : rule };
  });
}

/**
 * Validates a configuration against a service's parameter specs and returns it with defaults
 * applied. Unknown keys, wrong types, out-of-range values, keys that do not apply to the chosen
 * plan and combinations the terms forbid are all reported at once, each at its key. Nothing is
 * clamped or guessed.
 */
const NO_KEYS: ReadonlySet<string> = new Set();

export function validateParameters(
  serviceId: string,
  specs: readonly ParameterSpec[],
  input: unknown,
): Record<string, Scalar> {
  let issues: ParameterIssue[] = [];
  if (!wellTyped(specs, input)) {
    const shape = shapeSchema(specs).safeParse(input);
    if (!shape.success && (typeof input !== "object" || input === null || Array.isArray(input))) {
      throw new InvalidParametersError(serviceId, shapeIssues(shape.error, specs));
    }
    if (!shape.success) issues = shapeIssues(shape.error, specs);
  }
  const invalid: ReadonlySet<string> = issues.length === 0 ? NO_KEYS : new Set(issues.map((i) => String(i.path[0])));
  const raw = input as Record<string, unknown>;
  const values: Record<string, Scalar | undefined> = {};
  for (const spec of specs) {
    if (!invalid.has(spec.key) && raw[spec.key] !== undefined) values[spec.key] = raw[spec.key] as Scalar;
  }

  // Defaults first (in spec order), so that conditions read resolved values.
  const applies: (boolean | "unknown")[] = [];
  for (const spec of specs) {
    const applicable = spec.appliesWhen ? evaluateCondition(spec.appliesWhen, values, invalid) : true;
    applies.push(applicable);
    if (applicable !== true || values[spec.key] !== undefined || invalid.has(spec.key)) continue;
    const rule = applicableRule(spec, values, invalid);
    if (rule !== "unknown" && rule?.default !== undefined) values[spec.key] = rule.default;
  }

  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as ParameterSpec;
    if (invalid.has(spec.key)) continue;
    const applicable = applies[i];
    const given = raw[spec.key] !== undefined;
    if (applicable === "unknown") continue;
    if (applicable === false) {
      if (given) {
        issues.push({
          path: [spec.key],
          message: {
            ja: `${spec.label.ja}はこの構成では指定できません`,
            en: `${spec.label.en} does not apply to this configuration`,
          },
        });
      }
      // Undefined rather than deleted: the object keeps its shape (conditions read undefined as absent).
      values[spec.key] = undefined;
      continue;
    }
    const rule = applicableRule(spec, values, invalid);
    if (rule === "unknown" || rule === undefined) continue;
    const problem = checkRule(spec, rule, values[spec.key]);
    if (problem) issues.push({ path: [spec.key], message: problem });
  }

  if (issues.length > 0) throw new InvalidParametersError(serviceId, issues);
  const result: Record<string, Scalar> = {};
  for (const key in values) {
    const value = values[key];
    if (value !== undefined) result[key] = value;
  }
  return result;
}
