import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { Citation } from "../common/citation.type.js";
import { ExplanationStep } from "../common/explanation.type.js";
import { TermsVersion } from "../common/terms-version.type.js";
import { PermissionModeEnum, SelfServiceModeEnum, type PermissionMode, type SelfServiceMode } from "../common/enums.js";

@ObjectType({ description: "A party to the service: the customer, the provider, or an upstream provider." })
export class Party {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: "Who does what: one cell of the responsibilities matrix." })
export class Responsibility {
  @Field(() => String)
  area!: string;

  @Field(() => String)
  duty!: string;

  @Field(() => ID)
  party!: string;

  @Field(() => String)
  partyName!: string;

  @Field(() => [Citation])
  citations!: Citation[];
}

@ObjectType({
  description: "What a customer may do themselves, what needs a request to the provider, and what is not allowed.",
})
export class Permission {
  @Field(() => ID)
  operation!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true, description: 'Who may do it themselves, e.g. "power-user".' })
  actor?: string | null;

  @Field(() => String, { description: '"self-service" | "request" | "not-allowed"' })
  mode!: PermissionMode;

  @Field(() => PermissionModeEnum, { description: "The mode as an enum (the same value as mode)." })
  modeCode!: PermissionMode;

  @Field(() => String, { nullable: true, description: "Fee in yen where the terms state it." })
  fee?: string | null;

  @Field(() => Boolean, { description: "True when a fee applies but its price is not published in the terms." })
  feeUnpublished!: boolean;

  @Field(() => [String])
  documents!: string[];

  @Field(() => String, { nullable: true })
  leadTime?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => [Citation])
  citations!: Citation[];
}

@ObjectType({ description: "A change a customer may request, when it is forbidden, and the one-off fees it triggers." })
export class ChangeRule {
  @Field(() => String)
  param!: string;

  @Field(() => String)
  label!: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The condition (over "before.<key>" and "after.<key>") under which the change is forbidden.',
  })
  forbiddenWhen?: unknown;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => [String], { description: "Fee codes the change triggers." })
  fees!: string[];

  @Field(() => [Citation])
  citations!: Citation[];
}

@ObjectType({ description: "A choice made where the sources are ambiguous." })
export class Interpretation {
  @Field(() => String)
  topic!: string;

  @Field(() => String)
  text!: string;

  @Field(() => [Citation])
  citations!: Citation[];
}

@ObjectType()
export class Closure {
  @Field(() => String, { description: "MM-DD" })
  from!: string;

  @Field(() => String, { description: "MM-DD (before `from` when it wraps the year end)" })
  to!: string;

  @Field(() => String)
  label!: string;
}

@ObjectType({ description: "A named, versioned business-day calendar." })
export class BusinessCalendar {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  version!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [Int], { description: "ISO weekdays, 1 = Monday … 7 = Sunday." })
  workdays!: number[];

  @Field(() => Boolean)
  nationalHolidays!: boolean;

  @Field(() => [Closure])
  closures!: Closure[];

  @Field(() => String, {
    nullable: true,
    description: "Where the sources do not define business days: the assumption made.",
  })
  assumption?: string | null;

  @Field(() => [Citation])
  citations!: Citation[];
}

@ObjectType({ description: "The non-monetary terms of a service in force on a date." })
export class ServiceTerms {
  @Field(() => TermsVersion)
  termsVersion!: TermsVersion;

  @Field(() => [Party])
  parties!: Party[];

  @Field(() => [Responsibility])
  responsibilities!: Responsibility[];

  @Field(() => [Permission])
  permissions!: Permission[];

  @Field(() => [ChangeRule])
  changeRules!: ChangeRule[];

  @Field(() => [Interpretation])
  interpretations!: Interpretation[];

  @Field(() => [BusinessCalendar])
  calendars!: BusinessCalendar[];
}

@ObjectType()
export class SelfServiceAnswer {
  @Field(() => TermsVersion)
  termsVersion!: TermsVersion;

  @Field(() => ID)
  operation!: string;

  @Field(() => String, { description: '"self-service" | "request" | "not-allowed" | "unknown"' })
  mode!: SelfServiceMode;

  @Field(() => SelfServiceModeEnum, { description: "The mode as an enum (the same value as mode)." })
  modeCode!: SelfServiceMode;

  @Field(() => Permission, { nullable: true })
  permission?: Permission | null;

  @Field(() => [ExplanationStep])
  explanation!: ExplanationStep[];
}
