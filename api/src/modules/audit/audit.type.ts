import { Field, GraphQLISODateTime, ID, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import type { JsonObject } from "@yakkan/db";

@ObjectType({ description: "One recorded state change." })
export class AuditEntry {
  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => ID, { nullable: true })
  actorUserId?: string | null;

  @Field(() => String, { nullable: true })
  actorName?: string | null;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  // The values an action changed differ by action (a status, a configuration, a hash): JSON.
  @Field(() => GraphQLJSON, { nullable: true })
  before?: JsonObject | null;

  @Field(() => GraphQLJSON, { nullable: true })
  after?: JsonObject | null;
}
