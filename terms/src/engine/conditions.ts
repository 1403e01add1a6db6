import type { Condition, Scalar } from "../dsl/index.js";

/** Parameter values as the engine sees them once validated and defaulted. */
export type ParameterValues = Readonly<Record<string, Scalar | undefined>>;

/**
 * Evaluates a condition. Returns "unknown" when it depends on a key whose own value was invalid,
 * so that dependent rules are skipped instead of producing a second, misleading issue.
 */
const NO_INVALID_KEYS: ReadonlySet<string> = new Set();

export function evaluateCondition(
  condition: Condition,
  values: ParameterValues,
  invalidKeys: ReadonlySet<string> = NO_INVALID_KEYS,
): boolean | "unknown" {
  if ("all" in condition) {
    let unknown = false;
    for (const c of condition.all) {
      const r = evaluateCondition(c, values, invalidKeys);
      if (r === false) return false;
      if (r === "unknown") unknown = true;
    }
    return unknown ? "unknown" : true;
  }
  if ("any" in condition) {
    let unknown = false;
    for (const c of condition.any) {
      const r = evaluateCondition(c, values, invalidKeys);
      if (r === true) return true;
      if (r === "unknown") unknown = true;
    }
    return unknown ? "unknown" : false;
  }
  if ("not" in condition) {
    const result = evaluateCondition(condition.not, values, invalidKeys);
    return result === "unknown" ? result : !result;
  }
  if (invalidKeys.has(condition.param)) return "unknown";
  const value = values[condition.param];
  if ("present" in condition) return (value !== undefined) === condition.present;
  return value !== undefined && condition.in.includes(value);
}

/** True only when the condition certainly holds; used where a rule must be known to apply. */
export function holds(condition: Condition | undefined, values: ParameterValues): boolean {
  return condition === undefined || evaluateCondition(condition, values) === true;
}
