import {
  evasionSurcharge as engineEvasionSurcharge,
  lateInterest as engineLateInterest,
  orderDeadline as engineOrderDeadline,
  planCancellation as enginePlanCancellation,
  outageCredit as engineOutageCredit,
  quoteCancellation as engineQuoteCancellation,
  quoteChange as engineQuoteChange,
  tokyoDate,
  yenSchema,
  type CancellationQuote,
  type CancellationPlan,
  type ChangeQuote,
  type LateInterest,
  type OrderDeadline,
  type OutageCredit,
} from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { checkDates, checkParameters, MAX_LENGTH } from "../../bounds.js";
import { badInput, withAppErrors, type LocatedIssue } from "../../errors.js";
import { withExplanation } from "../common/explanation.type.js";
import { getContractRow } from "../contracts/contracts.service.js";
import { publishedVersionOf } from "../terms-versions/published-version.js";
import * as dto from "./quotes.type.js";
import { engineInputFor } from "../contracts/engine-input.js";

/** A contract to quote: a stored one (by id) or a hypothetical one described in the input. */
export interface ContractRef {
  contractId?: string | null | undefined;
  serviceId?: string | null | undefined;
  parameters?: unknown;
  startDate?: string | null | undefined;
}

interface QuotedContract {
  serviceId: string;
  parameters: unknown;
  startDate: string | null;
  /** A stored contract's own monthly fee. */
  monthlyFee: string | null;
}

const missing = (field: string): LocatedIssue => ({
  path: ["input", field],
  message: { ja: `${field} を指定してください`, en: `${field} is required` },
});

/**
 * Resolves the contract a quote is about: a stored contract the viewer may see (by id; others are
 * NOT_FOUND), or a hypothetical one described in full.
 */
async function contractFor(ctx: ApiContext, ref: ContractRef, needsStart: boolean): Promise<QuotedContract> {
  checkDates(ctx.lang, { startDate: ref.startDate }, ["input"]);
  checkParameters(ctx.lang, ["input", "parameters"], ref.parameters);
  if (ref.contractId) {
    const contract = await getContractRow(ctx, ref.contractId);
    return {
      serviceId: contract.serviceId,
      parameters: contract.parameters,
      startDate: contract.startDate,
      monthlyFee: contract.monthlyFee,
    };
  }
  const issues = [
    ...(ref.serviceId ? [] : [missing("serviceId")]),
    ...(ref.parameters === undefined || ref.parameters === null ? [missing("parameters")] : []),
    ...(needsStart && !ref.startDate ? [missing("startDate")] : []),
  ];
  if (issues.length > 0) throw badInput(ctx.lang, issues);
  return {
    serviceId: ref.serviceId as string,
    parameters: ref.parameters,
    startDate: ref.startDate ?? null,
    monthlyFee: null,
  };
}

function checkYen(ctx: ApiContext, field: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.length > MAX_LENGTH.yen || !yenSchema.safeParse(value).success) {
    throw badInput(ctx.lang, [
      {
        path: ["input", field],
        message: {
          ja: '円の金額を 10 進の文字列で指定してください（例: "120000"）',
          en: 'yen as a decimal string, e.g. "120000"',
        },
      },
    ]);
  }
  return value;
}

const today = (ctx: ApiContext) => tokyoDate(ctx.now());

/** An outage longer than a year is not a case the credit clauses address (8,784 hours: a leap year). */
const MAX_OUTAGE_HOURS = 8784;

function orderDeadlineResult(
  ctx: ApiContext,
  input: { serviceId: string; parameters: unknown; desiredStartDate: string; asOf?: string | null },
): OrderDeadline {
  checkDates(ctx.lang, { desiredStartDate: input.desiredStartDate, asOf: input.asOf });
  checkParameters(ctx.lang, ["parameters"], input.parameters);
  return withAppErrors(ctx.lang, () =>
    engineOrderDeadline({
      service: ctx.services.get(input.serviceId),
      parameters: input.parameters,
      desiredStartDate: input.desiredStartDate,
      asOf: input.asOf ?? undefined,
    }),
  );
}

export interface CancellationQuoteRequest extends ContractRef {
  desiredEndDate: string;
  noticeDate?: string | null;
  monthlyFee?: string | null;
  confirmationDate?: string | null;
}

