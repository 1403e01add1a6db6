import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { schema } from "@yakkan/db";
import {
  quoteCancellation,
  quoteChange,
  tokyoDate,
  type CancellationQuote,
  type ChangeQuote,
  type Text,
} from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { checkDates, checkParameters, checkText, isUuid, MAX_LENGTH, REQUEST_HORIZON_YEARS, requestHorizon } from "../../bounds.js";
import { AppError, badInput, withAppErrors, type LocatedIssue } from "../../errors.js";
import { recordAudit } from "../audit/audit.js";
import { isCustomer, notFound, requireRole, requireViewer, type Viewer } from "../auth/viewer.js";
import { getContract, type ContractRow } from "../contracts/contracts.service.js";
import { versionKey } from "../terms-versions/sync-terms-versions.js";
import { idempotent, type Tx } from "./idempotency.js";

export type RequestRow = typeof schema.requests.$inferSelect;
type RequestStatus = RequestRow["status"];

/** A request as the API returns it (and as idempotent replays store it): JSON-safe. */
export interface RequestRecord {
  id: string;
  number: string;
  kind: RequestRow["kind"];
  status: RequestStatus;
  organizationId: string;
  contractId: string;
  contractNumber: string;
  serviceId: string;
  payload: Record<string, unknown>;
  quote: Record<string, unknown>;
  acceptedQuote: Record<string, unknown> | null;
  termsVersionId: string;
  termsVersion: string;
  submittedBy: string;
  submittedAt: string;
  confirmationDate: string | null;
  rejectionReason: string | null;
  updatedAt: string;
}

const REQUEST = { ja: "申請", en: "Request" };

