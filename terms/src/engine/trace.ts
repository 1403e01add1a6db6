import type { BillingRule, Citation, Duration, IsoDate, Interpretation, TermsBody, Text } from "../dsl/index.js";
import { withParameterLabels } from "./parameter-words.js";

/**
 * Explanations as data. Every engine step returns one trace entry: which rule it applied (a stable
 * id), the inputs it read, the output it produced, the clauses it applied (each clause once) and
 * the interpretations or assumptions it relied on. Sentences are rendered from entries by one
 * verbaliser (`verbalise.ts`), in Japanese or English, only when a reader asks for them: the engine
 * itself never builds prose. Amounts are yen strings and dates ISO strings, so a trace is plain
 * JSON (requests store it with their quote).
 */

/** An interpretation (a choice where the sources are ambiguous) or an assumption (a fact the sources do not give). */
export interface TraceNote {
  kind: "interpretation" | "assumption";
  text: Text;
  citations: readonly Citation[];
}

/** A term limit or the days off counted over, as a step shows them. */
export interface DayOffView {
  date: IsoDate;
  reason: Text;
}

/** Inputs and output of each rule, by rule id. */
export interface RuleShapes {
  /** The terms version in force on the date that decides it. */
  "terms.version": { inputs: { asOf: IsoDate }; output: { version: string; effectiveFrom: IsoDate } };

  "fees.item": {
    inputs: {
      label: Text;
      requested: number | null;
      priced: number | null;
      blockSize: number | null;
      unitPrice: string | null;
      multipliers: { factor: number; note: Text }[];
      waiver: Text | null;
      fromBillingMonth: number | null;
      note: Text | null;
    };
    output: { amount: string };
  };
  "fees.unpriced": { inputs: { label: Text }; output: null };
  "fees.totals": { inputs: { taxRate: string }; output: { monthly: string; initial: string } };

  "order.deadline": { inputs: { label: Text; before: Duration; desiredStartDate: IsoDate }; output: { date: IsoDate } };
  "order.earliestDeadline": { inputs: { count: number }; output: { date: IsoDate } };
  "order.note": { inputs: { text: Text }; output: null };
  "order.serviceStart": {
    inputs: { mode: BillingRule["serviceStart"]; desiredStartDate: IsoDate };
    output: { date: IsoDate | null };
  };
  "order.target": { inputs: { label: Text; duration: Duration }; output: null };

  "cancellation.monthlyFee": {
    inputs: { source: "contract" | "table" | "unpublished" | "waived"; waiver: Text | null };
    output: { monthly: string | null };
  };
  "limits.maximum": { inputs: { label: Text; duration: Duration; startDate: IsoDate }; output: { endDate: IsoDate } };
  "limits.maximumCap": {
    inputs: { desiredEndDate: IsoDate; maximumTermEndDate: IsoDate };
    output: { endDate: IsoDate };
  };
  "cancellation.endOfMonth": { inputs: { desiredEndDate: IsoDate }; output: { endDate: IsoDate } };
  "cancellation.notice": {
    inputs: { notice: Duration; endDate: IsoDate; noticeDate: IsoDate; lastBusinessDay: IsoDate | null };
    output: { latestNoticeDate: IsoDate; inTime: boolean };
  };
  "cancellation.daysOff": { inputs: { calendar: Text; days: DayOffView[] }; output: null };
  "cancellation.moveEnd": { inputs: { noticeDate: IsoDate; desiredEndDate: IsoDate }; output: { endDate: IsoDate } };
  "cancellation.confirmation": {
    inputs: { recorded: boolean; noticeDate: IsoDate };
    output: { confirmationDate: IsoDate };
  };
  "cancellation.afterConfirmation": {
    inputs: { desiredEndDate: IsoDate; confirmationDate: IsoDate; businessDays: number | null };
    output: { endDate: IsoDate };
  };
  "cancellation.lateStands": {
    inputs: { desiredEndDate: IsoDate; confirmationDate: IsoDate };
    output: { endDate: IsoDate };
  };
  "billing.lastBilledDay": {
    inputs: { endDate: IsoDate; startDate: IsoDate };
    output: { lastBilledDate: IsoDate; sameDay: boolean };
  };
  "billing.finalMonth": {
    inputs: { from: IsoDate; to: IsoDate; days: number; daysInMonth: number; monthly: string; prorated: boolean };
    output: { amount: string };
  };
  "limits.minimum": { inputs: { label: Text; duration: Duration; startDate: IsoDate }; output: { endDate: IsoDate } };
  "limits.earlyTermination": {
    inputs: { endDate: IsoDate; months: number; monthly: string | null };
    output: { amount: string | null };
  };
  "cancellation.lateNoticeCharge": {
    inputs: { month: string; months: number; monthly: string };
    output: { amount: string };
  };
  "cancellation.duty": { inputs: { text: Text }; output: null };
  "cancellation.totals": {
    inputs: { taxRate: string };
    output: { total: string; oneOffTotal: string; finalMonthFee: string; totalWithTax: string };
  };

