import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { TermsVersion } from "../common/terms-version.type.js";

@ObjectType({ description: "A service whose terms Yakkan makes executable." })
export class Service {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Japanese official name, e.g. "QT PRO フレックスモビリティ"' })
  name!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { description: "The name in the requested language (name in Japanese, nameEn in English)." })
  displayName!: string;

  @Field(() => String)
  provider!: string;

  @Field(() => TermsVersion)
  currentVersion!: TermsVersion;

  @Field(() => [TermsVersion])
  versions!: TermsVersion[];

  @Field(() => GraphQLJSON, {
    description:
      "The parameters a configuration takes: key, type, allowed values or range, unit step, which depend on which.",
  })
  parameters!: unknown;
}
