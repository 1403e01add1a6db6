import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import type { ParameterValuesJson } from "@yakkan/db";
import type { Lang } from "../../errors.js";
import { DateScalar } from "../../scalars.js";
import type { ContractRow } from "./contracts.repository.js";
import { ContractStatusEnum } from "../common/enums.js";

@ObjectType({ description: "A customer's contract for one service." })
export class Contract {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  contractNumber!: string;

  @Field(() => ID)
  serviceId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  organizationName!: string;

  @Field(() => GraphQLJSON, {
    description: "The configuration: the service's parameter keys (see Service.parameters).",
  })
  parameters!: ParameterValuesJson;

  @Field(() => DateScalar, { description: "The day service (and billing) started." })
  startDate!: string;

  @Field(() => ContractStatusEnum)
  status!: keyof typeof ContractStatusEnum;

  @Field(() => DateScalar, { nullable: true })
  confirmationDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  initialWorkCompletedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Contract-specific monthly fee in yen (見積書, or QT PRO Cloud's unpublished prices).",
  })
  monthlyFee?: string | null;

  @Field(() => String, { nullable: true })
  monthlyFeeSource?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The day the contract ends or ended, once decided." })
  endDate?: string | null;
}

@ObjectType()
export class ContractKeyDates {
  @Field(() => DateScalar, { nullable: true })
  minimumTermEndDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  maximumTermEndDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The earliest end date with a notice sent today." })
  earliestEndDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "For that end date, the last day the notice may arrive." })
  noticeDeadline?: string | null;

  @Field(() => String, { nullable: true, description: "Monthly fee now (tax-exclusive)." })
  monthlyFee?: string | null;
}

export const ContractOrderEnum = { number: "number", deadline: "deadline" } as const;
registerEnumType(ContractOrderEnum, {
  name: "ContractOrder",
  description:
    "number: by contract number (default); deadline: the closest notice deadline first (ending as early as possible with a notice sent today; ended or not computable last), ties by contract number.",
});

@ObjectType()
export class ContractConnection {
  @Field(() => [Contract])
  nodes!: Contract[];

  @Field(() => String, { nullable: true })
  endCursor?: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Int, { description: "How many contracts match the search and filters, on every page." })
  totalCount!: number;
}

/** A stored contract in the request's language (its organisation's name). */
export function toContract(c: ContractRow, lang: Lang): Contract {
  return {
    id: c.id,
    contractNumber: c.contractNumber,
    serviceId: c.serviceId,
    organizationId: c.organizationId,
    organizationName: lang === "ja" ? c.organizationName : c.organizationNameEn,
    parameters: c.parameters,
    startDate: c.startDate,
    status: c.status,
    confirmationDate: c.confirmationDate,
    initialWorkCompletedOn: c.initialWorkCompletedOn,
    monthlyFee: c.monthlyFee,
    monthlyFeeSource: c.monthlyFeeSource,
    endDate: c.endDate,
  };
}
