import { createCookie } from "@remix-run/node";
import type { Lang } from "./messages";

/** The visitor's language choice; Japanese unless they switched to English. */
export const langCookie = createCookie("yakkan_lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** The visitor's language; a cookie that does not parse means the default, never an error. */
export async function getLang(request: Request): Promise<Lang> {
  try {
    const value: unknown = await langCookie.parse(request.headers.get("Cookie"));
    return value === "en" ? "en" : "ja";
  } catch {
    return "ja";
  }
}
