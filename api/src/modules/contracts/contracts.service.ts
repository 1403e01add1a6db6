import { estimateFees, planCancellation, quoteEarliestEnd, tokyoDate } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { isUuid, MAX_LENGTH } from "../../bounds.js";
import { badInput, withAppErrors } from "../../errors.js";
import { isCustomer, notFound, requireViewer } from "../auth/viewer.js";
import { toFeeEstimate } from "../fees/fees.service.js";
import type { FeeEstimate } from "../fees/fees.type.js";
import { toCancellationPlan } from "../quotes/quotes.service.js";
import { toCancellationQuote, type CancellationPlan, type CancellationQuote } from "../quotes/quotes.type.js";
import { publishedVersionOf } from "../terms-versions/published-version.js";
import {
  countContracts,
  findContracts,
  organizationsWithContracts,
  type ContractRecord,
  type ContractRow,
} from "./contracts.repository.js";
import { toContract, type Contract, type ContractConnection } from "./contracts.type.js";
import { engineInputFor } from "./engine-input.js";

export type { ContractRow } from "./contracts.repository.js";

const CONTRACT = { ja: "契約", en: "Contract" };

/** Customers see their own organisation's contracts only; staff and legal see all. */
function visibleOrganization(ctx: ApiContext): string | null {
  const viewer = requireViewer(ctx);
  return isCustomer(viewer) ? viewer.organizationId : null;
}

/** One contract the viewer may see; another organisation's contract is NOT_FOUND, like a missing one. */
export async function getContractRow(ctx: ApiContext, id: string): Promise<ContractRow> {
  const organizationId = visibleOrganization(ctx);
  if (!isUuid(id)) throw notFound(ctx, CONTRACT);
  const [row] = await findContracts(ctx.db, { id, organizationId }, 1);
  if (!row) throw notFound(ctx, CONTRACT);
  return row;
}

/** The largest page of contracts one request returns. */
const MAX_PAGE = 200;

export interface ContractPage {
  nodes: ContractRow[];
  /** Pass as `after` for the next page; null on the last page. */
  endCursor: string | null;
  hasNextPage: boolean;
  /** How many contracts match the search and filters. */
  totalCount: number;
}

/** The longest search text. */
const MAX_SEARCH = 100;

export interface ContractListOptions {
  first?: number | null;
  after?: string | null;
  /** Contract number or organisation name (at most 100 characters). */
  search?: string | null;
  serviceId?: string | null;
  status?: ContractRecord["status"] | null;
  /** Staff and legal: one organisation's contracts (customers always see their own only). */
  organizationId?: string | null;
  /** number (default): by contract number; deadline: the closest notice deadline (to end earliest, notifying today) first. */
  order?: "number" | "deadline" | null;
}

/**
 * A bounded memory of answers for one terms snapshot: a publication or midnight builds a new
 * registry, and what was computed with the old one goes with it. At most `max` answers are kept
 * (all are forgotten when it is full). For what is a pure function of the terms and its key.
 */
function snapshotMemo<V>(max: number): (ctx: ApiContext, key: string, compute: () => V) => V {
  const bySnapshot = new WeakMap<ApiContext["services"], { rows: ApiContext["versionRows"]; byKey: Map<string, V> }>();
  return (ctx, key, compute) => {
    let cache = bySnapshot.get(ctx.services);
    if (!cache || cache.rows !== ctx.versionRows) {
      cache = { rows: ctx.versionRows, byKey: new Map() };
      bySnapshot.set(ctx.services, cache);
    }
    const known = cache.byKey.get(key);
    if (known !== undefined) return known;
    const value = compute();
    if (cache.byKey.size >= max) cache.byKey.clear();
    cache.byKey.set(key, value);
    return value;
  };
}

/**
 * Notice deadlines already computed, per terms snapshot, day and engine input, which many contracts
 * share (the same plan, the same start month). Listing by deadline computes every matching
 * contract's (staff: every contract), so a list of 100,000 contracts asks for each distinct input
 * once, not once per contract and per page.
 */
const rememberedDeadline = snapshotMemo<string | null>(50_000);