/** Quotes cancelling a contract (stored or hypothetical); notice defaults to today in Japan. */
async function quoteCancellationResult(ctx: ApiContext, input: CancellationQuoteRequest): Promise<CancellationQuote> {
  checkDates(
    ctx.lang,
    { desiredEndDate: input.desiredEndDate, noticeDate: input.noticeDate, confirmationDate: input.confirmationDate },
    ["input"],
  );
  const contract = await contractFor(ctx, input, true);
  const monthlyFee = checkYen(ctx, "monthlyFee", input.monthlyFee) ?? contract.monthlyFee;
  return withAppErrors(ctx.lang, () =>
    engineQuoteCancellation({
      ...engineInputFor(
        { ...contract, startDate: contract.startDate as string, monthlyFee },
        ctx.services.get(contract.serviceId),
      ),
      desiredEndDate: input.desiredEndDate,
      noticeDate: input.noticeDate ?? today(ctx),
      confirmationDate: input.confirmationDate ?? undefined,
    }),
  );
}

export interface CancellationPlanRequest extends ContractRef {
  noticeDate?: string | null;
  months?: number | null;
  monthlyFee?: string | null;
}

/** Every way to end a contract (stored or hypothetical) from a notice on noticeDate (default today in Japan). */
async function planCancellationResult(ctx: ApiContext, input: CancellationPlanRequest): Promise<CancellationPlan> {
  const contract = await contractFor(ctx, input, true);
  const monthlyFee = checkYen(ctx, "monthlyFee", input.monthlyFee) ?? contract.monthlyFee;
  return withAppErrors(ctx.lang, () =>
    enginePlanCancellation({
      ...engineInputFor(
        { ...contract, startDate: contract.startDate as string, monthlyFee },
        ctx.services.get(contract.serviceId),
      ),
      noticeDate: input.noticeDate ?? today(ctx),
      months: input.months ?? undefined,
    }),
  );
}

export interface ChangeQuoteRequest extends ContractRef {
  newParameters: unknown;
  effectiveDate: string;
}

async function quoteChangeResult(ctx: ApiContext, input: ChangeQuoteRequest): Promise<ChangeQuote> {
  checkDates(ctx.lang, { effectiveDate: input.effectiveDate }, ["input"]);
  checkParameters(ctx.lang, ["input", "newParameters"], input.newParameters);
  const contract = await contractFor(ctx, input, false);
  return withAppErrors(ctx.lang, () =>
    engineQuoteChange({
      service: ctx.services.get(contract.serviceId),
      parameters: contract.parameters,
      newParameters: input.newParameters,
      effectiveDate: input.effectiveDate,
    }),
  );
}

function lateInterestResult(
  ctx: ApiContext,
  input: { serviceId: string; amount: string; dueDate: string; paidDate: string },
): LateInterest {
  checkDates(ctx.lang, { dueDate: input.dueDate, paidDate: input.paidDate });
  const amount = checkYen(ctx, "amount", input.amount) as string;
  if (input.paidDate < input.dueDate) {
    throw badInput(ctx.lang, [
      { path: ["paidDate"], message: { ja: "支払日が支払期限より前です", en: "paidDate is before dueDate" } },
    ]);
  }
  return withAppErrors(ctx.lang, () =>
    engineLateInterest({
      service: ctx.services.get(input.serviceId),
      amount,
      dueDate: input.dueDate,
      paidDate: input.paidDate,
    }),
  );
}

function evasionSurchargeResult(
  ctx: ApiContext,
  input: { serviceId: string; evadedAmount: string; asOf?: string | null },
) {
  checkDates(ctx.lang, { asOf: input.asOf });
  const evadedAmount = checkYen(ctx, "evadedAmount", input.evadedAmount) as string;
  return withAppErrors(ctx.lang, () =>
    engineEvasionSurcharge({
      service: ctx.services.get(input.serviceId),
      evadedAmount,
      asOf: input.asOf ?? today(ctx),
    }),
  );
}

