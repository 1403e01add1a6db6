import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { FeeResolver } from "./modules/fees/fee.resolver.js";
import { QuoteResolver } from "./modules/quotes/quotes.resolver.js";
import { ServiceResolver } from "./modules/services/service.resolver.js";
import { TermsInfoResolver } from "./modules/terms-info/terms-info.resolver.js";

/** The GraphQL schema, built from the resolvers (committed as api/schema.graphql). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [ServiceResolver, FeeResolver, QuoteResolver, TermsInfoResolver],
    validate: false,
  });
}
