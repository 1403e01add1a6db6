import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";

@ObjectType({ description: "The signed-in user." })
export class ViewerType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { description: '"customer-admin" | "customer-member" | "staff" | "legal"' })
  role!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  organizationName!: string;

  @Field(() => GraphQLDateTime)
  sessionExpiresAt!: Date;
}
