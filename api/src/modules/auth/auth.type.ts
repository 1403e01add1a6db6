import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import type { schema } from "@yakkan/db";
import { UserRoleEnum } from "../common/enums.js";

@ObjectType({ description: "The signed-in user." })
export class ViewerType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { description: '"customer-admin" | "customer-member" | "staff" | "legal"' })
  role!: schema.UserRole;

  @Field(() => UserRoleEnum, { description: "The role as an enum (the same value as role)." })
  roleCode!: schema.UserRole;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  organizationName!: string;

  @Field(() => GraphQLDateTime)
  sessionExpiresAt!: Date;
}
