import type { z } from "zod";
import type { CancellationQuote, ChangeQuote } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { isUuid } from "../../bounds.js";
import { AppError, badInput } from "../../errors.js";
import { recordAudit } from "../audit/audit.repository.js";
import { isCustomer, notFound, requireRole, requireViewer, type Viewer } from "../auth/viewer.js";
import type { Executor } from "../common/executor.js";
import { toJsonObject } from "../common/json.js";
import { getContractRow, type ContractRow } from "../contracts/contracts.service.js";
import { toCancellationQuote, toChangeQuote } from "../quotes/quotes.type.js";
import { cancellationPayloadSchema, changePayloadSchema, findRequests } from "../requests/requests.repository.js";
import { CANCELLATION_IN_PROGRESS, QUOTE_MISMATCH, quoteStale } from "../requests/requests.messages.js";
import {
  cancellationFor,
  changeFor,
  contractFingerprint,
  oneOffChargeWithTax,
  quoteHash,
  requiredAcknowledgements,
  type RequiredAcknowledgement,
} from "../requests/request-checks.js";
import { storedCancellationQuoteSchema, storedChangeQuoteSchema } from "../requests/stored-quote.schema.js";
import { publishedVersionOf } from "../terms-versions/published-version.js";
import { versionKey } from "../terms-versions/content-hash.js";
import { findQuoteSnapshot, insertQuoteSnapshot, type QuoteSnapshotRow } from "./quote-snapshots.repository.js";
import type { QuoteReview } from "./quote-snapshots.type.js";

/** How long a reviewed quote may be submitted from (the notice date is today's, so a day at most). */
export const QUOTE_SNAPSHOT_TTL_MS = 24 * 60 * 60 * 1000;

const QUOTE = { ja: "見積り", en: "Quote" };

/** The terms_versions row a quote was computed with: requests and snapshots reference the exact version. */
export function termsVersionId(ctx: ApiContext, serviceId: string, version: string): string {
  const row = ctx.versionRows.get(versionKey(serviceId, version));
  if (!row) throw new Error(`terms version ${serviceId} ${version} is not recorded`);
  return row.id;
}

/** The one open cancellation of a contract, if there is one (pending or accepted). */
export async function openCancellationOf(db: Executor, contractId: string) {
  return (await findRequests(db, { contractId, statuses: ["pending", "accepted"] }, 50)).find(
    (r) => r.kind === "cancellation",
  );
}

export const alreadyPending = (ctx: ApiContext, number: string | null) =>
  new AppError(
    "ALREADY_PENDING",
    CANCELLATION_IN_PROGRESS,
    number ? [{ path: ["contractId"], message: { ja: `処理中の申請: ${number}`, en: `open request: ${number}` } }] : [],
    ctx.lang,
  );

/** A quote of either kind with the inputs it was computed from. */
export type QuoteOf =
  | { kind: "cancellation"; inputs: z.infer<typeof cancellationPayloadSchema>; quote: CancellationQuote }
  | { kind: "change"; inputs: z.infer<typeof changePayloadSchema>; quote: ChangeQuote };
type Reviewed = QuoteOf & { contract: ContractRow };

/** The acknowledgements a quote calls for and its one-off charge with tax. */
export function acknowledgementsOf(
  ctx: ApiContext,
  reviewed: QuoteOf & { serviceId: string },
): { chargeWithTax: string | null; required: RequiredAcknowledgement[] } {
  if (reviewed.kind === "cancellation") {
    const chargeWithTax = oneOffChargeWithTax(ctx, reviewed.serviceId, {
      kind: "cancellation",
      quote: reviewed.quote,
      noticeDate: reviewed.inputs.noticeDate,
    });
    return {
      chargeWithTax,
      required: requiredAcknowledgements("cancellation", !reviewed.quote.noticeInTime, chargeWithTax),
    };
  }
  const chargeWithTax = oneOffChargeWithTax(ctx, reviewed.serviceId, {
    kind: "change",
    quote: reviewed.quote,
    effectiveDate: reviewed.inputs.effectiveDate,
  });
  return { chargeWithTax, required: requiredAcknowledgements("change", false, chargeWithTax) };
}

