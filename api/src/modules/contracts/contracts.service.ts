import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { schema } from "@yakkan/db";
import {
  estimateFees,
  planCancellation,
  quoteEarliestEnd,
  tokyoDate,
  type CancellationPlan,
  type CancellationQuote,
  type FeeEstimate,
} from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { isUuid, MAX_LENGTH } from "../../bounds.js";
import { badInput, withAppErrors } from "../../errors.js";
import { isCustomer, notFound, requireViewer } from "../auth/viewer.js";

export type ContractRow = typeof schema.contracts.$inferSelect & { organizationName: string; organizationNameEn: string };

const CONTRACT = { ja: "契約", en: "Contract" };

function contractsQuery(ctx: ApiContext, where: SQL | undefined) {
  return ctx.db
    .select({
      contract: schema.contracts,
      organizationName: schema.organizations.name,
      organizationNameEn: schema.organizations.nameEn,
    })
    .from(schema.contracts)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.contracts.organizationId))
    .where(where);
}

/** Customers see their own organisation's contracts only; staff and legal see all. */
function scope(ctx: ApiContext): SQL | undefined {
  const viewer = requireViewer(ctx);
  return isCustomer(viewer) ? eq(schema.contracts.organizationId, viewer.organizationId) : undefined;
}


/** One contract the viewer may see; another organisation's contract is NOT_FOUND, like a missing one. */
export async function getContract(ctx: ApiContext, id: string): Promise<ContractRow> {
  const visible = scope(ctx);
  if (!isUuid(id)) throw notFound(ctx, CONTRACT);
  const [row] = await contractsQuery(ctx, and(eq(schema.contracts.id, id), visible));
  if (!row) throw notFound(ctx, CONTRACT);
  return { ...row.contract, organizationName: row.organizationName, organizationNameEn: row.organizationNameEn };
}

/** The largest page of contracts one request returns. */
const MAX_PAGE = 200;

export interface ContractPage {
  nodes: ContractRow[];
  /** Pass as `after` for the next page; null on the last page. */
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The viewer's contracts in contract-number order, `first` at a time after the cursor. */
export async function listContracts(ctx: ApiContext, options: { first?: number | null; after?: string | null } = {}): Promise<ContractPage> {
  const issues = [
    ...(options.first !== null && options.first !== undefined && (!Number.isInteger(options.first) || options.first < 1 || options.first > MAX_PAGE)
      ? [{ path: ["first"], message: { ja: `1 から ${MAX_PAGE} までの整数で指定してください`, en: `a whole number from 1 to ${MAX_PAGE}` } }]
      : []),
    ...(options.after && (options.after.length > MAX_LENGTH.key || !/^[\w-]+$/.test(options.after))
      ? [{ path: ["after"], message: { ja: "カーソルの形式が正しくありません", en: "not a cursor from this list (pass endCursor)" } }]
      : []),
  ];
  if (issues.length > 0) throw badInput(ctx.lang, issues);
  const first = options.first ?? 50;
  const rows = await contractsQuery(ctx, and(scope(ctx), options.after ? gt(schema.contracts.contractNumber, options.after) : undefined))
    .orderBy(asc(schema.contracts.contractNumber))
    .limit(first + 1);
  const nodes = rows.slice(0, first).map((r) => ({ ...r.contract, organizationName: r.organizationName, organizationNameEn: r.organizationNameEn }));
  return { nodes, endCursor: nodes.at(-1)?.contractNumber ?? null, hasNextPage: rows.length > first };
}

export type ContractTerms = Pick<ContractRow, "serviceId" | "status" | "parameters" | "startDate" | "monthlyFee">;

export interface ContractOverview {
  /** Fees now under the terms in force today (null when the configuration no longer validates). */
  fees: FeeEstimate | null;
  /** Ending as early as possible with a notice sent today. */
  earliestEnd: CancellationQuote | null;
  /** Every way to end it with a notice sent today, over the next 24 months (the planner). */
  plan: CancellationPlan | null;
}

/** What the terms mean for a contract today: its fees and its earliest possible end. */
export function contractOverview(ctx: ApiContext, contract: ContractTerms): ContractOverview {
  const today = tokyoDate(ctx.now());
  const service = ctx.services.find(contract.serviceId);
  if (!service || contract.status === "ended") return { fees: null, earliestEnd: null, plan: null };
  const attempt = <T>(fn: () => T): T | null => {
    try {
      return withAppErrors(ctx.lang, fn);
    } catch {
      return null;
    }
  };
  return {
    fees: attempt(() => estimateFees({ service, parameters: contract.parameters, asOf: today })),
    earliestEnd: attempt(() =>
      quoteEarliestEnd({
        service,
        parameters: contract.parameters,
        startDate: contract.startDate,
        noticeDate: today,
        monthlyFee: contract.monthlyFee ?? undefined,
      }),
    ),
    plan: attempt(() =>
      planCancellation({
        service,
        parameters: contract.parameters,
        startDate: contract.startDate,
        noticeDate: today,
        monthlyFee: contract.monthlyFee ?? undefined,
      }),
    ),
  };
}
