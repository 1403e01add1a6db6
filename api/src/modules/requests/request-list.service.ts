import { daysBetween, tokyoDate } from "@yakkan/terms";
import { isUuid, MAX_LENGTH } from "../../bounds.js";
import type { ApiContext } from "../../context.js";
import { badInput, type LocatedIssue } from "../../errors.js";
import { isCustomer, requireViewer } from "../auth/viewer.js";
import type { RequestStatus } from "./requests.machine.js";
import { pageRequests, type RequestCursor, type RequestOrder } from "./requests.repository.js";
import { toRequest, type RequestView } from "./requests.type.js";

/** The largest page of a list. */
export const MAX_LIST_PAGE = 100;
/** The longest search text. */
export const MAX_SEARCH_LENGTH = 100;

export interface RequestListOptions {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  serviceId?: string | null;
  statuses?: RequestStatus[] | null;
  kind?: "cancellation" | "change" | null;
  /** Staff and legal only: one organisation's requests (customers always see their own). */
  organizationId?: string | null;
  order?: RequestOrder | null;
}

export type RequestListItem = RequestView & { deadline: string; daysRemaining: number; organizationName: string };

export interface RequestListPage {
  nodes: RequestListItem[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

const encodeCursor = (c: RequestCursor) => Buffer.from(JSON.stringify(c), "utf8").toString("base64url");

function decodeCursor(raw: string, order: RequestOrder): RequestCursor | null {
  try {
    const c = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<Record<string, unknown>>;
    if (c["order"] !== order || !isUuid(c["id"])) return null;
    if (order === "deadline" && typeof c["deadline"] === "string" && /^\d{4}-\d{2}-\d{2}$/.test(c["deadline"]))
      return { order, deadline: c["deadline"], id: c["id"] };
    if (
      order === "submitted" &&
      typeof c["submittedAt"] === "string" &&
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(c["submittedAt"])
    ) {
      return { order, submittedAt: c["submittedAt"], id: c["id"] };
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * Requests the viewer may see — customers their organisation's, staff and legal everyone's — found
 * by text (request number, contract number, organisation), filtered by service, status, kind and
 * (staff) organisation, ordered by deadline (the desired end date of a cancellation or the effective
 * date of a change: closest first, with the days remaining) or newest first, a page at a time
 * after a cursor (keyset; ties broken by id).
 */
export async function listRequestPage(ctx: ApiContext, options: RequestListOptions = {}): Promise<RequestListPage> {
  const viewer = requireViewer(ctx);
  const order: RequestOrder = options.order ?? "deadline";
  const issues: LocatedIssue[] = [];
  const first = options.first ?? 25;
  if (!Number.isInteger(first) || first < 1 || first > MAX_LIST_PAGE) {
    issues.push({
      path: ["first"],
      message: {
        ja: `1 から ${MAX_LIST_PAGE} までの整数で指定してください`,
        en: `a whole number from 1 to ${MAX_LIST_PAGE}`,
      },
    });
  }
  const search = options.search?.trim() ?? "";
  if (search.length > MAX_SEARCH_LENGTH) {
    issues.push({
      path: ["search"],
      message: {
        ja: `検索語は ${MAX_SEARCH_LENGTH} 文字以内で入力してください`,
        en: `at most ${MAX_SEARCH_LENGTH} characters`,
      },
    });
  }
  if (search.includes("\u0000"))
    issues.push({
      path: ["search"],
      message: { ja: "使えない文字が含まれています", en: "contains a character that is not allowed" },
    });
  if (options.serviceId && (options.serviceId.length > MAX_LENGTH.key || !/^[a-z0-9-]+$/.test(options.serviceId))) {
    issues.push({ path: ["serviceId"], message: { ja: "サービスの指定が正しくありません", en: "not a service id" } });
  }
  if (options.organizationId && !isUuid(options.organizationId)) {
    issues.push({
      path: ["organizationId"],
      message: { ja: "組織の指定が正しくありません", en: "not an organisation id" },
    });
  }
  let after: RequestCursor | null = null;
  if (options.after) {
    after = options.after.length <= MAX_LENGTH.key * 2 ? decodeCursor(options.after, order) : null;
    if (!after)
      issues.push({
        path: ["after"],
        message: {
          ja: "カーソルの形式が正しくありません（前のページの endCursor を指定してください）",
          en: "not a cursor from this list and order (pass endCursor)",
        },
      });
  }
  if (issues.length > 0) throw badInput(ctx.lang, issues);

  const organizationId = isCustomer(viewer) ? viewer.organizationId : (options.organizationId ?? null);
  const { rows, total } = await pageRequests(
    ctx.db,
    {
      organizationId,
      statuses: options.statuses ?? null,
      serviceId: options.serviceId ?? null,
      kind: options.kind ?? null,
      search: search || null,
    },
    order,
    after,
    first + 1,
  );
  const page = rows.slice(0, first);
  const last = page.at(-1);
  const today = tokyoDate(ctx.now());
  return {
    // The request view keeps its prototype (a spread would drop it); the list's columns are added.
    nodes: page.map((r) =>
      Object.assign(toRequest(r, ctx), {
        deadline: r.deadline,
        daysRemaining: daysBetween(today, r.deadline),
        organizationName: ctx.lang === "ja" ? r.organizationName : r.organizationNameEn,
      }),
    ),
    endCursor: last
      ? encodeCursor(
          order === "deadline"
            ? { order, deadline: last.deadline, id: last.id }
            : { order, submittedAt: last.submittedAtExact, id: last.id },
        )
      : null,
    hasNextPage: rows.length > first,
    totalCount: total,
  };
}
