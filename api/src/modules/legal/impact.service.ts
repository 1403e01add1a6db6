import { randomUUID } from "node:crypto";
import diagnostics from "node:diagnostics_channel";
import { performance } from "node:perf_hooks";
import { loadService } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { requireRole } from "../auth/viewer.js";
import {
  type ImpactContract,
  contractsForImpact,
  contractsPerOrganization,
  organizationNames,
} from "../contracts/contracts.repository.js";
import { definitionWithDraft, getVersion, type VersionRecord } from "./drafts.service.js";
import type { ImpactOutcome, ImpactRow } from "./impact.compute.js";
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
 * Where an analysis's time goes, per batch and in total, published on this diagnostics channel
 * (node:diagnostics_channel; nothing is measured for nobody: the benchmark subscribes).
 * Milliseconds: `read` the server's thread waited for the batch (database and row mapping), `send`
 * it spent handing the batch to the pool, `queued` the batch waited for a free worker, `compute`
 * the worker's engine time, `returned` from the worker's end to the server's thread taking the
 * answer, `assemble` the server's thread building the rows.
 */
export const IMPACT_STAGES_CHANNEL = "yakkan:impact-analysis";
const stagesChannel = diagnostics.channel(IMPACT_STAGES_CHANNEL);

export interface ImpactBatchStages {
  kind: "batch";
  contracts: number;
  read: number;
  send: number;
  queued: number;
  compute: number;
  returned: number;
  assemble: number;
  /** When the batch's rows were ready, from the start of the analysis. */
  doneAt: number;
}

export interface ImpactStages {
  kind: "analysis";
  contracts: number;
  batches: number;
  wall: number;
  /** When the last batch had been read, from the start of the analysis. */
  lastReadAt: number;
  /** Contracts the engine computed (the others had the same inputs as one computed before). */
  computed: number;
  totals: Omit<ImpactBatchStages, "kind" | "contracts" | "doneAt">;
}

interface OrganizationNames {
  name: string;
  nameEn: string;
}

const now = () => performance.timeOrigin + performance.now();

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
  // The total counts the contracts of organisations the viewer can see (their names are read now).
  const perOrganization = await contractsPerOrganization(ctx.db, filter);
  const names = new Map<string, OrganizationNames>();
  await learnNames(ctx, perOrganization, names);
  const total = perOrganization.reduce((n, o) => n + (names.has(o.organizationId) ? o.contracts : 0), 0);
  const run = impactRunner(randomUUID(), current, next, asOf);
  const progress = { done: 0, total };
  onProgress?.({ ...progress });
  const measure = stagesChannel.hasSubscribers;
  const t0 = now();
  const totals = { read: 0, send: 0, queued: 0, compute: 0, returned: 0, assemble: 0 };
  let computed = 0;
  let lastReadAt = 0;
  const batches: Promise<ImpactRow[]>[] = [];
  let after: string | undefined;
  for (;;) {
    const r0 = now();
    const read = await contractsForImpact(ctx.db, { ...filter, after }, IMPACT_BATCH);
    const lastOfBatch = read.at(-1);
    if (!lastOfBatch) break;
    after = lastOfBatch.contractNumber;
    await learnNames(ctx, read, names);
    // Contracts ended before the date are left out, and any whose organisation is not visible.
    const contracts: { contract: ImpactContract; organization: OrganizationNames }[] = [];
    for (const contract of read) {
      const organization = names.get(contract.organizationId);
      if (organization && !(contract.endDate && contract.endDate < asOf)) contracts.push({ contract, organization });
    }
    const r1 = now();
    const pending = run({
      parameters: contracts.map((c) => c.contract.parametersJson),
      startDates: contracts.map((c) => c.contract.startDate),
      monthlyFees: contracts.map((c) => c.contract.monthlyFee),
    });
    const r2 = now();
    lastReadAt = r1 - t0;
    batches.push(
      pending.then(({ answer, startedAt, computeMs }) => {
        const a0 = now();
        const rows = contracts.map(({ contract, organization }, i) => {
          const outcome = answer.outcomes[answer.outcomeOf[i] ?? answer.outcomes.length];
          if (!outcome) throw new Error("The impact engine answered fewer contracts than it was given.");
          return rowOf(contract, organization, outcome);
        });
        progress.done = Math.min(total, progress.done + read.length);
        onProgress?.({ ...progress });
        if (measure) {
          const a1 = now();
          const stages: ImpactBatchStages = {
            kind: "batch",
            contracts: contracts.length,
            read: r1 - r0,
            send: r2 - r1,
            queued: Math.max(0, startedAt - r2),
            compute: computeMs,
            returned: Math.max(0, a0 - startedAt - computeMs),
            assemble: a1 - a0,
            doneAt: a1 - t0,
          };
          for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += stages[k];
          computed += answer.computed;
          stagesChannel.publish(stages);
        }
        return rows;
      }),
    );
    if (read.length < IMPACT_BATCH) break;
  }
  // Batches arrive in contract-number order (the keyset), so the rows need no sort.
  const rows = (await Promise.all(batches)).flat();
  if (measure) {
    const analysis: ImpactStages = {
      kind: "analysis",
      contracts: rows.length,
      batches: batches.length,
      wall: now() - t0,
      lastReadAt,
      computed,
      totals,
    };
    stagesChannel.publish(analysis);
  }
  return {
    versionId: draft.id,
    serviceId: draft.serviceId,
    effectiveFrom: asOf,
    contracts: rows.length,
    affected: rows.reduce((n, r) => n + (r.changed ? 1 : 0), 0),
    rows,
  };
}

/** A contract's row of the report: what it is, and the engine's outcome for it. */
const rowOf = (
  c: ImpactContract,
  organization: OrganizationNames,
  { before: b, after: a, errorAfter, changed }: ImpactOutcome,
): ImpactRow => ({
  contractId: c.id,
  contractNumber: c.contractNumber,
  organizationId: c.organizationId,
  organizationName: organization.name,
  organizationNameEn: organization.nameEn,
  monthlyBefore: b?.monthly ?? null,
  monthlyAfter: a?.monthly ?? null,
  earliestEndBefore: b?.earliestEnd ?? null,
  earliestEndAfter: a?.earliestEnd ?? null,
  noticeDeadlineBefore: b?.noticeDeadline ?? null,
  noticeDeadlineAfter: a?.noticeDeadline ?? null,
  earlyTerminationBefore: b?.earlyTermination ?? null,
  earlyTerminationAfter: a?.earlyTermination ?? null,
  errorAfter,
  changed,
});

/**
 * The names of a batch's organisations, looked up once per organisation and analysis (not joined
 * per row). A contract whose organisation the viewer cannot see is left out, as a join would.
 */
async function learnNames(
  ctx: ApiContext,
  contracts: readonly { organizationId: string }[],
  names: Map<string, OrganizationNames>,
): Promise<void> {
  const missing = new Set<string>();
  for (const c of contracts) if (!names.has(c.organizationId)) missing.add(c.organizationId);
  if (missing.size === 0) return;
  for (const o of await organizationNames(ctx.db, [...missing])) names.set(o.id, o);
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
