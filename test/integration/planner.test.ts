import { backends } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";

const CORE_1001 = { plan: "core", licenses: 1001, serverBandwidth: "200M", accessBandwidth: "200M" };

interface Option {
  endDate: string;
  latestNoticeDate: string;
  reachable: boolean;
  oneOffTotal: string;
  finalMonthFee: string;
  reasons: string[];
}

const PLAN = `query P($input: CancellationPlanInput!) {
  cancellationPlan(input: $input) {
    termsVersion { version }
    options { endDate latestNoticeDate reachable oneOffTotal finalMonthFee reasons }
    earliestWithoutEarlyTerminationCharge { endDate latestNoticeDate }
    cheapest { endDate oneOffTotal }
    explanation { rule message citations { clause } notes { kind text } }
  }
}`;

describe.each(backends())("the cancellation planner and hardened quotes over HTTP on %s", (kind) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("plans a Flex Core contract from a notice on 2027-01-31 (第5条第2項, 第7条, 第8条第11項)", async () => {
    const result = await graphql<{
      cancellationPlan: {
        options: Option[];
        earliestWithoutEarlyTerminationCharge: Option;
        cheapest: Option;
        explanation: { rule: string; citations: { clause: string }[] }[];
      };
    }>(server, PLAN, {
      input: {
        serviceId: "qtpro-flex-mobility",
        parameters: CORE_1001,
        startDate: "2026-06-01",
        noticeDate: "2027-01-31",
        months: 6,
      },
    });
    expect(result.errors).toBeUndefined();
    const plan = result.data!.cancellationPlan;
    // By hand: monthly 1,274,000; minimum term ends 2027-05-31; notice 60 days before the end date;
    // ending inside the term owes the remaining months; a late notice may add one month.
    expect(
      plan.options.map((o) => [
        o.endDate,
        o.latestNoticeDate,
        o.reachable,
        o.oneOffTotal,
        o.finalMonthFee,
        o.reasons.join(","),
      ]),
    ).toEqual([
      ["2027-01-31", "2026-12-02", false, "6370000", "1274000", "monthEnd"],
      ["2027-02-28", "2026-12-30", false, "5096000", "1274000", "monthEnd"],
      ["2027-03-31", "2027-01-30", false, "3822000", "1274000", "monthEnd"],
      ["2027-04-01", "2027-01-31", true, "1274000", "1274000", "earliest"],
      ["2027-04-30", "2027-03-01", true, "1274000", "1274000", "monthEnd"],
      ["2027-05-31", "2027-04-01", true, "0", "1274000", "monthEnd,minimumTermEnd"],
      ["2027-06-30", "2027-05-01", true, "0", "1274000", "monthEnd"],
      ["2027-07-31", "2027-06-01", true, "0", "1274000", "monthEnd"],
    ]);
    expect(plan.earliestWithoutEarlyTerminationCharge).toEqual({
      endDate: "2027-05-31",
      latestNoticeDate: "2027-04-01",
    });
    expect(plan.cheapest).toEqual({ endDate: "2027-05-31", oneOffTotal: "0" });
    expect(plan.explanation.map((s) => s.rule)).toEqual([
      "terms.version",
      "plan.options",
      "plan.withoutEarlyTermination",
      "plan.cheapest",
    ]);
    expect(plan.explanation[2]?.citations.map((c) => c.clause)).toEqual(
      expect.arrayContaining(["第5条第2項", "第8条第11項"]),
    );
  });

  it("plans a signed-in customer's own contract and refuses another organisation's", async () => {
    const admin = await signIn(server, "admin@kyushu-logistics.example");
    const contracts = await graphql<{ contracts: { nodes: { id: string; contractNumber: string }[] } }>(
      server,
      "{ contracts { nodes { id contractNumber } } }",
      {},
      { cookie: admin },
    );
    const flex = contracts.data!.contracts.nodes.find((c) => c.contractNumber === "YK-FM-0001")!;
    const own = await graphql<{
      cancellationPlan: { options: Option[]; earliestWithoutEarlyTerminationCharge: Option | null };
    }>(server, PLAN, { input: { contractId: flex.id, noticeDate: "2027-01-31", months: 6 } }, { cookie: admin });
    expect(own.errors).toBeUndefined();
    // YK-FM-0001 started 2026-06-01: the minimum term ends 2027-05-31, notice by 2027-04-01.
    expect(own.data!.cancellationPlan.earliestWithoutEarlyTerminationCharge).toMatchObject({
      endDate: "2027-05-31",
      latestNoticeDate: "2027-04-01",
    });
    const stranger = await signIn(server, "admin@hakata-design.example");
    const other = await graphql(
      server,
      PLAN,
      { input: { contractId: flex.id, noticeDate: "2027-01-31" } },
      { cookie: stranger },
    );
    expect(other.errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
  });

  it("refuses more than 60 months at months, and a Cloud plan without the contract's fee at monthlyFee", async () => {
    const tooLong = await graphql(server, PLAN, {
      input: { serviceId: "qtpro-flex-mobility", parameters: CORE_1001, startDate: "2026-06-01", months: 61 },
    });
    expect(tooLong.errors?.[0]?.extensions?.["code"]).toBe("INVALID_PARAMETERS");
    expect((tooLong.errors?.[0]?.extensions?.["issues"] as { path: string[] }[]).map((i) => i.path)).toEqual([
      ["months"],
    ]);
    const cloud = await graphql(server, PLAN, {
      input: { serviceId: "qtpro-cloud", parameters: {}, startDate: "2026-04-01", noticeDate: "2026-08-31" },
    });
    expect((cloud.errors?.[0]?.extensions?.["issues"] as { path: string[] }[]).map((i) => i.path)).toEqual([
      ["monthlyFee"],
    ]);
  });

  it("separates what cancelling costs from the final month's fee (QT PRO Cloud at a month end after the minimum term)", async () => {
    const result = await graphql<{ cancellationQuote: { total: string; oneOffTotal: string; finalMonthFee: string } }>(
      server,
      `
        query Q($input: CancellationQuoteInput!) {
          cancellationQuote(input: $input) {
            total
            oneOffTotal
            finalMonthFee
          }
        }
      `,
      {
        input: {
          serviceId: "qtpro-cloud",
          parameters: {},
          startDate: "2026-04-01",
          desiredEndDate: "2026-12-31",
          noticeDate: "2026-11-30",
          monthlyFee: "100000",
        },
      },
    );
    // 第18条第1項: notice by 11-30 for 12-31; the 1-month minimum term ended 2026-04-30: nothing one-off.
    expect(result.data?.cancellationQuote).toEqual({ total: "100000", oneOffTotal: "0", finalMonthFee: "100000" });
  });

  it("answers a change effective 9999-12-31 at once with a located DATE_OUT_OF_RANGE and keeps serving (issue 8)", async () => {
    const started = Date.now();
    const result = await graphql(
      server,
      `
        query {
          changeQuote(
            input: {
              serviceId: "qtpro-flex-mobility"
              parameters: { plan: "core", licenses: 1200, serverBandwidth: "200M", accessBandwidth: "200M" }
              newParameters: { plan: "core", licenses: 1250, serverBandwidth: "200M", accessBandwidth: "200M" }
              effectiveDate: "9999-12-31"
            }
          ) {
            effectiveMonthCharge
          }
        }
      `,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    // The Date scalar refuses it before any resolver runs: the error names the range and points at the literal.
    const error = result.errors?.[0];
    expect(error?.extensions?.["code"]).toBe("DATE_OUT_OF_RANGE");
    expect(error?.extensions?.["range"]).toEqual({ from: "1970-01-01", to: "2050-12-31" });
    expect(error?.message).toContain("9999-12-31");
    expect(error?.locations).toHaveLength(1);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it("explains in English from the same trace, assumptions shown and no internal document named", async () => {
    const result = await graphql<{
      orderDeadline: { explanation: { rule: string; message: string; notes: { kind: string; text: string }[] }[] };
    }>(
      server,
      `
        {
          orderDeadline(serviceId: "qtpro-cloud", parameters: { closedNetwork: true }, desiredStartDate: "2027-01-04") {
            explanation {
              rule
              message
              notes {
                kind
                text
              }
            }
          }
        }
      `,
      {},
      { "accept-language": "en" },
    );
    const steps = result.data!.orderDeadline.explanation;
    const deadline = steps.find((s) => s.rule === "order.deadline")!;
    expect(deadline.notes.find((n) => n.kind === "assumption")?.text).toContain("29 December to 3 January");
    expect(deadline.message).toContain("(Assumption)");
    for (const s of steps) expect(s.message).not.toMatch(/ダイジェスト|digest|\.md\b/i);
  });
});
