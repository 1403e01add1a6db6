import { isUuid } from "../../bounds.js";
import type { ApiContext } from "../../context.js";
import type { DropFirst } from "../common/executor.js";
import { getContract } from "../contracts/contracts.service.js";
import type { Contract } from "../contracts/contracts.type.js";
import { toRequest, type RequestView } from "./requests.type.js";
import { badInput } from "../../errors.js";
import { isCustomer, notFound, requireViewer } from "../auth/viewer.js";
import { NOT_A_CONTRACT_ID, REQUEST } from "./requests.messages.js";
import type { RequestStatus } from "./requests.machine.js";
import { findRequests, type RequestRecord } from "./requests.repository.js";

export type { RequestRecord } from "./requests.repository.js";

/** Requests the viewer may see: customers their organisation's, staff and legal everyone's. */
export async function listRequestsRecord(
  ctx: ApiContext,
  options: { statuses?: RequestStatus[] | null; contractId?: string | null } = {},
): Promise<RequestRecord[]> {
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

export async function getRequestRecord(ctx: ApiContext, id: string): Promise<RequestRecord> {
  const viewer = requireViewer(ctx);
  if (!isUuid(id)) throw notFound(ctx, REQUEST);
  const [record] = await findRequests(ctx.db, {
    id,
    organizationId: isCustomer(viewer) ? viewer.organizationId : null,
  });
  if (!record) throw notFound(ctx, REQUEST);
  return record;
}

export async function listRequests(
  ctx: ApiContext,
  ...args: DropFirst<Parameters<typeof listRequestsRecord>>
): Promise<RequestView[]> {
  const result = await listRequestsRecord(ctx, ...args);
  return result.map((r) => toRequest(r, ctx));
}

export async function getRequest(
  ctx: ApiContext,
  ...args: DropFirst<Parameters<typeof getRequestRecord>>
): Promise<RequestView> {
  const result = await getRequestRecord(ctx, ...args);
  return toRequest(result, ctx);
}

/**
 * A contract and its requests, as the contract page shows them: both read in one transaction (one
 * round trip to set the viewer's context instead of two), with the same authorisation as
 * getContract and listRequests.
 */
export async function contractWithRequests(
  ctx: ApiContext,
  id: string,
): Promise<{ contract: Contract; requests: RequestView[] }> {
  return ctx.db.transaction(async (tx) => {
    const inTx: ApiContext = { ...ctx, db: tx };
    const contract = await getContract(inTx, id);
    return { contract, requests: await listRequests(inTx, { contractId: contract.id }) };
  });
}
