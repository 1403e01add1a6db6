import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { DateScalar } from "../../scalars.js";
import { CancellationDateReasonEnum, type CancellationDateReason } from "../common/enums.js";
import type {
  CancellationQuote as EngineCancellationQuote,
  ChangeQuote as EngineChangeQuote,
  Text,
} from "@yakkan/terms";
import type { Lang } from "../../errors.js";
import { ChargeLine, toChargeLine, type ChargeLineSource } from "../common/charge-line.type.js";
import { explanationSource } from "../requests/stored-quote.schema.js";
import { ExplanationStep, withExplanationFrom } from "../common/explanation.type.js";
import { TermsVersion } from "../common/terms-version.type.js";

@ObjectType({ description: "A target after acceptance (never a guarantee)." })
export class LeadTimeTarget {
  @Field(() => String)
  label!: string;

  @Field(() => String)
  duration!: string;
}

@ObjectType()
export class OrderDeadline {
  @Field(() => TermsVersion)
  termsVersion!: TermsVersion;

  @Field(() => DateScalar)
  desiredStartDate!: string;

  @Field(() => DateScalar, { description: "The last day an application may reach the provider." })
  latestSubmissionDate!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The date the service (and billing) would actually start if applied for in time.",
  })
  serviceStartDate?: string | null;

  @Field(() => [LeadTimeTarget])
  targets!: LeadTimeTarget[];

  @Field(() => [ExplanationStep])
  explanation!: ExplanationStep[];
}

/** The contract a quote is about: a stored one (contractId) or a hypothetical one (serviceId + parameters + startDate). */
@InputType()
abstract class ContractRefInput {
  @Field(() => ID, { nullable: true, description: "A contract of the signed-in customer." })
  contractId?: string | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  parameters?: unknown;

  @Field(() => DateScalar, { nullable: true, description: "The day service (and billing) started." })
  startDate?: string | null;
}

@InputType()
export class CancellationQuoteInput extends ContractRefInput {
  @Field(() => DateScalar, { description: "The day the customer wants the contract to end." })
  desiredEndDate!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The day the notice reaches the provider (default: today in Japan).",
  })
  noticeDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Contract-specific monthly fee, where the terms' price is not published (QT PRO Cloud).",
  })
  monthlyFee?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The provider's confirmation date, once recorded (UTM/Server 第21条).",
  })
  confirmationDate?: string | null;
}

@ObjectType()
export class CancellationQuote {
  @Field(() => TermsVersion)
  termsVersion!: TermsVersion;

  @Field(() => DateScalar, { description: "Last day the notice may reach the provider for desiredEndDate to hold." })
  latestNoticeDate!: string;

  @Field(() => Boolean)
  noticeInTime!: boolean;

  @Field(() => DateScalar, {
    description: "The day the contract actually ends given noticeDate (may be later than desired).",
  })
  effectiveEndDate!: string;

  @Field(() => DateScalar, {
    description: "The last day billed: the end date, or the day before it where the terms say so.",
  })
  lastBilledDate!: string;

  @Field(() => DateScalar, { nullable: true })
  minimumTermEndDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  maximumTermEndDate?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The provider's confirmation date used (recorded or assumed).",
  })
  confirmationDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The monthly fee the quote used; null where the terms publish none and none was given.",
  })
  monthlyFee?: string | null;

  @Field(() => [ChargeLine], {
    description:
      "Charges that cancelling triggers: early-termination fees, final partial month, possible late-notice month.",
  })
  charges!: ChargeLine[];

  @Field(() => String)
  total!: string;

  @Field(() => String)
  totalWithTax!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "What ending costs beyond the ordinary fee: early termination and a possible late-notice month; yen, before tax (null when the monthly fee is unknown).",
  })
  oneOffTotal?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The last month's ordinary fee (prorated where the terms say so), owed whenever the contract ends; yen, before tax (null when the monthly fee is unknown).",
  })
  finalMonthFee?: string | null;

  @Field(() => [ExplanationStep])
  explanation!: ExplanationStep[];
}

