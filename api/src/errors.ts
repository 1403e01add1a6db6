import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import {
  CalendarRangeError,
  DateOutOfRangeError,
  InvalidParametersError,
  NoSuchRuleError,
  NoTermsInForceError,
  TermsDataError,
  TermsError,
  TermsNotAvailableError,
  UnknownServiceError,
  type Text,
} from "@yakkan/terms";

/** The stable codes clients see in `extensions.code`. */
export const APP_ERROR_CODES = [
  "INVALID_PARAMETERS",
  "NO_TERMS_IN_FORCE",
  "TERMS_NOT_AVAILABLE",
  "CALENDAR_OUT_OF_RANGE",
  "DATE_OUT_OF_RANGE",
  "NO_SUCH_RULE",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "TOO_MANY_ATTEMPTS",
  "TOO_MANY_REQUESTS",
  "CONFLICT",
  "IDEMPOTENCY_MISMATCH",
  "CHANGE_NOT_ALLOWED",
  "NO_CHANGE",
  "ALREADY_PENDING",
  "QUOTE_STALE",
  "ACKNOWLEDGEMENT_REQUIRED",
  "NOTICE_PERIOD_TOO_SHORT",
  "BAD_USER_INPUT",
  "INTERNAL_SERVER_ERROR",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export interface LocatedIssue {
  path: (string | number)[];
  message: Text;
}

/** The one application error: a code, a bilingual message and, for bad input, located issues. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly text: Text,
    readonly issues: LocatedIssue[] = [],
    /** The language of the request that raised it, for the client-facing message. */
    public lang: Lang = "ja",
    /** For refusals by a rate limit: when to try again (the HTTP Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(text.en);
    this.name = "AppError";
  }
}

/** An engine error that may carry located issues (the terms package's date-range error does). */
type EngineErrorWithIssues = TermsError & { issues?: LocatedIssue[] };

/** Every engine error maps to one code; the switch is exhaustive over the engine's error classes. */
export function toAppError(error: unknown): unknown {
  if (!(error instanceof TermsError)) return error;
  if (error instanceof InvalidParametersError) return new AppError("INVALID_PARAMETERS", error.text, error.issues);
  if (error instanceof NoTermsInForceError) return new AppError("NO_TERMS_IN_FORCE", error.text);
  if (error instanceof TermsNotAvailableError) return new AppError("TERMS_NOT_AVAILABLE", error.text);
  if (error instanceof UnknownServiceError) return new AppError("NOT_FOUND", error.text);
  if (error instanceof CalendarRangeError) return new AppError("CALENDAR_OUT_OF_RANGE", error.text);
  if (error instanceof DateOutOfRangeError) {
    // Located: the input field and the supported range.
    return new AppError("DATE_OUT_OF_RANGE", error.text, [{ path: [error.field], message: error.text }]);
  }
  if (error instanceof NoSuchRuleError) return new AppError("NO_SUCH_RULE", error.text);
  // Dates outside the calendar data the engine has: the engine names the supported range.
  if (error.code === "DATE_OUT_OF_RANGE")
    return new AppError("DATE_OUT_OF_RANGE", error.text, (error as EngineErrorWithIssues).issues ?? []);
  if (error instanceof TermsDataError) return error; // a defect in our data: logged, hidden
  return error;
}

/** A located input error (which field, why), in the request's language. */
export function badInput(lang: Lang, issues: LocatedIssue[]): AppError {
  return new AppError(
    "BAD_USER_INPUT",
    {
      ja: `入力に誤りがあります（${issues.length}件）。`,
      en: `The input has ${issues.length} problem${issues.length === 1 ? "" : "s"}.`,
    },
    issues,
    lang,
  );
}

/** Runs engine code and converts its domain errors into AppErrors in the request's language. */
export function withAppErrors<T>(lang: Lang, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    const mapped = toAppError(error);
    if (mapped instanceof AppError) mapped.lang = lang;
    throw mapped;
  }
}

export type Lang = "ja" | "en";

/** Codes our validation (scalars, document limits) raises, which Apollo's validation label must not hide. */
const OWN_VALIDATION_CODES = new Set(["DATE_OUT_OF_RANGE", "QUERY_TOO_COMPLEX", "BAD_USER_INPUT"]);

/**
 * Formats errors for clients: AppErrors keep their code, message (in the request's language) and
 * issues; GraphQL's own validation errors pass through; anything unexpected is logged and hidden.
 */
export function createErrorFormatter(log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const lang = original.lang;
      return {
        message: original.text[lang],
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: {
          code: original.code,
          ...(original.retryAfterSeconds !== undefined ? { retryAfter: original.retryAfterSeconds } : {}),
          ...(original.issues.length > 0
            ? { issues: original.issues.map((i) => ({ path: i.path.map(String), message: i.message[lang] })) }
            : {}),
        },
      };
    }
    const code = formatted.extensions?.["code"];
    // Apollo labels every validation error GRAPHQL_VALIDATION_FAILED; ours (a Date out of range, a
    // document over a limit) keep the code they were raised with.
    const inner = (original as GraphQLError | undefined)?.originalError;
    if (
      code === "GRAPHQL_VALIDATION_FAILED" &&
      inner instanceof GraphQLError &&
      OWN_VALIDATION_CODES.has(String(inner.extensions["code"]))
    ) {
      return { ...formatted, extensions: { ...formatted.extensions, code: inner.extensions["code"] } };
    }
    if (original instanceof GraphQLError || (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR")) {
      return formatted;
    }
    log(original);
    return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
