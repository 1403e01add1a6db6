import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import type { ApiContext } from "../../context.js";
import { DateScalar } from "../../scalars.js";
import { estimateFees } from "./fees.service.js";
import { FeeEstimate } from "./fees.type.js";

@Resolver()
export class FeeResolver {
  @Query(() => FeeEstimate, { description: "Monthly and one-off fees for a configuration, before signing anything." })
  feeEstimate(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("parameters", () => GraphQLJSON) parameters: unknown,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
  ): FeeEstimate {
    return estimateFees(ctx, { serviceId, parameters, asOf });
  }
}
