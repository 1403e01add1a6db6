import {
  estimateFees,
  loadService,
  quoteEarliestEnd,
  type ServiceDefinition,
  type Text,
} from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { findContracts, type ContractRecord } from "../contracts/contracts.repository.js";
import { engineInputFor } from "../contracts/engine-input.js";
import { definitionWithDraft, getVersion, type VersionRecord } from "./drafts.service.js";
import type { ImpactReportType } from "./legal.type.js";

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

export interface ImpactReport {
  versionId: string;
  serviceId: string;
  effectiveFrom: string;
  contracts: number;
  affected: number;
  rows: ImpactRow[];
}

function keyOutputs(service: ServiceDefinition, contract: ContractRecord, asOf: string) {
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

/**
 * Before publishing: for every active contract of the service, the monthly fee, the earliest end
 * date with its notice deadline, and the early-termination charge under the version in force and
 * under the draft, both as of the draft's effective date.
 */
export async function impactOfDraft(ctx: ApiContext, draft: VersionRecord): Promise<ImpactReport> {
  const current = ctx.services.get(draft.serviceId);
  const next = loadService(await definitionWithDraft(ctx, draft));
  const asOf = draft.effectiveFrom;
  const contracts = await findContracts(ctx.db, { serviceId: draft.serviceId, status: "active" });
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
      changed: JSON.stringify(b) !== JSON.stringify(a),
    });
  }
  rows.sort((x, y) => x.contractNumber.localeCompare(y.contractNumber));
  return {
    versionId: draft.id,
    serviceId: draft.serviceId,
    effectiveFrom: asOf,
    contracts: rows.length,
    affected: rows.filter((r) => r.changed).length,
    rows,
  };
}

/** What publishing a draft would change, in the request's language (GraphQL and the portal). */
export async function impactAnalysis(ctx: ApiContext, versionId: string): Promise<ImpactReportType> {
  const report = await impactOfDraft(ctx, await getVersion(ctx, versionId));
  return {
    ...report,
    rows: report.rows.map((r) => ({
      ...r,
      organizationName: ctx.lang === "ja" ? r.organizationName : r.organizationNameEn,
      errorAfter: r.errorAfter?.[ctx.lang] ?? null,
    })),
  };
}

/** The impact analysis as CSV, in the request's language. */
export async function impactAnalysisCsv(ctx: ApiContext, versionId: string): Promise<string> {
  return impactCsv(await impactOfDraft(ctx, await getVersion(ctx, versionId)), ctx.lang);
}

/**
 * One CSV cell. A cell starting with = + - @ (or a tab or carriage return) is a formula to
 * spreadsheet software: it is prefixed with an apostrophe so that it is shown, never evaluated
 * (OWASP, CSV injection). Customer names come from customers.
 */
export const csvCell = (value: string | null) => {
  const raw = value ?? "";
  const s = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The impact report as CSV (UTF-8 with BOM, so spreadsheet software reads the Japanese names). */
export function impactCsv(report: ImpactReport, lang: "ja" | "en"): string {
  const header =
    lang === "ja"
      ? ["契約番号", "お客さま", "月額（現行）", "月額（改定後）", "最短解約日（現行）", "最短解約日（改定後）", "通知期限（現行）", "通知期限（改定後）", "中途解約金（現行）", "中途解約金（改定後）", "変化", "エラー"]
      : ["contract", "customer", "monthly (current)", "monthly (new)", "earliest end (current)", "earliest end (new)", "notice by (current)", "notice by (new)", "early termination (current)", "early termination (new)", "changed", "error"];
  const lines = report.rows.map((r) =>
    [
      r.contractNumber,
      lang === "ja" ? r.organizationName : r.organizationNameEn,
      r.monthlyBefore,
      r.monthlyAfter,
      r.earliestEndBefore,
      r.earliestEndAfter,
      r.noticeDeadlineBefore,
      r.noticeDeadlineAfter,
      r.earlyTerminationBefore,
      r.earlyTerminationAfter,
      r.changed ? "yes" : "no",
      r.errorAfter?.[lang] ?? null,
    ]
      .map(csvCell)
      .join(","),
  );
  return `\uFEFF${[header.join(","), ...lines].join("\r\n")}\r\n`;
}
