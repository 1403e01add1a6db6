import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  visit,
  type DocumentNode,
  type StringValueNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import type { ApiContext } from "./context.js";
import { RATE_CLASS, type RateClass } from "./modules/rate-limits/rate-limits.service.js";
import { containsNul } from "./bounds.js";
import { AppError } from "./errors.js";

/** Limits on GraphQL documents (graphql-armor): docs/security.md lists them. */
export interface GraphqlLimits {
  /** Aliases per operation (1,000 aliases of one query were the cheapest denial of service). */
  aliases: number;
  /** Selection depth (introspection excepted; it is off in production). */
  depth: number;
  /** graphql-armor's cost estimate of an operation. */
  cost: number;
  /** Lexical tokens of a document. */
  tokens: number;
  /** Directives per operation. */
  directives: number;
}

export const DEFAULT_GRAPHQL_LIMITS: GraphqlLimits = {
  aliases: 15,
  depth: 10,
  cost: 5000,
  tokens: 1000,
  directives: 10,
};

/** Refusals of the document limits carry their own code and the location of the operation. */
const reportLimit = (context: ValidationContext | null, error: GraphQLError) => {
  const operation = context?.getDocument().definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const nodes = error.nodes ?? (operation ? [operation] : []);
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ""), {
      nodes,
      extensions: { code: "QUERY_TOO_COMPLEX" },
    }),
  );
};
const limitOptions = { propagateOnRejection: false, onReject: [reportLimit] };

/**
 * Root fields of the operation to run, counted per rate class: ten aliases of feeEstimate spend ten
 * quotes. Fragments are followed (each once).
 */
function rootFieldCosts(document: DocumentNode, selectionSet: SelectionSetNode): Map<RateClass, number> {
  const costs = new Map<RateClass, number>();
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const rateClass = RATE_CLASS[selection.name.value];
        if (rateClass) costs.set(rateClass, (costs.get(rateClass) ?? 0) + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return costs;
}

/** Apollo's document store hands the same parsed document to every request that sends its text. */
const nulLiterals = new WeakMap<DocumentNode, StringValueNode | null>();

/** A string literal holding a NUL character (looked for once per parsed document). */
function nulLiteral(document: DocumentNode): StringValueNode | undefined {
  let found = nulLiterals.get(document);
  if (found === undefined) nulLiterals.set(document, (found = findNulLiteral(document) ?? null));
  return found ?? undefined;
}

function findNulLiteral(document: DocumentNode): StringValueNode | undefined {
  let found: StringValueNode | undefined;
  visit(document, {
    StringValue(node) {
      if (node.value.includes("\u0000")) found ??= node;
    },
  });
  return found;
}

/** Spends the client address's budgets before anything runs; a refusal is HTTP 429 with Retry-After. */
const rateLimitPlugin: ApolloServerPlugin<ApiContext> = {
  requestDidStart() {
    return Promise.resolve({
      async didResolveOperation({ document, operation, contextValue, request }) {
        if (!operation) return;
        // PostgreSQL cannot store a NUL character: refuse it here, located, for every argument.
        const nulVariable = Object.keys(request.variables ?? {}).find((name) => containsNul(request.variables?.[name]));
        const literal = nulLiteral(document);
        if (nulVariable !== undefined || literal) {
          throw new GraphQLError(
            nulVariable !== undefined
              ? `Variable "$${nulVariable}" contains a NUL character.`
              : "A string contains a NUL character.",
            {
              ...(literal ? { nodes: literal } : {}),
              extensions: {
                code: "BAD_USER_INPUT",
                http: { status: 400 },
                ...(nulVariable !== undefined
                  ? { issues: [{ path: [nulVariable], message: "contains a NUL character" }] }
                  : {}),
              },
            },
          );
        }
        for (const [rateClass, points] of rootFieldCosts(document, operation.selectionSet)) {
          try {
            await contextValue.limits.consume(rateClass, contextValue.clientAddress, points, contextValue.lang);
          } catch (error) {
            if (!(error instanceof AppError) || error.retryAfterSeconds === undefined) throw error;
            throw new GraphQLError(error.text[contextValue.lang], {
              extensions: {
                code: error.code,
                retryAfter: error.retryAfterSeconds,
                http: { status: 429, headers: new Map([["retry-after", String(error.retryAfterSeconds)]]) },
              },
            });
          }
        }
      },
    });
  },
};

/**
 * Last touches on every response: errors raised outside a request's language (the Date scalar)
 * carry both texts and get the request's; a refusal by a rate limit (sign-in) gets Retry-After,
 * and HTTP 429 when nothing else was answered.
 */
const responsePlugin: ApolloServerPlugin<ApiContext> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response, contextValue }) {
        if (response.body.kind !== "single") return Promise.resolve();
        const result = response.body.singleResult;
        let retryAfter: number | undefined;
        for (const error of result.errors ?? []) {
          const extensions = error.extensions;
          const text = extensions?.["text"] as { ja?: string; en?: string } | undefined;
          if (extensions && text && typeof text[contextValue.lang] === "string") {
            // A variable's error keeps GraphQL's "Variable "$i" got invalid value … at "i.effectiveDate"" and its field.
            const variable = /^(Variable "\$[^"]+" got invalid value .*?(?: at "([^"]+)")?); /.exec(error.message);
            const translated = text[contextValue.lang] as string;
            (error as { message: string }).message = variable ? `${variable[1]}; ${translated}` : translated;
            if (variable?.[2]) extensions["issues"] = [{ path: variable[2].split("."), message: translated }];
            delete extensions["text"];
          }
          if (typeof extensions?.["retryAfter"] === "number")
            retryAfter = Math.max(retryAfter ?? 0, extensions["retryAfter"]);
        }
        if (retryAfter !== undefined) {
          response.http.headers.set("retry-after", String(retryAfter));
          if (result.data === null || result.data === undefined) response.http.status = 429;
        }
        return Promise.resolve();
      },
    });
  },
};

/** graphql-armor's limits, field suggestions blocked in production, the rate limits and the response touches. */
export function graphqlProtection(options: { production: boolean; limits?: Partial<GraphqlLimits> | undefined }): {
  plugins: ApolloServerPlugin<ApiContext>[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const limits = { ...DEFAULT_GRAPHQL_LIMITS, ...options.limits };
  const armor = new ApolloArmor({
    maxAliases: { n: limits.aliases, ...limitOptions },
    maxDepth: { n: limits.depth, ...limitOptions },
    costLimit: { maxCost: limits.cost, ...limitOptions },
    maxDirectives: { n: limits.directives, ...limitOptions },
    // Tokens are limited by graphql-js's own parser (parseOptions below): a located parse error.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: options.production },
  });
  const protection = armor.protect();
  return {
    plugins: [...(protection.plugins as ApolloServerPlugin<ApiContext>[]), rateLimitPlugin, responsePlugin],
    validationRules: [...protection.validationRules, queriesAndMutationsOnly],
    parseOptions: { maxTokens: limits.tokens },
  };
}

/** Yakkan serves queries and mutations: a subscription is refused at validation, located. */
const queriesAndMutationsOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.SUBSCRIPTION) {
      context.reportError(
        new GraphQLError("Subscriptions are not served.", {
          nodes: node,
          extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
        }),
      );
    }
  },
});
