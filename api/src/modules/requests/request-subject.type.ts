import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import type { ParameterValuesJson } from "@yakkan/db";
import { DateScalar } from "../../scalars.js";
import { RequestKindEnum } from "../common/enums.js";
import { CancellationQuote, ChangeQuote } from "../quotes/quotes.type.js";

/**
 * What a request and a reviewed quote (decision 012) both state: the contract, what is asked and
 * the quote in the requested language. Declared once here; `Request` and `QuoteReview` extend it
 * (no GraphQL type of its own, as nothing returns it: GraphQL has no field inheritance, so each type still lists these fields).
 */
@ObjectType()
export abstract class RequestSubject {
  @Field(() => String, { description: 'The number customers quote, e.g. "R-000042" or "Q-000042".' })
  number!: string;

  @Field(() => RequestKindEnum)
  kind!: keyof typeof RequestKindEnum;

  @Field(() => ID)
  contractId!: string;

  @Field(() => String)
  contractNumber!: string;

  @Field(() => ID)
  serviceId!: string;

  @Field(() => DateScalar, { nullable: true, description: "Cancellations: the end date asked for." })
  desiredEndDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Cancellations: the day the notice counts as arriving." })
  noticeDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Changes: the day the change takes effect." })
  effectiveDate?: string | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "Changes: the configuration asked for (the service's parameter keys).",
  })
  newParameters?: ParameterValuesJson | null;

  @Field(() => CancellationQuote, {
    nullable: true,
    description: "Cancellations: the quote shown when submitting, in the requested language.",
  })
  cancellationQuote?: CancellationQuote | null;

  @Field(() => ChangeQuote, {
    nullable: true,
    description: "Changes: the quote shown when submitting, in the requested language.",
  })
  changeQuote?: ChangeQuote | null;
}
