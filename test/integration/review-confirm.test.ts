import { backends } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokyoDay } from "../helpers/dates.js";
import { ninetyDaysNoticeFromToday, publishChange, signInLegal } from "../helpers/legal.js";
import { graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";

// Review, then confirm (issue 11, decision 012): a reviewed quote is kept under a quote number; a
// submission made from it is refused when it went stale, needs the acknowledgements its quote calls
// for, and one open cancellation per contract is the rule.

const REVIEW_CANCEL = `mutation($i: ReviewCancellationInput!) {
  reviewCancellation(input: $i) { id number kind oneOffChargeWithTax termsVersion { version } acknowledgements { field text amount } cancellationQuote { noticeInTime effectiveEndDate oneOffTotal } }
}`;
const REVIEW_CHANGE = `mutation($i: ReviewChangeInput!) { reviewChange(input: $i) { id number } }`;
const SUBMIT_CANCEL = `mutation($i: SubmitCancellationRequestInput!) {
  submitCancellationRequest(input: $i) { id number status quoteNumber acknowledgements termsVersion }
}`;
const SUBMIT_CHANGE = `mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id number status } }`;

type Review = {
  id: string;
  number: string;
  kind: string;
  oneOffChargeWithTax: string | null;
  termsVersion: { version: string };
  acknowledgements: { field: string; text: string; amount: string | null }[];
  cancellationQuote: { noticeInTime: boolean; effectiveEndDate: string; oneOffTotal: string | null };
};
type Submitted = {
  submitCancellationRequest: {
    id: string;
    number: string;
    status: string;
    quoteNumber: string | null;
    acknowledgements: string[];
    termsVersion: string;
  };
};
type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

let counter = 0;
const key = (label: string) => `${label}-${Date.now()}-${++counter}`;
const codeOf = (r: Errors) => r.errors?.[0]?.extensions?.["code"];
const issuePaths = (r: Errors) =>
  ((r.errors?.[0]?.extensions?.["issues"] ?? []) as { path: string[] }[]).map((i) => i.path.join("."));

/** The last day of the current month in Japan: a cancellation ending then is always notified late. */
function endOfThisMonth(): string {
  const [y, m] = tokyoDay(0).split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, m ?? 0, 0)).toISOString().slice(0, 10);
}

