import { backends } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, startServer, type RunningServer } from "../helpers/server.js";

const CORE_1001 = { plan: "core", licenses: 1001, serverBandwidth: "200M", accessBandwidth: "200M" };

describe.each(backends())("terms queries over HTTP on %s", (kind) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("quotes cancelling a hypothetical Flex contract inside its minimum term (第7条, 第8条第11項)", async () => {
    const result = await graphql<{
      cancellationQuote: Record<string, unknown> & { charges: { code: string; amount: string; kind: string }[] };
    }>(
      server,
      `
        query Q($input: CancellationQuoteInput!) {
          cancellationQuote(input: $input) {
            latestNoticeDate
            noticeInTime
            effectiveEndDate
            minimumTermEndDate
            total
            totalWithTax
            charges {
              code
              kind
              amount
              citations {
                clause
              }
            }
            explanation {
              message
              citations {
                clause
              }
            }
          }
        }
      `,
      {
        input: {
          serviceId: "qtpro-flex-mobility",
          parameters: CORE_1001,
          startDate: "2026-06-01",
          desiredEndDate: "2027-03-31",
          noticeDate: "2027-01-31",
        },
      },
    );
    expect(result.errors).toBeUndefined();
    const q = result.data!.cancellationQuote;
    expect(q).toMatchObject({
      latestNoticeDate: "2027-01-30", // 60 days before 2027-03-31
      noticeInTime: false,
      effectiveEndDate: "2027-03-31",
      minimumTermEndDate: "2027-05-31",
      total: "3822000", // final month 1,274,000 + April–May 2 × 1,274,000
      totalWithTax: "4204200",
    });
    expect(q.charges.map((c) => [c.code, c.kind, c.amount])).toEqual([
      ["final-month", "monthly", "1274000"],
      ["early-termination", "one-off", "2548000"],
      ["late-notice-month", "possible", "1274000"],
    ]);
  });

  it("says a change to Starter is not allowed and why (第6条第1項第1号)", async () => {
    const result = await graphql<{ changeQuote: { allowed: boolean; reasons: string[]; oneOffCharges: unknown[] } }>(
      server,
      `
        query {
          changeQuote(
            input: {
              serviceId: "qtpro-flex-mobility"
              parameters: { plan: "core", licenses: 200, serverBandwidth: "200M", accessBandwidth: "200M" }
              newParameters: { plan: "starter", licenses: 200, accessBandwidth: "100M" }
              effectiveDate: "2027-04-01"
            }
          ) {
            allowed
            reasons
            oneOffCharges {
              code
            }
          }
        }
      `,
    );
    expect(result.data?.changeQuote.allowed).toBe(false);
    expect(result.data?.changeQuote.reasons[0]).toContain("Starter");
    expect(result.data?.changeQuote.oneOffCharges).toEqual([]);
  });

  it("computes late interest at 14.6% (第8条第5項)", async () => {
    const result = await graphql<{ lateInterest: { annualRate: string; days: number; interest: string } }>(
      server,
      `
        {
          lateInterest(
            serviceId: "qtpro-flex-mobility"
            amount: "1401400"
            dueDate: "2027-01-29"
            paidDate: "2027-02-28"
          ) {
            annualRate
            days
            interest
          }
        }
      `,
    );
    expect(result.data?.lateInterest).toEqual({ annualRate: "0.146", days: 30, interest: "16816" });
  });

  it("gives the service start and the last day to apply (第5条)", async () => {
    const result = await graphql<{ orderDeadline: { latestSubmissionDate: string; serviceStartDate: string } }>(
      server,
      `
        query Q($p: JSON!) {
          orderDeadline(serviceId: "qtpro-flex-mobility", parameters: $p, desiredStartDate: "2027-02-01") {
            latestSubmissionDate
            serviceStartDate
          }
        }
      `,
      { p: CORE_1001 },
    );
    expect(result.data?.orderDeadline).toEqual({ latestSubmissionDate: "2027-02-01", serviceStartDate: "2027-03-01" });
  });

  it("exposes responsibilities, permissions and change rules, each cited", async () => {
    const result = await graphql<{
      serviceTerms: {
        responsibilities: { party: string; citations: unknown[] }[];
        permissions: { operation: string; mode: string }[];
        changeRules: { param: string; fees: string[] }[];
      };
    }>(
      server,
      `
        {
          serviceTerms(serviceId: "qtpro-flex-mobility") {
            responsibilities {
              party
              partyName
              duty
              citations {
                clause
                text
              }
            }
            permissions {
              operation
              mode
              documents
            }
            changeRules {
              param
              fees
              reason
            }
          }
        }
      `,
    );
    const terms = result.data!.serviceTerms;
    expect(terms.responsibilities.length).toBeGreaterThan(0);
    expect(terms.responsibilities.every((r) => r.citations.length > 0)).toBe(true);
    expect(terms.permissions.find((p) => p.operation === "contract.cancel")?.mode).toBe("request");
    expect(terms.changeRules.find((c) => c.param === "accessBandwidth")?.fees).toEqual(["access-bandwidth-change"]);
  });

  it("computes the UTM surcharge (第26条) and says Flex Mobility has no such rule", async () => {
    const utm = await graphql<{ evasionSurcharge: { surcharge: string; totalDue: string } }>(
      server,
      `
        {
          evasionSurcharge(serviceId: "utm-support", evadedAmount: "2500", asOf: "2026-11-01") {
            surcharge
            totalDue
          }
        }
      `,
    );
    // 2 × 2,500 + 10% tax = 5,500; owed in all: 2,750 (the fee with its tax) + 5,500.
    expect(utm.data?.evasionSurcharge).toEqual({ surcharge: "5500", totalDue: "8250" });
    const flex = await graphql(
      server,
      `
        {
          evasionSurcharge(serviceId: "qtpro-flex-mobility", evadedAmount: "1000") {
            surcharge
          }
        }
      `,
    );
    expect(flex.errors?.[0]?.extensions?.["code"]).toBe("NO_SUCH_RULE");
  });

  it("rejects a hypothetical quote missing its contract, naming each missing field", async () => {
    const result = await graphql(
      server,
      `
        {
          cancellationQuote(input: { serviceId: "qtpro-flex-mobility", desiredEndDate: "2027-03-31" }) {
            total
          }
        }
      `,
    );
    expect(result.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    expect((result.errors?.[0]?.extensions?.["issues"] as { path: string[] }[]).map((i) => i.path)).toEqual([
      ["input", "parameters"],
      ["input", "startDate"],
    ]);
  });
});