/** The notice deadline of a contract's earliest end with a notice sent today; null when ended or not computable. */
function noticeDeadlineOf(ctx: ApiContext, row: ContractRow, today: string): string | null {
  if (row.status === "ended") return null;
  const key = JSON.stringify([today, row.serviceId, row.startDate, row.monthlyFee ?? null, row.parameters]);
  return rememberedDeadline(ctx, key, () => {
    const service = ctx.services.find(row.serviceId);
    if (!service) return null;
    try {
      return quoteEarliestEnd({ ...engineInputFor(row, service), noticeDate: today }).latestNoticeDate;
    } catch {
      return null;
    }
  });
}

/** Sorts after every date: contracts without a deadline come last. */
const NO_DEADLINE = "9999-12-31";
const deadlineCursor = (deadline: string | null, number: string) =>
  Buffer.from(JSON.stringify([deadline ?? NO_DEADLINE, number]), "utf8").toString("base64url");
function readDeadlineCursor(raw: string): [string, string] | null {
  try {
    const v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown;
    return Array.isArray(v) &&
      v.length === 2 &&
      typeof v[0] === "string" &&
      /^\d{4}-\d{2}-\d{2}$/.test(v[0]) &&
      typeof v[1] === "string" &&
      v[1].length <= 100
      ? [v[0], v[1]]
      : null;
  } catch {
    return null;
  }
}

/** The organisations whose contracts the viewer may see, in the request's language (staff filters). */
export async function listContractOrganizations(ctx: ApiContext): Promise<{ id: string; name: string }[]> {
  const own = visibleOrganization(ctx);
  const rows = await organizationsWithContracts(ctx.db);
  return rows
    .filter((r) => own === null || r.id === own)
    .map((r) => ({ id: r.id, name: ctx.lang === "ja" ? r.name : r.nameEn }));
}

/** One contract the viewer may see, in the request's language. */
export async function getContract(ctx: ApiContext, id: string): Promise<Contract> {
  return toContract(await getContractRow(ctx, id), ctx.lang);
}

/** The viewer's contracts, in the request's language. */
export async function listContracts(ctx: ApiContext, options: ContractListOptions = {}): Promise<ContractConnection> {
  const page = await listContractRows(ctx, options);
  return { ...page, nodes: page.nodes.map((c) => toContract(c, ctx.lang)) };
}

/** The viewer's contracts in contract-number order, `first` at a time after the cursor. */
async function listContractRows(ctx: ApiContext, options: ContractListOptions = {}): Promise<ContractPage> {
  const search = options.search?.trim() ?? "";
  const issues = [
    ...(options.first !== null &&
    options.first !== undefined &&
    (!Number.isInteger(options.first) || options.first < 1 || options.first > MAX_PAGE)
      ? [
          {
            path: ["first"],
            message: {
              ja: `1 から ${MAX_PAGE} までの整数で指定してください`,
              en: `a whole number from 1 to ${MAX_PAGE}`,
            },
          },
        ]
      : []),
    ...(options.after && (options.after.length > MAX_LENGTH.key * 2 || !/^[\w-]+$/.test(options.after))
      ? [
          {
            path: ["after"],
            message: { ja: "カーソルの形式が正しくありません", en: "not a cursor from this list (pass endCursor)" },
          },
        ]
      : []),
    ...(search.length > MAX_SEARCH || search.includes("\u0000")
      ? [
          {
            path: ["search"],
            message: {
              ja: `検索語は ${MAX_SEARCH} 文字以内で入力してください`,
              en: `at most ${MAX_SEARCH} characters`,
            },
          },
        ]
      : []),
    ...(options.serviceId && (options.serviceId.length > MAX_LENGTH.key || !/^[a-z0-9-]+$/.test(options.serviceId))
      ? [{ path: ["serviceId"], message: { ja: "サービスの指定が正しくありません", en: "not a service id" } }]
      : []),
    ...(options.organizationId && !isUuid(options.organizationId)
      ? [{ path: ["organizationId"], message: { ja: "組織の指定が正しくありません", en: "not an organisation id" } }]
      : []),
  ];
  if (issues.length > 0) throw badInput(ctx.lang, issues);
  const first = options.first ?? 50;
  const own = visibleOrganization(ctx);
  const filter = {
    organizationId: own ?? options.organizationId ?? null,
    serviceId: options.serviceId ?? null,
    status: options.status ?? null,
    search: search || null,
  };
  if (options.order === "deadline") {
    // The deadline is the terms' answer for each contract, not a column: every matching contract is
    // computed, then paged by (deadline, contract number) after the cursor — a keyset, not an offset.
    const cursor = options.after ? readDeadlineCursor(options.after) : null;
    if (options.after && !cursor)
      throw badInput(ctx.lang, [
        {
          path: ["after"],
          message: {
            ja: "カーソルの形式が正しくありません",
            en: "not a cursor from this list and order (pass endCursor)",
          },
        },
      ]);
    const today = tokyoDate(ctx.now());
    const all = (await findContracts(ctx.db, filter)).map((row) => ({
      row,
      key: noticeDeadlineOf(ctx, row, today) ?? NO_DEADLINE,
    }));
    all.sort((a, b) =>
      a.key === b.key ? (a.row.contractNumber < b.row.contractNumber ? -1 : 1) : a.key < b.key ? -1 : 1,
    );
    const rest = cursor
      ? all.filter((x) => x.key > cursor[0] || (x.key === cursor[0] && x.row.contractNumber > cursor[1]))
      : all;
    const page = rest.slice(0, first);
    const last = page.at(-1);
    return {
      nodes: page.map((x) => x.row),
      endCursor: last ? deadlineCursor(last.key, last.row.contractNumber) : null,
      hasNextPage: rest.length > first,
      totalCount: all.length,
    };
  }
  const [rows, totalCount] = await Promise.all([
    findContracts(ctx.db, { ...filter, after: options.after }, first + 1),
    countContracts(ctx.db, filter),
  ]);
  const nodes = rows.slice(0, first);
  return { nodes, endCursor: nodes.at(-1)?.contractNumber ?? null, hasNextPage: rows.length > first, totalCount };
}

