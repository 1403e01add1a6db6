import { Field, ID, InputType, ObjectType } from "type-graphql";
import { GraphQLDateTime, GraphQLJSON } from "graphql-scalars";
import { DateScalar } from "../../scalars.js";
import { AcknowledgementFieldEnum, type AcknowledgementField } from "../common/enums.js";
import { TermsVersion } from "../common/terms-version.type.js";
import { RequestSubject } from "../requests/request-subject.type.js";

@ObjectType({ description: "An acknowledgement a submission must give, and the words the customer confirms." })
export class RequiredAcknowledgement {
  @Field(() => AcknowledgementFieldEnum, {
    description:
      'The submission input field that gives it: "acknowledgeLateNotice" (true) or "acknowledgeOneOffCharge" (the amount).',
  })
  field!: AcknowledgementField;

  @Field(() => String, { description: "What the customer confirms, with the amount where there is one." })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: "For the one-off charge: the yen amount with tax to send as acknowledgeOneOffCharge.",
  })
  amount?: string | null;
}

@ObjectType({
  description:
    "A quote a customer reviewed before submitting (decision 012): a request made from it must still match it.",
})
export class QuoteReview extends RequestSubject {
  @Field(() => ID, { description: "Send as quoteSnapshotId when submitting." })
  id!: string;

  @Field(() => String, { description: "The customer (the contract's organisation), in the requested language." })
  organizationName!: string;

  @Field(() => TermsVersion, { description: "The terms version the quote was computed with." })
  termsVersion!: TermsVersion;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: "After this, a submission from this quote is refused as QUOTE_STALE." })
  expiresAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: "The one-off charge with tax (yen), if any: ending early or the change's fees.",
  })
  oneOffChargeWithTax?: string | null;

  @Field(() => [RequiredAcknowledgement], {
    description: "What a submission must acknowledge (late notice, the one-off charge).",
  })
  acknowledgements!: RequiredAcknowledgement[];
}

@InputType()
export class ReviewCancellationInput {
  @Field(() => ID)
  contractId!: string;

  @Field(() => DateScalar)
  desiredEndDate!: string;

  @Field(() => DateScalar, { nullable: true, description: "Default: today in Japan." })
  noticeDate?: string | null;
}

@InputType()
export class ReviewChangeInput {
  @Field(() => ID)
  contractId!: string;

  @Field(() => GraphQLJSON)
  newParameters!: unknown;

  @Field(() => DateScalar)
  effectiveDate!: string;
}
