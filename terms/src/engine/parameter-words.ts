import type { Text } from "../dsl/common.js";
import type { Condition } from "../dsl/condition.js";
import type { ParameterSpec } from "../dsl/parameters.js";

/**
 * Configuration keys and values in the words people read: a parameter by its label, a value by its
 * label. Nobody outside engineering sees a key (`hikariCollaboration`), a raw value (`core`) or a
 * `key: false` dump (issue 13).
 */

const WORDS = {
  and: { ja: "・", en: ", " },
  or: { ja: " または ", en: " or " },
  present: { ja: "あり", en: "set" },
  absent: { ja: "なし", en: "not set" },
  ticked: { ja: "あり", en: "ticked" },
  unticked: { ja: "なし", en: "unticked" },
} satisfies Record<string, Text>;

const both = (f: (lang: "ja" | "en") => string): Text => ({ ja: f("ja"), en: f("en") });

/** A value of a parameter by its label: an enum's value label, a boolean as ticked or not, else as written. */
export function valueText(spec: ParameterSpec | undefined, value: unknown): Text {
  if (spec?.type === "enum") {
    const label = spec.values.find((v) => String(v.value) === String(value))?.label;
    if (label) return label;
  }
  if (spec?.type === "boolean" && (value === true || value === false || value === "true" || value === "false"))
    return value === true || value === "true" ? WORDS.ticked : WORDS.unticked;
  return { ja: String(value), en: String(value) };
}

/** A condition over the configuration in words, with the parameters' labels ("プラン Complete・ログ保存期間 90"). */
export function conditionText(when: Condition, parameters: readonly ParameterSpec[]): Text {
  if ("all" in when) return both((l) => when.all.map((c) => conditionText(c, parameters)[l]).join(WORDS.and[l]));
  if ("any" in when) return both((l) => when.any.map((c) => conditionText(c, parameters)[l]).join(WORDS.or[l]));
  if ("not" in when) {
    const inner = conditionText(when.not, parameters);
    return { ja: `${inner.ja}以外`, en: `not ${inner.en}` };
  }
  const spec = parameters.find((p) => p.key === when.param);
  const label = spec?.label ?? { ja: when.param, en: when.param };
  if ("present" in when) return both((l) => `${label[l]} ${when.present ? WORDS.present[l] : WORDS.absent[l]}`);
  return both((l) => `${label[l]} ${when.in.map((v) => valueText(spec, v)[l]).join("/")}`);
}

/**
 * The name of a price case as people read it: the labels of the values its condition tests ("Core",
 * not the stored "core"), or its condition in words; its position ("#3") only when it has no condition.
 */
export function caseName(tag: string, when: Condition | undefined, parameters: readonly ParameterSpec[]): Text {
  if (!when) return { ja: tag, en: tag };
  if ("param" in when && "in" in when) {
    const spec = parameters.find((p) => p.key === when.param);
    if (spec?.type === "enum") return both((l) => when.in.map((v) => valueText(spec, v)[l]).join("/"));
  }
  return conditionText(when, parameters);
}

/** What the engine is given besides the configuration, named in interpretations as keys too. */
const ENGINE_INPUTS: readonly { key: string; label: Text }[] = [
  { key: "monthlyFee", label: { ja: "契約固有の月額", en: "contract-specific monthly fee" } },
];

/**
 * The conditions of the price cases a priced leaf's path passes through, in order (the `when` of
 * each `cases[i]` on the way), so that each case qualifier of `priceLeaves` can be named by its own.
 */
