import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { isoDateSchema } from "@yakkan/terms";

function parseIsoDate(value: unknown): string {
  const parsed = isoDateSchema.safeParse(value);
  if (!parsed.success) {
    throw new GraphQLError(`Date must be an ISO calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return parsed.data;
}

/** A calendar date in Japan, "2027-01-08": never an instant, never shifted by a time zone. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: 'An ISO calendar date "2027-01-08", a day in Japan (Asia/Tokyo).',
  serialize: (value) => parseIsoDate(value),
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError("Date must be a string YYYY-MM-DD", { nodes: ast, extensions: { code: "BAD_USER_INPUT" } });
    }
    return parseIsoDate(ast.value);
  },
});

/** Yen amounts cross the API as decimal strings; this keeps that visible in resolver signatures. */
export type YenString = string;