function outageCreditResult(
  ctx: ApiContext,
  input: { serviceId: string; monthlyFee: string; outageStart: string; outageHours: number; customerFault: boolean },
): OutageCredit {
  checkDates(ctx.lang, { outageStart: input.outageStart });
  const monthlyFee = checkYen(ctx, "monthlyFee", input.monthlyFee) as string;
  if (!Number.isInteger(input.outageHours) || input.outageHours < 0 || input.outageHours > MAX_OUTAGE_HOURS) {
    throw badInput(ctx.lang, [
      {
        path: ["outageHours"],
        message: {
          ja: `0 から ${MAX_OUTAGE_HOURS} までの整数（時間）で指定してください`,
          en: `a whole number of hours from 0 to ${MAX_OUTAGE_HOURS}`,
        },
      },
    ]);
  }
  return withAppErrors(ctx.lang, () =>
    engineOutageCredit({ ...input, monthlyFee, service: ctx.services.get(input.serviceId) }),
  );
}

// The operations (GraphQL resolvers and the portal call these): results in the request's language.

export function orderDeadline(ctx: ApiContext, input: Parameters<typeof orderDeadlineResult>[1]): dto.OrderDeadline {
  const r = orderDeadlineResult(ctx, input);
  return withExplanation(
    {
      desiredStartDate: r.desiredStartDate,
      latestSubmissionDate: r.latestSubmissionDate,
      serviceStartDate: r.serviceStartDate,
      termsVersion: publishedVersionOf(ctx, r.termsVersion),
      targets: r.targets.map((t) => ({ label: t.label[ctx.lang], duration: t.duration[ctx.lang] })),
    },
    r.trace,
    ctx.lang,
  );
}

/** What cancelling would mean: for a signed-in customer's contract, or for a hypothetical one. */
export async function quoteCancellation(
  ctx: ApiContext,
  input: CancellationQuoteRequest,
): Promise<dto.CancellationQuote> {
  const q = await quoteCancellationResult(ctx, input);
  return dto.toCancellationQuote(q, publishedVersionOf(ctx, q.termsVersion), ctx.lang);
}

export function toCancellationPlan(
  ctx: Pick<ApiContext, "versionRows" | "lang">,
  r: CancellationPlan,
): dto.CancellationPlan {
  const option = (o: CancellationPlan["options"][number]): dto.CancellationOption => ({
    endDate: o.endDate,
    latestNoticeDate: o.latestNoticeDate,
    reachable: o.reachable,
    oneOffTotal: o.oneOffTotal,
    finalMonthFee: o.finalMonthFee,
    reasons: o.reasons,
    reasonCodes: o.reasons,
  });
  return withExplanation(
    {
      termsVersion: publishedVersionOf(ctx, r.termsVersion),
      noticeDate: r.noticeDate,
      options: r.options.map(option),
      earliestWithoutEarlyTerminationCharge:
        r.earliestWithoutEarlyTerminationCharge && option(r.earliestWithoutEarlyTerminationCharge),
      cheapest: r.cheapest && option(r.cheapest),
    },
    r.trace,
    ctx.lang,
  );
}

/** Every way to end a contract from a notice on noticeDate, each with its deadline and cost. */
export async function planCancellation(ctx: ApiContext, input: CancellationPlanRequest): Promise<dto.CancellationPlan> {
  return toCancellationPlan(ctx, await planCancellationResult(ctx, input));
}

/** What changing a configuration would mean. */
export async function quoteChange(ctx: ApiContext, input: ChangeQuoteRequest): Promise<dto.ChangeQuote> {
  const q = await quoteChangeResult(ctx, input);
  return dto.toChangeQuote(q, publishedVersionOf(ctx, q.termsVersion), ctx.lang);
}

export function lateInterest(ctx: ApiContext, input: Parameters<typeof lateInterestResult>[1]): dto.LateInterest {
  const { trace, ...r } = lateInterestResult(ctx, input);
  return withExplanation({ ...r, termsVersion: publishedVersionOf(ctx, r.termsVersion) }, trace, ctx.lang);
}

export function evasionSurcharge(
  ctx: ApiContext,
  input: Parameters<typeof evasionSurchargeResult>[1],
): dto.EvasionSurcharge {
  const { trace, ...r } = evasionSurchargeResult(ctx, input);
  return withExplanation({ ...r, termsVersion: publishedVersionOf(ctx, r.termsVersion) }, trace, ctx.lang);
}

export function outageCredit(ctx: ApiContext, input: Parameters<typeof outageCreditResult>[1]): dto.OutageCredit {
  const { trace, ...r } = outageCreditResult(ctx, input);
  return withExplanation({ ...r, termsVersion: publishedVersionOf(ctx, r.termsVersion) }, trace, ctx.lang);
}
