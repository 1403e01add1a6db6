import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@yakkan/db/testing";
import { graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";

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
  it("serves a service's form as typed fields in the requested language: Starter allows 100–500 licences and only 100M of server bandwidth, Complete asks for the log retention (qtpro-flex-mobility 別紙2 2.①, 別紙1 2.(1)②)", async () => {
    type Fields = {
      service: {
        parameterFields: {
          key: string;
          type: string;
          label: string;
          unit: string | null;
          pricingBlock: number | null;
          applies: boolean | null;
          required: boolean;
          defaultValue: unknown;
          options: { value: unknown; label: string }[];
          allowedValues: unknown[] | null;
          min: number | null;
          max: number | null;
          citations: { clause: string }[];
        }[];
      };
    };
    const query = /* GraphQL */ `
      query ($parameters: JSON) {
        service(id: "qtpro-flex-mobility") {
          parameterFields(parameters: $parameters) {
            key
            type
            label
            unit
            pricingBlock
            applies
            required
            defaultValue
            options {
              value
              label
            }
            allowedValues
            min
            max
            citations {
              clause
            }
          }
        }
      }
    `;
    const starter = await graphql<Fields>(
      server,
      query,
      { parameters: { plan: "starter" } },
      { "accept-language": "en" },
    );
    expect(starter.errors).toBeUndefined();
    const byKey = new Map(starter.data!.service.parameterFields.map((f) => [f.key, f]));
    expect(byKey.get("licenses")).toMatchObject({
      type: "integer",
      label: "Device licences",
      unit: "licences",
      pricingBlock: 50,
      applies: true,
      required: true,
      min: 100,
      max: 500,
      citations: [{ clause: "別紙2 2.①" }],
    });
    expect(byKey.get("serverBandwidth")).toMatchObject({ type: "enum", defaultValue: "100M", allowedValues: ["100M"] });
    expect(byKey.get("logRetentionDays")).toMatchObject({ applies: false });
    const complete = await graphql<Fields>(server, query, { parameters: { plan: "complete" } });
    const retention = complete.data!.service.parameterFields.find((f) => f.key === "logRetentionDays");
    expect(retention).toMatchObject({ applies: true, required: true, allowedValues: null });
    // Numeric enum values stay numbers; labels come in the requested language (Japanese by default).
    expect(retention?.options).toEqual([
      { value: 90, label: "90日" },
      { value: 180, label: "180日" },
      { value: 360, label: "360日" },
    ]);
  });

  it("names closed sets with enums beside their strings: a monthly line is MONTHLY, an end date's reasons, the viewer's role", async () => {
    const estimate = await graphql<{ feeEstimate: { lines: { code: string; kind: string; kindCode: string }[] } }>(
      server,
      `
        query ($p: JSON!) {
          feeEstimate(serviceId: "qtpro-flex-mobility", parameters: $p) {
            lines {
              code
              kind
              kindCode
            }
          }
        }
      `,
      { p: CORE_1001 },
    );
    expect(estimate.data?.feeEstimate.lines.find((l) => l.code === "device-licence")).toEqual({
      code: "device-licence",
      kind: "monthly",
      kindCode: "MONTHLY",
    });
    const plan = await graphql<{ cancellationPlan: { options: { reasons: string[]; reasonCodes: string[] }[] } }>(
      server,
      `
        {
          cancellationPlan(
            input: {
              serviceId: "qtpro-flex-mobility"
              parameters: { plan: "core", licenses: 100, serverBandwidth: "200M", accessBandwidth: "200M" }
              startDate: "2026-04-01"
              noticeDate: "2026-11-02"
              months: 3
            }
          ) {
            options {
              reasons
              reasonCodes
            }
          }
        }
      `,
    );
    expect(plan.errors).toBeUndefined();
    for (const option of plan.data!.cancellationPlan.options) expect(option.reasonCodes).toEqual(option.reasons);
    const permission = await graphql<{ canSelfServe: { mode: string; modeCode: string } }>(
      server,
      `
        {
          canSelfServe(serviceId: "qtpro-flex-mobility", operation: "no-such-operation") {
            mode
            modeCode
          }
        }
      `,
    );
    expect(permission.data?.canSelfServe).toEqual({ mode: "unknown", modeCode: "UNKNOWN" });
    const cookie = await signIn(server, "admin@kyushu-logistics.example");
    const viewer = await graphql<{ viewer: { role: string; roleCode: string } }>(
      server,
      "{ viewer { role roleCode } }",
      {},
      { cookie },
    );
    expect(viewer.data?.viewer).toEqual({ role: "customer-admin", roleCode: "CUSTOMER_ADMIN" });
  });

  it("lists a contract's configuration in words, as the portal does (YK-FM-0001: プラン Core, 1,200 ライセンス, 別紙1)", async () => {
    const cookie = await signIn(server, "admin@kyushu-logistics.example");
    const contracts = await graphql<{
      contracts: { nodes: { configuration: { key: string; label: string; value: string }[] }[] };
    }>(server, '{ contracts(search: "YK-FM-0001") { nodes { configuration { key label value } } } }', {}, { cookie });
    expect(contracts.errors).toBeUndefined();
    expect(contracts.data?.contracts.nodes[0]?.configuration).toEqual([
      { key: "plan", label: "プラン", value: "Core" },
      { key: "licenses", label: "デバイスライセンス数", value: "1,200 ライセンス" },
      { key: "serverBandwidth", label: "Mobility サーバー帯域", value: "300M" },
      { key: "accessBandwidth", label: "アクセス回線接続帯域", value: "300M" },
    ]);
  });
});
