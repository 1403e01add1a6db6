import type { ParameterSpec, Scalar } from "@yakkan/terms";

/** Form fields that are not service parameters. */
const FORM_KEYS = new Set(["lang", "asOf", "effectiveDate"]);

/**
 * Reads a configuration from form fields, typed by the service's parameter specs. Values that do
 * not parse are passed on as the raw string so that validation reports them at their key; nothing
 * is dropped or coerced silently. Empty fields are absent.
 */
export function parametersFromSearch(specs: readonly ParameterSpec[], search: URLSearchParams): Record<string, Scalar> {
  const values: Record<string, Scalar> = {};
  for (const spec of specs) {
    const raw = search.get(spec.key);
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

/** Did the visitor submit the form (as opposed to opening the page fresh)? */
export function isSubmitted(specs: readonly ParameterSpec[], search: URLSearchParams): boolean {
  return specs.some((s) => search.has(s.key));
}
