import {
  formatYen,
  groupDigits,
  quoteCancellation,
  quoteChange,
  sumAmounts,
  taxRateOn,
  termsContext,
  tokyoDate,
  withTax,
  yen,
  dataYen,
  type CancellationQuote,
  type ChangeQuote,
  type ServiceDefinition,
  type Text,
} from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { checkDates, checkParameters, REQUEST_HORIZON_YEARS, requestHorizon } from "../../bounds.js";
import { AppError, badInput, withAppErrors, type LocatedIssue } from "../../errors.js";
import { notFound, type Viewer } from "../auth/viewer.js";
import { getContractRow, type ContractRow } from "../contracts/contracts.service.js";
import { engineInputFor } from "../contracts/engine-input.js";
import { contentHash } from "../terms-versions/content-hash.js";
import { toJsonObject } from "../common/json.js";
import {
  beyondHorizon,
  changeNotAllowed,
  CONTRACT,
  CONTRACT_NOT_ACTIVE,
  contractEnds,
  inThePast,
  NO_CHANGE,
} from "./requests.messages.js";
import { changePayloadSchema } from "./requests.repository.js";

/**
 * What reviewing and submitting a request check alike (decision 012): the dates, the contract, the
 * quote computed once from the stored contract, and the acknowledgements the quote calls for.
 */

/**
 * The dates of a request: well-formed and within the calendar data (checkDates), not in the past,
 * and no further ahead than a request can mean (the longest maximum term in the terms).
 */
