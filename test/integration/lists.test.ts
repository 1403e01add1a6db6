import { backends } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokyoDay } from "../helpers/dates.js";
import { graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";

const SUBMIT_CANCEL =
  "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id number } }";
const LIST = `query($first: Int, $after: String, $search: String, $serviceId: ID, $statuses: [RequestStatus!], $organizationId: ID, $orderBy: RequestOrder) {
  requestList(first: $first, after: $after, search: $search, serviceId: $serviceId, statuses: $statuses, organizationId: $organizationId, orderBy: $orderBy) {
    totalCount hasNextPage endCursor
    nodes { id number contractNumber organizationName deadline daysRemaining status }
  }
}`;
const CONTRACTS = `query($first: Int, $after: String, $search: String, $serviceId: ID, $status: ContractStatus, $organizationId: ID) {
  contracts(first: $first, after: $after, search: $search, serviceId: $serviceId, status: $status, organizationId: $organizationId) {
    totalCount hasNextPage endCursor nodes { id contractNumber organizationId }
  }
}`;

type Node = {
  id: string;
  number: string;
  contractNumber: string;
  organizationName: string;
  deadline: string;
  daysRemaining: number;
  status: string;
};
type Page = { requestList: { totalCount: number; hasNextPage: boolean; endCursor: string | null; nodes: Node[] } };
type ContractPage = {
  contracts: {
    totalCount: number;
    hasNextPage: boolean;
    endCursor: string | null;
    nodes: { id: string; contractNumber: string; organizationId: string }[];
  };
};

let n = 0;
const key = () => `lists-${Date.now()}-${++n}`;
/** Whole days between two ISO dates, by plain UTC arithmetic (independent of the code under test). */
const daysFrom = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

describe.each(backends())("searching, filtering, ordering and paging lists on %s", (kind) => {
  let server: RunningServer;
  let staff: string;
  const admins: Record<string, string> = {};
  const contractIds = new Map<string, { id: string; organizationId: string }>();
  /** What was submitted: request id → the contract and the end date asked for (the deadline). */
  const submitted = new Map<string, { contractNumber: string; deadline: string; org: string }>();
  const order: string[] = [];

  const pages = async (cookie: string, variables: Record<string, unknown>) => {
    const seen: Node[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const r: { data?: Page | null; errors?: unknown[] } = await graphql<Page>(
        server,
        LIST,
        { ...variables, after },
        { cookie },
      );
      expect(r.errors).toBeUndefined();
      const page = r.data!.requestList;
      seen.push(...page.nodes);
      totals.push(page.totalCount);
      if (!page.hasNextPage) return { seen, totals };
      after = page.endCursor;
    }
    throw new Error("more than 20 pages");
  };

  beforeAll(async () => {
    server = await startServer(kind);
    staff = await signIn(server, "staff@yakkan.example");
    const [kyushu, hakata, fukuoka] = await Promise.all([
      signIn(server, "admin@kyushu-logistics.example"),
      signIn(server, "admin@hakata-design.example"),
      signIn(server, "admin@fukuoka-medical.example"),
    ]);
    Object.assign(admins, { kyushu, hakata, fukuoka });
    const all = await graphql<ContractPage>(server, CONTRACTS, { first: 50 }, { cookie: staff });
    for (const c of all.data!.contracts.nodes)
      contractIds.set(c.contractNumber, { id: c.id, organizationId: c.organizationId });
    // Three Flex Mobility cancellations asking for the same end date (a tie the pages must split
    // without losing or repeating a row), and one with a later date.
    const asks: [string, string, string][] = [
      ["YK-FM-0001", "kyushu", "2027-06-30"],
      ["YK-FM-0003", "hakata", "2027-06-30"],
      ["YK-FM-0006", "fukuoka", "2027-06-30"],
      ["YK-FM-0006", "fukuoka", "2027-06-30"], // a duplicate open cancellation: refused, not listed
    ];
    for (const [contractNumber, org, deadline] of asks) {
      const r = await graphql<{ submitCancellationRequest: { id: string } }>(
        server,
        SUBMIT_CANCEL,
        { i: { contractId: contractIds.get(contractNumber)!.id, desiredEndDate: deadline, idempotencyKey: key() } },
        { cookie: admins[org]! },
      );
      if (r.data?.submitCancellationRequest) {
        submitted.set(r.data.submitCancellationRequest.id, { contractNumber, deadline, org });
        order.push(r.data.submitCancellationRequest.id);
      }
    }
    expect(submitted.size).toBe(3);
    // A UTM cancellation with an earlier end date: first in deadline order.
    const utm = await graphql<{ submitCancellationRequest: { id: string } }>(
      server,
      SUBMIT_CANCEL,
      { i: { contractId: contractIds.get("YK-UTM-0007")!.id, desiredEndDate: "2027-03-31", idempotencyKey: key() } },
      { cookie: fukuoka },
    );
    expect(utm.errors).toBeUndefined();
    submitted.set(utm.data!.submitCancellationRequest.id, {
      contractNumber: "YK-UTM-0007",
      deadline: "2027-03-31",
      org: "fukuoka",
    });
    order.push(utm.data!.submitCancellationRequest.id);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("pages the staff queue by deadline, closest first, ties by id: every request once, none lost", async () => {
    const { seen, totals } = await pages(staff, { first: 2, statuses: ["pending"], orderBy: "deadline" });
    const ids = seen.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...submitted.keys()].sort());
    expect(totals.every((t) => t === submitted.size)).toBe(true);
    // The expected order, from what was asked: deadline, then id.
    const expected = [...submitted.entries()]
      .sort(([a, x], [b, y]) => (x.deadline === y.deadline ? (a < b ? -1 : 1) : x.deadline < y.deadline ? -1 : 1))
      .map(([id]) => id);
    expect(ids).toEqual(expected);
    const today = tokyoDay(0);
    for (const node of seen) {
      expect(node.deadline).toBe(submitted.get(node.id)!.deadline);
      expect(node.daysRemaining).toBe(daysFrom(today, node.deadline));
    }
  });

  it("pages newest first with one request per page", async () => {
    const { seen } = await pages(staff, { first: 1, statuses: ["pending"], orderBy: "submitted" });
    expect(seen.map((s) => s.id)).toEqual([...order].reverse());
  });

  it("searches by contract number and organisation name, literally, and filters by service and organisation", async () => {
    const byContract = await graphql<Page>(server, LIST, { search: "fm-0003" }, { cookie: staff });
    expect(byContract.data!.requestList.nodes.map((x) => x.contractNumber)).toEqual(["YK-FM-0003"]);
    expect(byContract.data!.requestList.totalCount).toBe(1);

    const byOrg = await graphql<Page>(server, LIST, { search: "福岡メディカル" }, { cookie: staff });
    const fukuokaIds = [...submitted.entries()].filter(([, s]) => s.org === "fukuoka").map(([id]) => id);
    expect(byOrg.data!.requestList.nodes.map((x) => x.id).sort()).toEqual(fukuokaIds.sort());

    // "%" and "_" are characters to find, not wildcards.
    const wildcard = await graphql<Page>(server, LIST, { search: "%" }, { cookie: staff });
    expect(wildcard.data!.requestList.totalCount).toBe(0);
    expect(wildcard.data!.requestList.nodes).toEqual([]);

    const flex = await graphql<Page>(server, LIST, { serviceId: "qtpro-flex-mobility" }, { cookie: staff });
    expect(flex.data!.requestList.nodes.map((x) => x.contractNumber).sort()).toEqual([
      "YK-FM-0001",
      "YK-FM-0003",
      "YK-FM-0006",
    ]);

    const hakataOrg = contractIds.get("YK-FM-0003")!.organizationId;
    const oneOrg = await graphql<Page>(server, LIST, { organizationId: hakataOrg }, { cookie: staff });
    expect(oneOrg.data!.requestList.nodes.map((x) => x.contractNumber)).toEqual(["YK-FM-0003"]);

    const none = await graphql<Page>(server, LIST, { statuses: ["completed"] }, { cookie: staff });
    expect(none.data!.requestList).toMatchObject({ totalCount: 0, nodes: [], hasNextPage: false, endCursor: null });
  });

  it("keeps customers to their own organisation's requests (RLS), whatever organisation they ask for", async () => {
    const kyushuOrg = contractIds.get("YK-FM-0001")!.organizationId;
    const { seen } = await pages(admins["hakata"]!, { first: 1 });
    expect(seen.map((s) => s.contractNumber)).toEqual(["YK-FM-0003"]);
    const asked = await graphql<Page>(server, LIST, { organizationId: kyushuOrg }, { cookie: admins["hakata"]! });
    expect(asked.data!.requestList.nodes.map((s) => s.contractNumber)).toEqual(["YK-FM-0003"]);
    expect(asked.data!.requestList.totalCount).toBe(1);
    const search = await graphql<Page>(server, LIST, { search: "九州" }, { cookie: admins["hakata"]! });
    expect(search.data!.requestList.totalCount).toBe(0);
  });

  it("refuses unbounded or malformed list arguments at their field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ first: 101 }, "first"],
      [{ first: 0 }, "first"],
      [{ search: "x".repeat(101) }, "search"],
      [{ after: "not-a-cursor" }, "after"],
      [{ organizationId: "not-a-uuid" }, "organizationId"],
    ];
    for (const [variables, field] of cases) {
      const r = await graphql(server, LIST, variables, { cookie: staff });
      expect(r.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
      expect((r.errors?.[0]?.extensions?.["issues"] as { path: string[] }[])[0]?.path).toEqual([field]);
    }
    // A cursor from the deadline order is not one for the newest-first order.
    const first = await graphql<Page>(server, LIST, { first: 1, orderBy: "deadline" }, { cookie: staff });
    const wrong = await graphql(
      server,
      LIST,
      { first: 1, after: first.data!.requestList.endCursor, orderBy: "submitted" },
      { cookie: staff },
    );
    expect(wrong.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
  });

  it("pages, searches and filters contracts; customers see only their own", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const r: { data?: ContractPage | null } = await graphql<ContractPage>(
        server,
        CONTRACTS,
        { first: 3, after },
        { cookie: staff },
      );
      const page = r.data!.contracts;
      expect(page.totalCount).toBe(7); // the seven demo contracts (db/src/seed/demo.ts)
      seen.push(...page.nodes.map((c) => c.contractNumber));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual([
      "YK-CL-0005",
      "YK-FM-0001",
      "YK-FM-0003",
      "YK-FM-0006",
      "YK-SRV-0004",
      "YK-UTM-0002",
      "YK-UTM-0007",
    ]);

    const fukuoka = await graphql<ContractPage>(server, CONTRACTS, { search: "福岡" }, { cookie: staff });
    expect(fukuoka.data!.contracts.nodes.map((c) => c.contractNumber)).toEqual([
      "YK-CL-0005",
      "YK-FM-0006",
      "YK-UTM-0007",
    ]);
    const utm = await graphql<ContractPage>(server, CONTRACTS, { serviceId: "utm-support" }, { cookie: staff });
    expect(utm.data!.contracts.nodes.map((c) => c.contractNumber)).toEqual(["YK-UTM-0002", "YK-UTM-0007"]);

    const kyushuOrg = contractIds.get("YK-FM-0001")!.organizationId;
    const own = await graphql<ContractPage>(
      server,
      CONTRACTS,
      { organizationId: kyushuOrg },
      { cookie: admins["hakata"]! },
    );
    expect(own.data!.contracts.nodes.map((c) => c.contractNumber)).toEqual(["YK-FM-0003", "YK-SRV-0004"]);
    expect(own.data!.contracts.totalCount).toBe(2);

    const tooLong = await graphql(server, CONTRACTS, { search: "y".repeat(101) }, { cookie: staff });
    expect((tooLong.errors?.[0]?.extensions?.["issues"] as { path: string[] }[])[0]?.path).toEqual(["search"]);
  });

  it("orders contracts by the closest notice deadline, ties by contract number, across pages", async () => {
    const Q =
      "query($after: String) { contracts(first: 2, after: $after, orderBy: deadline) { totalCount hasNextPage endCursor nodes { contractNumber keyDates { noticeDeadline } } } }";
    const seen: { contractNumber: string; deadline: string | null }[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const r: {
        data?: {
          contracts: {
            hasNextPage: boolean;
            endCursor: string | null;
            nodes: { contractNumber: string; keyDates: { noticeDeadline: string | null } }[];
          };
        } | null;
      } = await graphql(server, Q, { after }, { cookie: staff });
      seen.push(
        ...r.data!.contracts.nodes.map((c) => ({
          contractNumber: c.contractNumber,
          deadline: c.keyDates.noticeDeadline,
        })),
      );
      if (!r.data!.contracts.hasNextPage) break;
      after = r.data!.contracts.endCursor;
    }
    expect(seen.map((c) => c.contractNumber).sort()).toEqual([
      "YK-CL-0005",
      "YK-FM-0001",
      "YK-FM-0003",
      "YK-FM-0006",
      "YK-SRV-0004",
      "YK-UTM-0002",
      "YK-UTM-0007",
    ]);
    // Each next contract's deadline is the same or later (none: last); equal deadlines by number.
    const keyOf = (c: { contractNumber: string; deadline: string | null }) =>
      `${c.deadline ?? "9999-12-31"} ${c.contractNumber}`;
    for (let i = 1; i < seen.length; i++) expect(keyOf(seen[i - 1]!) < keyOf(seen[i]!)).toBe(true);
    expect(seen.some((c) => c.deadline !== null)).toBe(true);
  });

  it("shows the staff queue in the portal, closest deadline first with the days left, searchable from the URL", async () => {
    const html = await (await fetch(`${server.url}/staff/requests?q=FM-0006`, { headers: { cookie: staff } })).text();
    expect(html).toContain("YK-FM-0006");
    expect(html).not.toContain("YK-FM-0003");
    expect(html).toContain(`あと ${daysFrom(tokyoDay(0), "2027-06-30")} 日`);
    expect(html).toContain("1 件");
  });
});
