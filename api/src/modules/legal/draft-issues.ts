import type { z } from "zod";
import type { Text } from "@yakkan/terms";

/** The DSL's own messages (terms/src/dsl), in both languages for the legal console. */
const KNOWN: Record<string, Text> = {
  "expected yen as a decimal string": {
    ja: "円の金額を半角数字で入力してください（例: 1200）",
    en: "enter an amount in yen, in digits (e.g. 1200)",
  },
  "expected a rate as a decimal string": {
    ja: "率を半角の小数で入力してください（例: 0.146）",
    en: "enter a rate as a decimal number (e.g. 0.146)",
  },
  "expected MM-DD": {
    ja: "月日を「12-29」のように 月-日 の形で入力してください",
    en: "enter a month and day as MM-DD (e.g. 12-29)",
  },
  "expected an ISO date YYYY-MM-DD": {
    ja: "日付を「2027-01-01」のように入力してください",
    en: "enter a date as YYYY-MM-DD (e.g. 2027-01-01)",
  },
  "not a calendar date": { ja: "存在しない日付です", en: "this date does not exist" },
  "a duration in business days names its calendar": {
    ja: "営業日で数える期間には営業日カレンダーの指定が必要です",
    en: "a period in business days needs its business-day calendar",
  },
  "codes are kebab-case": {
    ja: "コードは半角英小文字・数字・ハイフンで入力してください",
    en: "codes use lower-case letters, digits and hyphens",
  },
  "keys are lowerCamelCase": {
    ja: "キーは半角英数字（先頭は小文字）で入力してください",
    en: "keys use letters and digits, starting with a lower-case letter",
  },
};

const TYPE_NAMES: Record<string, Text> = {
  number: { ja: "数値", en: "a number" },
  string: { ja: "文字列", en: "text" },
  boolean: { ja: "はい／いいえ", en: "yes or no" },
  array: { ja: "一覧", en: "a list" },
  object: { ja: "項目のまとまり", en: "a group of fields" },
};

const num = (v: unknown) => (typeof v === "bigint" ? v.toString() : String(v));

/**
 * A zod issue from validating a draft, as a message in both languages that a legal user can act
 * on (the console puts the field's own label in front of it): never an English JSON path or a zod
 * phrase.
 */
export function localiseDraftIssue(issue: z.core.$ZodIssue): Text {
  const known = KNOWN[issue.message];
  if (known) return known;
  switch (issue.code) {
    case "invalid_type": {
      const expected = TYPE_NAMES[issue.expected] ?? { ja: issue.expected, en: issue.expected };
      if (issue.expected === "number" || issue.expected === "int")
        return { ja: "半角数字で入力してください", en: "enter a number, in digits" };
      return { ja: `${expected.ja}で入力してください`, en: `enter ${expected.en}` };
    }
    case "too_small": {
      const min = num(issue.minimum);
      if (issue.origin === "string")
        return { ja: `${min} 文字以上で入力してください`, en: `enter at least ${min} characters` };
      if (issue.origin === "array" || issue.origin === "set")
        return { ja: `${min} 件以上必要です`, en: `at least ${min} entries are needed` };
      return issue.inclusive
        ? { ja: `${min} 以上の数を入力してください`, en: `enter a number of ${min} or more` }
        : { ja: `${min} より大きい数を入力してください`, en: `enter a number greater than ${min}` };
    }
    case "too_big": {
      const max = num(issue.maximum);
      if (issue.origin === "string")
        return { ja: `${max} 文字以内で入力してください`, en: `enter at most ${max} characters` };
      if (issue.origin === "array" || issue.origin === "set")
        return { ja: `${max} 件までです`, en: `at most ${max} entries` };
      return issue.inclusive
        ? { ja: `${max} 以下の数を入力してください`, en: `enter a number of ${max} or less` }
        : { ja: `${max} より小さい数を入力してください`, en: `enter a number less than ${max}` };
    }
    case "not_multiple_of":
      return { ja: `${num(issue.divisor)} の倍数を入力してください`, en: `enter a multiple of ${num(issue.divisor)}` };
    case "invalid_value": {
      const values = issue.values.map((v) => String(v)).join(", ");
      return { ja: `次のいずれかを選んでください: ${values}`, en: `choose one of: ${values}` };
    }
    case "unrecognized_keys":
      return { ja: `使えない項目があります: ${issue.keys.join(", ")}`, en: `unknown fields: ${issue.keys.join(", ")}` };
    case "invalid_format":
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
      return { ja: "形式が正しくありません", en: "this value is not in the expected form" };
    default:
      return { ja: "値が正しくありません", en: "this value is not valid" };
  }
}
