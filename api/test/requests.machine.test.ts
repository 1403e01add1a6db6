import { describe, expect, it } from "vitest";
import {
  actionsFrom,
  actorOf,
  completionOf,
  effectiveEndDateOf,
  isFinal,
  nextStatus,
  REQUEST_ACTIONS,
  type RequestStatus,
} from "../src/modules/requests/requests.machine.js";

const STATUSES: RequestStatus[] = ["pending", "accepted", "rejected", "completed", "withdrawn"];

// The lifecycle of docs/architecture.md, written out by hand: every (status, action) pair.
const EXPECTED: Record<RequestStatus, Partial<Record<(typeof REQUEST_ACTIONS)[number], RequestStatus>>> = {
  pending: { withdraw: "withdrawn", accept: "accepted", reject: "rejected" },
  accepted: { complete: "completed" },
  rejected: {},
  completed: {},
  withdrawn: {},
};

describe("the request state machine", () => {
  for (const status of STATUSES) {
    for (const action of REQUEST_ACTIONS) {
      const to = EXPECTED[status][action] ?? null;
      it(`${to ? "moves" : "refuses to move"} a ${status} request on ${action}${to ? ` to ${to}` : ""}`, () => {
        expect(nextStatus(status, action)).toBe(to);
      });
    }
  }

  it("lists the actions open from each status, and none from a final one", () => {
    expect(actionsFrom("pending")).toEqual(["withdraw", "accept", "reject"]);
    expect(actionsFrom("accepted")).toEqual(["complete"]);
    expect(STATUSES.filter(isFinal)).toEqual(["rejected", "completed", "withdrawn"]);
  });

  it("lets the customer administrator withdraw and staff accept, reject and complete", () => {
    expect(REQUEST_ACTIONS.map((a) => [a, actorOf(a)])).toEqual([
      ["withdraw", "customer-admin"],
      ["accept", "staff"],
      ["reject", "staff"],
      ["complete", "staff"],
    ]);
  });

  it("ends a contract on the accepted quote's end date (UTM/Server 第21条 can move it), else the submitted one", () => {
    const submitted = { effectiveEndDate: "2027-03-31" };
    expect(
      completionOf(
        { kind: "cancellation", quote: submitted, acceptedQuote: { effectiveEndDate: "2027-04-30" } },
        "2027-01-10",
      ),
    ).toEqual({
      kind: "end",
      endDate: "2027-04-30",
      status: "active",
    });
    expect(completionOf({ kind: "cancellation", quote: submitted, acceptedQuote: null }, "2027-01-10")).toEqual({
      kind: "end",
      endDate: "2027-03-31",
      status: "active",
    });
    expect(effectiveEndDateOf({ kind: "cancellation", quote: submitted, acceptedQuote: null })).toBe("2027-03-31");
  });

  it("reads a contract as ended once its end date has passed, and as running on the end date itself", () => {
    const request = { kind: "cancellation" as const, quote: { effectiveEndDate: "2027-03-31" }, acceptedQuote: null };
    expect(completionOf(request, "2027-04-01")).toMatchObject({ status: "ended" });
    expect(completionOf(request, "2027-03-31")).toMatchObject({ status: "active" });
  });

  it("gives a contract the configuration a completed change asked for", () => {
    const newParameters = { plan: "complete", licenses: 1300 };
    expect(completionOf({ kind: "change", payload: { newParameters } }, "2027-01-10")).toEqual({
      kind: "reconfigure",
      parameters: newParameters,
    });
    expect(effectiveEndDateOf({ kind: "change", payload: { newParameters } })).toBeNull();
  });
});
