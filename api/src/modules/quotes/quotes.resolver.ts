import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import type { ApiContext } from "../../context.js";
import { DateScalar } from "../../scalars.js";
import {
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
  @Query(() => OrderDeadline, {
    description: "The last day an application may reach the provider for a service to start on desiredStartDate.",
  })
  orderDeadline(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("parameters", () => GraphQLJSON) parameters: unknown,
    @Arg("desiredStartDate", () => DateScalar) desiredStartDate: string,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
  ): OrderDeadline {
    return quotes.orderDeadline(ctx, { serviceId, parameters, desiredStartDate, asOf });
  }

  @Query(() => CancellationQuote, {
    description: "What cancelling would mean: for a signed-in customer's contract, or for a hypothetical one.",
  })
  cancellationQuote(
    @Arg("input", () => CancellationQuoteInput) input: CancellationQuoteInput,
    @Ctx() ctx: ApiContext,
  ): Promise<CancellationQuote> {
    return quotes.quoteCancellation(ctx, input);
  }

  @Query(() => CancellationPlan, {
    description:
      "Every way to end a contract from a notice given on noticeDate: one option per possible end date over the coming months, each with its deadline and cost, so a customer can pick the cheapest.",
  })
  cancellationPlan(
    @Arg("input", () => CancellationPlanInput) input: CancellationPlanInput,
    @Ctx() ctx: ApiContext,
  ): Promise<CancellationPlan> {
    return quotes.planCancellation(ctx, input);
  }

  @Query(() => ChangeQuote, {
    description:
      "What changing a configuration would mean: allowed or not (and why), monthly before/after, one-off change fees, and the month of the change prorated where the terms say so.",
  })
  changeQuote(
    @Arg("input", () => ChangeQuoteInput) input: ChangeQuoteInput,
    @Ctx() ctx: ApiContext,
  ): Promise<ChangeQuote> {
    return quotes.quoteChange(ctx, input);
  }

  @Query(() => LateInterest, { description: "Late-payment interest on an overdue amount under the service's terms." })
  lateInterest(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("amount", () => String) amount: string,
    @Arg("dueDate", () => DateScalar) dueDate: string,
    @Arg("paidDate", () => DateScalar) paidDate: string,
    @Ctx() ctx: ApiContext,
  ): LateInterest {
    return quotes.lateInterest(ctx, { serviceId, amount, dueDate, paidDate });
  }

  @Query(() => EvasionSurcharge, { description: "The surcharge (割増金) the terms impose on fees evaded unlawfully." })
  evasionSurcharge(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("evadedAmount", () => String) evadedAmount: string,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
  ): EvasionSurcharge {
    return quotes.evasionSurcharge(ctx, { serviceId, evadedAmount, asOf });
  }

  @Query(() => OutageCredit, {
    description: "The fee reduction an outage earns under the service's terms (zero where the terms give none).",
  })
  outageCredit(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("monthlyFee", () => String) monthlyFee: string,
    @Arg("outageStart", () => DateScalar) outageStart: string,
    @Arg("outageHours", () => Int) outageHours: number,
    @Arg("customerFault", () => Boolean, { defaultValue: false }) customerFault: boolean,
    @Ctx() ctx: ApiContext,
  ): OutageCredit {
    return quotes.outageCredit(ctx, { serviceId, monthlyFee, outageStart, outageHours, customerFault });
  }
}
