import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { FeeResolver } from "./modules/fees/fee.resolver.js";
import { ServiceResolver } from "./modules/services/service.resolver.js";

/** The GraphQL schema, built from the resolvers (committed as api/schema.graphql). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [ServiceResolver, FeeResolver],
    validate: false,
  });
}
