import { backends } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  GENEROUS_LIMITS,
  gql,
  post,
  signInAs,
  startInProcess,
  type GraphqlResponse,
  type InProcessApi,
} from "./helpers/in-process.js";

/**
 * What a hostile client sends, and what it gets: a located error with a stable code, no 500, and
 * no row written anywhere (row counts of every table before and after each request).
 */

const FLEX = { plan: "core", licenses: 1200, serverBandwidth: "300M", accessBandwidth: "300M" };
const FLEX_LITERAL = '{ plan: "core", licenses: 1200, serverBandwidth: "300M", accessBandwidth: "300M" }';
const NIL_UUID = "00000000-0000-4000-8000-000000000000";
const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(" ");
const nested = (depth: number) => `{ ${"a { ".repeat(depth)}b${" }".repeat(depth)} }`;

type Who = "anonymous" | "admin" | "staff" | "legal";

interface Case {
  name: string;
  /** A GraphQL document with variables, or a raw body (with headers/method) for transport-level abuse. */
  query?: string;
  variables?: Record<string, unknown>;
  raw?: { body: string; headers?: Record<string, string>; method?: string };
  as?: Who;
  code: string;
  /** The HTTP status, where it is not 200. */
  status?: number;
}

/** The error is located: at a place in the document, a field of the response, or an input path. */
function located(error: NonNullable<NonNullable<GraphqlResponse["body"]>["errors"]>[number]): boolean {
  const issues = error.extensions?.["issues"] as unknown[] | undefined;
  return (error.locations?.length ?? 0) > 0 || (error.path?.length ?? 0) > 0 || (issues?.length ?? 0) > 0;
}

