/**
 * A form field holding JSON (a hidden field the page filled in): the parsed value, or undefined
 * when it is missing, too long or not JSON — a hand-made post gets a message, not a crash.
 */
export function parseJsonField(value: FormDataEntryValue | null, maxLength = 100_000): unknown {
  if (typeof value !== "string" || value.length > maxLength) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** A text field's value, or "" when it is missing or a file was posted in its place. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