describe.each(backends())("review, then confirm, on %s", (kind) => {
  let server: RunningServer;
  let staff: string;
  let kyushu: string;
  let hakata: string;
  let fukuoka: string;
  const contracts = new Map<string, string>();
  /** The accepted submission of the QT PRO Cloud cancellation: its input, for a replay. */
  let acknowledged: { input: Record<string, unknown>; id: string } | undefined;

  const requestsOf = async (contractId: string) => {
    const r = await graphql<{ requests: { id: string }[] }>(
      server,
      "query($c: ID) { requests(contractId: $c) { id } }",
      { c: contractId },
      { cookie: staff },
    );
    return r.data!.requests;
  };
  /** Every audit row a submission could have written: the contract's, each of its requests', the reviewed quote's. */
  const auditRows = async (contractId: string, ...others: string[]) => {
    let n = 0;
    for (const id of [contractId, ...others, ...(await requestsOf(contractId)).map((r) => r.id)]) {
      const r = await graphql<{ auditTrail: unknown[] }>(
        server,
        "query($id: ID!) { auditTrail(entityId: $id) { action } }",
        { id },
        { cookie: staff },
      );
      n += r.data!.auditTrail.length;
    }
    return n;
  };
  const written = async (contractId: string, ...others: string[]) => ({
    requests: (await requestsOf(contractId)).length,
    audit: await auditRows(contractId, ...others),
  });

  beforeAll(async () => {
    server = await startServer(kind);
    [staff, kyushu, hakata, fukuoka] = await Promise.all([
      signIn(server, "staff@yakkan.example"),
      signIn(server, "admin@kyushu-logistics.example"),
      signIn(server, "admin@hakata-design.example"),
      signIn(server, "admin@fukuoka-medical.example"),
    ]);
    const all = await graphql<{ contracts: { nodes: { id: string; contractNumber: string }[] } }>(
      server,
      "{ contracts { nodes { id contractNumber } } }",
      {},
      { cookie: staff },
    );
    for (const c of all.data!.contracts.nodes) contracts.set(c.contractNumber, c.id);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("states the QT PRO Cloud early-termination charge with tax in the acknowledgement (第5条第1項, 第28条第2項: 24 months × ¥850,000 + 10%)", async () => {
    const contractId = contracts.get("YK-CL-0005")!;
    // Dedicated cluster: minimum term 3 years from 2026-04-01, to 2029-03-31. Ending 2027-03-31
    // leaves April 2027 – March 2029: 24 × 850,000 = 20,400,000; with 10% tax 22,440,000.
    const ja = await graphql<{ reviewCancellation: Review }>(
      server,
      REVIEW_CANCEL,
      { i: { contractId, desiredEndDate: "2027-03-31" } },
      { cookie: fukuoka },
    );
    expect(ja.errors).toBeUndefined();
    const review = ja.data!.reviewCancellation;
    expect(review.number).toMatch(/^Q-\d{6}$/);
    expect(review.cancellationQuote).toMatchObject({
      noticeInTime: true,
      effectiveEndDate: "2027-03-31",
      oneOffTotal: "20400000",
    });
    expect(review.oneOffChargeWithTax).toBe("22440000");
    expect(review.acknowledgements).toEqual([
      {
        field: "acknowledgeOneOffCharge",
        amount: "22440000",
        text: "解約に伴い一時費用 22,440,000円（税込）が発生することを確認しました",
      },
    ]);
    const en = await graphql<{ quoteReview: Review }>(
      server,
      "query($id: ID!) { quoteReview(id: $id) { number acknowledgements { text } } }",
      { id: review.id },
      { cookie: fukuoka, "accept-language": "en" },
    );
    expect(en.data?.quoteReview).toMatchObject({
      number: review.number,
      acknowledgements: [{ text: "I understand that cancelling incurs a one-off charge of ¥22,440,000 including tax" }],
    });
    // Another organisation cannot read it, nor review this contract; only customer admins review.
    const other = await graphql(
      server,
      "query($id: ID!) { quoteReview(id: $id) { number } }",
      { id: review.id },
      { cookie: hakata },
    );
    expect(codeOf(other)).toBe("NOT_FOUND");
    expect(
      codeOf(
        await graphql(server, REVIEW_CANCEL, { i: { contractId, desiredEndDate: "2027-03-31" } }, { cookie: hakata }),
      ),
    ).toBe("NOT_FOUND");
    const member = await signIn(server, "member@kyushu-logistics.example");
    for (const cookie of [staff, member]) {
      expect(
        codeOf(
          await graphql(
            server,
            REVIEW_CANCEL,
            { i: { contractId: contracts.get("YK-FM-0001")!, desiredEndDate: "2027-06-30" } },
            { cookie },
          ),
        ),
      ).toBe("FORBIDDEN");
    }
    expect(codeOf(await graphql(server, REVIEW_CANCEL, { i: { contractId, desiredEndDate: "2027-03-31" } }))).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("refuses a submission without the acknowledgement (ACKNOWLEDGEMENT_REQUIRED, naming the field) or with another amount, writing nothing", async () => {
    const contractId = contracts.get("YK-CL-0005")!;
    const review = (
      await graphql<{ reviewCancellation: Review }>(
        server,
        REVIEW_CANCEL,
        { i: { contractId, desiredEndDate: "2027-03-31" } },
        { cookie: fukuoka },
      )
    ).data!.reviewCancellation;
    const before = await written(contractId, review.id);
    const base = { contractId, desiredEndDate: "2027-03-31", quoteSnapshotId: review.id };
    const none = await graphql(
      server,
      SUBMIT_CANCEL,
      { i: { ...base, idempotencyKey: key("noack") } },
      { cookie: fukuoka },
    );
    expect(codeOf(none)).toBe("ACKNOWLEDGEMENT_REQUIRED");
    expect(issuePaths(none)).toEqual(["acknowledgeOneOffCharge"]);
    const wrong = await graphql(
      server,
      SUBMIT_CANCEL,
      { i: { ...base, acknowledgeOneOffCharge: "20400000", idempotencyKey: key("wrongack") } },
      { cookie: fukuoka },
    );
    expect(codeOf(wrong)).toBe("ACKNOWLEDGEMENT_REQUIRED");
    // Through the API without a reviewed quote too.
    const bare = await graphql(
      server,
      SUBMIT_CANCEL,
      { i: { contractId, desiredEndDate: "2027-03-31", idempotencyKey: key("bare") } },
      { cookie: fukuoka },
    );
    expect(codeOf(bare)).toBe("ACKNOWLEDGEMENT_REQUIRED");
    expect(await written(contractId, review.id)).toEqual(before);

    const input = { ...base, acknowledgeOneOffCharge: "22440000", idempotencyKey: key("ack") };
    const ok = await graphql<Submitted>(server, SUBMIT_CANCEL, { i: input }, { cookie: fukuoka });
    expect(ok.errors).toBeUndefined();
    acknowledged = { input, id: ok.data!.submitCancellationRequest.id };
    expect(ok.data!.submitCancellationRequest).toMatchObject({
      status: "pending",
      quoteNumber: review.number,
      acknowledgements: ["解約に伴い一時費用 22,440,000円（税込）が発生することを確認しました"],
    });
  });

  it("asks for the late notice to be acknowledged when the end date's notice deadline has passed", async () => {
    const contractId = contracts.get("YK-UTM-0007")!;
    const desiredEndDate = endOfThisMonth();
    const review = await graphql<{ reviewCancellation: Review }>(
      server,
      REVIEW_CANCEL,
      { i: { contractId, desiredEndDate } },
      { cookie: fukuoka },
    );
    expect(review.errors).toBeUndefined();
    expect(review.data!.reviewCancellation.cancellationQuote.noticeInTime).toBe(false);
    expect(review.data!.reviewCancellation.acknowledgements.map((a) => a.field)).toContain("acknowledgeLateNotice");
    const before = await written(contractId);
    const refused = await graphql(
      server,
      SUBMIT_CANCEL,
      {
        i: {
          contractId,
          desiredEndDate,
          quoteSnapshotId: review.data!.reviewCancellation.id,
          idempotencyKey: key("late"),
        },
      },
      { cookie: fukuoka },
    );
    expect(codeOf(refused)).toBe("ACKNOWLEDGEMENT_REQUIRED");
    expect(issuePaths(refused)).toContain("acknowledgeLateNotice");
    expect(await written(contractId)).toEqual(before);
  });

  it("keeps one open cancellation per contract (ALREADY_PENDING), while a replay still returns the original request", async () => {
    const contractId = contracts.get("YK-CL-0005")!; // has the pending request of the test above
    const [pending] = await requestsOf(contractId);
    const before = await written(contractId);
    const review = await graphql(
      server,
      REVIEW_CANCEL,
      { i: { contractId, desiredEndDate: "2027-04-30" } },
      { cookie: fukuoka },
    );
    expect(codeOf(review)).toBe("ALREADY_PENDING");
    const again = await graphql(
      server,
      SUBMIT_CANCEL,
      {
        i: {
          contractId,
          desiredEndDate: "2027-04-30",
          acknowledgeOneOffCharge: "21505000",
          idempotencyKey: key("second"),
        },
      },
      { cookie: fukuoka },
    );
    expect(codeOf(again)).toBe("ALREADY_PENDING");
    expect(await written(contractId)).toEqual(before);
    expect(pending?.id).toBe(acknowledged!.id);
    const replay = await graphql<Submitted>(server, SUBMIT_CANCEL, { i: acknowledged!.input }, { cookie: fukuoka });
    expect(replay.data?.submitCancellationRequest.id).toBe(acknowledged!.id);
    expect(await written(contractId)).toEqual(before);
  });

  it("lets exactly one of two concurrent cancellations with different keys win", async () => {
    const contractId = contracts.get("YK-FM-0003")!; // Flex Starter past its minimum term: nothing to acknowledge for a date far enough ahead
    const input = { contractId, desiredEndDate: "2027-06-30" };
    const results = await Promise.all(
      [key("race-a"), key("race-b"), key("race-c")].map((k) =>
        graphql<Submitted>(server, SUBMIT_CANCEL, { i: { ...input, idempotencyKey: k } }, { cookie: hakata }),
      ),
    );
    const won = results.filter((r) => r.errors === undefined);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === "ALREADY_PENDING")).toHaveLength(2);
    expect(await requestsOf(contractId)).toHaveLength(1);
    // API clients that send no reviewed quote keep working: the quote was computed at submission.
    expect(won[0]!.data!.submitCancellationRequest).toMatchObject({
      status: "pending",
      quoteNumber: null,
      acknowledgements: [],
    });
  });

  it("refuses a change that changes nothing (NO_CHANGE), at review and at submission, writing nothing", async () => {
    const contractId = contracts.get("YK-FM-0001")!;
    const same = { plan: "core", licenses: 1200, serverBandwidth: "300M", accessBandwidth: "300M" }; // the contract's configuration (seed)
    const before = await written(contractId);
    const reviewed = await graphql(
      server,
      REVIEW_CHANGE,
      { i: { contractId, newParameters: same, effectiveDate: tokyoDay(40) } },
      { cookie: kyushu },
    );
    expect(codeOf(reviewed)).toBe("NO_CHANGE");
    const submitted = await graphql(
      server,
      SUBMIT_CHANGE,
      { i: { contractId, newParameters: same, effectiveDate: tokyoDay(40), idempotencyKey: key("same") } },
      { cookie: kyushu },
    );
    expect(codeOf(submitted)).toBe("NO_CHANGE");
    expect(issuePaths(submitted)).toEqual(["newParameters"]);
    expect(await written(contractId)).toEqual(before);
  });

  it("refuses a reviewed cancellation once the contract changed (QUOTE_STALE), writing nothing; the new review shows the new quote", async () => {
    const contractId = contracts.get("YK-FM-0001")!;
    const desiredEndDate = "2027-06-30"; // after the minimum term (2027-05-31): no early-termination charge
    const review = (
      await graphql<{ reviewCancellation: Review }>(
        server,
        REVIEW_CANCEL,
        { i: { contractId, desiredEndDate } },
        { cookie: kyushu },
      )
    ).data!.reviewCancellation;
    expect(review.acknowledgements).toEqual([]);

    // Meanwhile the contract takes another configuration (a change request, accepted and completed).
    const change = await graphql<{ submitChangeRequest: { id: string } }>(
      server,
      SUBMIT_CHANGE,
      {
        i: {
          contractId,
          newParameters: { plan: "core", licenses: 1500, serverBandwidth: "300M", accessBandwidth: "300M" },
          effectiveDate: tokyoDay(1),
          idempotencyKey: key("chg"),
        },
      },
      { cookie: kyushu },
    );
    expect(change.errors).toBeUndefined();
    const id = change.data!.submitChangeRequest.id;
    await graphql(
      server,
      "mutation($id: ID!, $d: Date!, $k: String!) { acceptRequest(requestId: $id, confirmationDate: $d, idempotencyKey: $k) { id } }",
      { id, d: tokyoDay(0), k: key("acc") },
      { cookie: staff },
    );
    const completed = await graphql<{ completeRequest: { status: string } }>(
      server,
      "mutation($id: ID!, $k: String!) { completeRequest(requestId: $id, idempotencyKey: $k) { status } }",
      { id, k: key("cmp") },
      { cookie: staff },
    );
    expect(completed.data?.completeRequest.status).toBe("completed");

    const before = await written(contractId, review.id);
    const stale = await graphql(
      server,
      SUBMIT_CANCEL,
      { i: { contractId, desiredEndDate, quoteSnapshotId: review.id, idempotencyKey: key("stale") } },
      { cookie: kyushu },
    );
    expect(codeOf(stale)).toBe("QUOTE_STALE");
    expect(stale.errors?.[0]?.message).toContain("契約内容が変更されました");
    expect(await written(contractId, review.id)).toEqual(before);

    const fresh = await graphql<{ reviewCancellation: Review }>(
      server,
      REVIEW_CANCEL,
      { i: { contractId, desiredEndDate } },
      { cookie: kyushu },
    );
    expect(fresh.data!.reviewCancellation.number).not.toBe(review.number);
    const ok = await graphql<Submitted>(
      server,
      SUBMIT_CANCEL,
      {
        i: {
          contractId,
          desiredEndDate,
          quoteSnapshotId: fresh.data!.reviewCancellation.id,
          idempotencyKey: key("fresh"),
        },
      },
      { cookie: kyushu },
    );
    expect(ok.data?.submitCancellationRequest.quoteNumber).toBe(fresh.data!.reviewCancellation.number);
  });

  it("refuses a reviewed cancellation once legal published new terms for it (QUOTE_STALE), writing nothing", async () => {
    const contractId = contracts.get("YK-FM-0006")!;
    const desiredEndDate = "2027-06-30";
    const review = (
      await graphql<{ reviewCancellation: Review }>(
        server,
        REVIEW_CANCEL,
        { i: { contractId, desiredEndDate } },
        { cookie: fukuoka },
      )
    ).data!.reviewCancellation;
    expect(review.termsVersion.version).toBe("2022-05-09 改訂");

    // Legal publishes a version in force from today: the notice period becomes 90 days.
    const change = ninetyDaysNoticeFromToday();
    const newVersion = change.version;
    const { published } = await publishChange(server, await signInLegal(server), {
      ...change,
      idempotencyKey: key("pub"),
      // In force today: less than the minimum notice period (民法548条の4), so legal gives a reason.
      reason: "test: terms changed while a quote was under review",
    });
    expect(published.data?.approveAndPublish.status).toBe("published");

    const before = await written(contractId, review.id);
    const stale = await graphql(
      server,
      SUBMIT_CANCEL,
      { i: { contractId, desiredEndDate, quoteSnapshotId: review.id, idempotencyKey: key("stale-terms") } },
      { cookie: fukuoka },
    );
    expect(codeOf(stale)).toBe("QUOTE_STALE");
    expect(stale.errors?.[0]?.message).toContain(newVersion);
    expect(await written(contractId, review.id)).toEqual(before);
    const fresh = await graphql<{ reviewCancellation: Review }>(
      server,
      REVIEW_CANCEL,
      { i: { contractId, desiredEndDate } },
      { cookie: fukuoka },
    );
    expect(fresh.data!.reviewCancellation.termsVersion.version).toBe(newVersion);
  });
});