  "change.none": { inputs: Record<string, never>; output: null };
  "change.noRule": { inputs: { label: Text }; output: null };
  "change.forbidden": { inputs: { label: Text; from: string; to: string; reason: Text }; output: null };
  "change.item": { inputs: { label: Text; from: string; to: string }; output: null };
  "change.prorated": {
    inputs: { monthlyBefore: string; monthlyAfter: string; daysBefore: number; daysFrom: number; daysInMonth: number };
    output: { amount: string };
  };
  "change.fromFirst": { inputs: { month: string; monthlyAfter: string }; output: { amount: string } };
  "change.notProrated": { inputs: Record<string, never>; output: { amount: string } };
  "change.minimumNotRestarted": { inputs: { label: Text }; output: null };

  "interest.dueDate": { inputs: { dueDate: IsoDate; calendar: Text }; output: { dueDate: IsoDate } };
  "interest.paidInTime": { inputs: { dueDate: IsoDate; paidDate: IsoDate }; output: { interest: string } };
  "interest.grace": { inputs: { graceDays: number; daysLate: number }; output: { interest: string } };
  "interest.computed": {
    inputs: { principal: string; annualRate: string; from: IsoDate; to: IsoDate; days: number; dayCountBasis: number };
    output: { interest: string };
  };

  "credit.none": { inputs: Record<string, never>; output: { credit: string } };
  "credit.customerFault": { inputs: Record<string, never>; output: { credit: string } };
  "credit.computed": {
    inputs: {
      monthlyFee: string;
      outageHours: number;
      periodHours: number;
      byMonth: { month: string; days: number; daysInMonth: number }[];
    };
    output: { creditedDays: number; credit: string };
  };

  "permission.unknown": { inputs: { operation: string }; output: null };
  "permission.mode": { inputs: { label: Text; mode: "self-service" | "request" | "not-allowed" }; output: null };
  "permission.note": { inputs: { text: Text }; output: null };

  "surcharge.computed": {
    inputs: { evaded: string; multiple: number; taxOnSurcharge: boolean };
    output: { base: string; surcharge: string; totalDue: string };
  };

  "plan.options": {
    inputs: { noticeDate: IsoDate; months: number; endOfMonthOnly: boolean };
    output: { count: number; earliest: IsoDate | null };
  };
  "plan.withoutEarlyTermination": {
    inputs: { minimumTermEndDate: IsoDate | null };
    output: { endDate: IsoDate | null; latestNoticeDate: IsoDate | null };
  };
  "plan.cheapest": { inputs: Record<string, never>; output: { endDate: IsoDate | null; oneOffTotal: string | null } };
}

export type RuleId = keyof RuleShapes;

const RULE_ID_SET: Record<RuleId, true> = {
  "terms.version": true,
  "fees.item": true,
  "fees.unpriced": true,
  "fees.totals": true,
  "order.deadline": true,
  "order.earliestDeadline": true,
  "order.note": true,
  "order.serviceStart": true,
  "order.target": true,
  "cancellation.monthlyFee": true,
  "limits.maximum": true,
  "limits.maximumCap": true,
  "cancellation.endOfMonth": true,
  "cancellation.notice": true,
  "cancellation.daysOff": true,
  "cancellation.moveEnd": true,
  "cancellation.confirmation": true,
  "cancellation.afterConfirmation": true,
  "cancellation.lateStands": true,
  "billing.lastBilledDay": true,
  "billing.finalMonth": true,
  "limits.minimum": true,
  "limits.earlyTermination": true,
  "cancellation.lateNoticeCharge": true,
  "cancellation.duty": true,
  "cancellation.totals": true,
  "change.none": true,
  "change.noRule": true,
  "change.forbidden": true,
  "change.item": true,
  "change.prorated": true,
  "change.fromFirst": true,
  "change.notProrated": true,
  "change.minimumNotRestarted": true,
  "interest.dueDate": true,
  "interest.paidInTime": true,
  "interest.grace": true,
  "interest.computed": true,
  "credit.none": true,
  "credit.customerFault": true,
  "credit.computed": true,
  "permission.unknown": true,
  "permission.mode": true,
  "permission.note": true,
  "surcharge.computed": true,
  "plan.options": true,
  "plan.withoutEarlyTermination": true,
  "plan.cheapest": true,
};

