import { estimateFees, quoteEarliestEnd, type ServiceDefinition, type Text } from "@yakkan/terms";
import type { ImpactContract } from "../contracts/contracts.repository.js";
import { engineInputFor } from "../contracts/engine-input.js";

/**
 * The engine's part of the impact analysis, pure: the same function runs in the server's thread
 * (tests, development from sources) and in the worker pool (impact.pool.ts).
 */

/** A contract as the analysis computes it: what it reads, with its organisation's names. */
export type ImpactInput = ImpactContract & { organizationName: string; organizationNameEn: string };

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

interface KeyOutputs {
  monthly: string;
  earliestEnd: string;
  noticeDeadline: string;
  earlyTermination: string;
}

function keyOutputs(service: ServiceDefinition, contract: ImpactInput, asOf: string): KeyOutputs {
  const input = engineInputFor(contract, service);
  const fees = contract.monthlyFee ?? estimateFees({ service, parameters: input.parameters, asOf }).monthly;
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

/** The rows of a batch of contracts (those ended before asOf are left out). */
export function impactRows(
  current: ServiceDefinition,
  next: ServiceDefinition,
  contracts: readonly ImpactInput[],
  asOf: string,
): ImpactRow[] {
  const rows: ImpactRow[] = [];
  for (const contract of contracts) {
    if (contract.endDate && contract.endDate < asOf) continue;
    const before = attempt(() => keyOutputs(current, contract, asOf));
    const after = attempt(() => keyOutputs(next, contract, asOf));
    const b = before.value;
    const a = after.value;
    rows.push({
      contractId: contract.id,
      contractNumber: contract.contractNumber,
      organizationId: contract.organizationId,
      organizationName: contract.organizationName,
      organizationNameEn: contract.organizationNameEn,
      monthlyBefore: b?.monthly ?? null,
      monthlyAfter: a?.monthly ?? null,
      earliestEndBefore: b?.earliestEnd ?? null,
      earliestEndAfter: a?.earliestEnd ?? null,
      noticeDeadlineBefore: b?.noticeDeadline ?? null,
      noticeDeadlineAfter: a?.noticeDeadline ?? null,
      earlyTerminationBefore: b?.earlyTermination ?? null,
      earlyTerminationAfter: a?.earlyTermination ?? null,
      errorAfter: after.error,
      changed: !same(b, a),
    });
  }
  return rows;
}