/** At least 40 abusive documents: size, shape, transport and protocol abuse. */
const ABUSIVE_DOCUMENTS: Case[] = [
  {
    name: "1,000 aliases of an estimate (refused while parsing: over 1,000 tokens)",
    query: `{ ${repeat(1000, (i) => `a${i}: feeEstimate(serviceId: "qtpro-flex-mobility", parameters: ${FLEX_LITERAL}) { monthly }`)} }`,
    code: "GRAPHQL_PARSE_FAILED",
    status: 400,
  },
  {
    name: "16 aliases of the service list",
    query: `{ ${repeat(16, (i) => `s${i}: services { id }`)} }`,
    code: "QUERY_TOO_COMPLEX",
    status: 400,
  },
  {
    name: "16 aliases of sign-in (credential stuffing in one request)",
    query: `mutation { ${repeat(16, (i) => `s${i}: signIn(email: "a${i}@x.example", password: "p") { id }`)} }`,
    code: "QUERY_TOO_COMPLEX",
    status: 400,
  },
  { name: "a selection 22 levels deep", query: nested(22), code: "QUERY_TOO_COMPLEX", status: 400 },
  { name: "a selection 11 levels deep", query: nested(11), code: "QUERY_TOO_COMPLEX", status: 400 },
  {
    name: "more than 1,000 tokens",
    query: `{ services { ${repeat(1001, () => "id")} } }`,
    code: "GRAPHQL_PARSE_FAILED",
    status: 400,
  },
  {
    name: "11 directives",
    query: `{ services ${repeat(11, () => "@include(if: true)")} { id } }`,
    code: "QUERY_TOO_COMPLEX",
    status: 400,
  },
  {
    name: "a costly selection (every field of 200 contracts with their key dates)",
    as: "admin",
    query:
      "{ contracts(first: 200) { nodes { id contractNumber serviceId organizationId organizationName parameters startDate status confirmationDate endDate keyDates { minimumTermEndDate maximumTermEndDate earliestEndDate noticeDeadline monthlyFee } } } }",
    code: "QUERY_TOO_COMPLEX",
    status: 400,
  },
  {
    name: "a page of 100,000 contracts (the cost counts the page)",
    as: "admin",
    query: "{ contracts(first: 100000) { nodes { id } } }",
    code: "QUERY_TOO_COMPLEX",
    status: 400,
  },
  {
    name: "introspection of the schema in production",
    query: "{ __schema { types { name } } }",
    code: "GRAPHQL_VALIDATION_FAILED",
    status: 400,
  },
  {
    name: "introspection of one type in production",
    query: '{ __type(name: "Query") { fields { name } } }',
    code: "GRAPHQL_VALIDATION_FAILED",
    status: 400,
  },
  {
    name: "a misspelt field fishing for suggestions",
    query: "{ servics { id } }",
    code: "GRAPHQL_VALIDATION_FAILED",
    status: 400,
  },
  { name: "a syntax error", query: "{ services { id }", code: "GRAPHQL_PARSE_FAILED", status: 400 },
  {
    name: "an unterminated string",
    query: '{ service(id: "qtpro) { id } }',
    code: "GRAPHQL_PARSE_FAILED",
    status: 400,
  },
  {
    name: "an unknown argument",
    query: "{ services(evil: 1) { id } }",
    code: "GRAPHQL_VALIDATION_FAILED",
    status: 400,
  },
  {
    name: "a fragment cycle",
    query: "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
    code: "GRAPHQL_VALIDATION_FAILED",
    status: 400,
  },
  {
    name: "an unused fragment bomb",
    query: `query { services { id } } ${repeat(30, (i) => `fragment F${i} on Query { services { id } }`)}`,
    code: "GRAPHQL_VALIDATION_FAILED",
    status: 400,
  },
  {
    name: "two operations and no operation name",
    raw: { body: JSON.stringify({ query: "query A { services { id } } query B { services { id } }" }) },
    code: "OPERATION_RESOLUTION_FAILURE",
    status: 400,
  },
  {
    name: "an operation name that is not in the document",
    raw: { body: JSON.stringify({ query: "query A { services { id } }", operationName: "B" }) },
    code: "OPERATION_RESOLUTION_FAILURE",
    status: 400,
  },
  {
    name: "a subscription (not served)",
    query: "subscription { services { id } }",
    code: "GRAPHQL_VALIDATION_FAILED",
    status: 400,
  },
  {
    name: "a variable of an unknown type",
    query: "query($x: Evil) { services { id } }",
    code: "GRAPHQL_VALIDATION_FAILED",
    status: 400,
  },
  {
    name: "a required variable left out",
    query: "query($id: ID!) { service(id: $id) { id } }",
    code: "BAD_USER_INPUT",
    status: 400,
  },
  {
    name: "variables that are not an object",
    raw: { body: JSON.stringify({ query: "{ services { id } }", variables: [1, 2] }) },
    code: "BAD_REQUEST",
    status: 400,
  },
  {
    name: "a query that is not a string",
    raw: { body: JSON.stringify({ query: 42 }) },
    code: "BAD_REQUEST",
    status: 400,
  },
  { name: "an empty query", raw: { body: JSON.stringify({ query: "" }) }, code: "BAD_REQUEST", status: 400 },
  { name: "a body that is not JSON", raw: { body: "{ services { id } }" }, code: "BAD_REQUEST", status: 400 },
  {
    name: "a batch of operations (batching is off)",
    raw: { body: JSON.stringify([{ query: "{ services { id } }" }, { query: "{ services { id } }" }]) },
    code: "BAD_REQUEST",
    status: 400,
  },
  {
    name: "a simple cross-site POST (text/plain)",
    raw: { body: JSON.stringify({ query: "mutation { signOut }" }), headers: { "content-type": "text/plain" } },
    code: "BAD_REQUEST",
    status: 400,
  },
  {
    name: "a mutation over GET",
    raw: { body: "", method: "GET", headers: { "apollo-require-preflight": "1" } },
    code: "BAD_REQUEST",
    status: 400,
  },
  {
    name: "a body over the 1 MB limit",
    raw: { body: JSON.stringify({ query: `{ services { id } } # ${"x".repeat(1_100_000)}` }) },
    code: "PAYLOAD_TOO_LARGE",
    status: 413,
  },
  {
    name: "an unknown persisted query",
    raw: { body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }) },
    code: "PERSISTED_QUERY_NOT_FOUND",
    status: 200,
  },
  {
    name: "a NUL character in a string literal",
    query: '{ service(id: "flex\\u0000") { id } }',
    code: "BAD_USER_INPUT",
    status: 400,
  },
  {
    name: "a NUL character in a variable",
    query: "query($id: ID!) { service(id: $id) { id } }",
    variables: { id: "\u0000" },
    code: "BAD_USER_INPUT",
    status: 400,
  },
  {
    name: "a Date literal out of the calendar data",
    query: `{ feeEstimate(serviceId: "qtpro-flex-mobility", parameters: ${FLEX_LITERAL}, asOf: "9999-12-31") { monthly } }`,
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  },
  {
    name: "a Date variable out of the calendar data",
    query: 'query($d: Date) { feeEstimate(serviceId: "qtpro-flex-mobility", parameters: {}, asOf: $d) { monthly } }',
    variables: { d: "0001-01-01" },
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  },
  {
    name: "a Date that is a number",
    query: `{ feeEstimate(serviceId: "qtpro-flex-mobility", parameters: ${FLEX_LITERAL}, asOf: 20270101) { monthly } }`,
    code: "BAD_USER_INPUT",
    status: 400,
  },
  {
    name: "an Int beyond 32 bits",
    query:
      '{ outageCredit(serviceId: "utm-support", monthlyFee: "1000", outageStart: "2027-01-01", outageHours: 99999999999) { credit } }',
    code: "GRAPHQL_VALIDATION_FAILED",
    status: 400,
  },
  {
    name: "JSON parameters nested 100,000 deep",
    raw: {
      body: `{"query":"query($p: JSON!) { feeEstimate(serviceId: \\"qtpro-flex-mobility\\", parameters: $p) { monthly } }","variables":{"p":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}}}`,
    },
    code: "BAD_USER_INPUT",
  },
  {
    name: "JSON parameters with 10,000 keys",
    query: 'query($p: JSON!) { feeEstimate(serviceId: "qtpro-flex-mobility", parameters: $p) { monthly } }',
    variables: { p: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])) },
    code: "BAD_USER_INPUT",
  },
  {
    name: "the issue's request: changeQuote effective 9999-12-31",
    query: "query($i: ChangeQuoteInput!) { changeQuote(input: $i) { allowed } }",
    variables: {
      i: {
        serviceId: "qtpro-flex-mobility",
        parameters: FLEX,
        startDate: "2026-06-01",
        newParameters: { ...FLEX, licenses: 1250 },
        effectiveDate: "9999-12-31",
      },
    },
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  },
  {
    name: "a change request effective 9999-12-31",
    as: "admin",
    query: "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
    variables: {
      i: { contractId: NIL_UUID, newParameters: FLEX, effectiveDate: "9999-12-31", idempotencyKey: "hostile-9999" },
    },
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  },
  {
    name: "late interest to 9999-12-31",
    query:
      '{ lateInterest(serviceId: "qtpro-flex-mobility", amount: "1000", dueDate: "2027-01-01", paidDate: "9999-12-31") { days } }',
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  },
  {
    name: "a draft edit reaching __proto__",
    as: "legal",
    query: "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    variables: { i: { id: "DRAFT", sets: [{ path: "__proto__.polluted", value: true }] } },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a draft edit reaching constructor.prototype",
    as: "legal",
    query: "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    variables: { i: { id: "DRAFT", sets: [{ path: "terms.constructor.prototype.polluted", value: true }] } },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a draft edit through an array's length",
    as: "legal",
    query: "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    variables: { i: { id: "DRAFT", sets: [{ path: "terms.fees.length", value: 0 }] } },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a mutation without a session",
    query: "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }",
    variables: { i: { contractId: NIL_UUID, desiredEndDate: "2027-05-31", idempotencyKey: "hostile-anon" } },
    code: "UNAUTHENTICATED",
  },
  {
    name: "a forged session cookie",
    query: "{ contracts { nodes { id } } }",
    as: "anonymous",
    code: "UNAUTHENTICATED",
  },
];

