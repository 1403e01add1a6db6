import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import type { ApiContext } from "../../context.js";
import { DateScalar } from "../../scalars.js";
import { toChargeLine } from "../common/charge-line.type.js";
import { withExplanation } from "../common/explanation.type.js";
import { publishedVersion } from "../terms-versions/published-version.js";
import {
  type CancellationOption,
  CancellationPlan,
  CancellationPlanInput,
  CancellationQuote,
  CancellationQuoteInput,
  ChangeQuote,
  ChangeQuoteInput,
  EvasionSurcharge,
  LateInterest,
  OrderDeadline,
  OutageCredit,
} from "./quotes.type.js";
import * as quotes from "./quotes.service.js";

@Resolver()
export class QuoteResolver {
  @Query(() => OrderDeadline, { description: "The last day an application may reach the provider for a service to start on desiredStartDate." })
  async orderDeadline(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("parameters", () => GraphQLJSON) parameters: unknown,
    @Arg("desiredStartDate", () => DateScalar) desiredStartDate: string,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<OrderDeadline> {
    const r = quotes.orderDeadline(ctx, { serviceId, parameters, desiredStartDate, asOf });
    return withExplanation(
      {
        desiredStartDate: r.desiredStartDate,
        latestSubmissionDate: r.latestSubmissionDate,
        serviceStartDate: r.serviceStartDate,
        termsVersion: await publishedVersion(ctx, r.termsVersion),
        targets: r.targets.map((t) => ({ label: t.label[ctx.lang], duration: t.duration[ctx.lang] })),
      },
      r.trace,
      ctx.lang,
    );
  }

  @Query(() => CancellationQuote, { description: "What cancelling would mean: for a signed-in customer's contract, or for a hypothetical one." })
  async cancellationQuote(@Arg("input", () => CancellationQuoteInput) input: CancellationQuoteInput, @Ctx() ctx: ApiContext): Promise<CancellationQuote> {
    const { trace, ...r } = await quotes.quoteCancellation(ctx, input);
    return withExplanation(
      { ...r, termsVersion: await publishedVersion(ctx, r.termsVersion), charges: r.charges.map((c) => toChargeLine(c, ctx.lang)) },
      trace,
      ctx.lang,
    );
  }

  @Query(() => CancellationPlan, {
    description:
      "Every way to end a contract from a notice given on noticeDate: one option per possible end date over the coming months, each with its deadline and cost, so a customer can pick the cheapest.",
  })
  async cancellationPlan(@Arg("input", () => CancellationPlanInput) input: CancellationPlanInput, @Ctx() ctx: ApiContext): Promise<CancellationPlan> {
    const r = await quotes.planCancellation(ctx, input);
    const option = (o: (typeof r.options)[number]): CancellationOption => ({
      endDate: o.endDate,
      latestNoticeDate: o.latestNoticeDate,
      reachable: o.reachable,
      oneOffTotal: o.oneOffTotal,
      finalMonthFee: o.finalMonthFee,
      reasons: o.reasons,
    });
    return withExplanation(
      {
        termsVersion: await publishedVersion(ctx, r.termsVersion),
        options: r.options.map(option),
        earliestWithoutEarlyTerminationCharge: r.earliestWithoutEarlyTerminationCharge && option(r.earliestWithoutEarlyTerminationCharge),
        cheapest: r.cheapest && option(r.cheapest),
      },
      r.trace,
      ctx.lang,
    );
  }

  @Query(() => ChangeQuote, {
    description:
      "What changing a configuration would mean: allowed or not (and why), monthly before/after, one-off change fees, and the month of the change prorated where the terms say so.",
  })
  async changeQuote(@Arg("input", () => ChangeQuoteInput) input: ChangeQuoteInput, @Ctx() ctx: ApiContext): Promise<ChangeQuote> {
    const { trace, ...r } = await quotes.quoteChange(ctx, input);
    return withExplanation(
      {
        ...r,
        termsVersion: await publishedVersion(ctx, r.termsVersion),
        reasons: r.reasons.map((t) => t[ctx.lang]),
        unpricedItems: r.unpricedItems.map((t) => t[ctx.lang]),
        oneOffCharges: r.oneOffCharges.map((c) => toChargeLine(c, ctx.lang)),
      },
      trace,
      ctx.lang,
    );
  }

  @Query(() => LateInterest, { description: "Late-payment interest on an overdue amount under the service's terms." })
  async lateInterest(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("amount", () => String) amount: string,
    @Arg("dueDate", () => DateScalar) dueDate: string,
    @Arg("paidDate", () => DateScalar) paidDate: string,
    @Ctx() ctx: ApiContext,
  ): Promise<LateInterest> {
    const r = quotes.lateInterest(ctx, { serviceId, amount, dueDate, paidDate });
    const { trace, ...rest } = r;
    return withExplanation({ ...rest, termsVersion: await publishedVersion(ctx, r.termsVersion) }, trace, ctx.lang);
  }

  @Query(() => EvasionSurcharge, { description: "The surcharge (割増金) the terms impose on fees evaded unlawfully." })
  async evasionSurcharge(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("evadedAmount", () => String) evadedAmount: string,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<EvasionSurcharge> {
    const r = quotes.evasionSurcharge(ctx, { serviceId, evadedAmount, asOf });
    const { trace, ...rest } = r;
    return withExplanation({ ...rest, termsVersion: await publishedVersion(ctx, r.termsVersion) }, trace, ctx.lang);
  }

  @Query(() => OutageCredit, { description: "The fee reduction an outage earns under the service's terms (zero where the terms give none)." })
  async outageCredit(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("monthlyFee", () => String) monthlyFee: string,
    @Arg("outageStart", () => DateScalar) outageStart: string,
    @Arg("outageHours", () => Int) outageHours: number,
    @Arg("customerFault", () => Boolean, { defaultValue: false }) customerFault: boolean,
    @Ctx() ctx: ApiContext,
  ): Promise<OutageCredit> {
    const r = quotes.outageCredit(ctx, { serviceId, monthlyFee, outageStart, outageHours, customerFault });
    const { trace, ...rest } = r;
    return withExplanation({ ...rest, termsVersion: await publishedVersion(ctx, r.termsVersion) }, trace, ctx.lang);
  }
}
