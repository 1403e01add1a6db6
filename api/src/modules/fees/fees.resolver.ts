import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import type { ApiContext } from "../../context.js";
import { DateScalar } from "../../scalars.js";
import { toChargeLine } from "../common/charge-line.type.js";
import { withExplanation } from "../common/explanation.type.js";
import { toTermsVersion } from "../common/terms-version.type.js";
import { FeeEstimate } from "./fees.type.js";
import { estimateFees } from "./fees.service.js";

@Resolver()
export class FeeResolver {
  @Query(() => FeeEstimate, { description: "Monthly and one-off fees for a configuration, before signing anything." })
  async feeEstimate(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("parameters", () => GraphQLJSON) parameters: unknown,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<FeeEstimate> {
    const e = await estimateFees(ctx, { serviceId, parameters, asOf });
    return withExplanation(
      {
      termsVersion: toTermsVersion(e.termsVersion, e.publishedAt),
      monthly: e.monthly,
      monthlyWithTax: e.monthlyWithTax,
      initial: e.initial,
      initialWithTax: e.initialWithTax,
      taxRate: e.taxRate,
      lines: e.lines.map((l) => toChargeLine(l, ctx.lang)),
      unpricedItems: e.unpricedItems.map((t) => t[ctx.lang]),
      },
      e.trace,
      ctx.lang,
    );
  }
}
