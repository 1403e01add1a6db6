import type { Scalar, Text, Yen } from "./common.js";
import type { Condition } from "./condition.js";
import type { Duration } from "./duration.js";
import type { PriceRule } from "./fees.js";
import type { TermsBody } from "./service.js";

// The one traversal of the DSL. Where each kind of node sits in a terms body (prices, durations,
// conditions, references by id) is written here once; the linter, the semantic diff, the legal
// editor's fields and pricing read terms through it. Each closed set has one handler per member,
// checked by TypeScript: a price type or a block added to the schemas does not compile until every
// reader says what it does with it.

/** Where a node sits inside a terms body: property names and array indexes. */
export type Path = readonly (string | number)[];

/** A path as people read it: `fees[2].price.cases[0]`. */
export function pathText(path: Path): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Price rules

export type PriceType = PriceRule["type"];
export type PriceRuleOf<K extends PriceType> = Extract<PriceRule, { type: K }>;

/** One handler per price type, each given its own variant of the rule and a context. */
export type PriceHandlers<R, C> = { readonly [K in PriceType]: (rule: PriceRuleOf<K>, context: C) => R };

/** Calls the handler for the rule's type (the one dispatch on price types). */
export function matchPrice<R, C>(rule: PriceRule, handlers: PriceHandlers<R, C>, context: C): R {
  return (handlers[rule.type] as (rule: PriceRule, context: C) => R)(rule, context);
}

/** What tells one amount of a price rule from its siblings. */
export type PriceQualifier =
  /** Inside the case `index` of a `cases` rule; `tag` names it: the values its `when` tests, or `#n`. */
  | { kind: "case"; index: number; tag: string }
  /** The row of a `table` for one value of its parameter. */
  | { kind: "row"; param: string; value: Scalar }
  /** One band of a `bands` table (`to` null: no upper bound). */
  | { kind: "band"; from: number; to: number | null }
  /** A `metered` rule's price per unit of use, or its monthly cap. */
  | { kind: "unitPrice" }
  | { kind: "monthlyCap" };

/** One amount a price rule states (or the place it states none), with where it sits. */
export interface PriceLeaf {
  /** From the rule to the amount's field (`["cases", 0, "price", "bands", 2, "unitPriceYen"]`); to the rule itself when unpriced. */
  path: Path;
  /** The same leaf in another version of the item has the same key (`case0:band:1001-3000`). */
  key: string;
  qualifiers: PriceQualifier[];
  /** Yen as written, or null where the terms publish no price. */
  amountYen: Yen | null;
}

/** The name of a price case: the values its condition tests (`core/complete`), else its position. */
export function caseTag(when: Condition | undefined, index: number): string {
  return when && "param" in when && "in" in when ? when.in.map(String).join("/") : `#${index + 1}`;
}

interface LeafContext {
  path: Path;
  key: string;
  qualifiers: PriceQualifier[];
  out: PriceLeaf[];
}

const leaf = (c: LeafContext, field: string | null, key: string, amountYen: Yen | null, qualifier?: PriceQualifier) =>
  c.out.push({
    path: field === null ? c.path : [...c.path, field],
    key,
    qualifiers: qualifier ? [...c.qualifiers, qualifier] : c.qualifiers,
    amountYen,
  });