export function caseConditions(price: unknown, path: readonly (string | number)[]): (Condition | undefined)[] {
  const out: (Condition | undefined)[] = [];
  let node: unknown = price;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (key === "cases" && typeof path[i + 1] === "number" && node && typeof node === "object") {
      const c = (node as { cases?: { when?: Condition }[] }).cases?.[path[i + 1] as number];
      out.push(c?.when);
    }
    node = node && typeof node === "object" ? (node as Record<string | number, unknown>)[key as string] : undefined;
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const quoted = (lang: "ja" | "en", s: string) => (lang === "ja" ? `「${s}」` : `“${s}”`);

/** The patterns that find a parameter list's keys and values in text: built once per list. */
interface Patterns {
  byKey: Map<string, { key: string; label: Text; type?: ParameterSpec["type"] }>;
  specOf: (key: string) => ParameterSpec | undefined;
  pair: RegExp;
  inParens: RegExp;
  bare: RegExp | null;
  enumValues: { spec: ParameterSpec; value: string; afterDefault: RegExp }[];
}
// Keyed by the list itself: a service definition's parameters are one array for as long as it lives.
const patterns = new WeakMap<readonly ParameterSpec[], Patterns>();

function patternsFor(parameters: readonly ParameterSpec[]): Patterns {
  const known = patterns.get(parameters);
  if (known) return known;
  const named: { key: string; label: Text; type?: ParameterSpec["type"] }[] = [
    ...parameters,
    ...ENGINE_INPUTS.filter((i) => !parameters.some((p) => p.key === i.key)),
  ];
  const keys = [...named].sort((a, b) => b.key.length - a.key.length);
  const alternation = keys.map((p) => escape(p.key)).join("|");
  const camel = keys.filter((p) => /[A-Z]/.test(p.key));
  const built: Patterns = {
    byKey: new Map(named.map((p) => [p.key, p])),
    specOf: (key) => parameters.find((p) => p.key === key),
    pair: new RegExp(`\\b(${alternation}): ?([A-Za-z0-9_-]+)`, "g"),
    inParens: new RegExp(`[(（](${alternation})[)）]`, "g"),
    bare: camel.length > 0 ? new RegExp(`\\b(${camel.map((p) => escape(p.key)).join("|")})\\b`, "g") : null,
    enumValues: parameters.flatMap((p) =>
      p.type === "enum"
        ? p.values
            .filter((v) => typeof v.value === "string")
            .map((v) => ({
              spec: p,
              value: String(v.value),
              afterDefault: new RegExp(`(既定値|default) ${escape(String(v.value))}\\b`, "g"),
            }))
        : [],
    ),
  };
  patterns.set(parameters, built);
  return built;
}

/**
 * Text written for engineers (an interpretation naming `hikariCollaboration`, `corporate: false` or
 * "default invoice") with every parameter named by its label and every value by its value label:
 * "「光コラボレーションモデル」", "「法人契約」なし", "既定値「請求書」". A key is replaced where it
 * stands as a key (camelCase, in parentheses, or before `: value`), so the English word a one-word
 * key spells ("corporate") is left alone.
 */
export function withParameterLabels(text: Text, parameters: readonly ParameterSpec[]): Text {
  const { byKey, specOf, pair, inParens, bare, enumValues } = patternsFor(parameters);
  const render = (lang: "ja" | "en"): string => {
    let out = text[lang];
    out = out.replace(pair, (whole, key: string, value: string) => {
      const spec = byKey.get(key);
      if (!spec) return whole;
      const label = quoted(lang, spec.label[lang]);
      const value_ = valueText(specOf(key), value)[lang];
      if (spec.type === "boolean") return `${label}${lang === "ja" ? "" : " "}${value_}`;
      return `${label}: ${value_}`;
    });
    out = out.replace(inParens, (whole, key: string) => {
      const spec = byKey.get(key);
      return spec ? `${whole[0]}${quoted(lang, spec.label[lang])}${whole[whole.length - 1]}` : whole;
    });
    if (bare)
      out = out.replace(bare, (whole, key: string) => {
        const spec = byKey.get(key);
        return spec ? quoted(lang, spec.label[lang]) : whole;
      });
    for (const { spec, value, afterDefault } of enumValues) {
      const label = quoted(lang, valueText(spec, value)[lang]);
      out = out.replace(afterDefault, (_w, word: string) => (lang === "ja" ? `${word}${label}` : `${word} ${label}`));
    }
    return out;
  };
  return { ja: render("ja"), en: render("en") };
}
