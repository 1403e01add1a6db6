import { addMonths, HOLIDAY_DATASET_RANGE, isoDateSchema, type Text } from "@yakkan/terms";
import { AppError, badInput, type Lang, type LocatedIssue } from "./errors.js";

/**
 * Bounds on every input (docs/security.md, "Bounded inputs"): the API refuses what no honest client
 * sends, before it reaches the engine or the database, with a located error.
 */

/** The dates the API accepts: the national-holiday data the engine's calendars have. */
export const DATE_RANGE = HOLIDAY_DATASET_RANGE;

/** How far ahead a request may reach: the longest maximum term in the terms is five years. */
export const REQUEST_HORIZON_YEARS = 5;

/** Maximum lengths of text inputs (characters). */
export const MAX_LENGTH = {
  /** E-mail addresses (RFC 5321's path limit). */
  email: 254,
  /** Passwords: scrypt hashes whatever it is given, so a megabyte password costs real time. */
  password: 1024,
  /** Ids, service ids, operations, cursors, idempotency keys. */
  key: 200,
  /** A terms version's label. */
  label: 100,
  /** A rejection reason. */
  reason: 2000,
  /** A draft path such as "terms.fees[0].price.amountYen". */
  path: 300,
  /** A string value inside parameters. */
  parameterValue: 200,
  /** Yen amounts as decimal strings (a quadrillion yen with decimals fits). */
  yen: 24,
} as const;

/** Parameters are a flat object of scalars: at most this many keys. */
export const MAX_PARAMETER_KEYS = 50;
/** Single-value edits of a draft in one save. */
export const MAX_DRAFT_SETS = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

/** The located error for a date outside the calendar data, naming the supported range. */
export function dateOutOfRangeText(value: string): Text {
  return {
    ja: `日付は ${DATE_RANGE.from} から ${DATE_RANGE.to} までで指定してください（祝日データの範囲。指定: ${value}）。`,
    en: `Dates must be between ${DATE_RANGE.from} and ${DATE_RANGE.to}, the calendar data Yakkan has (got ${value}).`,
  };
}

export const isInDateRange = (date: string) => date >= DATE_RANGE.from && date <= DATE_RANGE.to;

/**
 * Checks dates given to an operation (by GraphQL, whose Date scalar checks them too, or by the
 * portal in-process): a malformed date is BAD_USER_INPUT, one outside the calendar data is
 * DATE_OUT_OF_RANGE, each located at its field.
 */
export function checkDates(lang: Lang, fields: Record<string, string | null | undefined>, prefix: string[] = []): void {
  const malformed: LocatedIssue[] = [];
  const outside: LocatedIssue[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    if (!isoDateSchema.safeParse(value).success) {
      malformed.push({
        path: [...prefix, field],
        message: { ja: "日付を YYYY-MM-DD で指定してください", en: "a date as YYYY-MM-DD" },
      });
    } else if (!isInDateRange(value)) {
      outside.push({ path: [...prefix, field], message: dateOutOfRangeText(value) });
    }
  }
  if (malformed.length > 0) throw badInput(lang, malformed);
  const [first] = outside;
  if (first) throw new AppError("DATE_OUT_OF_RANGE", first.message, outside, lang);
}

/** The last day a request may name: today plus the request horizon. */
export function requestHorizon(today: string): string {
  return addMonths(today, 12 * REQUEST_HORIZON_YEARS);
}

/** Issues for text fields longer than their bound (or holding NUL, which PostgreSQL cannot store). */
export function textIssues(fields: Record<string, { value: string | null | undefined; max: number }>): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  for (const [field, { value, max }] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    if (value.length > max) {
      issues.push({
        path: [field],
        message: {
          ja: `${max} 文字以内で指定してください（${value.length} 文字）`,
          en: `at most ${max} characters (got ${value.length})`,
        },
      });
    } else if (value.includes("\u0000")) {
      issues.push({
        path: [field],
        message: { ja: "使えない文字（NUL）が含まれています", en: "contains a NUL character" },
      });
    }
  }
  return issues;
}

/** Throws a located BAD_USER_INPUT when any text field is out of bounds. */
export function checkText(lang: Lang, fields: Record<string, { value: string | null | undefined; max: number }>): void {
  const issues = textIssues(fields);
  if (issues.length > 0) throw badInput(lang, issues);
}

/**
 * A configuration must be a flat object of scalars with a bounded number of keys and short
 * strings; what it means is then the engine's to validate (INVALID_PARAMETERS at the key).
 */
export function checkParameters(lang: Lang, field: string[], value: unknown): void {
  const issue = (en: string, ja: string) => badInput(lang, [{ path: field, message: { ja, en } }]);
  if (value === null || value === undefined) return;
  if (containsNul(value)) throw issue("contains a NUL character", "使えない文字（NUL）が含まれています");
  if (typeof value !== "object" || Array.isArray(value))
    throw issue("a configuration object {key: value}", "設定は {キー: 値} のオブジェクトで指定してください");
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_PARAMETER_KEYS)
    throw issue(`at most ${MAX_PARAMETER_KEYS} keys`, `キーは ${MAX_PARAMETER_KEYS} 個までです`);
  for (const [key, v] of entries) {
    const at = [...field, key];
    if (key.length > MAX_LENGTH.key)
      throw badInput(lang, [{ path: field, message: { ja: "キーが長すぎます", en: "a key is too long" } }]);
    if (v !== null && typeof v === "object")
      throw badInput(lang, [
        { path: at, message: { ja: "値は文字列・数値・真偽値で指定してください", en: "a string, number or boolean" } },
      ]);
    if (typeof v === "string" && v.length > MAX_LENGTH.parameterValue) {
      throw badInput(lang, [
        {
          path: at,
          message: {
            ja: `${MAX_LENGTH.parameterValue} 文字以内で指定してください`,
            en: `at most ${MAX_LENGTH.parameterValue} characters`,
          },
        },
      ]);
    }
    if (typeof v === "number" && !Number.isFinite(v)) {
      throw badInput(lang, [{ path: at, message: { ja: "有限の数値で指定してください", en: "a finite number" } }]);
    }
  }
}

/**
 * True when a value holds a NUL character anywhere (PostgreSQL text and jsonb cannot store one).
 * Walked with a stack of its own, so a document nested a million deep cannot overflow the call stack.
 */
export function containsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v === "string") {
      if (v.includes("\u0000")) return true;
    } else if (Array.isArray(v)) {
      pending.push(...(v as unknown[]));
    } else if (v !== null && typeof v === "object") {
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
        if (k.includes("\u0000")) return true;
        pending.push(child);
      }
    }
  }
  return false;
}

/** Throws a located BAD_USER_INPUT when a value holds a NUL character. */
export function checkNoNul(lang: Lang, fields: Record<string, unknown>): void {
  const issues = Object.entries(fields)
    .filter(([, v]) => containsNul(v))
    .map(([field]) => ({
      path: [field],
      message: { ja: "使えない文字（NUL）が含まれています", en: "contains a NUL character" },
    }));
  if (issues.length > 0) throw badInput(lang, issues);
}