@InputType()
export class ChangeQuoteInput extends ContractRefInput {
  @Field(() => GraphQLJSON, { description: "The configuration wanted after the change (same keys as parameters)." })
  newParameters!: unknown;

  @Field(() => DateScalar, { description: "The day the change takes effect." })
  effectiveDate!: string;
}

@ObjectType()
export class ChangeQuote {
  @Field(() => TermsVersion)
  termsVersion!: TermsVersion;

  @Field(() => Boolean, {
    description:
      "False when the terms forbid this change (e.g. to Starter); the explanation says why and what to do instead.",
  })
  allowed!: boolean;

  @Field(() => [String], { description: "Why the change is not allowed, and what to do instead." })
  reasons!: string[];

  @Field(() => String)
  monthlyBefore!: string;

  @Field(() => String)
  monthlyAfter!: string;

  @Field(() => [ChargeLine], { description: "One-off fees the change triggers (e.g. access-line bandwidth change)." })
  oneOffCharges!: ChargeLine[];

  @Field(() => [String], { description: "One-off fees the change triggers whose price the terms do not publish." })
  unpricedItems!: string[];

  @Field(() => String, {
    description:
      "The fee for the calendar month containing effectiveDate: old price before it, new price from it, by days where the terms prorate.",
  })
  effectiveMonthCharge!: string;

  @Field(() => [ExplanationStep])
  explanation!: ExplanationStep[];
}

@ObjectType()
export class LateInterest {
  @Field(() => TermsVersion)
  termsVersion!: TermsVersion;

  @Field(() => String, { description: 'e.g. "0.146"' })
  annualRate!: string;

  @Field(() => Int)
  days!: number;

  @Field(() => String)
  interest!: string;

  @Field(() => [ExplanationStep])
  explanation!: ExplanationStep[];
}

@ObjectType({ description: "The surcharge (割増金) for fees evaded unlawfully." })
export class EvasionSurcharge {
  @Field(() => TermsVersion)
  termsVersion!: TermsVersion;

  @Field(() => String)
  surcharge!: string;

  @Field(() => String, { description: "The evaded fee with its tax, plus the surcharge." })
  totalDue!: string;

  @Field(() => [ExplanationStep])
  explanation!: ExplanationStep[];
}

@ObjectType()
export class OutageCredit {
  @Field(() => TermsVersion)
  termsVersion!: TermsVersion;

  @Field(() => Int)
  creditedDays!: number;

  @Field(() => String)
  credit!: string;

  @Field(() => [ExplanationStep])
  explanation!: ExplanationStep[];
}

@InputType()
export class CancellationPlanInput extends ContractRefInput {
  @Field(() => DateScalar, {
    nullable: true,
    description: "The day the notice would reach the provider (default: today in Japan).",
  })
  noticeDate?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "How many months ahead of noticeDate to list end dates for (default 24, at most 60).",
  })
  months?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Contract-specific monthly fee, where the terms' price is not published (QT PRO Cloud).",
  })
  monthlyFee?: string | null;
}

@ObjectType()
export class CancellationOption {
  @Field(() => DateScalar)
  endDate!: string;

  @Field(() => DateScalar, { description: "Last day the notice may reach the provider for this end date." })
  latestNoticeDate!: string;

  @Field(() => Boolean, { description: "True when a notice on noticeDate is in time for this end date." })
  reachable!: boolean;

  @Field(() => String, {
    description: "One-off charges cancelling triggers (early termination, possible late-notice month); yen.",
  })
  oneOffTotal!: string;

  @Field(() => String, {
    description: "The last month's ordinary fee (prorated where the terms say so); yen, before tax.",
  })
  finalMonthFee!: string;

  @Field(() => [String], {
    description: "Which event this date is: earliest, monthEnd, minimumTermEnd, maximumTermEnd.",
  })
  reasons!: CancellationDateReason[];

  @Field(() => [CancellationDateReasonEnum], { description: "The reasons as enums (the same values as reasons)." })
  reasonCodes!: CancellationDateReason[];
}

@ObjectType()
export class CancellationPlan {
  @Field(() => TermsVersion)
  termsVersion!: TermsVersion;

