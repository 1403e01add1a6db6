import fc from "fast-check";
import { backends } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";

/**
 * fast-check over every public GraphQL operation's inputs: dates across the whole representable
 * range (and not dates at all), long and unicode strings, huge and fractional numbers, arbitrary
 * JSON. Whatever comes in: never a 5xx, never INTERNAL_SERVER_ERROR, each answer within a second.
 * Runs per operation: FUZZ_NUM_RUNS, else FC_NUM_RUNS capped at 40 (CI: 40 × 37 operations × two
 * backends, about 3,000 requests: each is a whole HTTP round trip, and CI time is shared).
 */
const RUNS = Number(process.env["FUZZ_NUM_RUNS"] ?? Math.min(Number(process.env["FC_NUM_RUNS"] ?? 25), 40));
const BUDGET_MS = 1000;

// Inputs: the useful ones sometimes, hostile ones often.
const anyDate = fc.oneof(
  fc
    .date({ min: new Date(-8_640_000_000_000_000), max: new Date(8_640_000_000_000_000), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date("1969-01-01"), max: new Date("2052-01-01"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("9999-12-31", "0000-01-01", "2026-02-29", "2028-02-29", "2027-13-01", "2050-12-31", "1970-01-01", ""),
  fc.string({ maxLength: 30 }),
);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", minLength: 500, maxLength: 3000 }),
  fc.constantFrom(
    "' or 1=1 --",
    "__proto__",
    "constructor",
    "../../etc/passwd",
    "%E0%A4%A",
    "\u202e",
    "😀".repeat(100),
  ),
);
const anyId = fc.oneof(
  fc.uuid(),
  text,
  fc.constantFrom("00000000-0000-0000-0000-000000000000", "qtpro-flex-mobility", "utm-support"),
);
const serviceId = fc.oneof(
  fc.constantFrom("qtpro-flex-mobility", "utm-support", "server-support", "qtpro-cloud"),
  text,
);
const int32 = fc.oneof(fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }), fc.integer({ min: -5, max: 300 }));
const number = fc.oneof(
  int32,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, -1e308, 0.5, 2 ** 53 + 1),
);
const yen = fc.oneof(fc.nat().map(String), fc.constantFrom("1e9", "-1", "１００", "9".repeat(40), "0.5", ""), text);
const parameters = fc.oneof(
  fc.record({
    plan: fc.oneof(fc.constantFrom("starter", "core", "complete"), text),
    licenses: fc.oneof(number, text),
    serverBandwidth: fc.constantFrom("200M", "300M", "1G", "x"),
    accessBandwidth: fc.constantFrom("50M", "100M", "300M", "1G"),
  }),
  fc.dictionary(fc.string({ maxLength: 20 }), fc.oneof(number, text, fc.boolean(), fc.constant(null)), { maxKeys: 60 }),
  fc.jsonValue({ maxDepth: 6 }),
);
const key = fc.oneof(
  fc.string({
    minLength: 8,
    maxLength: 40,
    unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-_.:".split("")),
  }),
  text,
);

