import { isUuid } from "../../bounds.js";
import type { ApiContext } from "../../context.js";
import { badInput } from "../../errors.js";
import { isCustomer, requireViewer } from "../auth/viewer.js";
import { auditRowsOf } from "./audit.repository.js";
import type { AuditEntry } from "./audit.type.js";

/** The audit trail of one entity, oldest first; customers see only their organisation's rows. */
export async function auditTrail(ctx: ApiContext, entityId: string): Promise<AuditEntry[]> {
  const viewer = requireViewer(ctx);
  // Audited entities are requests, contracts, users and terms versions: all have UUIDs.
  if (!isUuid(entityId))
    throw badInput(ctx.lang, [{ path: ["entityId"], message: { ja: "ID の形式が正しくありません", en: "not an id" } }]);
  return auditRowsOf(ctx.db, entityId, isCustomer(viewer) ? viewer.organizationId : null);
}