export function checkRequestDates(
  ctx: ApiContext,
  fields: Record<string, string | null | undefined>,
  today: string,
): void {
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

/** Contract ids from user input: anything not a UUID, or another organisation's, is simply not found. */
export async function ownContractForRequest(ctx: ApiContext, viewer: Viewer, contractId: string): Promise<ContractRow> {
  const contract = await getContractRow(ctx, contractId);
  if (contract.organizationId !== viewer.organizationId) throw notFound(ctx, CONTRACT);
  requireActive(ctx, contract);
  return contract;
}

/** What a contract's quotes depend on, hashed: a reviewed quote is stale once this changes. */
export function contractFingerprint(contract: ContractRow): string {
  return contentHash({
    serviceId: contract.serviceId,
    parameters: contract.parameters,
    startDate: contract.startDate,
    status: contract.status,
    confirmationDate: contract.confirmationDate,
    initialWorkCompletedOn: contract.initialWorkCompletedOn,
    monthlyFee: contract.monthlyFee,
    endDate: contract.endDate,
  });
}

/** The hash of a quote as it would be stored: the recomputed quote must hash the same as the reviewed one. */
export const quoteHash = (quote: CancellationQuote | ChangeQuote): string => contentHash(toJsonObject(quote));

export interface CancellationAsk {
  desiredEndDate: string;
  noticeDate: string;
}

/** The checked inputs and the one quote of a cancellation, computed from the stored contract. */
export async function cancellationFor(
  ctx: ApiContext,
  viewer: Viewer,
  input: { contractId: string; desiredEndDate: string; noticeDate?: string | null | undefined },
): Promise<{ contract: ContractRow; payload: CancellationAsk; quote: CancellationQuote }> {
  const today = tokyoDate(ctx.now());
  checkRequestDates(ctx, { desiredEndDate: input.desiredEndDate, noticeDate: input.noticeDate }, today);
  const contract = await ownContractForRequest(ctx, viewer, input.contractId);
  const noticeDate = input.noticeDate ?? today;
  const quote: CancellationQuote = withAppErrors(ctx.lang, () =>
    quoteCancellation({
      ...engineInputFor(contract, ctx.services.get(contract.serviceId)),
      desiredEndDate: input.desiredEndDate,
      noticeDate,
    }),
  );
  return { contract, payload: { desiredEndDate: input.desiredEndDate, noticeDate }, quote };
}

/**
 * The checked inputs and the one quote of a change, computed from the stored contract. A change the
 * terms forbid is CHANGE_NOT_ALLOWED; a change that changes nothing is NO_CHANGE.
 */
export async function changeFor(
  ctx: ApiContext,
  viewer: Viewer,
  input: { contractId: string; newParameters: unknown; effectiveDate: string },
): Promise<{
  contract: ContractRow;
  payload: { newParameters: Record<string, string | number | boolean>; effectiveDate: string };
  quote: ChangeQuote;
}> {
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
  if (quote.trace.some((e) => e.rule === "change.none"))
    throw new AppError("NO_CHANGE", NO_CHANGE, [{ path: ["newParameters"], message: NO_CHANGE }], ctx.lang);
  if (!quote.allowed) throw new AppError("CHANGE_NOT_ALLOWED", changeNotAllowed(quote.reasons), [], ctx.lang);
  // checkParameters allowed a flat object of scalars, and the engine took it: a configuration.
  const payload = changePayloadSchema.parse({ newParameters: input.newParameters, effectiveDate: input.effectiveDate });
  return { contract, payload, quote };
}

/** The input fields that carry acknowledgements (GraphQL and the portal's form alike). */
export const ACKNOWLEDGE_LATE_NOTICE = "acknowledgeLateNotice";
export const ACKNOWLEDGE_ONE_OFF_CHARGE = "acknowledgeOneOffCharge";

/** One acknowledgement a quote calls for: the field that gives it, and its words (with the amount). */
export interface RequiredAcknowledgement {
  field: typeof ACKNOWLEDGE_LATE_NOTICE | typeof ACKNOWLEDGE_ONE_OFF_CHARGE;
  text: Text;
  /** For the one-off charge: the amount with tax, in yen, that must be acknowledged. */
  amount: string | null;
}

/** The one-off charge with tax (truncated to the yen, on the tax-exclusive sum), or null when there is none. */
function oneOffWithTax(service: ServiceDefinition, amounts: readonly string[], on: string): string | null {
  if (amounts.length === 0) return null;
  const sum = sumAmounts(amounts.map((a) => yen(a)));
  if (sum.isZero()) return null;
  const rate = taxRateOn(service.id, termsContext(service, on).terms.tax, on);
  return formatYen(withTax(sum, dataYen(rate.rate)));
}

/** The one-off charge with tax a quote carries: ending early (cancellations) or the change's fees. */
export function oneOffChargeWithTax(
  ctx: ApiContext,
  serviceId: string,
  quote:
    | { kind: "cancellation"; quote: CancellationQuote; noticeDate: string }
    | { kind: "change"; quote: ChangeQuote; effectiveDate: string },
): string | null {
  const service = ctx.services.get(serviceId);
  return withAppErrors(ctx.lang, () =>
    quote.kind === "cancellation"
      ? oneOffWithTax(service, quote.quote.oneOffTotal ? [quote.quote.oneOffTotal] : [], quote.noticeDate)
      : oneOffWithTax(
          service,
          quote.quote.oneOffCharges.map((c) => c.amount),
          quote.effectiveDate,
        ),
  );
}

/** The acknowledgements a quote calls for: a late notice, and a one-off charge (its amount in the words). */
export function requiredAcknowledgements(
  kind: "cancellation" | "change",
  lateNotice: boolean,
  chargeWithTax: string | null,
): RequiredAcknowledgement[] {
  const required: RequiredAcknowledgement[] = [];
  if (lateNotice) {
    required.push({
      field: ACKNOWLEDGE_LATE_NOTICE,
      amount: null,
      text: {
        ja: "通知期限を過ぎているため、希望日には終了できない場合があることを確認しました",
        en: "I understand that the notice is late, so the contract may not end on the date asked for",
      },
    });
  }
  if (chargeWithTax !== null) {
    required.push({
      field: ACKNOWLEDGE_ONE_OFF_CHARGE,
      amount: chargeWithTax,
      text:
        kind === "cancellation"
          ? {
              ja: `解約に伴い一時費用 ${groupDigits(chargeWithTax)}円（税込）が発生することを確認しました`,
              en: `I understand that cancelling incurs a one-off charge of ¥${groupDigits(chargeWithTax)} including tax`,
            }
          : {
              ja: `変更に伴い一時費用 ${groupDigits(chargeWithTax)}円（税込）が発生することを確認しました`,
              en: `I understand that this change incurs a one-off charge of ¥${groupDigits(chargeWithTax)} including tax`,
            },
    });
  }
  return required;
}

/** What a submission acknowledged. */
export interface GivenAcknowledgements {
  acknowledgeLateNotice?: boolean | null | undefined;
  acknowledgeOneOffCharge?: string | null | undefined;
}

/**
 * Refuses a submission that does not give every acknowledgement its quote calls for, naming each
 * missing field (ACKNOWLEDGEMENT_REQUIRED); a one-off charge is acknowledged by its exact amount.
 */
export function checkAcknowledgements(
  ctx: ApiContext,
  required: readonly RequiredAcknowledgement[],
  given: GivenAcknowledgements,
): void {
  const issues: LocatedIssue[] = [];
  for (const r of required) {
    const ok =
      r.field === ACKNOWLEDGE_LATE_NOTICE
        ? given.acknowledgeLateNotice === true
        : given.acknowledgeOneOffCharge === r.amount;
    if (!ok) {
      issues.push({
        path: [r.field],
        message:
          r.field === ACKNOWLEDGE_ONE_OFF_CHARGE
            ? {
                ja: `一時費用 ${r.amount}円（税込）を確認してください（${r.field} に "${r.amount}" を指定）`,
                en: `acknowledge the one-off charge: send ${r.field}: "${r.amount}" (yen, including tax)`,
              }
            : {
                ja: `通知期限後であることを確認してください（${r.field} に true を指定）`,
                en: `acknowledge the late notice: send ${r.field}: true`,
              },
      });
    }
  }
  if (issues.length > 0) {
    throw new AppError(
      "ACKNOWLEDGEMENT_REQUIRED",
      {
        ja: `この申請には確認が必要です: ${issues.map((i) => i.path[0]).join(", ")}`,
        en: `This request needs an acknowledgement: ${issues.map((i) => i.path[0]).join(", ")}`,
      },
      issues,
      ctx.lang,
    );
  }
}
