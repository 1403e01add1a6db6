import "reflect-metadata";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "@yakkan/db";
import { backends } from "@yakkan/db/testing";
import { AppError } from "../src/errors.js";
import { auditTrail } from "../src/modules/audit/audit.service.js";
import { getContract } from "../src/modules/contracts/contracts.service.js";
import { findRequests } from "../src/modules/requests/requests.repository.js";
import {
  getRequestRecord as getRequest,
  listRequestsRecord as listRequests,
} from "../src/modules/requests/requests.service.js";
import { explanationSource } from "../src/modules/requests/stored-quote.schema.js";
import {
  submitCancellationRequestRecord as submitCancellationRequest,
  submitChangeRequestRecord as submitChangeRequest,
} from "../src/modules/requests/submit-request.service.js";
import {
  acceptRequestRecord as acceptRequest,
  completeRequestRecord as completeRequest,
  withdrawRequestRecord as withdrawRequest,
} from "../src/modules/requests/transition-request.service.js";
import { openDomain } from "./helpers/domain.js";

// The request services and repository called directly (no HTTP), on a real database.
const NOW = new Date("2026-11-27T03:00:00Z"); // 2026-11-27 noon in Japan
const TODAY = "2026-11-27";
const ADMIN = "admin@kyushu-logistics.example";
const OTHER_ADMIN = "admin@hakata-design.example";
const STAFF = "staff@yakkan.example";

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

