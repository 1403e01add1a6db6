import { quoteCancellation, tokyoDate } from "@yakkan/terms";
import type { JsonObject } from "@yakkan/db";
import type { ApiContext } from "../../context.js";
import type { DropFirst } from "../common/executor.js";
import { toRequest, type RequestView } from "./requests.type.js";
import { checkDates, checkText, isUuid, MAX_LENGTH, REQUEST_HORIZON_YEARS, requestHorizon } from "../../bounds.js";
import { AppError, badInput, withAppErrors } from "../../errors.js";
import { recordAudit } from "../audit/audit.repository.js";
import { isCustomer, notFound, requireRole } from "../auth/viewer.js";
import type { Tx } from "../common/executor.js";
import { toJsonObject } from "../common/json.js";
import {
  contractById,
  lockContract,
  updateContract,
  type ContractChange,
  type ContractRecord,
} from "../contracts/contracts.repository.js";
import { engineInputFor } from "../contracts/engine-input.js";
import { idempotent } from "../idempotency/idempotency.service.js";
import { enqueueRequestMails, MAIL_EVENT } from "../mail/mail.enqueue.js";
import { actorOf, completionOf, nextStatus, targetOf, type RequestAction } from "./requests.machine.js";
import {
  confirmationBeforeNotice,
  confirmationBeyond,
  notFromStatus,
  REASON_REQUIRED,
  REQUEST,
} from "./requests.messages.js";
import {
  lockRequest,
  recordOf,
  requestRecordSchema,
  updateRequest,
  type RequestChange,
  type RequestRecord,
} from "./requests.repository.js";

/**
 * Moves a request to its next status (requests.machine.ts) in one transaction with an audit row,
 * locking the row so two staff members cannot both act on it. `apply` works out what the transition
 * changes besides the status, from the request as stored and its contract.
 */
async function transition(
  ctx: ApiContext,
  action: RequestAction,
  requestId: string,
  idempotencyKey: string,
  input: JsonObject,
  apply: (tx: Tx, request: RequestRecord, contract: ContractRecord) => Promise<RequestChange>,
): Promise<RequestRecord> {
  const viewer = requireRole(ctx, actorOf(action));
  if (!isUuid(requestId)) throw notFound(ctx, REQUEST);
  return idempotent(
    ctx,
    viewer.userId,
    `${action}Request`,
    idempotencyKey,
    { requestId, ...input },
    requestRecordSchema,
    async (tx) => {
      const row = await lockRequest(tx, requestId);
      if (!row || (isCustomer(viewer) && row.organizationId !== viewer.organizationId)) throw notFound(ctx, REQUEST);
      const to = nextStatus(row.status, action);
      if (to === null)
        throw new AppError("CONFLICT", notFromStatus(row.status, action, targetOf(action)), [], ctx.lang);
      const contract = await contractById(tx, row.contractId);
      if (!contract) throw new Error("request without contract");
      const joined = { contractNumber: contract.contractNumber, serviceId: contract.serviceId };
      const change = await apply(tx, recordOf(row, { ...joined, termsVersion: "" }), contract);
      const updated = await updateRequest(tx, row, { ...change, status: to, updatedAt: ctx.now() }, joined);
      await recordAudit(tx, {
        actorUserId: viewer.userId,
        organizationId: row.organizationId,
        action: `request.${action}`,
        entityType: "request",
        entityId: row.id,
        before: { status: row.status },
        after: { status: updated.status, ...input },
      });
      await enqueueRequestMails(ctx, tx, MAIL_EVENT[action], updated);
      return updated;
    },
  );
}

export function withdrawRequestRecord(
  ctx: ApiContext,
  input: { requestId: string; idempotencyKey: string },
): Promise<RequestRecord> {
  return transition(ctx, "withdraw", input.requestId, input.idempotencyKey, {}, () => Promise.resolve({}));
}

/**
 * Staff accept a request, recording the day they confirmed it. For a cancellation the quote is
 * recomputed with that date (UTM/Server 第21条: it can move the end date).
 */
