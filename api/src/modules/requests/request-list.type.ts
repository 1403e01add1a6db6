import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../scalars.js";
import { Request } from "./requests.type.js";

export const RequestOrderEnum = { deadline: "deadline", submitted: "submitted" } as const;
registerEnumType(RequestOrderEnum, {
  name: "RequestOrder",
  description:
    "deadline: closest deadline first (a cancellation's desired end date, a change's effective date); submitted: newest first. Ties: by id.",
});

@ObjectType({ description: "A request in a list, with its deadline and the days left until it." })
export class RequestListItem extends Request {
  @Field(() => DateScalar, { description: "A cancellation's desired end date, a change's effective date." })
  deadline!: string;

  @Field(() => Int, { description: "Days from today (Japan) to the deadline; negative once it has passed." })
  daysRemaining!: number;

  @Field(() => String, { description: "The customer's organisation, in the request's language." })
  organizationName!: string;
}

@ObjectType({ description: "One page of requests (keyset pagination: pass endCursor as `after`)." })
export class RequestConnection {
  @Field(() => [RequestListItem])
  nodes!: RequestListItem[];

  @Field(() => String, { nullable: true })
  endCursor?: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Int, { description: "How many requests match the search and filters, on every page." })
  totalCount!: number;
}
