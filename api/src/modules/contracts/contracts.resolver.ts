import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../../context.js";
import { ContractStatusEnum } from "../common/enums.js";
import { ConfigurationRow } from "../services/parameter-field.type.js";
import { configurationRows } from "../services/parameter-form.service.js";
import { Contract, ContractConnection, ContractKeyDates, ContractOrderEnum } from "./contracts.type.js";
import { contractOverview, getContract, listContracts } from "./contracts.service.js";

@Resolver(() => Contract)
export class ContractResolver {
  @Authorized()
  @Query(() => ContractConnection, {
    description:
      "The viewer's contracts (customers: their organisation's), searched by contract number or organisation name (at most 100 characters), filtered (organizationId: staff and legal), a page at a time.",
  })
  async contracts(
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("serviceId", () => ID, { nullable: true }) serviceId: string | null,
    @Arg("status", () => ContractStatusEnum, { nullable: true }) status: keyof typeof ContractStatusEnum | null,
    @Arg("organizationId", () => ID, { nullable: true }) organizationId: string | null,
    @Arg("orderBy", () => ContractOrderEnum, { nullable: true }) orderBy: keyof typeof ContractOrderEnum | null,
    @Ctx() ctx: ApiContext,
  ): Promise<ContractConnection> {
    return listContracts(ctx, { first, after, search, serviceId, status, organizationId, order: orderBy });
  }

  @Authorized()
  @Query(() => Contract, { description: "One contract; another organisation's is NOT_FOUND." })
  async contract(@Arg("id", () => ID) id: string, @Ctx() ctx: ApiContext): Promise<Contract> {
    return getContract(ctx, id);
  }

  @FieldResolver(() => [ConfigurationRow], {
    description: "The configuration in words: each key by its label, each value by its label (as the portal lists it).",
  })
  configuration(@Root() contract: Contract, @Ctx() ctx: ApiContext): ConfigurationRow[] {
    return configurationRows(ctx, contract.serviceId, contract.parameters);
  }

  @FieldResolver(() => ContractKeyDates, {
    description: "Minimum/maximum term ends, earliest end date and its notice deadline, fee now.",
  })
  keyDates(@Root() contract: Contract, @Ctx() ctx: ApiContext): ContractKeyDates {
    // The root already holds what the terms need: no second query per contract.
    const overview = contractOverview(ctx, contract);
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
