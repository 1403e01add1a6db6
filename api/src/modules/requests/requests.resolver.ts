import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { RequestKindEnum, RequestStatusEnum } from "../common/enums.js";
import { listRequestPage } from "./request-list.service.js";
import { RequestConnection, RequestOrderEnum } from "./request-list.type.js";
import type { ApiContext } from "../../context.js";
import { DateScalar } from "../../scalars.js";
import { Request, SubmitCancellationRequestInput, SubmitChangeRequestInput } from "./requests.type.js";
import * as requests from "./requests.service.js";
import * as submit from "./submit-request.service.js";
import * as transitions from "./transition-request.service.js";

const STATUSES = ["pending", "accepted", "rejected", "completed", "withdrawn"] as const;

@Resolver(() => Request)
export class RequestResolver {
  @Authorized()
  @Query(() => [Request], {
    description: "Requests the viewer may see, newest first (customers: their organisation's).",
  })
  async requests(
    @Arg("statuses", () => [String], { nullable: true }) statuses: string[] | null,
    @Arg("contractId", () => ID, { nullable: true }) contractId: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<Request[]> {
    const known = (statuses ?? []).filter((s): s is (typeof STATUSES)[number] =>
      (STATUSES as readonly string[]).includes(s),
    );
    return requests.listRequests(ctx, { statuses: known, contractId });
  }

  @Authorized()
  @Query(() => RequestConnection, {
    description:
      "Requests the viewer may see (customers: their organisation's), searched (request number, contract number, organisation), filtered, ordered by deadline (default) or newest first, a page at a time: first 1–100 (default 25), search at most 100 characters, organizationId for staff and legal.",
  })
  async requestList(
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("serviceId", () => ID, { nullable: true }) serviceId: string | null,
    @Arg("statuses", () => [RequestStatusEnum], { nullable: true }) statuses: (keyof typeof RequestStatusEnum)[] | null,
    @Arg("kind", () => RequestKindEnum, { nullable: true }) kind: keyof typeof RequestKindEnum | null,
    @Arg("organizationId", () => ID, { nullable: true }) organizationId: string | null,
    @Arg("orderBy", () => RequestOrderEnum, { nullable: true }) orderBy: keyof typeof RequestOrderEnum | null,
    @Ctx() ctx: ApiContext,
  ): Promise<RequestConnection> {
    return listRequestPage(ctx, { first, after, search, serviceId, statuses, kind, organizationId, order: orderBy });
  }

  @Authorized()
  @Query(() => Request)
  async request(@Arg("id", () => ID) id: string, @Ctx() ctx: ApiContext): Promise<Request> {
    return requests.getRequest(ctx, id);
  }

  @Authorized("customer-admin")
  @Mutation(() => Request)
  async submitCancellationRequest(
    @Arg("input", () => SubmitCancellationRequestInput) input: SubmitCancellationRequestInput,
    @Ctx() ctx: ApiContext,
  ): Promise<Request> {
    return submit.submitCancellationRequest(ctx, input);
  }

  @Authorized("customer-admin")
  @Mutation(() => Request)
  async submitChangeRequest(
    @Arg("input", () => SubmitChangeRequestInput) input: SubmitChangeRequestInput,
    @Ctx() ctx: ApiContext,
  ): Promise<Request> {
    return submit.submitChangeRequest(ctx, input);
  }

  @Authorized("customer-admin")
  @Mutation(() => Request, { description: "Withdraws a pending request." })
  async withdrawRequest(
    @Arg("requestId", () => ID) requestId: string,
    @Arg("idempotencyKey", () => String) idempotencyKey: string,
    @Ctx() ctx: ApiContext,
  ): Promise<Request> {
    return transitions.withdrawRequest(ctx, { requestId, idempotencyKey });
  }

  @Authorized("staff")
  @Mutation(() => Request, {
    description: "Staff accept a request, recording the day they confirmed it (UTM/Server 第21条).",
  })
  async acceptRequest(
    @Arg("requestId", () => ID) requestId: string,
    @Arg("confirmationDate", () => DateScalar) confirmationDate: string,
    @Arg("idempotencyKey", () => String) idempotencyKey: string,
    @Ctx() ctx: ApiContext,
  ): Promise<Request> {
    return transitions.acceptRequest(ctx, { requestId, confirmationDate, idempotencyKey });
  }

  @Authorized("staff")
  @Mutation(() => Request)
  async rejectRequest(
    @Arg("requestId", () => ID) requestId: string,
    @Arg("reason", () => String) reason: string,
    @Arg("idempotencyKey", () => String) idempotencyKey: string,
    @Ctx() ctx: ApiContext,
  ): Promise<Request> {
    return transitions.rejectRequest(ctx, { requestId, reason, idempotencyKey });
  }

  @Authorized("staff")
  @Mutation(() => Request, {
    description: "Staff complete an accepted request: the contract ends, or takes its new configuration.",
  })
  async completeRequest(
    @Arg("requestId", () => ID) requestId: string,
    @Arg("idempotencyKey", () => String) idempotencyKey: string,
    @Ctx() ctx: ApiContext,
  ): Promise<Request> {
    return transitions.completeRequest(ctx, { requestId, idempotencyKey });
  }
}
