import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@yakkan/db/testing";
import { graphql, startServer, type RunningServer } from "../helpers/server.js";

const FEE_ESTIMATE = /* GraphQL */ `
  query Estimate($serviceId: ID!, $parameters: JSON!, $asOf: Date) {
    feeEstimate(serviceId: $serviceId, parameters: $parameters, asOf: $asOf) {
      termsVersion {
        serviceId
        version
        effectiveFrom
        publishedAt
      }
      monthly
      monthlyWithTax
      initial
      initialWithTax
      lines {
        code
        kind
        quantity
        unitPrice
        amount
        citations {
          document
          clause
          text
        }
      }
      unpricedItems
      explanation {
        message
        citations {
          clause
        }
      }
    }
  }
`;

interface Estimate {
  feeEstimate: {
    termsVersion: { serviceId: string; version: string; effectiveFrom: string; publishedAt: string | null };
    monthly: string;
    monthlyWithTax: string;
    initial: string;
    initialWithTax: string;
    lines: {
      code: string;
      kind: string;
      quantity: string | null;
      unitPrice: string | null;
      amount: string;
      citations: { clause: string }[];
    }[];
    explanation: { message: string; citations: { clause: string }[] }[];
  };
}

const CORE_1001 = { plan: "core", licenses: 1001, serverBandwidth: "200M", accessBandwidth: "200M" };

describe.each(backends())("the server over HTTP on %s", (kind) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("reports healthy with the database it uses and the process that answered", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: kind, pid: server.pid });
  });

  it("lists Flex Mobility with both versions from its 附則, only the revision computable", async () => {
    const result = await graphql<{
      services: {
        id: string;
        name: string;
        versions: { version: string; effectiveFrom: string; effectiveTo: string | null; computable: boolean }[];
      }[];
    }>(server, "{ services { id name versions { version effectiveFrom effectiveTo computable } } }");
    const flex = result.data?.services.find((s) => s.id === "qtpro-flex-mobility");
    expect(flex?.name).toBe("QT PRO フレックスモビリティ");
    expect(flex?.versions).toEqual([
      { version: "2021-09-01 制定", effectiveFrom: "2021-09-01", effectiveTo: "2022-05-08", computable: false },
      { version: "2022-05-09 改訂", effectiveFrom: "2022-05-09", effectiveTo: null, computable: true },
    ]);
  });

  it("estimates 別紙1 fees: 1,001 Core licences are priced as 1,050 at 700 yen", async () => {
    const result = await graphql<Estimate>(server, FEE_ESTIMATE, {
      serviceId: "qtpro-flex-mobility",
      parameters: CORE_1001,
    });
    expect(result.errors).toBeUndefined();
    const estimate = result.data!.feeEstimate;
    // 1,050 × 700 + 400,000 (server 200M) + 139,000 (access 200M); tax 10% truncated.
    expect(estimate.monthly).toBe("1274000");
    expect(estimate.monthlyWithTax).toBe("1401400");
    expect(estimate.initial).toBe("425000");
    expect(estimate.lines.find((l) => l.code === "device-licence")).toMatchObject({
      kind: "monthly",
      quantity: "1050",
      unitPrice: "700",
      amount: "735000",
    });
    expect(estimate.termsVersion).toMatchObject({ serviceId: "qtpro-flex-mobility", version: "2022-05-09 改訂" });
    expect(estimate.termsVersion.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    for (const step of estimate.explanation) expect(step.citations.length).toBeGreaterThan(0);
  });

  it("rejects invalid parameters with INVALID_PARAMETERS and the path of each offending key", async () => {
    const result = await graphql(server, FEE_ESTIMATE, {
      serviceId: "qtpro-flex-mobility",
      parameters: { plan: "starter", licenses: 600, accessBandwidth: "50M", transparentProxy: true, colour: "blue" },
    });
    expect(result.data).toBeNull();
    const error = result.errors?.[0];
    expect(error?.extensions?.["code"]).toBe("INVALID_PARAMETERS");
    const issues = error?.extensions?.["issues"] as { path: string[]; message: string }[];
    expect(issues.map((i) => i.path)).toEqual([["colour"], ["licenses"], ["transparentProxy"]]);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it("answers in English when asked", async () => {
    const result = await graphql(
      server,
      FEE_ESTIMATE,
      { serviceId: "qtpro-flex-mobility", parameters: { plan: "starter", licenses: 99, accessBandwidth: "50M" } },
      { "accept-language": "en-GB,en;q=0.9" },
    );
    const issues = result.errors?.[0]?.extensions?.["issues"] as { message: string }[];
    expect(issues[0]?.message).toBe("Device licences must be between 100 and 500 (got 99)");
  });

  it("refuses a date before the first version with NO_TERMS_IN_FORCE", async () => {
    const result = await graphql(server, FEE_ESTIMATE, {
      serviceId: "qtpro-flex-mobility",
      parameters: CORE_1001,
      asOf: "2021-08-31",
    });
    expect(result.errors?.[0]?.extensions?.["code"]).toBe("NO_TERMS_IN_FORCE");
  });

  it("rejects a malformed date as bad input", async () => {
    const result = await graphql(server, FEE_ESTIMATE, {
      serviceId: "qtpro-flex-mobility",
      parameters: CORE_1001,
      asOf: "2026-02-30",
    });
    expect(result.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
  });

  it("keeps its data across a restart: versions keep the time they were first published", async () => {
    const query = '{ service(id: "qtpro-flex-mobility") { currentVersion { publishedAt } } }';
    type Published = { service: { currentVersion: { publishedAt: string } } };
    const before = (await graphql<Published>(server, query)).data?.service.currentVersion.publishedAt;
    server = await server.restart();
    const after = (await graphql<Published>(server, query)).data?.service.currentVersion.publishedAt;
    expect(before).toBeDefined();
    expect(after).toBe(before);
    expect(server.output()).not.toContain("seeded the demo data");
  });
});
