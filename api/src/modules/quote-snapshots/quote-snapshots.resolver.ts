import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../../context.js";
import { QuoteReview, ReviewCancellationInput, ReviewChangeInput } from "./quote-snapshots.type.js";
import * as reviews from "./quote-snapshots.service.js";

@Resolver(() => QuoteReview)
export class QuoteReviewResolver {
  @Authorized("customer-admin")
  @Mutation(() => QuoteReview, {
    description:
      "Reviews a cancellation before submitting it: the quote is kept under a quote number; submit with its id as quoteSnapshotId and the acknowledgements it lists.",
  })
  async reviewCancellation(
    @Arg("input", () => ReviewCancellationInput) input: ReviewCancellationInput,
    @Ctx() ctx: ApiContext,
  ): Promise<QuoteReview> {
    return reviews.reviewCancellation(ctx, input);
  }

  @Authorized("customer-admin")
  @Mutation(() => QuoteReview, {
    description:
      "Reviews a change before submitting it (NO_CHANGE when nothing would change; CHANGE_NOT_ALLOWED when the terms forbid it).",
  })
  async reviewChange(
    @Arg("input", () => ReviewChangeInput) input: ReviewChangeInput,
    @Ctx() ctx: ApiContext,
  ): Promise<QuoteReview> {
    return reviews.reviewChange(ctx, input);
  }

  @Authorized()
  @Query(() => QuoteReview, { description: "A reviewed quote (customers: their organisation's)." })
  async quoteReview(@Arg("id", () => ID) id: string, @Ctx() ctx: ApiContext): Promise<QuoteReview> {
    return reviews.getQuoteReview(ctx, id);
  }
}