const LEAVES: PriceHandlers<void, LeafContext> = {
  fixed: (rule, c) => leaf(c, "amountYen", c.key || "fixed", rule.amountYen),
  unpriced: (_rule, c) => leaf(c, null, c.key || "unpriced", null),
  metered: (rule, c) => {
    leaf(c, "unitPriceYen", `${c.key}unit`, rule.unitPriceYen, { kind: "unitPrice" });
    if (rule.monthlyCapYen !== undefined)
      leaf(c, "monthlyCapYen", `${c.key}cap`, rule.monthlyCapYen, { kind: "monthlyCap" });
  },
  table: (rule, c) =>
    rule.rows.forEach((row, i) =>
      c.out.push({
        path: [...c.path, "rows", i, "amountYen"],
        key: `${c.key}${rule.param}=${String(row.value)}`,
        qualifiers: [...c.qualifiers, { kind: "row", param: rule.param, value: row.value }],
        amountYen: row.amountYen,
      }),
    ),
  bands: (rule, c) =>
    rule.bands.forEach((band, i) =>
      c.out.push({
        path: [...c.path, "bands", i, "unitPriceYen"],
        key: `${c.key}band:${band.from}-${band.to}`,
        qualifiers: [...c.qualifiers, { kind: "band", from: band.from, to: band.to }],
        amountYen: band.unitPriceYen,
      }),
    ),
  cases: (rule, c) =>
    rule.cases.forEach((option, i) =>
      matchPrice(option.price, LEAVES, {
        path: [...c.path, "cases", i, "price"],
        key: `${c.key}case${i}:`,
        qualifiers: [...c.qualifiers, { kind: "case", index: i, tag: caseTag(option.when, i) }],
        out: c.out,
      }),
    ),
};

