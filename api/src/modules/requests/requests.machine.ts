import type { schema } from "@yakkan/db";
import type { Role } from "../auth/viewer.js";

/**
 * The request lifecycle as data (docs/architecture.md): which action moves a request from which
 * status to which, and who may take it. Pure: no database, no clock, no language.
 *
 *   pending ─accept→ accepted ─complete→ completed
 *   pending ─withdraw→ withdrawn;  pending ─reject→ rejected
 */
export type RequestStatus = schema.RequestStatus;
export type RequestKind = schema.RequestKind;
export type RequestAction = "withdraw" | "accept" | "reject" | "complete";

export const REQUEST_ACTIONS = ["withdraw", "accept", "reject", "complete"] as const satisfies readonly RequestAction[];

interface Transition {
  from: readonly RequestStatus[];
  to: RequestStatus;
  /** The one role that takes this action (customers withdraw their own; staff process). */
  by: Role;
}

const TRANSITIONS: { readonly [A in RequestAction]: Transition } = {
  withdraw: { from: ["pending"], to: "withdrawn", by: "customer-admin" },
  accept: { from: ["pending"], to: "accepted", by: "staff" },
  reject: { from: ["pending"], to: "rejected", by: "staff" },
  complete: { from: ["accepted"], to: "completed", by: "staff" },
};

/** Statuses of a request still in progress (at most one open cancellation per contract). */
export const OPEN_STATUSES = ["pending", "accepted"] as const satisfies readonly RequestStatus[];

/** The status an action leads to from `status`, or null when the action is not possible from it. */
export function nextStatus(status: RequestStatus, action: RequestAction): RequestStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

/** The status an action leads to where it is possible. */
export function targetOf(action: RequestAction): RequestStatus {
  return TRANSITIONS[action].to;
}

/** The actions possible from a status (none from a final one). */
export function actionsFrom(status: RequestStatus): RequestAction[] {
  return REQUEST_ACTIONS.filter((a) => nextStatus(status, a) !== null);
}

/** The role that takes an action. */
export function actorOf(action: RequestAction): Role {
  return TRANSITIONS[action].by;
}

/** A final status: nothing moves a request on from it. */
export const isFinal = (status: RequestStatus): boolean => actionsFrom(status).length === 0;

/** What completing a request does to its contract. */
export type Completion =
  | { kind: "end"; endDate: string; status: "active" | "ended" }
  | { kind: "reconfigure"; parameters: Record<string, string | number | boolean> };

/** The parts of a request completing it depends on. */
export type CompletableRequest =
  | { kind: "cancellation"; quote: { effectiveEndDate: string }; acceptedQuote: { effectiveEndDate: string } | null }
  | { kind: "change"; payload: { newParameters: Record<string, string | number | boolean> } };

/**
 * A completed cancellation sets the end date of the quote it was accepted with (or submitted with);
 * the contract keeps running until that day and reads as ended from then on. A completed change
 * gives the contract its new configuration.
 */
export function completionOf(request: CompletableRequest, today: string): Completion {
  switch (request.kind) {
    case "cancellation": {
      const endDate = (request.acceptedQuote ?? request.quote).effectiveEndDate;
      return { kind: "end", endDate, status: endDate < today ? "ended" : "active" };
    }
    case "change":
      return { kind: "reconfigure", parameters: request.payload.newParameters };
  }
}

/** The end date a cancellation request stands for: the accepted quote's once accepted, else the submitted one. */
export function effectiveEndDateOf(request: CompletableRequest): string | null {
  return request.kind === "cancellation" ? (request.acceptedQuote ?? request.quote).effectiveEndDate : null;
}
