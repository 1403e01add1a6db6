import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import type { TermsVersionRef } from "@yakkan/terms";
import { DateScalar } from "../../scalars.js";

@ObjectType({ description: "A version of a service's terms, in force from effectiveFrom." })
export class TermsVersion {
  @Field(() => ID, {
    nullable: true,
    description: "The stored version (terms_versions row) quotes and requests reference.",
  })
  id?: string | null;

  @Field(() => ID)
  serviceId!: string;

  @Field(() => String)
  version!: string;

  @Field(() => DateScalar)
  effectiveFrom!: string;

  @Field(() => DateScalar, { nullable: true })
  effectiveTo?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  publishedAt?: Date | null;

  @Field(() => Boolean, {
    description: "False when the sources give this version's date but not its text: nothing can be computed under it.",
  })
  computable!: boolean;
}

export function toTermsVersion(
  ref: TermsVersionRef,
  publishedAt: Date | null = null,
  id: string | null = null,
): TermsVersion {
  return { ...ref, publishedAt, id };
}
