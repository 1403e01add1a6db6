import { describe, expect, it } from "vitest";
import { noticeBodySchema } from "../src/modules/notices/notice-body.schema.js";

// A body as approveAndPublish stores it (toJsonObject of the diff and the impact rows).
const stored = {
  serviceId: "qtpro-flex-mobility",
  serviceName: { ja: "QTPro Flex モビリティ", en: "QTPro Flex Mobility" },
  version: "2026-10",
  effectiveFrom: "2026-10-01",
  changes: [
    {
      area: "fees",
      text: { ja: "月額 1,000円 → 1,100円", en: "Monthly ¥1,000 → ¥1,100" },
      citations: [{ document: "qtpro-flex-mobility.terms", clause: "別紙1" }],
    },
  ],
  contracts: [
    {
      contractId: "7b0c1d2e-0000-4000-8000-000000000001",
      contractNumber: "FM-0001",
      organizationId: "7b0c1d2e-0000-4000-8000-000000000002",
      monthlyBefore: "285000",
      monthlyAfter: "313500",
      earliestEndBefore: "2027-05-31",
      earliestEndAfter: "2027-05-31",
      changed: true,
    },
  ],
};

describe("a notice's body read back from jsonb", () => {
  it("is typed and returned exactly as stored, keys the portal does not read included", () => {
    expect(noticeBodySchema.parse(stored)).toEqual(stored);
  });

  it("refuses a body without its service name, naming the field", () => {
    const { serviceName: _, ...broken } = stored;
    const result = noticeBodySchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["serviceName"]);
  });
});
