import type { ParameterSpec, ParameterState, Scalar } from "@yakkan/terms";

/** The hidden form field carrying the configuration the form was rendered with (JSON). */
export const PREVIOUS_KEY = "previous";

/** Form fields that are not service parameters. */
const FORM_KEYS = new Set(["lang", "asOf", "effectiveDate", PREVIOUS_KEY]);

/**
 * Reads a configuration from form fields, typed by the service's parameter specs. Values that do
 * not parse are passed on as the raw string so that validation reports them at their key; nothing
 * is dropped or coerced silently. Empty fields are absent.
 */
export function parametersFromSearch(specs: readonly ParameterSpec[], search: URLSearchParams): Record<string, Scalar> {
  const values: Record<string, Scalar> = {};
  for (const spec of specs) {
    const raw = valueOf(spec, search);
    if (raw === null || raw.trim() === "") continue;
    const text = raw.trim();
    switch (spec.type) {
      case "integer":
        values[spec.key] = /^-?\d+$/.test(text) ? Number(text) : text;
        break;
      case "enum":
        values[spec.key] = spec.values.find((v) => String(v.value) === text)?.value ?? text;
        break;
      case "boolean":
        values[spec.key] = text === "true" || text === "on" ? true : text === "false" ? false : text;
        break;
    }
  }
  // Keys the service does not know are passed on too, so they are reported, not ignored.
  for (const [key, raw] of search) {
    if (!FORM_KEYS.has(key) && !specs.some((s) => s.key === key) && raw !== "") values[key] = raw;
  }
  return values;
}

/**
 * A checkbox sends nothing when unticked, so each one is preceded by a hidden field sending
 * "false" (ParameterField): a ticked box sends "false" then "true", and the tick wins.
 */
function valueOf(spec: ParameterSpec, search: URLSearchParams): string | null {
  if (spec.type !== "boolean") return search.get(spec.key);
  const all = search.getAll(spec.key).map((v) => v.trim());
  if (all.length === 0) return null;
  if (all.includes("true") || all.includes("on")) return "true";
  return all[all.length - 1] ?? null;
}

/** Did the visitor submit the form (as opposed to opening the page fresh)? */
export function isSubmitted(specs: readonly ParameterSpec[], search: URLSearchParams): boolean {
  return specs.some((s) => search.has(s.key));
}

/** The configuration the form was rendered with, from its hidden field; null when absent or unreadable. */
export function previousFromSearch(search: URLSearchParams): Record<string, Scalar> | null {
  const raw = search.get(PREVIOUS_KEY);
  if (!raw || raw.length > 4000) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
    const out: Record<string, Scalar> = {};
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
    }
    return out;
  } catch {
    return null;
  }
}

/** Is this value outside what the rule now in force allows? */
function invalidUnder(state: ParameterState, value: Scalar | undefined): boolean {
  if (state.applies === false) return value !== undefined;
  if (value === undefined) return state.applies === true && Boolean(state.rule?.required);
  const rule = state.rule;
  if (!rule) return false;
  if (rule.allowed && !rule.allowed.includes(value)) return true;
  if (
    typeof value === "number" &&
    ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max))
  )
    return true;
  return false;
}

/**
 * The fields to reset after a change elsewhere in the form: a field the visitor did not touch (its
 * value equals the one the form was rendered with) whose value the change made invalid, inapplicable
 * or newly required — e.g. the bandwidths after switching the Flex plan from Starter to Core. A field
 * the visitor did change keeps their value, so its error is still shown at the field.
 */
export function fieldsToReset(
  states: readonly ParameterState[],
  draft: Record<string, Scalar>,
  previous: Record<string, Scalar> | null,
): string[] {
  if (!previous) return [];
  const touched = (key: string) => String(draft[key] ?? "") !== String(previous[key] ?? "");
  if (!states.some((s) => touched(s.spec.key))) return [];
  return states.filter((s) => !touched(s.spec.key) && invalidUnder(s, draft[s.spec.key])).map((s) => s.spec.key);
}
