import { quoteCancellation, quoteChange, tokyoDate, type CancellationQuote, type ChangeQuote } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import type { DropFirst } from "../common/executor.js";
import { toRequest, type RequestView } from "./requests.type.js";
import { checkDates, checkParameters, REQUEST_HORIZON_YEARS, requestHorizon } from "../../bounds.js";
import { AppError, badInput, withAppErrors, type LocatedIssue } from "../../errors.js";
import { recordAudit } from "../audit/audit.repository.js";
import { notFound, requireRole, type Viewer } from "../auth/viewer.js";
import type { Tx } from "../common/executor.js";
import { toJsonObject } from "../common/json.js";
import { getContractRow, type ContractRow } from "../contracts/contracts.service.js";
import { engineInputFor } from "../contracts/engine-input.js";
import { idempotent } from "../idempotency/idempotency.service.js";
import { enqueueRequestMails } from "../mail/mail.enqueue.js";
import { versionKey } from "../terms-versions/content-hash.js";
import { beyondHorizon, CANCELLATION_IN_PROGRESS, changeNotAllowed, CONTRACT, CONTRACT_NOT_ACTIVE, contractEnds, inThePast } from "./requests.messages.js";
import { changePayloadSchema, insertRequest, requestRecordSchema, type NewRequest, type RequestRecord } from "./requests.repository.js";

/** The terms_versions row a quote was computed with: requests reference the exact version. */
function termsVersionId(ctx: ApiContext, serviceId: string, version: string): string {
  const row = ctx.versionRows.get(versionKey(serviceId, version));
  if (!row) throw new Error(`terms version ${serviceId} ${version} is not recorded`);
  return row.id;
}

/**
 * Writes a submitted request with the quote shown and the version it used, and its audit row, in
 * the caller's transaction. Null when the database refuses it as a duplicate open cancellation.
 */
async function writeRequest(
  ctx: ApiContext,
  tx: Tx,
  viewer: Viewer,
  contract: ContractRow,
  asked: Pick<NewRequest, "kind" | "payload">,
  quote: CancellationQuote | ChangeQuote,
): Promise<RequestRecord | null> {
  const request = {
    ...asked,
    organizationId: contract.organizationId,
    contractId: contract.id,
    quote: toJsonObject(quote),
    termsVersionId: termsVersionId(ctx, contract.serviceId, quote.termsVersion.version),
    submittedBy: viewer.userId,
  } as NewRequest;
  const record = await insertRequest(tx, request, { contractNumber: contract.contractNumber, serviceId: contract.serviceId, termsVersion: quote.termsVersion.version });
  if (!record) return null;
  await recordAudit(tx, {
    actorUserId: viewer.userId,
    organizationId: contract.organizationId,
    action: "request.submit",
    entityType: "request",
    entityId: record.id,
    after: { number: record.number, kind: record.kind, status: record.status, payload: asked.payload },
  });
  await enqueueRequestMails(ctx, tx, "submitted", record);
  return record;
}

/**
 * The dates of a request: well-formed and within the calendar data (checkDates), not in the past,
 * and no further ahead than a request can mean (the longest maximum term in the terms).
 */
function checkRequestDates(ctx: ApiContext, fields: Record<string, string | null | undefined>, today: string): void {
  checkDates(ctx.lang, fields);
  const horizon = requestHorizon(today);
  const issues: LocatedIssue[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    if (value < today) issues.push({ path: [field], message: inThePast(today) });
    else if (value > horizon) issues.push({ path: [field], message: beyondHorizon(REQUEST_HORIZON_YEARS, horizon) });
  }
  if (issues.length > 0) throw badInput(ctx.lang, issues);
}

function requireActive(ctx: ApiContext, contract: ContractRow) {
  if (contract.endDate) throw new AppError("CONFLICT", contractEnds(contract.endDate), [], ctx.lang);
  if (contract.status !== "active") throw new AppError("CONFLICT", CONTRACT_NOT_ACTIVE, [], ctx.lang);
}

