import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../../context.js";
import { Contract, ContractConnection, ContractKeyDates } from "./contracts.type.js";
import { contractOverview, getContract, listContracts, type ContractRow } from "./contracts.service.js";

export function toContract(c: ContractRow, lang: ApiContext["lang"]): Contract {
  return { ...c, organizationName: lang === "ja" ? c.organizationName : c.organizationNameEn };
}

@Resolver(() => Contract)
export class ContractResolver {
  @Authorized()
  @Query(() => ContractConnection, { description: "The viewer's contracts (customers: their organisation's)." })
  async contracts(
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<ContractConnection> {
    const page = await listContracts(ctx, { first, after });
    return { ...page, nodes: page.nodes.map((c) => toContract(c, ctx.lang)) };
  }

  @Authorized()
  @Query(() => Contract, { description: "One contract; another organisation's is NOT_FOUND." })
  async contract(@Arg("id", () => ID) id: string, @Ctx() ctx: ApiContext): Promise<Contract> {
    return toContract(await getContract(ctx, id), ctx.lang);
  }

  @FieldResolver(() => ContractKeyDates, { description: "Minimum/maximum term ends, earliest end date and its notice deadline, fee now." })
  keyDates(@Root() contract: Contract, @Ctx() ctx: ApiContext): ContractKeyDates {
    // The root already holds what the terms need: no second query per contract.
    const overview = contractOverview(ctx, {
      serviceId: contract.serviceId,
      startDate: contract.startDate,
      monthlyFee: contract.monthlyFee ?? null,
      parameters: contract.parameters,
      status: contract.status as ContractRow["status"],
    });
    const q = overview.earliestEnd;
    return {
      minimumTermEndDate: q?.minimumTermEndDate ?? null,
      maximumTermEndDate: q?.maximumTermEndDate ?? null,
      earliestEndDate: q?.effectiveEndDate ?? null,
      noticeDeadline: q?.latestNoticeDate ?? null,
      monthlyFee: contract.monthlyFee ?? overview.fees?.monthly ?? null,
    };
  }
}
