/**
 * A path on this site to go to after a form, never another site. The target is resolved the way a
 * browser would resolve it (WHATWG URL: tabs and newlines dropped, backslashes read as slashes)
 * against a placeholder origin; anything that lands elsewhere becomes the fallback.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.length > 2000) return fallback;
  const base = "http://yakkan.invalid";
  let url: URL;
  try {
    url = new URL(to, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that itself starts with "//" would be read as another host by the next hop.
  return path.startsWith("//") ? fallback : path;
}
