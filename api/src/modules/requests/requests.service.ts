import { isUuid } from "../../bounds.js";
import type { ApiContext } from "../../context.js";
import { badInput } from "../../errors.js";
import { isCustomer, notFound, requireViewer } from "../auth/viewer.js";
import { NOT_A_CONTRACT_ID, REQUEST } from "./requests.messages.js";
import type { RequestStatus } from "./requests.machine.js";
import { findRequests, type RequestRecord } from "./requests.repository.js";

export type { RequestRecord } from "./requests.repository.js";

/** Requests the viewer may see: customers their organisation's, staff and legal everyone's. */
export async function listRequests(ctx: ApiContext, options: { statuses?: RequestStatus[] | null; contractId?: string | null } = {}): Promise<RequestRecord[]> {
  const viewer = requireViewer(ctx);
  if (options.contractId && !isUuid(options.contractId)) {
    throw badInput(ctx.lang, [{ path: ["contractId"], message: NOT_A_CONTRACT_ID }]);
  }
  return findRequests(ctx.db, {
    organizationId: isCustomer(viewer) ? viewer.organizationId : null,
    statuses: options.statuses,
    contractId: options.contractId,
  });
}

export async function getRequest(ctx: ApiContext, id: string): Promise<RequestRecord> {
  const viewer = requireViewer(ctx);
  if (!isUuid(id)) throw notFound(ctx, REQUEST);
  const [record] = await findRequests(ctx.db, { id, organizationId: isCustomer(viewer) ? viewer.organizationId : null });
  if (!record) throw notFound(ctx, REQUEST);
  return record;
}