export function acceptRequestRecord(
  ctx: ApiContext,
  input: { requestId: string; confirmationDate: string; idempotencyKey: string },
): Promise<RequestRecord> {
  requireRole(ctx, actorOf("accept"));
  checkDates(ctx.lang, { confirmationDate: input.confirmationDate });
  const latest = requestHorizon(tokyoDate(ctx.now()));
  if (input.confirmationDate > latest) {
    throw badInput(ctx.lang, [
      { path: ["confirmationDate"], message: confirmationBeyond(REQUEST_HORIZON_YEARS, latest) },
    ]);
  }
  const { confirmationDate } = input;
  return transition(
    ctx,
    "accept",
    input.requestId,
    input.idempotencyKey,
    { confirmationDate },
    (_tx, request, contract) => {
      if (request.kind !== "cancellation") return Promise.resolve({ confirmationDate });
      const { desiredEndDate, noticeDate } = request.payload;
      if (confirmationDate < noticeDate) {
        throw badInput(ctx.lang, [{ path: ["confirmationDate"], message: confirmationBeforeNotice(noticeDate) }]);
      }
      const quote = withAppErrors(ctx.lang, () =>
        quoteCancellation({
          ...engineInputFor(contract, ctx.services.get(contract.serviceId)),
          desiredEndDate,
          noticeDate,
          confirmationDate,
        }),
      );
      return Promise.resolve({ confirmationDate, acceptedQuote: toJsonObject(quote) });
    },
  );
}

export function rejectRequestRecord(
  ctx: ApiContext,
  input: { requestId: string; reason: string; idempotencyKey: string },
): Promise<RequestRecord> {
  requireRole(ctx, actorOf("reject"));
  checkText(ctx.lang, { reason: { value: input.reason, max: MAX_LENGTH.reason } });
  const reason = input.reason.trim();
  if (!reason) throw badInput(ctx.lang, [{ path: ["reason"], message: REASON_REQUIRED }]);
  return transition(ctx, "reject", input.requestId, input.idempotencyKey, { reason }, () =>
    Promise.resolve({ rejectionReason: reason }),
  );
}

/** Staff complete an accepted request: the contract ends, or takes its new configuration. */
export function completeRequestRecord(
  ctx: ApiContext,
  input: { requestId: string; idempotencyKey: string },
): Promise<RequestRecord> {
  const viewer = requireRole(ctx, actorOf("complete"));
  return transition(ctx, "complete", input.requestId, input.idempotencyKey, {}, async (tx, request, contract) => {
    // The contract changes: lock it against any other change in the meantime.
    await lockContract(tx, contract.id);
    const before = { status: contract.status, parameters: contract.parameters, endDate: contract.endDate };
    const completion = completionOf(request, tokyoDate(ctx.now()));
    const after: ContractChange =
      completion.kind === "end"
        ? { status: completion.status, endDate: completion.endDate }
        : { parameters: completion.parameters };
    await updateContract(tx, contract.id, after);
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      organizationId: contract.organizationId,
      action: completion.kind === "end" ? "contract.end" : "contract.change",
      entityType: "contract",
      entityId: contract.id,
      before,
      after,
    });
    return {};
  });
}

export async function withdrawRequest(
  ctx: ApiContext,
  ...args: DropFirst<Parameters<typeof withdrawRequestRecord>>
): Promise<RequestView> {
  const result = await withdrawRequestRecord(ctx, ...args);
  return toRequest(result, ctx);
}

export async function acceptRequest(
  ctx: ApiContext,
  ...args: DropFirst<Parameters<typeof acceptRequestRecord>>
): Promise<RequestView> {
  const result = await acceptRequestRecord(ctx, ...args);
  return toRequest(result, ctx);
}

export async function rejectRequest(
  ctx: ApiContext,
  ...args: DropFirst<Parameters<typeof rejectRequestRecord>>
): Promise<RequestView> {
  const result = await rejectRequestRecord(ctx, ...args);
  return toRequest(result, ctx);
}

export async function completeRequest(
  ctx: ApiContext,
  ...args: DropFirst<Parameters<typeof completeRequestRecord>>
): Promise<RequestView> {
  const result = await completeRequestRecord(ctx, ...args);
  return toRequest(result, ctx);
}
