import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../../context.js";
import { DateScalar } from "../../scalars.js";
import { SelfServiceAnswer, ServiceTerms } from "./terms-info.type.js";
import { canSelfServe, serviceTerms } from "./terms-info.service.js";

@Resolver()
export class TermsInfoResolver {
  @Query(() => ServiceTerms, {
    description:
      "Responsibilities, self-service permissions, change rules, calendars and interpretations in force on asOf.",
  })
  serviceTerms(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<ServiceTerms> {
    return serviceTerms(ctx, serviceId, asOf);
  }

  @Query(() => SelfServiceAnswer, {
    description:
      "Whether the customer may do an operation themselves, must request it (with fee and documents), or may not.",
  })
  canSelfServe(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("operation", () => ID) operation: string,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<SelfServiceAnswer> {
    return canSelfServe(ctx, serviceId, operation, asOf);
  }
}
