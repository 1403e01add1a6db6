import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { AuditResolver } from "./modules/audit/audit.resolver.js";
import { authChecker } from "./modules/auth/auth.checker.js";
import { AuthResolver } from "./modules/auth/auth.resolver.js";
import { ContractResolver } from "./modules/contracts/contracts.resolver.js";
import { FeeResolver } from "./modules/fees/fees.resolver.js";
import { LegalResolver } from "./modules/legal/legal.resolver.js";
import { RequestResolver } from "./modules/requests/requests.resolver.js";
import { QuoteResolver } from "./modules/quotes/quotes.resolver.js";
import { QuoteReviewResolver } from "./modules/quote-snapshots/quote-snapshots.resolver.js";
import { ServiceResolver } from "./modules/services/services.resolver.js";
import { TermsInfoResolver } from "./modules/terms-info/terms-info.resolver.js";
import {
  StoredTermsVersionNameResolver,
  TermsVersionNameResolver,
} from "./modules/terms-versions/version-name.resolver.js";

/** The GraphQL schema, built from the resolvers (committed as api/schema.graphql). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      ServiceResolver,
      FeeResolver,
      QuoteResolver,
      TermsInfoResolver,
      AuthResolver,
      ContractResolver,
      RequestResolver,
      QuoteReviewResolver,
      AuditResolver,
      LegalResolver,
      TermsVersionNameResolver,
      StoredTermsVersionNameResolver,
    ],
    authChecker,
    validate: false,
  });
}