/** At least 60 bad values, field by field. */
const BAD_INPUTS: Case[] = [
  ...["2026-02-30", "2026-13-01", "27-01-01", "2027-1-1", "tomorrow", "", "2027-01-01T00:00:00Z"].map((d): Case => ({
    name: `feeEstimate asOf "${d}"`,
    query: 'query($d: Date) { feeEstimate(serviceId: "qtpro-flex-mobility", parameters: {}, asOf: $d) { monthly } }',
    variables: { d },
    code: "BAD_USER_INPUT",
    status: 400,
  })),
  ...["1969-12-31", "2051-01-01", "9999-12-31", "0000-01-01"].map((d): Case => ({
    name: `cancellationQuote desiredEndDate ${d}`,
    query: "query($i: CancellationQuoteInput!) { cancellationQuote(input: $i) { total } }",
    variables: {
      i: { serviceId: "qtpro-flex-mobility", parameters: FLEX, startDate: "2026-06-01", desiredEndDate: d },
    },
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  })),
  {
    name: "orderDeadline desiredStartDate 2051-01-01",
    query: `{ orderDeadline(serviceId: "qtpro-flex-mobility", parameters: ${FLEX_LITERAL}, desiredStartDate: "2051-01-01") { latestSubmissionDate } }`,
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  },
  {
    name: "serviceTerms asOf 1900-01-01",
    query: '{ serviceTerms(serviceId: "qtpro-flex-mobility", asOf: "1900-01-01") { parties { id } } }',
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  },
  {
    name: "evasionSurcharge asOf 2100-01-01",
    query: '{ evasionSurcharge(serviceId: "utm-support", evadedAmount: "100", asOf: "2100-01-01") { surcharge } }',
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  },
  {
    name: "outageCredit outageStart 3000-01-01",
    query:
      '{ outageCredit(serviceId: "utm-support", monthlyFee: "1000", outageStart: "3000-01-01", outageHours: 1) { credit } }',
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  },
  {
    name: "a cancellation ending 9999-12-31",
    as: "admin",
    query: "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }",
    variables: { i: { contractId: "KYUSHU", desiredEndDate: "9999-12-31", idempotencyKey: "bad-end-9999" } },
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  },
  {
    name: "a cancellation ending 2050-12-31 (beyond the 5-year horizon)",
    as: "admin",
    query: "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }",
    variables: { i: { contractId: "KYUSHU", desiredEndDate: "2050-12-31", idempotencyKey: "bad-end-2050" } },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a cancellation ending in the past",
    as: "admin",
    query: "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }",
    variables: { i: { contractId: "KYUSHU", desiredEndDate: "2020-01-31", idempotencyKey: "bad-end-past" } },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a change effective 2200-01-01",
    as: "admin",
    query: "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
    variables: {
      i: { contractId: "KYUSHU", newParameters: FLEX, effectiveDate: "2200-01-01", idempotencyKey: "bad-change-2200" },
    },
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  },
  {
    name: "a change effective 2045-01-01 (beyond the horizon)",
    as: "admin",
    query: "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
    variables: {
      i: { contractId: "KYUSHU", newParameters: FLEX, effectiveDate: "2045-01-01", idempotencyKey: "bad-change-2045" },
    },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a change with parameters that are a string",
    as: "admin",
    query: "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
    variables: {
      i: {
        contractId: "KYUSHU",
        newParameters: "plan=core",
        effectiveDate: "2027-04-01",
        idempotencyKey: "bad-change-string",
      },
    },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a change with parameters that are an array",
    as: "admin",
    query: "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
    variables: {
      i: {
        contractId: "KYUSHU",
        newParameters: [FLEX],
        effectiveDate: "2027-04-01",
        idempotencyKey: "bad-change-array",
      },
    },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a change with a nested parameter value",
    as: "admin",
    query: "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
    variables: {
      i: {
        contractId: "KYUSHU",
        newParameters: { ...FLEX, licenses: { $gt: 0 } },
        effectiveDate: "2027-04-01",
        idempotencyKey: "bad-change-nested",
      },
    },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a change with a 10,000-character parameter value",
    as: "admin",
    query: "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
    variables: {
      i: {
        contractId: "KYUSHU",
        newParameters: { ...FLEX, plan: "x".repeat(10_000) },
        effectiveDate: "2027-04-01",
        idempotencyKey: "bad-change-long",
      },
    },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a change with 51 parameters",
    as: "admin",
    query: "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
    variables: {
      i: {
        contractId: "KYUSHU",
        newParameters: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])),
        effectiveDate: "2027-04-01",
        idempotencyKey: "bad-change-keys",
      },
    },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a change with a licence count of 10^308",
    as: "admin",
    query: "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
    variables: {
      i: {
        contractId: "KYUSHU",
        newParameters: { ...FLEX, licenses: 1e308 },
        effectiveDate: "2027-04-01",
        idempotencyKey: "bad-change-huge",
      },
    },
    code: "INVALID_PARAMETERS",
  },
  {
    name: "a change with a negative licence count",
    as: "admin",
    query: "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
    variables: {
      i: {
        contractId: "KYUSHU",
        newParameters: { ...FLEX, licenses: -1200 },
        effectiveDate: "2027-04-01",
        idempotencyKey: "bad-change-negative",
      },
    },
    code: "INVALID_PARAMETERS",
  },
  {
    name: "an idempotency key of 7 characters",
    as: "admin",
    query: "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }",
    variables: { i: { contractId: "KYUSHU", desiredEndDate: "2027-05-31", idempotencyKey: "short" } },
    code: "BAD_USER_INPUT",
  },
  {
    name: "an idempotency key of 201 characters",
    as: "admin",
    query: "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }",
    variables: { i: { contractId: "KYUSHU", desiredEndDate: "2027-05-31", idempotencyKey: "k".repeat(201) } },
    code: "BAD_USER_INPUT",
  },
  {
    name: "an idempotency key with a quote and a space",
    as: "admin",
    query: "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }",
    variables: {
      i: { contractId: "KYUSHU", desiredEndDate: "2027-05-31", idempotencyKey: "key'; drop table requests; --" },
    },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a cancellation of a contract id that is not a UUID",
    as: "admin",
    query: "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }",
    variables: { i: { contractId: "' or 1=1 --", desiredEndDate: "2027-05-31", idempotencyKey: "bad-contract-id" } },
    code: "NOT_FOUND",
  },
  {
    name: "a cancellation of another organisation's contract",
    as: "admin",
    query: "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }",
    variables: { i: { contractId: "HAKATA", desiredEndDate: "2027-05-31", idempotencyKey: "bad-contract-other" } },
    code: "NOT_FOUND",
  },
  {
    name: "contracts(first: -1)",
    as: "admin",
    query: "{ contracts(first: -1) { nodes { id } } }",
    code: "BAD_USER_INPUT",
  },
  {
    name: "contracts(first: 0)",
    as: "admin",
    query: "{ contracts(first: 0) { nodes { id } } }",
    code: "BAD_USER_INPUT",
  },
  {
    name: "contracts(first: 201)",
    as: "admin",
    query: "{ contracts(first: 201) { nodes { id } } }",
    code: "BAD_USER_INPUT",
  },
  {
    name: 'contracts(after: "\\u0000")',
    as: "admin",
    query: "query($a: String) { contracts(after: $a) { nodes { id } } }",
    variables: { a: "\u0000" },
    code: "BAD_USER_INPUT",
    status: 400,
  },
  {
    name: "contracts(after: a 10,000-character cursor)",
    as: "admin",
    query: "query($a: String) { contracts(after: $a) { nodes { id } } }",
    variables: { a: "Y".repeat(10_000) },
    code: "BAD_USER_INPUT",
  },
  { name: "contract(id: not a UUID)", as: "admin", query: '{ contract(id: "not-a-uuid") { id } }', code: "NOT_FOUND" },
  {
    name: "request(id: not a UUID)",
    as: "admin",
    query: '{ request(id: "../../etc/passwd") { id } }',
    code: "NOT_FOUND",
  },
  {
    name: "requests(contractId: not a UUID)",
    as: "admin",
    query: '{ requests(contractId: "x") { id } }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "markNoticeRead(id: not a UUID)",
    as: "admin",
    query: 'mutation { markNoticeRead(id: "not-a-uuid") { id } }',
    code: "NOT_FOUND",
  },
  {
    name: "markNoticeRead(id: a notice that does not exist)",
    as: "admin",
    query: `mutation { markNoticeRead(id: "${NIL_UUID}") { id } }`,
    code: "NOT_FOUND",
  },
  {
    name: "auditTrail(entityId: not a UUID)",
    as: "admin",
    query: '{ auditTrail(entityId: "x") { action } }',
    code: "BAD_USER_INPUT",
  },
  { name: "termsVersion(id: not a UUID)", as: "legal", query: '{ termsVersion(id: "1") { id } }', code: "NOT_FOUND" },
  {
    name: "createDraft(fromVersionId: not a UUID)",
    as: "legal",
    query: 'mutation { createDraft(fromVersionId: "1") { id } }',
    code: "NOT_FOUND",
  },
  {
    name: "termsVersions(serviceId: 1,000 characters)",
    as: "legal",
    query: "query($s: ID) { termsVersions(serviceId: $s) { id } }",
    variables: { s: "s".repeat(1000) },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a rejection reason of 200,000 characters",
    as: "staff",
    query:
      'mutation($r: String!) { rejectRequest(requestId: "REQUEST", reason: $r, idempotencyKey: "bad-reason-long") { id } }',
    variables: { r: "理由".repeat(100_000) },
    code: "BAD_USER_INPUT",
  },
  {
    name: "an empty rejection reason",
    as: "staff",
    query: 'mutation { rejectRequest(requestId: "REQUEST", reason: "   ", idempotencyKey: "bad-reason-empty") { id } }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "a confirmation date 2099-01-01",
    as: "staff",
    query:
      'mutation { acceptRequest(requestId: "REQUEST", confirmationDate: "2099-01-01", idempotencyKey: "bad-confirm-2099") { id } }',
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  },
  {
    name: "a confirmation date 2049-01-01 (beyond the horizon)",
    as: "staff",
    query:
      'mutation { acceptRequest(requestId: "REQUEST", confirmationDate: "2049-01-01", idempotencyKey: "bad-confirm-2049") { id } }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "a version label of 100,000 characters",
    as: "legal",
    query: "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    variables: { i: { id: "DRAFT", version: "v".repeat(100_000) } },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a draft effective 9999-12-31",
    as: "legal",
    query: "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    variables: { i: { id: "DRAFT", effectiveFrom: "9999-12-31" } },
    code: "DATE_OUT_OF_RANGE",
    status: 400,
  },
  {
    name: "a draft effective 2049-01-01 (beyond the horizon)",
    as: "legal",
    query: "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    variables: { i: { id: "DRAFT", effectiveFrom: "2049-01-01" } },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a draft whose content is an array",
    as: "legal",
    query: "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    variables: { i: { id: "DRAFT", content: [1, 2, 3] } },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a draft whose content breaks the DSL",
    as: "legal",
    query: "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    variables: { i: { id: "DRAFT", content: { evil: true } } },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a draft edit at a position past the end of a list",
    as: "legal",
    query: "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    variables: { i: { id: "DRAFT", sets: [{ path: "terms.fees[100000].price", value: 1 }] } },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a draft edit with a 1,000-character path",
    as: "legal",
    query: "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    variables: { i: { id: "DRAFT", sets: [{ path: "a.".repeat(500), value: 1 }] } },
    code: "BAD_USER_INPUT",
  },
  {
    name: "501 draft edits at once",
    as: "legal",
    query: "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    variables: {
      i: { id: "DRAFT", sets: Array.from({ length: 501 }, () => ({ path: "terms.lateInterest.graceDays", value: 1 })) },
    },
    code: "BAD_USER_INPUT",
  },
  {
    name: "a draft with a NUL character in its content",
    as: "legal",
    query: "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    variables: { i: { id: "DRAFT", content: { version: "\u0000" } } },
    code: "BAD_USER_INPUT",
    status: 400,
  },
  {
    name: "sign-in with a 10,000-character e-mail",
    query: 'mutation($e: String!) { signIn(email: $e, password: "x") { id } }',
    variables: { e: `${"a".repeat(10_000)}@x.example` },
    code: "BAD_USER_INPUT",
  },
  {
    name: "sign-in with a 1 MB-ish password",
    query: 'mutation($p: String!) { signIn(email: "admin@kyushu-logistics.example", password: $p) { id } }',
    variables: { p: "p".repeat(900_000) },
    code: "BAD_USER_INPUT",
  },
  {
    name: "sign-in with an empty e-mail",
    query: 'mutation { signIn(email: "  ", password: "x") { id } }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "a password change to 11 characters",
    as: "admin",
    query: 'mutation { changePassword(currentPassword: "yakkan-demo-2026", newPassword: "12345678901") }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "a password change with a wrong current password",
    as: "admin",
    query: 'mutation { changePassword(currentPassword: "wrong", newPassword: "a-long-enough-password") }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "an amount with an exponent",
    query:
      '{ lateInterest(serviceId: "qtpro-flex-mobility", amount: "1e9", dueDate: "2027-01-01", paidDate: "2027-02-01") { interest } }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "a negative amount",
    query:
      '{ lateInterest(serviceId: "qtpro-flex-mobility", amount: "-100", dueDate: "2027-01-01", paidDate: "2027-02-01") { interest } }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "an amount in full-width digits",
    query:
      '{ lateInterest(serviceId: "qtpro-flex-mobility", amount: "１００", dueDate: "2027-01-01", paidDate: "2027-02-01") { interest } }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "an amount of 100 digits",
    query: `{ lateInterest(serviceId: "qtpro-flex-mobility", amount: "${"9".repeat(100)}", dueDate: "2027-01-01", paidDate: "2027-02-01") { interest } }`,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a payment before it was due",
    query:
      '{ lateInterest(serviceId: "qtpro-flex-mobility", amount: "100", dueDate: "2027-02-01", paidDate: "2027-01-01") { interest } }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "a negative outage",
    query:
      '{ outageCredit(serviceId: "utm-support", monthlyFee: "1000", outageStart: "2027-01-01", outageHours: -1) { credit } }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "an outage of 100,000 hours",
    query:
      '{ outageCredit(serviceId: "utm-support", monthlyFee: "1000", outageStart: "2027-01-01", outageHours: 100000) { credit } }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "an unknown service",
    query: `{ feeEstimate(serviceId: "evil", parameters: ${FLEX_LITERAL}) { monthly } }`,
    code: "NOT_FOUND",
  },
  {
    name: "parameters that are a number",
    query: '{ feeEstimate(serviceId: "qtpro-flex-mobility", parameters: 42) { monthly } }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "parameters with a licence count that is a string",
    query:
      '{ feeEstimate(serviceId: "qtpro-flex-mobility", parameters: { plan: "core", licenses: "many", serverBandwidth: "300M", accessBandwidth: "300M" }) { monthly } }',
    code: "INVALID_PARAMETERS",
  },
  {
    name: "a hypothetical quote missing its contract",
    query: '{ cancellationQuote(input: { serviceId: "qtpro-flex-mobility", desiredEndDate: "2027-03-31" }) { total } }',
    code: "BAD_USER_INPUT",
  },
  {
    name: "a staff transition of a request id that is not a UUID",
    as: "staff",
    query: 'mutation { completeRequest(requestId: "1 or 1=1", idempotencyKey: "bad-complete-id") { id } }',
    code: "NOT_FOUND",
  },
];