/** Every amount a price rule states, through its cases, in order. */
export function priceLeaves(rule: PriceRule): PriceLeaf[] {
  const out: PriceLeaf[] = [];
  matchPrice(rule, LEAVES, { path: [], key: "", qualifiers: [], out });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Terms bodies

/** A reference by id from one part of the terms to another. */
export type Reference =
  /** A configuration key; `integer`: it must be an integer parameter (a quantity). */
  | { to: "parameter"; key: string; integer?: boolean }
  | { to: "fee"; code: string }
  | { to: "calendar"; id: string }
  | { to: "party"; id: string }
  /** An engine rule id (`billing.finalMonth`), for interpretations attached to steps. */
  | { to: "rule"; id: string };

/** What a traversal reports; every callback is optional and gets the node's path. */
export interface TermsVisitor {
  /** Every price rule: a fee item's price or a permission's fee, and each case's price inside it. */
  price?(rule: PriceRule, at: Path): void;
  /** Every duration (notice periods, lead times, targets, term limits), with its label where the data gives one. */
  duration?(duration: Duration, at: Path, label: Text | undefined): void;
  /** Every condition: over the configuration, or over the configurations before and after a change (`before.<key>`, `after.<key>`). */
  condition?(condition: Condition, at: Path, over: "configuration" | "change"): void;
  reference?(reference: Reference, at: Path): void;
}

type Walk<T> = (node: T, at: Path, v: TermsVisitor) => void;

const walkPrice: Walk<PriceRule> = (rule, at, v) => {
  v.price?.(rule, at);
  if (rule.type === "table") v.reference?.({ to: "parameter", key: rule.param }, [...at, "param"]);
  if (rule.type !== "cases") return;
  rule.cases.forEach((option, i) => {
    if (option.when) v.condition?.(option.when, [...at, "cases", i, "when"], "configuration");
    walkPrice(option.price, [...at, "cases", i, "price"], v);
  });
};

const walkDuration = (d: Duration, at: Path, v: TermsVisitor, label?: Text) => {
  v.duration?.(d, at, label);
  if (d.calendar !== undefined) v.reference?.({ to: "calendar", id: d.calendar }, [...at, "calendar"]);
};

const when = (c: Condition | undefined, at: Path, v: TermsVisitor) => {
  if (c) v.condition?.(c, at, "configuration");
};

const nothing = () => undefined;

/**
 * How to walk each block of a terms body: one entry per key of `TermsBody` (the compiler insists),
 * saying where its prices, durations, conditions and references are. Blocks that hold none say so.
 */
const BLOCKS: { readonly [K in keyof TermsBody]-?: Walk<TermsBody[K]> } = {
  calendars: nothing,
  parameters: (parameters, at, v) =>
    parameters.forEach((p, i) => {
      when(p.appliesWhen, [...at, i, "appliesWhen"], v);
      p.rules.forEach((r, ri) => when(r.when, [...at, i, "rules", ri, "when"], v));
    }),
  fees: (fees, at, v) =>
    fees.forEach((f, i) => {
      when(f.when, [...at, i, "when"], v);
      f.multipliers?.forEach((m, mi) => when(m.when, [...at, i, "multipliers", mi, "when"], v));
      f.waivers?.forEach((w, wi) => when(w.when, [...at, i, "waivers", wi, "when"], v));
      if (f.quantity)
        v.reference?.({ to: "parameter", key: f.quantity.param, integer: true }, [...at, i, "quantity", "param"]);
      walkPrice(f.price, [...at, i, "price"], v);
    }),
  tax: nothing,
  rounding: nothing,
  billing: nothing,
  order: (order, at, v) => {
    order.deadlines.forEach((d, i) => {
      walkDuration(d.before, [...at, "deadlines", i, "before"], v, d.label);
      when(d.when, [...at, "deadlines", i, "when"], v);
    });
    order.targets.forEach((t, i) => walkDuration(t.duration, [...at, "targets", i, "duration"], v, t.label));
  },
  cancellation: (cancellation, at, v) => {
    walkDuration(cancellation.notice, [...at, "notice"], v);
    if (cancellation.confirmation)
      v.reference?.({ to: "calendar", id: cancellation.confirmation.calendar }, [...at, "confirmation", "calendar"]);
  },
  limits: (limits, at, v) => {
    for (const kind of ["minimum", "maximum"] as const) {
      limits[kind].forEach((l, i) => {
        when(l.when, [...at, kind, i, "when"], v);
        walkDuration(l.duration, [...at, kind, i, "duration"], v, l.label);
      });
    }
  },
  lateInterest: (interest, at, v) => {
    if (interest.dueDateCalendar !== undefined)
      v.reference?.({ to: "calendar", id: interest.dueDateCalendar }, [...at, "dueDateCalendar"]);
  },
  outageCredit: nothing,
  surcharge: nothing,
  parties: nothing,
  responsibilities: (responsibilities, at, v) =>
    responsibilities.forEach((r, i) => v.reference?.({ to: "party", id: r.party }, [...at, i, "party"])),
  permissions: (permissions, at, v) =>
    permissions.forEach((p, i) => {
      if (p.leadTime) walkDuration(p.leadTime, [...at, i, "leadTime"], v, p.label);
      if (p.feeCode !== undefined) v.reference?.({ to: "fee", code: p.feeCode }, [...at, i, "feeCode"]);
      if (p.fee) walkPrice(p.fee, [...at, i, "fee"], v);
    }),
  changeRules: (rules, at, v) =>
    rules.forEach((c, i) => {
      v.reference?.({ to: "parameter", key: c.param }, [...at, i, "param"]);
      if (c.forbiddenWhen) v.condition?.(c.forbiddenWhen, [...at, i, "forbiddenWhen"], "change");
      c.fees.forEach((f, fi) => v.reference?.({ to: "fee", code: f.fee }, [...at, i, "fees", fi, "fee"]));
    }),
  outline: nothing,
  crossReferences: nothing,
  interpretations: (interpretations, at, v) =>
    interpretations.forEach((x, i) =>
      x.rules?.forEach((id, ri) => v.reference?.({ to: "rule", id }, [...at, i, "rules", ri])),
    ),
};

/** The block keys of a terms body, in the order of its schema. */
export const TERMS_BLOCKS = Object.keys(BLOCKS) as (keyof TermsBody)[];

/** Walks every block of a terms body, telling the visitor each node it asks about, in document order. */
export function visitTerms(terms: TermsBody, visitor: TermsVisitor, at: Path = []): void {
  for (const key of TERMS_BLOCKS) (BLOCKS[key] as Walk<unknown>)(terms[key], [...at, key], visitor);
}

/** The parameter tests inside a condition (`{ param, in }` and `{ param, present }`), through all/any/not. */
export function conditionTests(condition: Condition): Extract<Condition, { param: string }>[] {
  if ("all" in condition) return condition.all.flatMap(conditionTests);
  if ("any" in condition) return condition.any.flatMap(conditionTests);
  if ("not" in condition) return conditionTests(condition.not);
  return [condition];
}
