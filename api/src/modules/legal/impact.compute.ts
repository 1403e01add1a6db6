import { estimateFees, quoteEarliestEnd, type ServiceDefinition, type Text } from "@yakkan/terms";
import { engineInputFor } from "../contracts/engine-input.js";

/**
 * The engine's part of the impact analysis, pure: the same function runs in the server's thread
 * (tests, development from sources) and in the worker pool (impact.pool.ts).
 */

/** What one contract's key outputs are under the version in force and under the draft. */
export interface ImpactRow {
  contractId: string;
  contractNumber: string;
  organizationId: string;
  organizationName: string;
  organizationNameEn: string;
  monthlyBefore: string | null;
  monthlyAfter: string | null;
  earliestEndBefore: string | null;
  earliestEndAfter: string | null;
  noticeDeadlineBefore: string | null;
  noticeDeadlineAfter: string | null;
  earlyTerminationBefore: string | null;
  earlyTerminationAfter: string | null;
  /** Where the new version cannot compute the contract at all (e.g. its configuration is no longer valid). */
  errorAfter: Text | null;
  changed: boolean;
}

/**
 * One batch as the engine gets it: only the engine's inputs, column by column — three arrays of
 * strings are what a worker thread receives (a structured clone of strings is a copy; of 2,000
 * objects it is 2,000 objects' keys and values). The parameters are the stored jsonb as text:
 * PostgreSQL writes jsonb in one canonical form, so equal configurations are equal strings.
 */
export interface ImpactBatch {
  parameters: string[];
  startDates: string[];
  monthlyFees: (string | null)[];
}

interface KeyOutputs {
  monthly: string;
  earliestEnd: string;
  noticeDeadline: string;
  earlyTermination: string;
}

/** What the engine says of one contract under both versions. */
export interface ImpactOutcome {
  before: KeyOutputs | null;
  after: KeyOutputs | null;
  errorAfter: Text | null;
  changed: boolean;
}

/** A batch's answer: each distinct outcome once, and for each contract (in order) the index of its outcome. */
export interface ImpactAnswer {
  outcomes: ImpactOutcome[];
  outcomeOf: Uint32Array;
  /** Contracts whose inputs the engine computed (the others had the inputs of one computed before). */
  computed: number;
}

function keyOutputs(
  service: ServiceDefinition,
  parameters: unknown,
  startDate: string,
  monthlyFee: string | null,
  asOf: string,
): KeyOutputs {
  const input = engineInputFor({ parameters, startDate, monthlyFee }, service);
  const fees = monthlyFee ?? estimateFees({ service, parameters: input.parameters, asOf }).monthly;
  const end = quoteEarliestEnd({ ...input, noticeDate: asOf });
  return {
    monthly: fees,
    earliestEnd: end.effectiveEndDate,
    noticeDeadline: end.latestNoticeDate,
    earlyTermination: end.charges.find((c) => c.code === "early-termination")?.amount ?? "0",
  };
}

function attempt<T>(fn: () => T): { value: T | null; error: Text | null } {
  try {
    return { value: fn(), error: null };
  } catch (e) {
    const text = (e as { text?: Text }).text;
    return { value: null, error: text ?? { ja: String(e), en: String(e) } };
  }
}

const same = (a: KeyOutputs | null, b: KeyOutputs | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.monthly === b.monthly &&
    a.earliestEnd === b.earliestEnd &&
    a.noticeDeadline === b.noticeDeadline &&
    a.earlyTermination === b.earlyTermination);

/** Distinct engine inputs remembered per analysis; beyond this the memory starts again (bounded). */
const MEMO_LIMIT = 50_000;

/**
 * The engine of one analysis (two versions, one date): computes a batch's outcomes. The engine is a
 * pure function of the version, the configuration, the start date, the contract's own fee and the
 * date, so contracts with the same inputs have the same outcome: each distinct input is computed
 * once per analysis (many contracts share a plan and a start month) — exact, not an approximation.
 */
export function impactEngine(
  current: ServiceDefinition,
  next: ServiceDefinition,
  asOf: string,
): (batch: ImpactBatch) => ImpactAnswer {
  const known = new Map<string, ImpactOutcome>();
  return (batch) => {
    const outcomes: ImpactOutcome[] = [];
    const indexOf = new Map<ImpactOutcome, number>();
    const outcomeOf = new Uint32Array(batch.parameters.length);
    let computed = 0;
    for (const [i, parametersJson] of batch.parameters.entries()) {
      const startDate = batch.startDates[i] ?? "";
      const monthlyFee = batch.monthlyFees[i] ?? null;
      // PostgreSQL text holds no NUL: the key cannot be ambiguous.
      const key = `${startDate}\u0000${monthlyFee === null ? "-" : `+${monthlyFee}`}\u0000${parametersJson}`;
      let outcome = known.get(key);
      if (!outcome) {
        computed++;
        const parameters: unknown = JSON.parse(parametersJson);
        const before = attempt(() => keyOutputs(current, parameters, startDate, monthlyFee, asOf));
        const after = attempt(() => keyOutputs(next, parameters, startDate, monthlyFee, asOf));
        outcome = {
          before: before.value,
          after: after.value,
          errorAfter: after.error,
          changed: !same(before.value, after.value),
        };
        if (known.size >= MEMO_LIMIT) known.clear();
        known.set(key, outcome);
      }
      let index = indexOf.get(outcome);
      if (index === undefined) {
        index = outcomes.push(outcome) - 1;
        indexOf.set(outcome, index);
      }
      outcomeOf[i] = index;
    }
    return { outcomes, outcomeOf, computed };
  };
}