type Who = "anonymous" | "admin" | "staff" | "legal";
interface Operation {
  name: string;
  as: Who;
  query: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

const OPERATIONS: Operation[] = [
  {
    name: "services",
    as: "anonymous",
    query: "{ services { id currentVersion { version } } }",
    variables: fc.constant({}),
  },
  {
    name: "service",
    as: "anonymous",
    query: "query($id: ID!) { service(id: $id) { id } }",
    variables: fc.record({ id: anyId }),
  },
  {
    name: "feeEstimate",
    as: "anonymous",
    query: "query($s: ID!, $p: JSON!, $d: Date) { feeEstimate(serviceId: $s, parameters: $p, asOf: $d) { monthly } }",
    variables: fc.record({ s: serviceId, p: parameters, d: anyDate }),
  },
  {
    name: "orderDeadline",
    as: "anonymous",
    query:
      "query($s: ID!, $p: JSON!, $d: Date!, $a: Date) { orderDeadline(serviceId: $s, parameters: $p, desiredStartDate: $d, asOf: $a) { latestSubmissionDate } }",
    variables: fc.record({ s: serviceId, p: parameters, d: anyDate, a: anyDate }),
  },
  {
    name: "cancellationQuote",
    as: "anonymous",
    query: "query($i: CancellationQuoteInput!) { cancellationQuote(input: $i) { total effectiveEndDate } }",
    variables: fc.record({
      i: fc.record(
        {
          serviceId,
          parameters,
          startDate: anyDate,
          desiredEndDate: anyDate,
          noticeDate: anyDate,
          monthlyFee: yen,
          confirmationDate: anyDate,
        },
        { requiredKeys: ["desiredEndDate"] },
      ),
    }),
  },
  {
    name: "changeQuote",
    as: "anonymous",
    query: "query($i: ChangeQuoteInput!) { changeQuote(input: $i) { allowed monthlyAfter } }",
    variables: fc.record({
      i: fc.record(
        { serviceId, parameters, startDate: anyDate, newParameters: parameters, effectiveDate: anyDate },
        { requiredKeys: ["newParameters", "effectiveDate"] },
      ),
    }),
  },
  {
    name: "cancellationPlan",
    as: "anonymous",
    query:
      "query($i: CancellationPlanInput!) { cancellationPlan(input: $i) { options { endDate oneOffTotal } cheapest { endDate } } }",
    variables: fc.record({
      i: fc.record(
        {
          contractId: anyId,
          serviceId,
          parameters,
          startDate: anyDate,
          noticeDate: anyDate,
          months: number,
          monthlyFee: yen,
        },
        { requiredKeys: [] },
      ),
    }),
  },
  {
    name: "lateInterest",
    as: "anonymous",
    query:
      "query($s: ID!, $a: String!, $d: Date!, $p: Date!) { lateInterest(serviceId: $s, amount: $a, dueDate: $d, paidDate: $p) { days interest } }",
    variables: fc.record({ s: serviceId, a: yen, d: anyDate, p: anyDate }),
  },
  {
    name: "evasionSurcharge",
    as: "anonymous",
    query:
      "query($s: ID!, $a: String!, $d: Date) { evasionSurcharge(serviceId: $s, evadedAmount: $a, asOf: $d) { surcharge } }",
    variables: fc.record({ s: serviceId, a: yen, d: anyDate }),
  },
  {
    name: "outageCredit",
    as: "anonymous",
    query:
      "query($s: ID!, $f: String!, $d: Date!, $h: Int!, $c: Boolean!) { outageCredit(serviceId: $s, monthlyFee: $f, outageStart: $d, outageHours: $h, customerFault: $c) { credit } }",
    variables: fc.record({ s: serviceId, f: yen, d: anyDate, h: number, c: fc.boolean() }),
  },
  {
    name: "serviceTerms",
    as: "anonymous",
    query: "query($s: ID!, $d: Date) { serviceTerms(serviceId: $s, asOf: $d) { parties { id } } }",
    variables: fc.record({ s: serviceId, d: anyDate }),
  },
  {
    name: "canSelfServe",
    as: "anonymous",
    query: "query($s: ID!, $o: ID!, $d: Date) { canSelfServe(serviceId: $s, operation: $o, asOf: $d) { mode } }",
    variables: fc.record({ s: serviceId, o: text, d: anyDate }),
  },
  { name: "viewer", as: "admin", query: "{ viewer { id } }", variables: fc.constant({}) },
  {
    name: "signIn",
    as: "anonymous",
    query: "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }",
    variables: fc.record({ e: fc.oneof(text, fc.emailAddress()), p: text }),
  },
  { name: "signOut (anonymous)", as: "anonymous", query: "mutation { signOut }", variables: fc.constant({}) },
  {
    name: "changePassword",
    as: "admin",
    query: "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }",
    variables: fc.record({ c: text, n: text }),
  },
  {
    name: "contracts",
    as: "admin",
    query: "query($f: Int, $a: String) { contracts(first: $f, after: $a) { nodes { id } } }",
    variables: fc.record({ f: number, a: text }, { requiredKeys: [] }),
  },
  {
    name: "contract",
    as: "admin",
    query: "query($id: ID!) { contract(id: $id) { id } }",
    variables: fc.record({ id: anyId }),
  },
  {
    name: "contracts (search and filters)",
    as: "staff",
    query:
      "query($f: Int, $a: String, $q: String, $s: ID, $o: ID, $b: ContractOrder) { contracts(first: $f, after: $a, search: $q, serviceId: $s, organizationId: $o, orderBy: $b) { totalCount nodes { id } } }",
    variables: fc.record(
      {
        f: number,
        a: fc.oneof(text, fc.base64String({ maxLength: 200 })),
        q: text,
        s: serviceId,
        o: anyId,
        b: fc.constantFrom("number", "deadline"),
      },
      { requiredKeys: [] },
    ),
  },
  {
    name: "requestList",
    as: "staff",
    query:
      "query($f: Int, $a: String, $q: String, $s: ID, $o: ID, $k: RequestKind, $b: RequestOrder) { requestList(first: $f, after: $a, search: $q, serviceId: $s, organizationId: $o, kind: $k, orderBy: $b) { totalCount nodes { id deadline daysRemaining } } }",
    variables: fc.record(
      {
        f: number,
        a: fc.oneof(text, fc.base64String({ maxLength: 200 })),
        q: text,
        s: serviceId,
        o: anyId,
        k: fc.constantFrom("cancellation", "change"),
        b: fc.constantFrom("deadline", "submitted"),
      },
      { requiredKeys: [] },
    ),
  },
  {
    name: "requests",
    as: "staff",
    query: "query($c: ID, $s: [String!]) { requests(contractId: $c, statuses: $s) { id } }",
    variables: fc.record({ c: anyId, s: fc.array(text, { maxLength: 20 }) }, { requiredKeys: [] }),
  },
  {
    name: "request",
    as: "admin",
    query: "query($id: ID!) { request(id: $id) { id } }",
    variables: fc.record({ id: anyId }),
  },
  {
    name: "auditTrail",
    as: "staff",
    query: "query($id: ID!) { auditTrail(entityId: $id) { action } }",
    variables: fc.record({ id: anyId }),
  },
  { name: "notices", as: "admin", query: "{ notices { id } }", variables: fc.constant({}) },
  {
    name: "markNoticeRead",
    as: "admin",
    query: "mutation($id: ID!) { markNoticeRead(id: $id) { id } }",
    variables: fc.record({ id: anyId }),
  },
  {
    name: "submitCancellationRequest",
    as: "admin",
    query: "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }",
    variables: fc.record({
      i: fc.record(
        {
          contractId: anyId,
          desiredEndDate: anyDate,
          noticeDate: anyDate,
          idempotencyKey: key,
          quoteSnapshotId: anyId,
          acknowledgeLateNotice: fc.boolean(),
          acknowledgeOneOffCharge: fc.oneof(yen, text),
        },
        { requiredKeys: ["contractId", "desiredEndDate", "idempotencyKey"] },
      ),
    }),
  },
  {
    name: "reviewCancellation",
    as: "admin",
    query: "mutation($i: ReviewCancellationInput!) { reviewCancellation(input: $i) { id number } }",
    variables: fc.record({
      i: fc.record(
        { contractId: anyId, desiredEndDate: anyDate, noticeDate: anyDate },
        { requiredKeys: ["contractId", "desiredEndDate"] },
      ),
    }),
  },
  {
    name: "reviewChange",
    as: "admin",
    query: "mutation($i: ReviewChangeInput!) { reviewChange(input: $i) { id number } }",
    variables: fc.record({ i: fc.record({ contractId: anyId, newParameters: parameters, effectiveDate: anyDate }) }),
  },
  {
    name: "quoteReview",
    as: "admin",
    query: "query($id: ID!) { quoteReview(id: $id) { id } }",
    variables: fc.record({ id: anyId }),
  },
  {
    name: "submitChangeRequest",
    as: "admin",
    query: "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
    variables: fc.record({
      i: fc.record(
        {
          contractId: anyId,
          newParameters: parameters,
          effectiveDate: anyDate,
          idempotencyKey: key,
          quoteSnapshotId: anyId,
          acknowledgeOneOffCharge: fc.oneof(yen, text),
        },
        { requiredKeys: ["contractId", "newParameters", "effectiveDate", "idempotencyKey"] },
      ),
    }),
  },
  {
    name: "withdrawRequest",
    as: "admin",
    query: "mutation($id: ID!, $k: String!) { withdrawRequest(requestId: $id, idempotencyKey: $k) { id } }",
    variables: fc.record({ id: anyId, k: key }),
  },
  {
    name: "acceptRequest",
    as: "staff",
    query:
      "mutation($id: ID!, $d: Date!, $k: String!) { acceptRequest(requestId: $id, confirmationDate: $d, idempotencyKey: $k) { id } }",
    variables: fc.record({ id: anyId, d: anyDate, k: key }),
  },
  {
    name: "rejectRequest",
    as: "staff",
    query:
      "mutation($id: ID!, $r: String!, $k: String!) { rejectRequest(requestId: $id, reason: $r, idempotencyKey: $k) { id } }",
    variables: fc.record({ id: anyId, r: text, k: key }),
  },
  {
    name: "completeRequest",
    as: "staff",
    query: "mutation($id: ID!, $k: String!) { completeRequest(requestId: $id, idempotencyKey: $k) { id } }",
    variables: fc.record({ id: anyId, k: key }),
  },
  {
    name: "termsVersions",
    as: "legal",
    query: "query($s: ID) { termsVersions(serviceId: $s) { id } }",
    variables: fc.record({ s: serviceId }, { requiredKeys: [] }),
  },
  {
    name: "termsVersion",
    as: "legal",
    query: "query($id: ID!) { termsVersion(id: $id) { id } }",
    variables: fc.record({ id: anyId }),
  },
  {
    name: "termsDiff",
    as: "legal",
    query: "query($a: ID!, $b: ID!) { termsDiff(a: $a, b: $b) { text } }",
    variables: fc.record({ a: anyId, b: anyId }),
  },
  {
    name: "impactAnalysis",
    as: "legal",
    query: "query($id: ID!) { impactAnalysis(versionId: $id) { contracts } }",
    variables: fc.record({ id: anyId }),
  },
  {
    name: "impactProgress",
    as: "legal",
    query: "query($id: ID!) { impactProgress(versionId: $id) { done total } }",
    variables: fc.record({ id: anyId }),
  },
  {
    name: "createDraft",
    as: "legal",
    query: "mutation($id: ID!) { createDraft(fromVersionId: $id) { id } }",
    variables: fc.record({ id: anyId }),
  },
  {
    name: "updateDraft",
    as: "legal",
    query: "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    variables: fc.record({
      i: fc.record(
        {
          id: fc.oneof(anyId, fc.constant("DRAFT")),
          content: fc.jsonValue({ maxDepth: 4 }),
          sets: fc.array(
            fc.record({
              path: fc.oneof(
                text,
                fc.constantFrom(
                  "terms.fees[0].price.amountYen",
                  "terms.lateInterest.graceDays",
                  "__proto__.x",
                  "terms.fees[9999]",
                ),
              ),
              value: fc.jsonValue({ maxDepth: 2 }),
            }),
            { maxLength: 5 },
          ),
          version: text,
          effectiveFrom: anyDate,
        },
        { requiredKeys: ["id"] },
      ),
    }),
  },
  {
    name: "requestReview",
    as: "legal",
    query: "mutation($id: ID!) { requestReview(id: $id) { id } }",
    variables: fc.record({ id: fc.oneof(anyId, fc.constant("DRAFT")) }),
  },
  {
    name: "deleteDraft",
    as: "legal",
    query: "mutation($id: ID!) { deleteDraft(id: $id) }",
    variables: fc.record({ id: anyId }),
  },
  {
    name: "approveAndPublish",
    as: "legal",
    query: "mutation($id: ID!, $k: String!) { approveAndPublish(id: $id, idempotencyKey: $k) { status } }",
    variables: fc.record({ id: fc.oneof(anyId, fc.constant("DRAFT")), k: key }),
  },
];

