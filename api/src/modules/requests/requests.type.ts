import { Field, ID, InputType, ObjectType } from "type-graphql";
import { customerVersionName } from "@yakkan/terms";
import { GraphQLDateTime, GraphQLJSON } from "graphql-scalars";
import type { ParameterValuesJson } from "@yakkan/db";
import type { TermsVersionRef } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { DateScalar } from "../../scalars.js";
import { CancellationQuote, ChangeQuote, toCancellationQuote, toChangeQuote } from "../quotes/quotes.type.js";
import { publishedVersionOf } from "../terms-versions/published-version.js";
import { effectiveEndDateOf } from "./requests.machine.js";
import type { RequestRecord } from "./requests.repository.js";
import { RequestStatusEnum } from "../common/enums.js";
import { RequestSubject } from "./request-subject.type.js";
import { ReviewCancellationInput, ReviewChangeInput } from "../quote-snapshots/quote-snapshots.type.js";

@ObjectType({ description: "A cancellation or change request and where it stands." })
export class Request extends RequestSubject {
  @Field(() => ID)
  id!: string;

  @Field(() => RequestStatusEnum)
  status!: keyof typeof RequestStatusEnum;

  @Field(() => GraphQLJSON, {
    description: "What was asked: desiredEndDate and noticeDate, or newParameters and effectiveDate.",
  })
  payload!: unknown;

  @Field(() => GraphQLJSON, {
    description: "The quote shown when submitting (engine result, Japanese and English texts).",
  })
  quote!: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "The quote recomputed with the recorded confirmation date.",
  })
  acceptedQuote?: unknown;

  @Field(() => ID, { description: "The exact terms version (terms_versions row) the quote was computed with." })
  termsVersionId!: string;

  @Field(() => String)
  termsVersion!: string;

  @Field(() => String, {
    description: "The terms version's name for customers (from its effective date); termsVersion is an internal label.",
  })
  termsVersionName!: string;

  @Field(() => GraphQLDateTime)
  submittedAt!: Date;

  @Field(() => DateScalar, { nullable: true })
  confirmationDate?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The end date: from the accepted quote once accepted, else the submitted one.",
  })
  effectiveEndDate?: string | null;

  @Field(() => String, { nullable: true })
  rejectionReason?: string | null;

  @Field(() => CancellationQuote, {
    nullable: true,
    description: "Cancellations: the quote recomputed with the recorded confirmation date.",
  })
  acceptedCancellationQuote?: CancellationQuote | null;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'The number of the reviewed quote the request was submitted from (e.g. "Q-000042"); null when none was sent.',
  })
  quoteNumber?: string | null;

  @Field(() => [String], {
    description:
      "What the customer acknowledged on submitting (late notice; the one-off charge with its amount), in the requested language.",
  })
  acknowledgements!: string[];
}

/** What a review asks (contract, dates), then the submission's own fields. */
@InputType()
export class SubmitCancellationRequestInput extends ReviewCancellationInput {
  @Field(() => String, {
    description: "Any unique string per intended request: a retry with the same key replays the first result.",
  })
  idempotencyKey!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The reviewed quote (reviewCancellation) this request is made from; refused with QUOTE_STALE if the terms or the contract changed since.",
  })
  quoteSnapshotId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Required (true) when the notice is late: see QuoteReview.acknowledgements.",
  })
  acknowledgeLateNotice?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Required when a one-off charge applies: its amount with tax in yen, as QuoteReview.oneOffChargeWithTax states it.",
  })
  acknowledgeOneOffCharge?: string | null;
}

@InputType()
export class SubmitChangeRequestInput extends ReviewChangeInput {
  @Field(() => String)
  idempotencyKey!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The reviewed quote (reviewChange) this request is made from; refused with QUOTE_STALE if the terms or the contract changed since.",
  })
  quoteSnapshotId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Required when a one-off charge applies: its amount with tax in yen, as QuoteReview.oneOffChargeWithTax states it.",
  })
  acknowledgeOneOffCharge?: string | null;
}

/** A request as the portal and GraphQL see it: in one language, and a union on `kind`. */
export type RequestView = Request &
  (
    | {
        kind: "cancellation";
        desiredEndDate: string;
        noticeDate: string;
        cancellationQuote: CancellationQuote;
        acceptedCancellationQuote: CancellationQuote | null;
        effectiveDate: null;
        newParameters: null;
        changeQuote: null;
      }
    | {
        kind: "change";
        effectiveDate: string;
        newParameters: ParameterValuesJson;
        changeQuote: ChangeQuote;
        desiredEndDate: null;
        noticeDate: null;
        cancellationQuote: null;
        acceptedCancellationQuote: null;
      }
  );

/** The version a stored quote names (quotes have always stored the engine's reference). */
const refOf = (v: {
  serviceId: string;
  version: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
  computable?: boolean;
}): TermsVersionRef => ({
  serviceId: v.serviceId,
  version: v.version,
  effectiveFrom: v.effectiveFrom,
  effectiveTo: v.effectiveTo ?? null,
  computable: v.computable ?? true,
});

export function toRequest(r: RequestRecord, ctx: Pick<ApiContext, "versionRows" | "lang">): RequestView {
  const common = {
    id: r.id,
    number: r.number,
    status: r.status,
    contractId: r.contractId,
    contractNumber: r.contractNumber,
    serviceId: r.serviceId,
    payload: r.payload,
    quote: r.quote,
    acceptedQuote: r.acceptedQuote,
    termsVersionId: r.termsVersionId,
    termsVersion: r.termsVersion,
    termsVersionName: customerVersionName(r.quote.termsVersion.effectiveFrom)[ctx.lang],
    submittedAt: new Date(r.submittedAt),
    confirmationDate: r.confirmationDate,
    effectiveEndDate: effectiveEndDateOf(r),
    rejectionReason: r.rejectionReason,
    updatedAt: new Date(r.updatedAt),
    quoteNumber: r.quoteNumber,
    acknowledgements: (r.acknowledgements?.words ?? []).map((w) => w[ctx.lang]),
  };
  switch (r.kind) {
    case "cancellation": {
      const cancellation = (q: NonNullable<typeof r.acceptedQuote>) =>
        toCancellationQuote(q, publishedVersionOf(ctx, refOf(q.termsVersion)), ctx.lang);
      return {
        ...common,
        kind: r.kind,
        desiredEndDate: r.payload.desiredEndDate,
        noticeDate: r.payload.noticeDate,
        cancellationQuote: cancellation(r.quote),
        acceptedCancellationQuote: r.acceptedQuote ? cancellation(r.acceptedQuote) : null,
        effectiveDate: null,
        newParameters: null,
        changeQuote: null,
      };
    }
    case "change":
      return {
        ...common,
        kind: r.kind,
        effectiveDate: r.payload.effectiveDate,
        newParameters: r.payload.newParameters,
        changeQuote: toChangeQuote(r.quote, publishedVersionOf(ctx, refOf(r.quote.termsVersion)), ctx.lang),
        desiredEndDate: null,
        noticeDate: null,
        cancellationQuote: null,
        acceptedCancellationQuote: null,
      };
  }
}