async function saveSnapshot(ctx: ApiContext, viewer: Viewer, reviewed: Reviewed): Promise<QuoteReview> {
  const { contract } = reviewed;
  const row = await ctx.db.transaction(async (tx) => {
    if (reviewed.kind === "cancellation") {
      const open = await openCancellationOf(tx, contract.id);
      if (open) throw alreadyPending(ctx, open.number);
    }
    const snapshot = await insertQuoteSnapshot(tx, {
      organizationId: contract.organizationId,
      contractId: contract.id,
      kind: reviewed.kind,
      inputs: toJsonObject(reviewed.inputs),
      result: toJsonObject(reviewed.quote),
      resultHash: quoteHash(reviewed.quote),
      termsVersionId: termsVersionId(ctx, contract.serviceId, reviewed.quote.termsVersion.version),
      contractFingerprint: contractFingerprint(contract),
      createdBy: viewer.userId,
      expiresAt: new Date(ctx.now().getTime() + QUOTE_SNAPSHOT_TTL_MS),
    });
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      organizationId: contract.organizationId,
      action: "quote.review",
      entityType: "quote",
      entityId: snapshot.id,
      after: {
        number: snapshot.number,
        kind: snapshot.kind,
        contractId: contract.id,
        inputs: toJsonObject(reviewed.inputs),
      },
    });
    return snapshot;
  });
  return toQuoteReview(ctx, row, contract);
}

/** A customer admin reviews a cancellation: the quote is computed once, kept under a quote number. */
export async function reviewCancellation(
  ctx: ApiContext,
  input: { contractId: string; desiredEndDate: string; noticeDate?: string | null },
): Promise<QuoteReview> {
  const viewer = requireRole(ctx, "customer-admin");
  const { contract, payload, quote } = await cancellationFor(ctx, viewer, input);
  return saveSnapshot(ctx, viewer, { kind: "cancellation", contract, inputs: payload, quote });
}

/** A customer admin reviews a change: refused at once when it changes nothing or the terms forbid it. */
export async function reviewChange(
  ctx: ApiContext,
  input: { contractId: string; newParameters: unknown; effectiveDate: string },
): Promise<QuoteReview> {
  const viewer = requireRole(ctx, "customer-admin");
  const { contract, payload, quote } = await changeFor(ctx, viewer, input);
  return saveSnapshot(ctx, viewer, { kind: "change", contract, inputs: payload, quote });
}

/** A reviewed quote as its kind's shapes. */
function parseSnapshot(row: QuoteSnapshotRow) {
  return row.kind === "cancellation"
    ? {
        kind: "cancellation" as const,
        inputs: cancellationPayloadSchema.parse(row.inputs),
        quote: storedCancellationQuoteSchema.parse(row.result),
      }
    : {
        kind: "change" as const,
        inputs: changePayloadSchema.parse(row.inputs),
        quote: storedChangeQuoteSchema.parse(row.result),
      };
}

function toQuoteReview(ctx: ApiContext, row: QuoteSnapshotRow, contract: ContractRow): QuoteReview {
  const parsed = parseSnapshot(row);
  const version = publishedVersionOf(ctx, {
    ...parsed.quote.termsVersion,
    effectiveTo: parsed.quote.termsVersion.effectiveTo ?? null,
    computable: parsed.quote.termsVersion.computable ?? true,
  });
  const { chargeWithTax, required } =
    "trace" in parsed.quote
      ? acknowledgementsOf(ctx, { ...parsed, serviceId: contract.serviceId } as unknown as QuoteOf & {
          serviceId: string;
        })
      : { chargeWithTax: null, required: [] };
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    contractId: contract.id,
    contractNumber: contract.contractNumber,
    organizationName: ctx.lang === "ja" ? contract.organizationName : contract.organizationNameEn,
    serviceId: contract.serviceId,
    termsVersion: version,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    desiredEndDate: parsed.kind === "cancellation" ? parsed.inputs.desiredEndDate : null,
    noticeDate: parsed.kind === "cancellation" ? parsed.inputs.noticeDate : null,
    effectiveDate: parsed.kind === "change" ? parsed.inputs.effectiveDate : null,
    newParameters: parsed.kind === "change" ? parsed.inputs.newParameters : null,
    cancellationQuote: parsed.kind === "cancellation" ? toCancellationQuote(parsed.quote, version, ctx.lang) : null,
    changeQuote: parsed.kind === "change" ? toChangeQuote(parsed.quote, version, ctx.lang) : null,
    oneOffChargeWithTax: chargeWithTax,
    acknowledgements: required.map((r) => ({ field: r.field, text: r.text[ctx.lang], amount: r.amount })),
  };
}