describe.each(backends())("requests as a domain module on %s", (kind) => {
  let domain: Awaited<ReturnType<typeof openDomain>>;
  let flexId: string;
  let utmId: string;
  beforeAll(async () => {
    domain = await openDomain(kind, NOW);
    const contracts = await domain.handle.maintenance((db) => db.select().from(schema.contracts));
    flexId = contracts.find((c) => c.contractNumber === "YK-FM-0001")!.id;
    utmId = contracts.find((c) => c.contractNumber === "YK-UTM-0002")!.id;
  });
  afterAll(async () => {
    await domain?.drop();
  });

  it("submits a cancellation as a record of kind cancellation: its notice date today, its quote with the trace and the version it used", async () => {
    const admin = await domain.as(ADMIN);
    const record = await submitCancellationRequest(admin, {
      contractId: flexId,
      desiredEndDate: "2027-05-31",
      idempotencyKey: "domain-cancel-1",
    });
    expect(record.kind).toBe("cancellation");
    if (record.kind !== "cancellation") return;
    expect(record.status).toBe("pending");
    expect(record.payload).toEqual({ desiredEndDate: "2027-05-31", noticeDate: TODAY });
    expect("trace" in record.quote && Array.isArray(record.quote.trace)).toBe(true);
    expect(record.termsVersion).toBe(record.quote.termsVersion.version);
    // The same key and payload replays the first result; another payload under it is refused.
    const replay = await submitCancellationRequest(admin, {
      contractId: flexId,
      desiredEndDate: "2027-05-31",
      idempotencyKey: "domain-cancel-1",
    });
    expect(replay.id).toBe(record.id);
    expect(
      await codeOf(
        submitCancellationRequest(admin, {
          contractId: flexId,
          desiredEndDate: "2027-06-30",
          idempotencyKey: "domain-cancel-1",
        }),
      ),
    ).toBe("IDEMPOTENCY_MISMATCH");
    // Another organisation's administrator does not see it.
    expect(await codeOf(getRequest(await domain.as(OTHER_ADMIN), record.id))).toBe("NOT_FOUND");
  });

  it("accepts with a confirmation date, completes, and ends the contract on the accepted quote's end date, all in the audit trail", async () => {
    const staff = await domain.as(STAFF);
    const [pending] = await listRequests(staff, { statuses: ["pending"], contractId: flexId });
    expect(pending?.kind).toBe("cancellation");
    const accepted = await acceptRequest(staff, {
      requestId: pending!.id,
      confirmationDate: TODAY,
      idempotencyKey: "domain-accept-1",
    });
    expect(accepted.status).toBe("accepted");
    expect(accepted.confirmationDate).toBe(TODAY);
    if (accepted.kind !== "cancellation" || !accepted.acceptedQuote)
      throw new Error("an accepted cancellation keeps the recomputed quote");
    const completed = await completeRequest(staff, { requestId: pending!.id, idempotencyKey: "domain-complete-1" });
    expect(completed.status).toBe("completed");
    const contract = await getContract(staff, flexId);
    expect(contract.endDate).toBe(accepted.acceptedQuote.effectiveEndDate);
    expect((await auditTrail(staff, pending!.id)).map((a) => a.action)).toEqual([
      "request.submit",
      "request.accept",
      "request.complete",
    ]);
    expect((await auditTrail(staff, flexId)).map((a) => a.action)).toEqual(["contract.end"]);
  });

  it("refuses a transition the machine does not allow with CONFLICT, writing nothing", async () => {
    const admin = await domain.as(ADMIN);
    const [completed] = await listRequests(admin, { statuses: ["completed"] });
    const auditRows = async () => (await domain.handle.maintenance((db) => db.select().from(schema.auditLog))).length;
    const before = await auditRows();
    expect(
      await codeOf(withdrawRequest(admin, { requestId: completed!.id, idempotencyKey: "domain-withdraw-1" })),
    ).toBe("CONFLICT");
    expect(await auditRows()).toBe(before);
    expect((await getRequest(admin, completed!.id)).status).toBe("completed");
  });

  it("submits a change as a record of kind change carrying the configuration asked for", async () => {
    const admin = await domain.as(ADMIN);
    const contract = await getContract(admin, utmId);
    // The same configuration is no change at all (issue 11: NO_CHANGE); a non-corporate customer is one (第15条第1項; the default is corporate).
    expect(
      await codeOf(
        submitChangeRequest(admin, {
          contractId: utmId,
          newParameters: contract.parameters,
          effectiveDate: "2027-01-01",
          idempotencyKey: "domain-change-0",
        }),
      ),
    ).toBe("NO_CHANGE");
    const newParameters = { ...(contract.parameters as Record<string, unknown>), corporate: false };
    const record = await submitChangeRequest(admin, {
      contractId: utmId,
      newParameters,
      effectiveDate: "2027-01-01",
      idempotencyKey: "domain-change-1",
    });
    expect(record.kind).toBe("change");
    if (record.kind !== "change") return;
    expect(record.payload).toEqual({ newParameters, effectiveDate: "2027-01-01" });
    expect(record.acceptedQuote).toBeNull();
  });

  it("reads a quote stored before the trace existed as the older shape, with its sentences", async () => {
    const [row] = await domain.handle.maintenance((db) =>
      db.select().from(schema.requests).where(eq(schema.requests.kind, "cancellation")),
    );
    const { trace: _trace, oneOffTotal: _a, finalMonthFee: _b, ...older } = row!.quote;
    const legacy = {
      ...older,
      explanation: [
        {
          message: { ja: "旧い説明", en: "an older explanation" },
          citations: [{ document: "qtpro-flex-mobility.terms", clause: "第7条第1項" }],
        },
      ],
    };
    await domain.handle.maintenance((db) =>
      db.update(schema.requests).set({ quote: legacy }).where(eq(schema.requests.id, row!.id)),
    );
    const [record] = await findRequests(
      domain.handle.as({ userId: row!.submittedBy, organizationId: row!.organizationId, role: "customer-admin" }),
      { id: row!.id },
    );
    if (record?.kind !== "cancellation") throw new Error("a cancellation");
    const source = explanationSource(record.quote);
    expect(source.kind === "sentences" ? source.steps[0]?.message.en : null).toBe("an older explanation");
    expect(record.quote.oneOffTotal).toBeUndefined();
  });

  it("refuses to read a stored quote of neither shape rather than pass it on", async () => {
    const [row] = await domain.handle.maintenance((db) =>
      db.select().from(schema.requests).where(eq(schema.requests.kind, "cancellation")),
    );
    const { trace: _trace, explanation: _e, ...neither } = row!.quote;
    await domain.handle.maintenance((db) =>
      db.update(schema.requests).set({ quote: neither }).where(eq(schema.requests.id, row!.id)),
    );
    const admin = domain.handle.as({
      userId: row!.submittedBy,
      organizationId: row!.organizationId,
      role: "customer-admin",
    });
    await expect(findRequests(admin, { id: row!.id })).rejects.toThrow();
  });
});