describe.each(backends())("fuzzing every public operation on %s", (kind) => {
  let server: RunningServer;
  const cookies: Record<Who, string> = { anonymous: "", admin: "", staff: "", legal: "" };
  let draftId = "";

  beforeAll(async () => {
    server = await startServer(kind, {
      RATE_LIMIT_SIGN_IN_FAILURES: "1000000",
      RATE_LIMIT_SIGN_IN_PER_ADDRESS: "1000000",
      RATE_LIMIT_QUOTES_PER_MINUTE: "1000000",
      RATE_LIMIT_EXPENSIVE_PER_MINUTE: "1000000",
    });
    cookies.admin = await signIn(server, "admin@kyushu-logistics.example");
    cookies.staff = await signIn(server, "staff@yakkan.example");
    cookies.legal = await signIn(server, "legal@yakkan.example");
    const versions = await graphql<{ termsVersions: { id: string }[] }>(
      server,
      '{ termsVersions(serviceId: "utm-support") { id } }',
      {},
      { cookie: cookies.legal },
    );
    const draft = await graphql<{ createDraft: { id: string } }>(
      server,
      "mutation($id: ID!) { createDraft(fromVersionId: $id) { id } }",
      { id: versions.data!.termsVersions.at(-1)!.id },
      { cookie: cookies.legal },
    );
    draftId = draft.data?.createDraft.id ?? "";
  });
  afterAll(async () => {
    await server?.stop();
  });

  const withDraft = (value: unknown): unknown =>
    value === "DRAFT"
      ? draftId
      : Array.isArray(value)
        ? value.map(withDraft)
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDraft(v)]))
          : value;

  for (const operation of OPERATIONS) {
    it(`${operation.name}: never a 5xx or INTERNAL_SERVER_ERROR, each answer within ${BUDGET_MS} ms (${RUNS} runs)`, async () => {
      let slowest = 0;
      await fc.assert(
        fc.asyncProperty(operation.variables, async (variables) => {
          const started = performance.now();
          const response = await fetch(`${server.url}/graphql`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              ...(operation.as === "anonymous" ? {} : { cookie: cookies[operation.as] }),
            },
            body: JSON.stringify({ query: operation.query, variables: withDraft(variables) }),
          });
          const body = await response.text();
          const elapsed = performance.now() - started;
          slowest = Math.max(slowest, elapsed);
          expect(response.status, body.slice(0, 300)).toBeLessThan(500);
          expect(body).not.toContain("INTERNAL_SERVER_ERROR");
          expect(() => JSON.parse(body) as unknown).not.toThrow();
          expect(elapsed, `${operation.name} took ${elapsed.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
        }),
        { numRuns: RUNS },
      );
      expect(slowest).toBeLessThan(BUDGET_MS);
    }, 120_000);
  }

  it("covers every root field of the schema", async () => {
    // The operations above name every query and mutation the server has (introspection is off in production, so read the committed schema).
    const { readFileSync } = await import("node:fs");
    const schema = readFileSync(new URL("../../api/schema.graphql", import.meta.url), "utf8");
    const fields = (type: string) =>
      [...(new RegExp(`type ${type} \\{([^}]*)\\}`).exec(schema)?.[1] ?? "").matchAll(/^\s+(\w+)[(:]/gm)].map(
        (m) => m[1]!,
      );
    const covered = new Set(OPERATIONS.map((o) => o.name.split(" ")[0]!));
    const roots = [...fields("Query"), ...fields("Mutation")];
    expect(roots.length).toBeGreaterThan(30);
    expect(roots.filter((f) => !covered.has(f))).toEqual([]);
  });

  it("logged no unexpected error", () => {
    expect(server.output()).not.toMatch(/Internal server error|TypeError|RangeError|ReferenceError/);
  });
});