/** A reviewed quote the viewer may see: their organisation's (customers), any (staff, legal). */
export async function getQuoteReview(ctx: ApiContext, id: string): Promise<QuoteReview> {
  const viewer = requireViewer(ctx);
  if (!isUuid(id)) throw notFound(ctx, QUOTE);
  const row = await findQuoteSnapshot(ctx.db, id);
  if (!row || (isCustomer(viewer) && row.organizationId !== viewer.organizationId)) throw notFound(ctx, QUOTE);
  return toQuoteReview(ctx, row, await getContractRow(ctx, row.contractId));
}

/**
 * Checks, inside a submission's transaction, that the reviewed quote it names still holds: the
 * same contract, kind and inputs; not expired; the contract unchanged; and the quote recomputed now
 * identical to the one reviewed (same terms version, same figures, same explanation). Stale is
 * QUOTE_STALE; a snapshot that is not this request's is a located BAD_USER_INPUT.
 */
export async function checkSnapshot(
  ctx: ApiContext,
  tx: Executor,
  snapshotId: string,
  submitted: {
    kind: "cancellation" | "change";
    contract: ContractRow;
    inputs: Record<string, unknown>;
    quote: CancellationQuote | ChangeQuote;
  },
): Promise<QuoteSnapshotRow> {
  const row = isUuid(snapshotId) ? await findQuoteSnapshot(tx, snapshotId) : undefined;
  if (!row || row.organizationId !== submitted.contract.organizationId) throw notFound(ctx, QUOTE);
  const inputs = row.inputs as Record<string, unknown>;
  const sameInputs =
    row.kind === submitted.kind &&
    row.contractId === submitted.contract.id &&
    Object.entries(submitted.inputs).every(
      ([k, v]) => k === "noticeDate" || JSON.stringify(inputs[k]) === JSON.stringify(v),
    );
  if (!sameInputs) throw badInput(ctx.lang, [{ path: ["quoteSnapshotId"], message: QUOTE_MISMATCH }]);
  const reasons = [];
  if ("noticeDate" in submitted.inputs && inputs["noticeDate"] !== submitted.inputs["noticeDate"]) {
    reasons.push({
      ja: `通知日が ${String(submitted.inputs["noticeDate"])} になりました。`,
      en: `The notice date is now ${String(submitted.inputs["noticeDate"])}.`,
    });
  }
  if (row.expiresAt.getTime() <= ctx.now().getTime())
    reasons.push({ ja: "見積りの有効期限が過ぎました。", en: "The reviewed quote has expired." });
  if (row.contractFingerprint !== contractFingerprint(submitted.contract))
    reasons.push({ ja: "契約内容が変更されました。", en: "The contract changed." });
  if (row.termsVersionId !== termsVersionId(ctx, submitted.contract.serviceId, submitted.quote.termsVersion.version)) {
    reasons.push({
      ja: `適用される約款が「${submitted.quote.termsVersion.version}」になりました。`,
      en: `The terms that apply are now "${submitted.quote.termsVersion.version}".`,
    });
  }
  if (reasons.length === 0 && row.resultHash !== quoteHash(submitted.quote))
    reasons.push({ ja: "見積りの内容が変わりました。", en: "The quote's figures or dates changed." });
  if (reasons.length > 0)
    throw new AppError(
      "QUOTE_STALE",
      quoteStale(reasons),
      [{ path: ["quoteSnapshotId"], message: quoteStale(reasons) }],
      ctx.lang,
    );
  return row;
}