function toRecord(row: RequestRow, contract: { contractNumber: string; serviceId: string }, termsVersion: string): RequestRecord {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    organizationId: row.organizationId,
    contractId: row.contractId,
    contractNumber: contract.contractNumber,
    serviceId: contract.serviceId,
    payload: row.payload,
    quote: row.quote,
    acceptedQuote: row.acceptedQuote ?? null,
    termsVersionId: row.termsVersionId,
    termsVersion,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt.toISOString(),
    confirmationDate: row.confirmationDate,
    rejectionReason: row.rejectionReason,
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function loadRecords(ctx: ApiContext | Tx, where: SQL | undefined, limit = 200): Promise<RequestRecord[]> {
  const db = "db" in ctx ? ctx.db : ctx;
  const rows = await db
    .select({
      request: schema.requests,
      contractNumber: schema.contracts.contractNumber,
      serviceId: schema.contracts.serviceId,
      termsVersion: schema.termsVersions.version,
    })
    .from(schema.requests)
    .innerJoin(schema.contracts, eq(schema.contracts.id, schema.requests.contractId))
    .innerJoin(schema.termsVersions, eq(schema.termsVersions.id, schema.requests.termsVersionId))
    .where(where)
    .orderBy(desc(schema.requests.submittedAt))
    .limit(limit);
  return rows.map((r) => toRecord(r.request, r, r.termsVersion));
}

/** Requests the viewer may see: customers their organisation's, staff and legal everyone's. */
export async function listRequests(ctx: ApiContext, options: { statuses?: RequestStatus[] | null; contractId?: string | null } = {}): Promise<RequestRecord[]> {
  const viewer = requireViewer(ctx);
  if (options.contractId && !isUuid(options.contractId)) {
    throw badInput(ctx.lang, [{ path: ["contractId"], message: { ja: "契約 ID の形式が正しくありません", en: "not a contract id" } }]);
  }
  return loadRecords(
    ctx,
    and(
      isCustomer(viewer) ? eq(schema.requests.organizationId, viewer.organizationId) : undefined,
      options.statuses?.length ? inArray(schema.requests.status, options.statuses) : undefined,
      options.contractId ? eq(schema.requests.contractId, options.contractId) : undefined,
    ),
  );
}

export async function getRequest(ctx: ApiContext, id: string): Promise<RequestRecord> {
  const viewer = requireViewer(ctx);
  if (!isUuid(id)) throw notFound(ctx, REQUEST);
  const [record] = await loadRecords(
    ctx,
    and(eq(schema.requests.id, id), isCustomer(viewer) ? eq(schema.requests.organizationId, viewer.organizationId) : undefined),
  );
  if (!record) throw notFound(ctx, REQUEST);
  return record;
}

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
async function insertRequest(
  ctx: ApiContext,
  tx: Tx,
  viewer: Viewer,
  contract: ContractRow,
  kind: RequestRow["kind"],
  payload: Record<string, unknown>,
  quote: CancellationQuote | ChangeQuote,
): Promise<RequestRecord | null> {
  const [row] = await tx
    .insert(schema.requests)
    .values({
      organizationId: contract.organizationId,
      contractId: contract.id,
      kind,
      payload: asJson(payload),
      quote: asJson(quote),
      termsVersionId: termsVersionId(ctx, contract.serviceId, quote.termsVersion.version),
      submittedBy: viewer.userId,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  await recordAudit(tx, {
    actorUserId: viewer.userId,
    organizationId: contract.organizationId,
    action: "request.submit",
    entityType: "request",
    entityId: row.id,
    after: { number: row.number, kind: row.kind, status: row.status, payload },
  });
  return toRecord(row, contract, quote.termsVersion.version);
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
    if (value < today) {
      issues.push({ path: [field], message: { ja: `過去の日付（${today} より前）は指定できません`, en: `must not be in the past (before ${today})` } });
    } else if (value > horizon) {
      issues.push({
        path: [field],
        message: { ja: `${REQUEST_HORIZON_YEARS} 年より先（${horizon} より後）の日付は指定できません`, en: `must be within ${REQUEST_HORIZON_YEARS} years (on or before ${horizon})` },
      });
    }
  }
  if (issues.length > 0) throw badInput(ctx.lang, issues);
}

function requireActive(ctx: ApiContext, contract: ContractRow) {
  if (contract.endDate) {
    throw new AppError(
      "CONFLICT",
      { ja: `この契約は ${contract.endDate} に終了します（終了済み）。`, en: `This contract ends (or ended) on ${contract.endDate}.` },
      [],
      ctx.lang,
    );
  }
  if (contract.status !== "active") {
    throw new AppError(
      "CONFLICT",
      { ja: "この契約は有効ではないため申請できません。", en: "This contract is not active, so nothing can be requested." },
      [],
      ctx.lang,
    );
  }
}

/** Contract ids from user input: anything not a UUID is simply not found. */
async function ownContractForRequest(ctx: ApiContext, viewer: Viewer, contractId: string): Promise<ContractRow> {
  const contract = await getContract(ctx, contractId);
  if (contract.organizationId !== viewer.organizationId) throw notFound(ctx, { ja: "契約", en: "Contract" });
  requireActive(ctx, contract);
  return contract;
}

const asJson = <T>(value: T): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

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
export async function submitCancellationRequest(ctx: ApiContext, input: SubmitCancellationInput): Promise<RequestRecord> {
  const viewer = requireRole(ctx, "customer-admin");
  const today = tokyoDate(ctx.now());
  checkRequestDates(ctx, { desiredEndDate: input.desiredEndDate, noticeDate: input.noticeDate }, today);
  const contract = await ownContractForRequest(ctx, viewer, input.contractId);
  const noticeDate = input.noticeDate ?? today;
  const quote: CancellationQuote = withAppErrors(ctx.lang, () =>
    quoteCancellation({
      service: ctx.services.get(contract.serviceId),
      parameters: contract.parameters,
      startDate: contract.startDate,
      desiredEndDate: input.desiredEndDate,
      noticeDate,
      monthlyFee: contract.monthlyFee ?? undefined,
    }),
  );
  const payload = { desiredEndDate: input.desiredEndDate, noticeDate };
  return idempotent(ctx, viewer.userId, "submitCancellationRequest", input.idempotencyKey, { contractId: contract.id, ...payload }, async (tx) => {
    const record = await insertRequest(ctx, tx, viewer, contract, "cancellation", payload, quote);
    if (!record) {
      throw new AppError(
        "CONFLICT",
        {
          ja: "この契約にはすでに処理中の解約申請があります。",
          en: "This contract already has a cancellation request in progress.",
        },
        [],
        ctx.lang,
      );
    }
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
export async function submitChangeRequest(ctx: ApiContext, input: SubmitChangeInput): Promise<RequestRecord> {
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
  if (!quote.allowed) {
    throw new AppError(
      "CHANGE_NOT_ALLOWED",
      {
        ja: `この変更はできません。${quote.reasons.map((r) => r.ja).join(" ")}`,
        en: `This change is not allowed. ${quote.reasons.map((r) => r.en).join(" ")}`,
      },
      [],
      ctx.lang,
    );
  }
  const payload = { newParameters: input.newParameters, effectiveDate: input.effectiveDate };
  return idempotent(ctx, viewer.userId, "submitChangeRequest", input.idempotencyKey, { contractId: contract.id, ...payload }, async (tx) => {
    const record = await insertRequest(ctx, tx, viewer, contract, "change", payload, quote);
    if (!record) throw new Error("a change request was refused as a duplicate");
    return record;
  });
}

const TRANSITIONS: Record<string, { from: RequestStatus[]; to: RequestStatus; text: Text }> = {
  withdraw: { from: ["pending"], to: "withdrawn", text: { ja: "取り下げ", en: "withdraw" } },
  accept: { from: ["pending"], to: "accepted", text: { ja: "受付", en: "accept" } },
  reject: { from: ["pending"], to: "rejected", text: { ja: "却下", en: "reject" } },
  complete: { from: ["accepted"], to: "completed", text: { ja: "完了", en: "complete" } },
};

/**
 * Moves a request to its next status in one transaction with an audit row, locking the row so two
 * staff members cannot both act on it. `apply` adds what the transition changes besides the status.
 */
async function transition(
  ctx: ApiContext,
  viewer: Viewer,
  requestId: string,
  name: keyof typeof TRANSITIONS,
  idempotencyKey: string,
  input: Record<string, unknown>,
  apply: (tx: Tx, row: RequestRow, contract: typeof schema.contracts.$inferSelect) => Promise<Partial<typeof schema.requests.$inferInsert>>,
): Promise<RequestRecord> {
  const t = TRANSITIONS[name];
  if (!t) throw new Error(`unknown transition ${name}`);
  if (!isUuid(requestId)) throw notFound(ctx, REQUEST);
  return idempotent(ctx, viewer.userId, `${name}Request`, idempotencyKey, { requestId, ...input }, async (tx) => {
    const [row] = await tx.select().from(schema.requests).where(eq(schema.requests.id, requestId)).for("update");
    if (!row || (isCustomer(viewer) && row.organizationId !== viewer.organizationId)) throw notFound(ctx, REQUEST);
    if (!t.from.includes(row.status)) {
      throw new AppError(
        "CONFLICT",
        {
          ja: `状態が「${row.status}」の申請は${t.text.ja}できません。`,
          en: `A request that is ${row.status} cannot be ${t.to}; nothing was changed.`,
        },
        [],
        ctx.lang,
      );
    }
    const [contract] = await tx.select().from(schema.contracts).where(eq(schema.contracts.id, row.contractId));
    if (!contract) throw new Error("request without contract");
    const extra = await apply(tx, row, contract);
    const [updated] = await tx
      .update(schema.requests)
      .set({ ...extra, status: t.to, updatedAt: ctx.now() })
      .where(eq(schema.requests.id, row.id))
      .returning();
    if (!updated) throw new Error("update returned nothing");
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      organizationId: row.organizationId,
      action: `request.${name}`,
      entityType: "request",
      entityId: row.id,
      before: { status: row.status },
      after: { status: updated.status, ...input },
    });
    const [version] = await tx.select({ version: schema.termsVersions.version }).from(schema.termsVersions).where(eq(schema.termsVersions.id, updated.termsVersionId));
    return toRecord(updated, contract, version?.version ?? "");
  });
}

export function withdrawRequest(ctx: ApiContext, input: { requestId: string; idempotencyKey: string }) {
  const viewer = requireRole(ctx, "customer-admin");
  return transition(ctx, viewer, input.requestId, "withdraw", input.idempotencyKey, {}, async () => ({}));
}

/**
 * Staff accept a request, recording the day they confirmed it. For a cancellation the quote is
 * recomputed with that date (UTM/Server 第21条: it can move the end date).
 */
export function acceptRequest(ctx: ApiContext, input: { requestId: string; confirmationDate: string; idempotencyKey: string }) {
  const viewer = requireRole(ctx, "staff");
  checkDates(ctx.lang, { confirmationDate: input.confirmationDate });
  const latest = requestHorizon(tokyoDate(ctx.now()));
  if (input.confirmationDate > latest) {
    throw badInput(ctx.lang, [
      { path: ["confirmationDate"], message: { ja: `確認完了日は ${latest} 以前にしてください`, en: `must be on or before ${latest} (within ${REQUEST_HORIZON_YEARS} years)` } },
    ]);
  }
  return transition(ctx, viewer, input.requestId, "accept", input.idempotencyKey, { confirmationDate: input.confirmationDate }, async (_tx, row, contract) => {
    const payload = row.payload as { desiredEndDate?: string; noticeDate?: string };
    if (input.confirmationDate < (payload.noticeDate ?? "")) {
      throw badInput(ctx.lang, [
        {
          path: ["confirmationDate"],
          message: { ja: `確認完了日は通知日 ${payload.noticeDate} 以降にしてください`, en: `must be on or after the notice date ${payload.noticeDate}` },
        },
      ]);
    }
    if (row.kind !== "cancellation") return { confirmationDate: input.confirmationDate };
    const quote = withAppErrors(ctx.lang, () =>
      quoteCancellation({
        service: ctx.services.get(contract.serviceId),
        parameters: contract.parameters,
        startDate: contract.startDate,
        desiredEndDate: payload.desiredEndDate ?? "",
        noticeDate: payload.noticeDate ?? input.confirmationDate,
        monthlyFee: contract.monthlyFee ?? undefined,
        confirmationDate: input.confirmationDate,
      }),
    );
    return { confirmationDate: input.confirmationDate, acceptedQuote: asJson(quote) };
  });
}

export function rejectRequest(ctx: ApiContext, input: { requestId: string; reason: string; idempotencyKey: string }) {
  const viewer = requireRole(ctx, "staff");
  checkText(ctx.lang, { reason: { value: input.reason, max: MAX_LENGTH.reason } });
  const reason = input.reason.trim();
  if (!reason) throw badInput(ctx.lang, [{ path: ["reason"], message: { ja: "却下の理由を入力してください", en: "give the reason for rejecting" } }]);
  return transition(ctx, viewer, input.requestId, "reject", input.idempotencyKey, { reason }, async () => ({ rejectionReason: reason }));
}

/** Staff complete an accepted request: the contract ends, or takes its new configuration. */
export function completeRequest(ctx: ApiContext, input: { requestId: string; idempotencyKey: string }) {
  const viewer = requireRole(ctx, "staff");
  return transition(ctx, viewer, input.requestId, "complete", input.idempotencyKey, {}, async (tx, row, contract) => {
    // The contract changes: lock it against any other change in the meantime.
    await tx.select({ id: schema.contracts.id }).from(schema.contracts).where(eq(schema.contracts.id, contract.id)).for("update");
    const before = { status: contract.status, parameters: contract.parameters, endDate: contract.endDate };
    let after: Partial<typeof schema.contracts.$inferInsert>;
    if (row.kind === "cancellation") {
      const quote = (row.acceptedQuote ?? row.quote) as { effectiveEndDate: string };
      // The contract keeps running until its end date; it reads as ended from then on.
      const today = tokyoDate(ctx.now());
      after = { status: quote.effectiveEndDate < today ? "ended" : "active", endDate: quote.effectiveEndDate };
    } else {
      after = { parameters: (row.payload as { newParameters: Record<string, unknown> }).newParameters };
    }
    await tx.update(schema.contracts).set(after).where(eq(schema.contracts.id, contract.id));
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      organizationId: contract.organizationId,
      action: row.kind === "cancellation" ? "contract.end" : "contract.change",
      entityType: "contract",
      entityId: contract.id,
      before,
      after,
    });
    return {};
  });
}
