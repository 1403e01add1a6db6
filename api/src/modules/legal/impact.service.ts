import { randomUUID } from "node:crypto";
import { loadService } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { requireRole } from "../auth/viewer.js";
import {
  type ImpactContract,
  contractsForImpact,
  countContracts,
  organizationNames,
} from "../contracts/contracts.repository.js";
import { definitionWithDraft, getVersion, type VersionRecord } from "./drafts.service.js";
import type { ImpactInput, ImpactRow } from "./impact.compute.js";
import { impactRunner } from "./impact.pool.js";
import type { ImpactReportType } from "./legal.type.js";

export type { ImpactRow } from "./impact.compute.js";

export interface ImpactReport {
  versionId: string;
  serviceId: string;
  effectiveFrom: string;
  contracts: number;
  affected: number;
  rows: ImpactRow[];
}

/** Contracts read per batch (keyset pagination on the contract number) and sent to a worker. */
export const IMPACT_BATCH = 2_000;

/** How far an analysis has come: contracts computed of those to compute. */
export interface ImpactProgress {
  done: number;
  total: number;
}

/** Analyses running in this process, by user and version (what the legal console's progress bar reads). */
const running = new Map<string, ImpactProgress>();
const progressKey = (userId: string, versionId: string) => `${userId}|${versionId}`;

/**
 * Before publishing: for every active contract of the service, the monthly fee, the earliest end
 * date with its notice deadline, and the early-termination charge under the version in force and
 * under the draft, both as of the draft's effective date. Contracts are read in batches by keyset
 * (contract number) and computed in the worker pool while the next batch is read.
 */
export async function impactOfDraft(
  ctx: ApiContext,
  draft: VersionRecord,
  onProgress?: (progress: ImpactProgress) => void,
): Promise<ImpactReport> {
  const current = ctx.services.get(draft.serviceId);
  const next = loadService(await definitionWithDraft(ctx, draft));
  const asOf = draft.effectiveFrom;
  const filter = { serviceId: draft.serviceId, status: "active" as const };
  const total = await countContracts(ctx.db, filter);
  const run = impactRunner(randomUUID(), current, next, asOf);
  const progress = { done: 0, total };
  onProgress?.({ ...progress });
  const batches: Promise<ImpactRow[]>[] = [];
  let after: string | undefined;
  const names = new Map<string, { name: string; nameEn: string }>();
  for (;;) {
    const read = await contractsForImpact(ctx.db, { ...filter, after }, IMPACT_BATCH);
    const lastOfBatch = read.at(-1);
    if (!lastOfBatch) break;
    after = lastOfBatch.contractNumber;
    const contracts = await withNames(ctx, read, names);
    batches.push(
      run(contracts).then((rows) => {
        progress.done = Math.min(total, progress.done + contracts.length);
        onProgress?.({ ...progress });
        return rows;
      }),
    );
    if (read.length < IMPACT_BATCH) break;
  }
  // Batches arrive in contract-number order (the keyset), so the rows need no sort.
  const rows = (await Promise.all(batches)).flat();
  return {
    versionId: draft.id,
    serviceId: draft.serviceId,
    effectiveFrom: asOf,
    contracts: rows.length,
    affected: rows.reduce((n, r) => n + (r.changed ? 1 : 0), 0),
    rows,
  };
}

/**
 * A batch with its organisations' names, looked up once per organisation and analysis (not joined
 * per row). A contract whose organisation the viewer cannot see is left out, as a join would.
 */
async function withNames(
  ctx: ApiContext,
  contracts: readonly ImpactContract[],
  names: Map<string, { name: string; nameEn: string }>,
): Promise<ImpactInput[]> {
  const missing = [...new Set(contracts.map((c) => c.organizationId))].filter((id) => !names.has(id));
  for (const o of await organizationNames(ctx.db, missing)) names.set(o.id, o);
  const out: ImpactInput[] = [];
  for (const c of contracts) {
    const o = names.get(c.organizationId);
    if (o) out.push({ ...c, organizationName: o.name, organizationNameEn: o.nameEn });
  }
  return out;
}

/** Runs an analysis, publishing its progress for the viewer while it runs. */
async function withProgress(ctx: ApiContext, versionId: string): Promise<ImpactReport> {
  const viewer = requireRole(ctx, "legal");
  const draft = await getVersion(ctx, versionId);
  const key = progressKey(viewer.userId, draft.id);
  try {
    return await impactOfDraft(ctx, draft, (p) => running.set(key, p));
  } finally {
    running.delete(key);
  }
}

/**
 * How far the viewer's running analysis of a version has come, or null when none runs in this
 * process (finished, never started, or running in another server process).
 */
export function impactProgress(ctx: ApiContext, versionId: string): ImpactProgress | null {
  const viewer = requireRole(ctx, "legal");
  return running.get(progressKey(viewer.userId, versionId)) ?? null;
}

/** What publishing a draft would change, in the request's language (GraphQL and the portal). */
export async function impactAnalysis(ctx: ApiContext, versionId: string): Promise<ImpactReportType> {
  const report = await withProgress(ctx, versionId);
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
  return impactCsv(await withProgress(ctx, versionId), ctx.lang);
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
      ? [
          "契約番号",
          "お客さま",
          "月額（現行）",
          "月額（改定後）",
          "最短解約日（現行）",
          "最短解約日（改定後）",
          "通知期限（現行）",
          "通知期限（改定後）",
          "中途解約金（現行）",
          "中途解約金（改定後）",
          "変化",
          "エラー",
        ]
      : [
          "contract",
          "customer",
          "monthly (current)",
          "monthly (new)",
          "earliest end (current)",
          "earliest end (new)",
          "notice by (current)",
          "notice by (new)",
          "early termination (current)",
          "early termination (new)",
          "changed",
          "error",
        ];
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