/** Every rule id the engine can emit (interpretations name them in `rules`). */
export const RULE_IDS: readonly RuleId[] = Object.keys(RULE_ID_SET) as RuleId[];

/** One step of a result: a discriminated union over the rule ids, so the verbaliser is exhaustive. */
export type TraceEntry = {
  [R in RuleId]: {
    rule: R;
    inputs: RuleShapes[R]["inputs"];
    output: RuleShapes[R]["output"];
    citations: readonly Citation[];
    notes: readonly TraceNote[];
  };
}[RuleId];

export type Trace = TraceEntry[];

const NO_NOTES: readonly TraceNote[] = Object.freeze([]);

/** Builds an entry; `citations` should come from `citationsOf` (deduplicated, cached). */
export function entry<R extends RuleId>(
  rule: R,
  inputs: RuleShapes[R]["inputs"],
  output: RuleShapes[R]["output"],
  citations: readonly Citation[],
  notes: readonly TraceNote[] = NO_NOTES,
): TraceEntry {
  return { rule, inputs, output, citations, notes } as TraceEntry;
}

// Citations, each clause once per step. Lists come from terms data (immutable once loaded), so the
// deduplicated list for a combination of lists is computed once and shared: a trie keyed by the
// lists' identities.
interface CitationNode {
  next: WeakMap<readonly Citation[], CitationNode>;
  value?: readonly Citation[];
}

function dedupe(
  lists: readonly (readonly Citation[] | undefined)[],
  key: (c: Citation) => string,
): readonly Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const list of lists) {
    for (const c of list ?? []) {
      const k = key(c);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(c);
    }
  }
  return Object.freeze(out);
}

function cached(
  root: CitationNode,
  lists: readonly (readonly Citation[] | undefined)[],
  key: (c: Citation) => string,
): readonly Citation[] {
  let node = root;
  for (const list of lists) {
    if (!list || list.length === 0) continue;
    let next = node.next.get(list);
    if (!next) {
      next = { next: new WeakMap() };
      node.next.set(list, next);
    }
    node = next;
  }
  node.value ??= dedupe(lists, key);
  return node.value;
}

const byClause: CitationNode = { next: new WeakMap() };
const byQuote: CitationNode = { next: new WeakMap() };

/** The clauses of several citation lists, each (document, clause) once, in first-seen order: a step's citations. */
export function citationsOf(...lists: (readonly Citation[] | undefined)[]): readonly Citation[] {
  return cached(byClause, lists, (c) => `${c.document}\u0000${c.clause}`);
}

/** Every distinct quote of several lists (a charge line shows each quote it rests on). */
export function quotesOf(...lists: (readonly Citation[] | undefined)[]): readonly Citation[] {
  return cached(byQuote, lists, (c) => `${c.document}\u0000${c.clause}\u0000${c.text ?? ""}`);
}

/** Interpretations of a terms version that name the rules they apply to, by rule id (built once). */
const notesByTerms = new WeakMap<TermsBody, Map<string, TraceNote[]>>();

/** An interpretation as a step's note, its parameters named by their labels (never by their keys). */
function interpretationNote(i: Interpretation, terms: TermsBody): TraceNote {
  return {
    kind: "interpretation",
    text: withParameterLabels(i.text, terms.parameters),
    citations: citationsOf(i.cite),
  };
}

/** The recorded interpretations a rule relies on (`interpretations[].rules` in the data). */
export function interpretationsFor(terms: TermsBody, rule: RuleId): readonly TraceNote[] {
  let byRule = notesByTerms.get(terms);
  if (!byRule) {
    byRule = new Map();
    for (const i of terms.interpretations) {
      for (const r of i.rules ?? []) {
        const list = byRule.get(r) ?? [];
        list.push(interpretationNote(i, terms));
        byRule.set(r, list);
      }
    }
    notesByTerms.set(terms, byRule);
  }
  return byRule.get(rule) ?? NO_NOTES;
}

/** Notes of a step: the recorded interpretations for its rule plus those the step itself adds. */
export function notesFor(
  terms: TermsBody,
  rule: RuleId,
  ...extra: (TraceNote | null | undefined)[]
): readonly TraceNote[] {
  const recorded = interpretationsFor(terms, rule);
  const added = extra.filter((n): n is TraceNote => n !== null && n !== undefined);
  if (added.length === 0) return recorded;
  return [...recorded, ...added];
}

export const assumption = (text: Text | undefined, citations: readonly Citation[]): TraceNote | null =>
  text ? { kind: "assumption", text, citations } : null;

export const interpretation = (text: Text | undefined, citations: readonly Citation[]): TraceNote | null =>
  text ? { kind: "interpretation", text, citations } : null;
