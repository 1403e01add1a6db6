import type { AuthChecker } from "type-graphql";
import type { ApiContext } from "../../context.js";
import { requireRole, requireViewer, ROLES, type Role } from "./viewer.js";

/** @Authorized() needs a session; @Authorized("staff") one of the named roles. Failures are AppErrors. */
export const authChecker: AuthChecker<ApiContext> = ({ context }, roles) => {
  if (roles.length === 0) {
    requireViewer(context);
    return true;
  }
  requireRole(context, ...roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)));
  return true;
};
