import type { ParameterField, ParameterValue as Scalar } from "@yakkan/api";

/** The hidden form field carrying the configuration the form was rendered with (JSON). */
export const PREVIOUS_KEY = "previous";

/** Form fields that are not service parameters. */
const FORM_KEYS = new Set(["lang", "asOf", "effectiveDate", PREVIOUS_KEY]);

/** What reading a form needs of a field: its key, type and (enums) options. */
type FieldShape = Pick<ParameterField, "key" | "type" | "options">;

/**
 * Reads a configuration from form fields, typed by the service's parameter fields. Values that do
 * not parse are passed on as the raw string so that validation reports them at their key; nothing
 * is dropped or coerced silently. Empty fields are absent.
 */
export function parametersFromSearch(fields: readonly FieldShape[], search: URLSearchParams): Record<string, Scalar> {
  const values: Record<string, Scalar> = {};
  for (const field of fields) {
    const raw = valueOf(field, search);
    if (raw === null || raw.trim() === "") continue;
    const text = raw.trim();
    switch (field.type) {
      case "integer":
        values[field.key] = /^-?\d+$/.test(text) ? Number(text) : text;
        break;
      case "enum":
        values[field.key] = field.options.find((o) => String(o.value) === text)?.value ?? text;
        break;
      case "boolean":
        values[field.key] = text === "true" || text === "on" ? true : text === "false" ? false : text;
        break;
    }
  }
  // Keys the service does not know are passed on too, so they are reported, not ignored.
  for (const [key, raw] of search) {
    if (!FORM_KEYS.has(key) && !fields.some((f) => f.key === key) && raw !== "") values[key] = raw;
  }
  return values;
}

/**
 * A checkbox sends nothing when unticked, so each one is preceded by a hidden field sending
 * "false" (ParameterField): a ticked box sends "false" then "true", and the tick wins.
 */
function valueOf(field: FieldShape, search: URLSearchParams): string | null {
  if (field.type !== "boolean") return search.get(field.key);
  const all = search.getAll(field.key).map((v) => v.trim());
  if (all.length === 0) return null;
  if (all.includes("true") || all.includes("on")) return "true";
  return all[all.length - 1] ?? null;
}

/** Did the visitor submit the form (as opposed to opening the page fresh)? */
export function isSubmitted(fields: readonly Pick<ParameterField, "key">[], search: URLSearchParams): boolean {
  return fields.some((f) => search.has(f.key));
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
function invalidUnder(field: ParameterField, value: Scalar | undefined): boolean {
  if (field.applies === false) return value !== undefined;
  if (value === undefined) return field.applies === true && field.required;
  if (field.allowedValues && !field.allowedValues.includes(value)) return true;
  if (
    typeof value === "number" &&
    ((field.min !== null && value < field.min) || (field.max !== null && value > field.max))
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
  fields: readonly ParameterField[],
  draft: Record<string, Scalar>,
  previous: Record<string, Scalar> | null,
): string[] {
  if (!previous) return [];
  const touched = (key: string) => String(draft[key] ?? "") !== String(previous[key] ?? "");
  if (!fields.some((f) => touched(f.key))) return [];
  return fields.filter((f) => !touched(f.key) && invalidUnder(f, draft[f.key])).map((f) => f.key);
}