  @Field(() => DateScalar, {
    description: "The day the notice would reach the provider: the input's, or today in Japan.",
  })
  noticeDate!: string;

  @Field(() => [CancellationOption], {
    description:
      "Options ordered by end date. Services that end only at month-end list month-ends; others list the earliest possible date, every month-end, and the minimum- and maximum-term ends.",
  })
  options!: CancellationOption[];

  @Field(() => CancellationOption, {
    nullable: true,
    description:
      "The earliest end date with no early-termination charge (null when none within the horizon). Only dates a notice on noticeDate reaches in time.",
  })
  earliestWithoutEarlyTerminationCharge?: CancellationOption | null;

  @Field(() => CancellationOption, {
    nullable: true,
    description: "The option with the lowest total one-off cost (ties: the earliest).",
  })
  cheapest?: CancellationOption | null;

  @Field(() => [ExplanationStep])
  explanation!: ExplanationStep[];
}

/** A cancellation quote fresh from the engine, or read back from a request (possibly from before the trace). */
export type CancellationQuoteSource = Omit<
  EngineCancellationQuote,
  "termsVersion" | "trace" | "charges" | "monthlyFee" | "oneOffTotal" | "finalMonthFee"
> & {
  charges: readonly ChargeLineSource[];
  monthlyFee?: string | null | undefined;
  oneOffTotal?: string | null | undefined;
  finalMonthFee?: string | null | undefined;
  trace?: unknown;
  explanation?: unknown;
};

/** The portal's and GraphQL's CancellationQuote, in one language. */
export function toCancellationQuote(
  q: CancellationQuoteSource,
  termsVersion: TermsVersion,
  lang: Lang,
): CancellationQuote {
  // Quotes stored before these totals existed: the same sums from their charge lines.
  const sum = (kinds: readonly string[]) => {
    const lines = q.charges.filter((c) => kinds.includes(c.kind));
    return lines.length === 0 ? null : lines.reduce((total, c) => total + BigInt(c.amount), 0n).toString();
  };
  return withExplanationFrom(
    {
      termsVersion,
      latestNoticeDate: q.latestNoticeDate,
      noticeInTime: q.noticeInTime,
      effectiveEndDate: q.effectiveEndDate,
      lastBilledDate: q.lastBilledDate,
      minimumTermEndDate: q.minimumTermEndDate,
      maximumTermEndDate: q.maximumTermEndDate,
      confirmationDate: q.confirmationDate,
      monthlyFee: q.monthlyFee ?? null,
      charges: q.charges.map((c) => toChargeLine(c, lang)),
      total: q.total,
      totalWithTax: q.totalWithTax,
      oneOffTotal: q.oneOffTotal !== undefined ? q.oneOffTotal : (sum(["one-off", "possible"]) ?? "0"),
      finalMonthFee: q.finalMonthFee !== undefined ? q.finalMonthFee : sum(["monthly"]),
    },
    explanationSource(q),
    lang,
  );
}

/** A change quote fresh from the engine, or read back from a request. */
export type ChangeQuoteSource = Omit<
  EngineChangeQuote,
  "termsVersion" | "trace" | "oneOffCharges" | "unpricedItems" | "reasons"
> & {
  reasons: readonly Text[];
  oneOffCharges: readonly ChargeLineSource[];
  unpricedItems?: readonly Text[] | undefined;
  trace?: unknown;
  explanation?: unknown;
};

export function toChangeQuote(q: ChangeQuoteSource, termsVersion: TermsVersion, lang: Lang): ChangeQuote {
  return withExplanationFrom(
    {
      termsVersion,
      allowed: q.allowed,
      reasons: q.reasons.map((t) => t[lang]),
      monthlyBefore: q.monthlyBefore,
      monthlyAfter: q.monthlyAfter,
      oneOffCharges: q.oneOffCharges.map((c) => toChargeLine(c, lang)),
      unpricedItems: (q.unpricedItems ?? []).map((t) => t[lang]),
      effectiveMonthCharge: q.effectiveMonthCharge,
    },
    explanationSource(q),
    lang,
  );
}