describe.each(backends())("hostile input on %s", (kind) => {
  let server: InProcessApi;
  const cookies: Record<Who, string> = { anonymous: "", admin: "", staff: "", legal: "" };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startInProcess(kind, { rateLimits: GENEROUS_LIMITS });
    cookies.admin = await signInAs(server.url, "admin@kyushu-logistics.example");
    cookies.staff = await signInAs(server.url, "staff@yakkan.example");
    cookies.legal = await signInAs(server.url, "legal@yakkan.example");
    const list = await gql(server.url, "{ contracts { nodes { id contractNumber } } }", {}, { cookie: cookies.staff });
    const contracts = (list.body?.data as { contracts: { nodes: { id: string; contractNumber: string }[] } }).contracts
      .nodes;
    ids["KYUSHU"] = contracts.find((c) => c.contractNumber === "YK-FM-0001")!.id;
    ids["HAKATA"] = contracts.find((c) => c.contractNumber === "YK-FM-0003")!.id;
    const submitted = await gql(
      server.url,
      "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }",
      { i: { contractId: ids["KYUSHU"], desiredEndDate: "2027-05-31", idempotencyKey: "hostile-setup-request" } },
      { cookie: cookies.admin },
    );
    ids["REQUEST"] = (
      submitted.body?.data as { submitCancellationRequest: { id: string } }
    ).submitCancellationRequest.id;
    const versions = await gql(
      server.url,
      '{ termsVersions(serviceId: "qtpro-flex-mobility") { id version } }',
      {},
      { cookie: cookies.legal },
    );
    const current = (versions.body?.data as { termsVersions: { id: string; version: string }[] }).termsVersions.find(
      (v) => v.version === "2022-05-09 改訂",
    )!;
    const draft = await gql(
      server.url,
      "mutation($id: ID!) { createDraft(fromVersionId: $id) { id } }",
      { id: current.id },
      { cookie: cookies.legal },
    );
    ids["DRAFT"] = (draft.body?.data as { createDraft: { id: string } }).createDraft.id;
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  /** Replaces the placeholders (KYUSHU, DRAFT, …) with the ids made in beforeAll. */
  const withIds = (value: unknown): unknown => {
    if (typeof value === "string")
      return ids[value] ?? value.replace(/"(KYUSHU|HAKATA|REQUEST|DRAFT)"/g, (_, k: string) => JSON.stringify(ids[k]));
    if (Array.isArray(value)) return value.map(withIds);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIds(v)]));
    return value;
  };

  async function send(c: Case): Promise<GraphqlResponse> {
    const headers: Record<string, string> = { "accept-language": "en" };
    if (c.as && c.as !== "anonymous") headers["cookie"] = cookies[c.as];
    if (c.name === "a forged session cookie") headers["cookie"] = "yakkan_session=%E0%A4%A; yakkan_lang=%%%";
    if (c.raw) return post(server.url, c.raw.body, { ...headers, ...c.raw.headers }, c.raw.method);
    return gql(server.url, withIds(c.query) as string, withIds(c.variables ?? {}) as Record<string, unknown>, headers);
  }

  function expectRefusal(c: Case, response: GraphqlResponse) {
    const errors = response.body?.errors ?? [];
    expect(response.status, response.text.slice(0, 500)).toBe(c.status ?? 200);
    expect(
      errors.map((e) => e.extensions?.["code"]),
      response.text.slice(0, 500),
    ).toContain(c.code);
    expect(errors.some((e) => e.extensions?.["code"] === "INTERNAL_SERVER_ERROR")).toBe(false);
    // Located: where in the document, which field of the response, or which input (transport-level
    // refusals concern the request as a whole and have nowhere narrower to point).
    if (!c.raw) expect(errors.some(located), response.text.slice(0, 500)).toBe(true);
    expect(response.body?.data ?? null).toBeNull();
  }

  it(`has at least 40 abusive documents and 60 bad inputs (${ABUSIVE_DOCUMENTS.length} and ${BAD_INPUTS.length})`, () => {
    expect(ABUSIVE_DOCUMENTS.length).toBeGreaterThanOrEqual(40);
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(60);
  });

  for (const [label, corpus] of [
    ["abusive document", ABUSIVE_DOCUMENTS],
    ["bad input", BAD_INPUTS],
  ] as const) {
    for (const c of corpus) {
      it(`${label}: ${c.name} → ${c.code}, nothing written`, async () => {
        const before = await server.counts();
        const response = await send(c);
        expectRefusal(c, response);
        expect(await server.counts()).toEqual(before);
      });
    }
  }

  it("never masks a suggestion less than completely in production", async () => {
    const response = await gql(server.url, "{ servics { id } }");
    expect(response.text).not.toMatch(/Did you mean/);
  });

  it("leaves Object.prototype alone after the prototype-pollution attempts", () => {
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("answers a status filter sent 70,000 times as the filter sent once (one SQL text, not one per length)", async () => {
    const ask = (statuses: string[]) =>
      gql(
        server.url,
        "query($s: [String!]) { requests(statuses: $s) { id status } }",
        { s: statuses },
        {
          cookie: cookies.admin,
        },
      );
    const once = await ask(["pending"]);
    const repeated = await ask(Array.from({ length: 70_000 }, () => "pending"));
    expect(repeated.body?.errors, repeated.text.slice(0, 300)).toBeUndefined();
    const requests = (r: GraphqlResponse) => (r.body?.data as { requests: { id: string; status: string }[] }).requests;
    expect(requests(once).map((r) => r.id)).toContain(ids["REQUEST"]);
    expect(requests(repeated)).toEqual(requests(once));
  });

  it("logged no unexpected error for any of them", () => {
    expect(server.unexpected).toEqual([]);
  });
});
