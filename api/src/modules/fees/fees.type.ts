import { Field, ObjectType } from "type-graphql";
import { ChargeLine } from "../common/charge-line.type.js";
import { ExplanationStep } from "../common/explanation.type.js";
import { TermsVersion } from "../common/terms-version.type.js";

@ObjectType({
  description: "Monthly and one-off fees for a configuration. Yen as decimal strings, tax-exclusive unless WithTax.",
})
export class FeeEstimate {
  @Field(() => TermsVersion)
  termsVersion!: TermsVersion;

  @Field(() => String)
  monthly!: string;

  @Field(() => String)
  monthlyWithTax!: string;

  @Field(() => String)
  initial!: string;

  @Field(() => String)
  initialWithTax!: string;

  @Field(() => String, { description: 'The consumption-tax rate applied, e.g. "0.10".' })
  taxRate!: string;

  @Field(() => [ChargeLine])
  lines!: ChargeLine[];

  @Field(() => [String], {
    description:
      "Fee items the terms define but whose price is not published in the terms (e.g. a separate price list).",
  })
  unpricedItems!: string[];

  @Field(() => [ExplanationStep])
  explanation!: ExplanationStep[];
}
