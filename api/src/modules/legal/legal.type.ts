import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { DateScalar } from "../../scalars.js";
import { Citation } from "../common/citation.type.js";
import { FindingSeverityEnum, TermsVersionStatusEnum } from "../common/enums.js";

@ObjectType({ description: "A stored terms version, drafts included (legal console)." })
export class StoredTermsVersion {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  serviceId!: string;

  @Field(() => String)
  version!: string;

  @Field(() => DateScalar)
  effectiveFrom!: string;

  @Field(() => TermsVersionStatusEnum)
  status!: keyof typeof TermsVersionStatusEnum;

  @Field(() => String)
  contentHash!: string;

  @Field(() => GraphQLJSON)
  content!: unknown;

  @Field(() => ID, { nullable: true })
  authorId?: string | null;

  @Field(() => ID, { nullable: true })
  approvedBy?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  reviewRequestedAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt?: Date | null;

  @Field(() => ID, { nullable: true })
  basedOnId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Days between publication and the effective date (set on publication).",
  })
  noticeDays?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the version was published with less than the minimum notice period (民法548条の4), if it was.",
  })
  noticeOverrideReason?: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType({ description: "A problem terms lint found in a draft, located at its path." })
export class LintFinding {
  @Field(() => FindingSeverityEnum)
  severity!: keyof typeof FindingSeverityEnum;

  @Field(() => String)
  path!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType()
export class DraftSaveResult {
  @Field(() => StoredTermsVersion)
  version!: StoredTermsVersion;

  @Field(() => [LintFinding])
  findings!: LintFinding[];
}

@ObjectType({ description: "One difference between two versions, in plain language." })
export class DiffLineType {
  @Field(() => String)
  area!: string;

  @Field(() => String)
  text!: string;

  @Field(() => [Citation])
  citations!: Citation[];
}

@ObjectType({ description: "How far a running impact analysis has come (the legal console's progress bar)." })
export class ImpactProgressType {
  @Field(() => Int, { description: "Contracts computed so far." })
  done!: number;

  @Field(() => Int, { description: "Active contracts to compute." })
  total!: number;
}

@ObjectType()
export class ImpactRowType {
  @Field(() => ID) contractId!: string;
  @Field(() => String) contractNumber!: string;
  @Field(() => String) organizationName!: string;
  @Field(() => String, { nullable: true }) monthlyBefore?: string | null;
  @Field(() => String, { nullable: true }) monthlyAfter?: string | null;
  @Field(() => DateScalar, { nullable: true }) earliestEndBefore?: string | null;
  @Field(() => DateScalar, { nullable: true }) earliestEndAfter?: string | null;
  @Field(() => DateScalar, { nullable: true }) noticeDeadlineBefore?: string | null;
  @Field(() => DateScalar, { nullable: true }) noticeDeadlineAfter?: string | null;
  @Field(() => String, { nullable: true }) earlyTerminationBefore?: string | null;
  @Field(() => String, { nullable: true }) earlyTerminationAfter?: string | null;
  @Field(() => String, { nullable: true }) errorAfter?: string | null;
  @Field(() => Boolean) changed!: boolean;
}

@ObjectType({ description: "What publishing a draft would change for every active contract of its service." })
export class ImpactReportType {
  @Field(() => ID) versionId!: string;
  @Field(() => DateScalar) effectiveFrom!: string;
  @Field(() => Int) contracts!: number;
  @Field(() => Int) affected!: number;
  @Field(() => [ImpactRowType]) rows!: ImpactRowType[];
}

@ObjectType()
export class PublishResultType {
  @Field(() => ID) id!: string;
  @Field(() => String) version!: string;
  @Field(() => TermsVersionStatusEnum) status!: keyof typeof TermsVersionStatusEnum;
  @Field(() => DateScalar) effectiveFrom!: string;
  @Field(() => Int) noticesSent!: number;
  @Field(() => Int, { nullable: true, description: "Days between publication and the effective date." }) noticeDays?:
    number | null;
  @Field(() => String, {
    nullable: true,
    description: "The reason given for publishing with less than the minimum notice, if any.",
  })
  noticeOverrideReason?: string | null;
}

@InputType()
export class DraftValueInput {
  @Field(() => String, { description: 'A path inside the content, e.g. "terms.cancellation.notice.amount".' })
  path!: string;

  @Field(() => GraphQLJSON)
  value!: unknown;
}

@InputType()
export class UpdateDraftInput {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: "The whole content (a TermsVersion of the DSL)." })
  content?: unknown;

  @Field(() => [DraftValueInput], { nullable: true })
  sets?: DraftValueInput[] | null;

  @Field(() => String, { nullable: true })
  version?: string | null;

  @Field(() => DateScalar, { nullable: true })
  effectiveFrom?: string | null;
}

@ObjectType({ description: "A terms-change notice for the customer's organisation." })
export class NoticeType {
  @Field(() => ID) id!: string;
  @Field(() => ID) termsVersionId!: string;
  @Field(() => GraphQLJSON, {
    description: "service, version, effectiveFrom, changes (both languages, cited), contracts (impact)",
  })
  body!: unknown;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt?: Date | null;
}