export type ContractTerms = Pick<Contract, "serviceId" | "status" | "parameters" | "startDate" | "monthlyFee">;

export interface ContractOverview {
  /** Fees now under the terms in force today (null when the configuration no longer validates), in the request's language. */
  fees: FeeEstimate | null;
  /** Ending as early as possible with a notice sent today. */
  earliestEnd: CancellationQuote | null;
  /** Every way to end it with a notice sent today, over the next 24 months (the planner). */
  plan: CancellationPlan | null;
}

/** What the terms mean for a contract today: its fees and its earliest possible end. */
/** Only the earliest end (the cancel page's default date and its quote), without the rest of the overview. */
export function earliestEnd(ctx: ApiContext, contract: ContractTerms): ContractOverview["earliestEnd"] {
  const service = ctx.services.find(contract.serviceId);
  if (!service || contract.status === "ended") return null;
  try {
    const q = withAppErrors(ctx.lang, () =>
      quoteEarliestEnd({ ...engineInputFor(contract, service), noticeDate: tokyoDate(ctx.now()) }),
    );
    return toCancellationQuote(q, publishedVersionOf(ctx, q.termsVersion), ctx.lang);
  } catch {
    return null;
  }
}

/**
 * Overviews already computed, per terms snapshot: the same contract on the same day in the same
 * language is the same answer, about 28 quotes that every view of a contract page needs.
 */
const rememberedOverview = snapshotMemo<ContractOverview>(1_000);

export function contractOverview(ctx: ApiContext, contract: ContractTerms): ContractOverview {
  const today = tokyoDate(ctx.now());
  const key = JSON.stringify([
    ctx.lang,
    today,
    contract.serviceId,
    contract.status,
    contract.startDate,
    contract.monthlyFee ?? null,
    contract.parameters,
  ]);
  return rememberedOverview(ctx, key, () => computeOverview(ctx, contract, today));
}

function computeOverview(ctx: ApiContext, contract: ContractTerms, today: string): ContractOverview {
  const service = ctx.services.find(contract.serviceId);
  if (!service || contract.status === "ended") return { fees: null, earliestEnd: null, plan: null };
  const input = engineInputFor(contract, service);
  const version = (ref: Parameters<typeof publishedVersionOf>[1]) => publishedVersionOf(ctx, ref);
  const attempt = <T>(fn: () => T): T | null => {
    try {
      return withAppErrors(ctx.lang, fn);
    } catch {
      return null;
    }
  };
  return {
    fees: attempt(() =>
      toFeeEstimate(ctx, estimateFees({ service, parameters: input.parameters, asOf: today }), ctx.lang),
    ),
    earliestEnd: attempt(() => {
      const q = quoteEarliestEnd({ ...input, noticeDate: today });
      return toCancellationQuote(q, version(q.termsVersion), ctx.lang);
    }),
    plan: attempt(() => toCancellationPlan(ctx, planCancellation({ ...input, noticeDate: today }))),
  };
}
