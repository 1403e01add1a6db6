import type { IsoDate, Permission, ServiceDefinition } from "../dsl/index.js";
import { citationsOf, entry, type Trace } from "./trace.js";
import { termsContext } from "./terms-context.js";
import { requireSupportedDates } from "./supported-dates.js";
import type { TermsVersionRef } from "./versions.js";

export interface SelfServeAnswer {
  termsVersion: TermsVersionRef;
  operation: string;
  /** "self-service" | "request" | "not-allowed" | "unknown" (the terms say nothing). */
  mode: Permission["mode"] | "unknown";
  permission: Permission | null;
  trace: Trace;
}

/** Whether the customer may do an operation themselves, must ask the provider (with fee and documents), or may not. */
export function canSelfServe({
  service,
  operation,
  asOf,
}: {
  service: ServiceDefinition;
  operation: string;
  asOf: IsoDate;
}): SelfServeAnswer {
  requireSupportedDates({ asOf });
  const ctx = termsContext(service, asOf);
  const permission = ctx.terms.permissions.find((p) => p.operation === operation) ?? null;
  const trace: Trace = [ctx.versionEntry];
  if (!permission) {
    trace.push(entry("permission.unknown", { operation }, null, citationsOf(ctx.version.cite)));
    return { termsVersion: ctx.ref, operation, mode: "unknown", permission, trace };
  }
  trace.push(
    entry("permission.mode", { label: permission.label, mode: permission.mode }, null, citationsOf(permission.cite)),
  );
  if (permission.note)
    trace.push(entry("permission.note", { text: permission.note }, null, citationsOf(permission.cite)));
  return { termsVersion: ctx.ref, operation, mode: permission.mode, permission, trace };
}
