import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { isoDateSchema } from "@yakkan/terms";
import { DATE_RANGE, dateOutOfRangeText, isInDateRange } from "./bounds.js";

function parseIsoDate(value: unknown, node?: ValueNode): string {
  const parsed = isoDateSchema.safeParse(value);
  if (!parsed.success) {
    throw new GraphQLError(`Date must be an ISO calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      ...(node ? { nodes: node } : {}),
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  if (!isInDateRange(parsed.data)) {
    const text = dateOutOfRangeText(parsed.data);
    throw new GraphQLError(text.en, {
      ...(node ? { nodes: node } : {}),
      // `text` is the message in both languages: the response carries the request's (errors.ts).
      extensions: { code: "DATE_OUT_OF_RANGE", range: { from: DATE_RANGE.from, to: DATE_RANGE.to }, text },
    });
  }
  return parsed.data;
}

/** Output dates are checked for form only: a computed date is not input. */
function serializeIsoDate(value: unknown): string {
  const parsed = isoDateSchema.safeParse(value);
  if (!parsed.success)
    throw new GraphQLError(`Date must be an ISO calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return parsed.data;
}

/**
 * A calendar date in Japan, "2027-01-08": never an instant, never shifted by a time zone. Input
 * dates must lie within the national-holiday data the engine's calendars have (DATE_OUT_OF_RANGE).
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: 'An ISO calendar date "2027-01-08", a day in Japan (Asia/Tokyo).',
  serialize: (value) => serializeIsoDate(value),
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError("Date must be a string YYYY-MM-DD", {
        nodes: ast,
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    return parseIsoDate(ast.value, ast);
  },
});

/** Yen amounts cross the API as decimal strings; this keeps that visible in resolver signatures. */
export type YenString = string;
