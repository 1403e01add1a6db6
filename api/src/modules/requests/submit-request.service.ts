import type { ApiContext } from "../../context.js";
import type { DropFirst } from "../common/executor.js";
import { toRequest, type RequestView } from "./requests.type.js";
import { recordAudit } from "../audit/audit.repository.js";
import { requireRole, type Viewer } from "../auth/viewer.js";
import type { Tx } from "../common/executor.js";
import { toJsonObject } from "../common/json.js";
import type { ContractRow } from "../contracts/contracts.service.js";
import { idempotent } from "../idempotency/idempotency.service.js";
import {
  acknowledgementsOf,
  alreadyPending,
  checkSnapshot,
  openCancellationOf,
  termsVersionId,
  type QuoteOf,
} from "../quote-snapshots/quote-snapshots.service.js";
import { cancellationFor, changeFor, checkAcknowledgements, type GivenAcknowledgements } from "./request-checks.js";
import { insertRequest, requestRecordSchema, type NewRequest, type RequestRecord } from "./requests.repository.js";
import { enqueueRequestMails } from "../mail/mail.enqueue.js";

/** What a submission carries besides its request: the reviewed quote it was made from, and acknowledgements. */
interface Reviewed extends GivenAcknowledgements {
  /** The reviewed quote (decision 012). Without it the quote is computed at submission, as before. */
  quoteSnapshotId?: string | null | undefined;
}

/**
 * Writes a submitted request with the quote shown and the version it used, and its audit row, in
 * the caller's transaction — after checking, in that transaction, that the reviewed quote still
 * holds and that every acknowledgement the quote calls for was given. Null when the database
 * refuses it as a duplicate open cancellation.
 */
async function writeRequest(
  ctx: ApiContext,
  tx: Tx,
  viewer: Viewer,
  contract: ContractRow,
  reviewed: QuoteOf,
  given: Reviewed,
): Promise<RequestRecord | null> {
  const { quote } = reviewed;
  const asked = { kind: reviewed.kind, payload: reviewed.inputs } as Pick<NewRequest, "kind" | "payload">;
  const snapshot = given.quoteSnapshotId
    ? await checkSnapshot(ctx, tx, given.quoteSnapshotId, {
        kind: reviewed.kind,
        contract,
        inputs: reviewed.inputs,
        quote,
      })
    : null;
  const { chargeWithTax, required } = acknowledgementsOf(ctx, { ...reviewed, serviceId: contract.serviceId });
  checkAcknowledgements(ctx, required, given);
  const acknowledgements = {
    lateNotice: required.some((r) => r.field === "acknowledgeLateNotice"),
    oneOffChargeWithTax: chargeWithTax,
    words: required.map((r) => ({ ja: r.text.ja, en: r.text.en })),
  };
  const request = {
    ...asked,
    organizationId: contract.organizationId,
    contractId: contract.id,
    quote: toJsonObject(quote),
    termsVersionId: termsVersionId(ctx, contract.serviceId, quote.termsVersion.version),
    submittedBy: viewer.userId,
    quoteSnapshotId: snapshot?.id ?? null,
    acknowledgements: required.length > 0 ? toJsonObject(acknowledgements) : null,
  } as NewRequest;
  const record = await insertRequest(tx, request, {
    contractNumber: contract.contractNumber,
    serviceId: contract.serviceId,
    termsVersion: quote.termsVersion.version,
    quoteNumber: snapshot?.number ?? null,
  });
  if (!record) return null;
  await recordAudit(tx, {
    actorUserId: viewer.userId,
    organizationId: contract.organizationId,
    action: "request.submit",
    entityType: "request",
    entityId: record.id,
    after: {
      number: record.number,
      kind: record.kind,
      status: record.status,
      payload: asked.payload,
      ...(snapshot ? { quoteNumber: snapshot.number } : {}),
      ...(required.length > 0 ? { acknowledgements: toJsonObject(acknowledgements) } : {}),
    },
  });
  await enqueueRequestMails(ctx, tx, "submitted", record);
  return record;
}

export interface SubmitCancellationInput extends Reviewed {
  contractId: string;
  desiredEndDate: string;
  /** The day the notice counts as arriving: today (the default), or a later day. */
  noticeDate?: string | null;
  idempotencyKey: string;
}

/**
 * A customer administrator's cancellation request. The quote shown to the customer is recomputed
 * from the contract and stored with the exact terms version it used. At most one open cancellation
 * per contract (ALREADY_PENDING; a partial unique index decides between concurrent submissions).
 */
export async function submitCancellationRequestRecord(
  ctx: ApiContext,
  input: SubmitCancellationInput,
): Promise<RequestRecord> {
  const viewer = requireRole(ctx, "customer-admin");
  const { contract, payload, quote } = await cancellationFor(ctx, viewer, input);
  return idempotent(
    ctx,
    viewer.userId,
    "submitCancellationRequest",
    input.idempotencyKey,
    { contractId: contract.id, ...payload },
    requestRecordSchema,
    async (tx) => {
      const open = await openCancellationOf(tx, contract.id);
      if (open) throw alreadyPending(ctx, open.number);
      const record = await writeRequest(
        ctx,
        tx,
        viewer,
        contract,
        { kind: "cancellation", inputs: payload, quote },
        input,
      );
      if (!record) throw alreadyPending(ctx, null);
      return record;
    },
  );
}

export interface SubmitChangeInput extends Reviewed {
  contractId: string;
  newParameters: unknown;
  effectiveDate: string;
  idempotencyKey: string;
}

/** A customer administrator's change request; a change the terms forbid, or one that changes nothing, is refused with the reason. */
export async function submitChangeRequestRecord(ctx: ApiContext, input: SubmitChangeInput): Promise<RequestRecord> {
  const viewer = requireRole(ctx, "customer-admin");
  const { contract, payload, quote } = await changeFor(ctx, viewer, input);
  return idempotent(
    ctx,
    viewer.userId,
    "submitChangeRequest",
    input.idempotencyKey,
    { contractId: contract.id, ...payload },
    requestRecordSchema,
    async (tx) => {
      const record = await writeRequest(ctx, tx, viewer, contract, { kind: "change", inputs: payload, quote }, input);
      if (!record) throw new Error("a change request was refused as a duplicate");
      return record;
    },
  );
}

export async function submitCancellationRequest(
  ctx: ApiContext,
  ...args: DropFirst<Parameters<typeof submitCancellationRequestRecord>>
): Promise<RequestView> {
  const result = await submitCancellationRequestRecord(ctx, ...args);
  return toRequest(result, ctx);
}

export async function submitChangeRequest(
  ctx: ApiContext,
  ...args: DropFirst<Parameters<typeof submitChangeRequestRecord>>
): Promise<RequestView> {
  const result = await submitChangeRequestRecord(ctx, ...args);
  return toRequest(result, ctx);
}
