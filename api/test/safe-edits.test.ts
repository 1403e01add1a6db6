import { describe, expect, it } from "vitest";
import { parseDraftPath, setAtPath } from "../src/modules/legal/drafts.service.js";
import { csvCell, impactCsv, type ImpactReport } from "../src/modules/legal/impact.service.js";

describe("draft edits by path", () => {
  const content = { terms: { fees: [{ price: { amountYen: "100" } }], lateInterest: { graceDays: 0 } } };

  it("sets a value inside a copy, leaving the original alone", () => {
    const edited = setAtPath(content, "terms.fees[0].price.amountYen", "120") as typeof content;
    expect(edited.terms.fees[0]?.price.amountYen).toBe("120");
    expect(content.terms.fees[0]?.price.amountYen).toBe("100");
  });

  it.each([
    "__proto__.polluted",
    "terms.__proto__.polluted",
    "constructor.prototype.polluted",
    "terms.fees.constructor.prototype.x",
    "prototype",
  ])("refuses %s and pollutes nothing", (path) => {
    expect(() => setAtPath(content, path, true)).toThrow(/is not a field of the terms/);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("x");
  });

  it("follows only the object's own fields and existing positions", () => {
    expect(() => setAtPath(content, "terms.toString.x", 1)).toThrow(/no object at terms.toString/);
    expect(() => setAtPath(content, "terms.fees[5].price", 1)).toThrow(/no position 5/);
    expect(() => setAtPath(content, "terms.fees.length", 0)).toThrow(/no position length/);
    expect((setAtPath(content, "terms.fees[1]", { price: null }) as typeof content).terms.fees).toHaveLength(2);
  });

  it("refuses empty and over-long paths", () => {
    expect(() => parseDraftPath("")).toThrow();
    expect(() => parseDraftPath("a".repeat(301))).toThrow();
    expect(() => parseDraftPath("...")).toThrow(/empty path/);
  });
});

describe("CSV export", () => {
  it.each(['=HYPERLINK("http://evil.example")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])(
    "neutralises the formula %j with an apostrophe",
    (value) => {
      expect(csvCell(value).replace(/^"/, "")).toMatch(/^'/);
    },
  );

  it("leaves ordinary text and numbers as they are, quoting commas and quotes", () => {
    expect(csvCell("九州ロジスティクス株式会社")).toBe("九州ロジスティクス株式会社");
    expect(csvCell("1452000")).toBe("1452000");
    expect(csvCell('A, "B"')).toBe('"A, ""B"""');
  });

  it("neutralises a customer's name in the impact report", () => {
    const row = {
      contractId: "c",
      contractNumber: "YK-1",
      organizationId: "o",
      organizationName: "=cmd|' /C calc'!A0",
      organizationNameEn: "=cmd|' /C calc'!A0",
      monthlyBefore: "1",
      monthlyAfter: "2",
      earliestEndBefore: null,
      earliestEndAfter: null,
      noticeDeadlineBefore: null,
      noticeDeadlineAfter: null,
      earlyTerminationBefore: null,
      earlyTerminationAfter: null,
      errorAfter: null,
      changed: true,
    };
    const report: ImpactReport = {
      versionId: "v",
      serviceId: "s",
      effectiveFrom: "2027-01-01",
      contracts: 1,
      affected: 1,
      rows: [row],
    };
    const line = impactCsv(report, "en").split("\r\n")[1]!;
    expect(line.split(",")[1]).toBe("'=cmd|' /C calc'!A0");
  });
});