/** Contract ids from user input: anything not a UUID is simply not found. */
async function ownContractForRequest(ctx: ApiContext, viewer: Viewer, contractId: string): Promise<ContractRow> {
  const contract = await getContractRow(ctx, contractId);
  if (contract.organizationId !== viewer.organizationId) throw notFound(ctx, CONTRACT);
  requireActive(ctx, contract);
  return contract;
}

export interface SubmitCancellationInput {
  contractId: string;
  desiredEndDate: string;
  /** The day the notice counts as arriving: today (the default), or a later day. */
  noticeDate?: string | null;
  idempotencyKey: string;
}

/**
 * A customer administrator's cancellation request. The quote shown to the customer is recomputed
 * from the contract and stored with the exact terms version it used.
 */
export async function submitCancellationRequestRecord(ctx: ApiContext, input: SubmitCancellationInput): Promise<RequestRecord> {
  const viewer = requireRole(ctx, "customer-admin");
  const today = tokyoDate(ctx.now());
  checkRequestDates(ctx, { desiredEndDate: input.desiredEndDate, noticeDate: input.noticeDate }, today);
  const contract = await ownContractForRequest(ctx, viewer, input.contractId);
  const noticeDate = input.noticeDate ?? today;
  const quote: CancellationQuote = withAppErrors(ctx.lang, () =>
    quoteCancellation({ ...engineInputFor(contract, ctx.services.get(contract.serviceId)), desiredEndDate: input.desiredEndDate, noticeDate }),
  );
  const payload = { desiredEndDate: input.desiredEndDate, noticeDate };
  return idempotent(ctx, viewer.userId, "submitCancellationRequest", input.idempotencyKey, { contractId: contract.id, ...payload }, requestRecordSchema, async (tx) => {
    const record = await writeRequest(ctx, tx, viewer, contract, { kind: "cancellation", payload }, quote);
    if (!record) throw new AppError("CONFLICT", CANCELLATION_IN_PROGRESS, [], ctx.lang);
    return record;
  });
}

export interface SubmitChangeInput {
  contractId: string;
  newParameters: unknown;
  effectiveDate: string;
  idempotencyKey: string;
}

/** A customer administrator's change request; a change the terms forbid is refused with the reason. */
export async function submitChangeRequestRecord(ctx: ApiContext, input: SubmitChangeInput): Promise<RequestRecord> {
  const viewer = requireRole(ctx, "customer-admin");
  const today = tokyoDate(ctx.now());
  checkRequestDates(ctx, { effectiveDate: input.effectiveDate }, today);
  checkParameters(ctx.lang, ["newParameters"], input.newParameters);
  const contract = await ownContractForRequest(ctx, viewer, input.contractId);
  const quote: ChangeQuote = withAppErrors(ctx.lang, () =>
    quoteChange({
      service: ctx.services.get(contract.serviceId),
      parameters: contract.parameters,
      newParameters: input.newParameters,
      effectiveDate: input.effectiveDate,
    }),
  );
  if (!quote.allowed) throw new AppError("CHANGE_NOT_ALLOWED", changeNotAllowed(quote.reasons), [], ctx.lang);
  // checkParameters allowed a flat object of scalars, and the engine took it: a configuration.
  const payload = changePayloadSchema.parse({ newParameters: input.newParameters, effectiveDate: input.effectiveDate });
  return idempotent(ctx, viewer.userId, "submitChangeRequest", input.idempotencyKey, { contractId: contract.id, ...payload }, requestRecordSchema, async (tx) => {
    const record = await writeRequest(ctx, tx, viewer, contract, { kind: "change", payload }, quote);
    if (!record) throw new Error("a change request was refused as a duplicate");
    return record;
  });
}


export async function submitCancellationRequest(ctx: ApiContext, ...args: DropFirst<Parameters<typeof submitCancellationRequestRecord>>): Promise<RequestView> {
  const result = await submitCancellationRequestRecord(ctx, ...args);
  return toRequest(result, ctx);
}

export async function submitChangeRequest(ctx: ApiContext, ...args: DropFirst<Parameters<typeof submitChangeRequestRecord>>): Promise<RequestView> {
  const result = await submitChangeRequestRecord(ctx, ...args);
  return toRequest(result, ctx);
}
