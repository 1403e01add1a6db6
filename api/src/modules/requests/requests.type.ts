import { Field, ID, InputType, ObjectType } from "type-graphql";
import { GraphQLDateTime, GraphQLJSON } from "graphql-scalars";
import { DateScalar } from "../../scalars.js";

@ObjectType({ description: "A cancellation or change request and where it stands." })
export class Request {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The request number customers quote, e.g. "R-000042".' })
  number!: string;

  @Field(() => String, { description: '"cancellation" | "change"' })
  kind!: string;

  @Field(() => String, { description: '"pending" | "accepted" | "rejected" | "completed" | "withdrawn"' })
  status!: string;

  @Field(() => ID)
  contractId!: string;

  @Field(() => String)
  contractNumber!: string;

  @Field(() => ID)
  serviceId!: string;

  @Field(() => GraphQLJSON, { description: "What was asked: desiredEndDate and noticeDate, or newParameters and effectiveDate." })
  payload!: unknown;

  @Field(() => GraphQLJSON, { description: "The quote shown when submitting (engine result, Japanese and English texts)." })
  quote!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "The quote recomputed with the recorded confirmation date." })
  acceptedQuote?: unknown;

  @Field(() => ID, { description: "The exact terms version (terms_versions row) the quote was computed with." })
  termsVersionId!: string;

  @Field(() => String)
  termsVersion!: string;

  @Field(() => GraphQLDateTime)
  submittedAt!: Date;

  @Field(() => DateScalar, { nullable: true })
  confirmationDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The end date: from the accepted quote once accepted, else the submitted one." })
  effectiveEndDate?: string | null;

  @Field(() => String, { nullable: true })
  rejectionReason?: string | null;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

@InputType()
export class SubmitCancellationRequestInput {
  @Field(() => ID)
  contractId!: string;

  @Field(() => DateScalar)
  desiredEndDate!: string;

  @Field(() => DateScalar, { nullable: true, description: "Default: today in Japan." })
  noticeDate?: string | null;

  @Field(() => String, { description: "Any unique string per intended request: a retry with the same key replays the first result." })
  idempotencyKey!: string;
}

@InputType()
export class SubmitChangeRequestInput {
  @Field(() => ID)
  contractId!: string;

  @Field(() => GraphQLJSON)
  newParameters!: unknown;

  @Field(() => DateScalar)
  effectiveDate!: string;

  @Field(() => String)
  idempotencyKey!: string;
}
