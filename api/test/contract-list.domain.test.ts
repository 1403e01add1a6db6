import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@yakkan/db/testing";
import { earliestEnd, listContracts } from "../src/modules/contracts/contracts.service.js";
import type { Contract } from "../src/modules/contracts/contracts.type.js";
import type { ApiContext } from "../src/context.js";
import { openDomain } from "./helpers/domain.js";

// Staff's contract list ordered by the closest cancellation-notice deadline (notice sent today), on
// a real database with a fixed clock. The deadlines are remembered per terms snapshot and day
// (contracts.service.ts); these tests check the order against each contract's own earliest-end
// quote, and against deadlines computed by hand from QT PRO Flex Mobility's terms.
const NOW = new Date("2026-11-25T03:00:00Z"); // 2026-11-25 noon in Japan
const NEXT_DAY = new Date("2026-11-26T03:00:00Z");
const STAFF = "staff@yakkan.example";

describe.each(backends())("staff's contract list by notice deadline on %s", (kind) => {
  let domain: Awaited<ReturnType<typeof openDomain>>;
  let today: ApiContext;
  let tomorrow: ApiContext;
  beforeAll(async () => {
    domain = await openDomain(kind, NOW);
    today = await domain.as(STAFF);
    // The same terms snapshot, a day later.
    tomorrow = { ...today, now: () => NEXT_DAY };
  });
  afterAll(async () => {
    await domain?.drop();
  });

  const deadlineOf = (ctx: ApiContext, contract: Contract) => earliestEnd(ctx, contract)?.latestNoticeDate ?? "none";
  const byDeadline = async (ctx: ApiContext) => (await listContracts(ctx, { order: "deadline", first: 50 })).nodes;

  it("lists every contract, closest deadline first, each as its own earliest-end quote says", async () => {
    const nodes = await byDeadline(today);
    expect(nodes.map((c) => c.contractNumber).sort()).toEqual([
      "YK-CL-0005",
      "YK-FM-0001",
      "YK-FM-0003",
      "YK-FM-0006",
      "YK-SRV-0004",
      "YK-UTM-0002",
      "YK-UTM-0007",
    ]);
    const deadlines = nodes.map((c) => deadlineOf(today, c));
    expect(deadlines).toEqual([...deadlines].sort());
  });

  it("puts the Flex Mobility contracts together with today's deadline, tied by contract number (第7条第1項: notice 60 days before the desired end, so the earliest end is 2027-01-24)", async () => {
    const nodes = await byDeadline(today);
    const at = (n: string) => nodes.findIndex((c) => c.contractNumber === n);
    const node = (n: string) => nodes[at(n)]!;
    // Any day can be asked for with sixty days' notice; the minimum term (第5条) changes what ending
    // costs, not when it can be: 2026-11-25 + 60 days = 2027-01-24, notified today.
    for (const n of ["YK-FM-0001", "YK-FM-0003", "YK-FM-0006"]) {
      expect(deadlineOf(today, node(n))).toBe("2026-11-25");
      expect(earliestEnd(today, node(n))?.effectiveEndDate).toBe("2027-01-24");
    }
    expect(at("YK-FM-0003")).toBe(at("YK-FM-0001") + 1);
    expect(at("YK-FM-0006")).toBe(at("YK-FM-0003") + 1);
  });

  it("pages by the deadline cursor through the same order, each contract once", async () => {
    const ctx = today;
    const all = (await byDeadline(today)).map((c) => c.contractNumber);
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result = await listContracts(ctx, { order: "deadline", first: 2, after });
      paged.push(...result.nodes.map((c) => c.contractNumber));
      expect(result.totalCount).toBe(all.length);
      if (!result.hasNextPage) break;
      after = result.endCursor ?? null;
    }
    expect(paged).toEqual(all);
  });

  it("moves with the day: on 2026-11-26 the contracts that can end sixty days from today have that day's deadline", async () => {
    // Asked on the same snapshot the day before (remembered for that day), then on the next day:
    // the list's own ordering key (the cursor holds [deadline, contract number]) moves too.
    const orderingKey = async (ctx: ApiContext) => {
      const page = await listContracts(ctx, { order: "deadline", first: 1 });
      return JSON.parse(Buffer.from(page.endCursor ?? "", "base64url").toString("utf8")) as [string, string];
    };
    expect(await orderingKey(today)).toEqual(["2026-11-25", expect.any(String)]);
    expect(await orderingKey(tomorrow)).toEqual(["2026-11-26", expect.any(String)]);
    const nodes = await byDeadline(tomorrow);
    const node = (n: string) => nodes.find((c) => c.contractNumber === n)!;
    // 2026-11-26 + 60 days = 2027-01-25 (第7条第1項), notified that day.
    for (const n of ["YK-FM-0001", "YK-FM-0003", "YK-FM-0006"]) {
      expect(deadlineOf(tomorrow, node(n))).toBe("2026-11-26");
      expect(earliestEnd(tomorrow, node(n))?.effectiveEndDate).toBe("2027-01-25");
    }
    const deadlines = nodes.map((c) => deadlineOf(tomorrow, c));
    expect(deadlines).toEqual([...deadlines].sort());
  });
});
