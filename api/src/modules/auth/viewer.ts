import type { ApiContext } from "../../context.js";
import { AppError } from "../../errors.js";

export const ROLES = ["customer-admin", "customer-member", "staff", "legal"] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user, as every authorisation decision sees them. */
export interface Viewer {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  organizationId: string;
  organizationName: string;
  organizationNameEn: string;
  /** The session's expiry. */
  expiresAt: Date;
}

export const isCustomer = (v: Viewer) => v.role === "customer-admin" || v.role === "customer-member";
export const isProvider = (v: Viewer) => v.role === "staff" || v.role === "legal";

/** The viewer, or UNAUTHENTICATED. */
export function requireViewer(ctx: ApiContext): Viewer {
  if (!ctx.viewer) {
    throw new AppError("UNAUTHENTICATED", { ja: "サインインしてください。", en: "Please sign in." }, [], ctx.lang);
  }
  return ctx.viewer;
}

/** The viewer if they hold one of the roles, else FORBIDDEN (UNAUTHENTICATED when not signed in). */
export function requireRole(ctx: ApiContext, ...roles: Role[]): Viewer {
  const viewer = requireViewer(ctx);
  if (!roles.includes(viewer.role)) {
    throw new AppError(
      "FORBIDDEN",
      { ja: "この操作を行う権限がありません。", en: "You are not allowed to do this." },
      [],
      ctx.lang,
    );
  }
  return viewer;
}

/** What "not yours" looks like: exactly what "not there" looks like. */
export function notFound(ctx: ApiContext, what: { ja: string; en: string }): AppError {
  return new AppError("NOT_FOUND", { ja: `${what.ja}が見つかりません。`, en: `${what.en} not found.` }, [], ctx.lang);
}
