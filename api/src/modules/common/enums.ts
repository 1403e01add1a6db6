import { registerEnumType } from "type-graphql";
import { schema } from "@yakkan/db";

/**
 * The closed sets of the API as GraphQL enums. Their values are the strings the API has always
 * sent (lower-case names are valid GraphQL enum values), so clients see the same JSON; the
 * TypeScript unions come from the database's CHECK lists or the engine's, one list for both.
 *
 * Sets whose values are not GraphQL names ("customer-admin", "one-off", "self-service") keep their
 * String field, which the public contract may declare (never renamed or retyped), and gain a typed
 * sibling (`roleCode`, `kindCode`, `modeCode`) whose enum values are the strings in SCREAMING_CASE:
 * "customer-admin" is CUSTOMER_ADMIN, "one-off" ONE_OFF, "not-allowed" NOT_ALLOWED. Inside the API
 * both fields hold the same string (type-graphql maps it to the enum name on the wire).
 */
const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/** "customer-admin" → CUSTOMER_ADMIN, "monthEnd" → MONTH_END: the GraphQL names of a set's strings. */
const screamingEnumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(
    values.map((v) => [
      v
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .replace(/-/g, "_")
        .toUpperCase(),
      v,
    ]),
  ) as Record<string, T>;

export const RequestStatusEnum = enumOf(schema.REQUEST_STATUSES);
registerEnumType(RequestStatusEnum, {
  name: "RequestStatus",
  description: "Where a request stands (docs/architecture.md: the request lifecycle).",
});

export const RequestKindEnum = enumOf(schema.REQUEST_KINDS);
registerEnumType(RequestKindEnum, { name: "RequestKind", description: "A cancellation or a change of configuration." });

export const ContractStatusEnum = enumOf(schema.CONTRACT_STATUSES);
registerEnumType(ContractStatusEnum, { name: "ContractStatus" });

export const TermsVersionStatusEnum = enumOf(schema.TERMS_VERSION_STATUSES);
registerEnumType(TermsVersionStatusEnum, {
  name: "TermsVersionStatus",
  description: "A draft, or published (scheduled: in force from a later day).",
});

export const FINDING_SEVERITIES = ["error", "notice"] as const;
export const FindingSeverityEnum = enumOf(FINDING_SEVERITIES);
registerEnumType(FindingSeverityEnum, {
  name: "FindingSeverity",
  description: "An error blocks publishing; a notice does not.",
});

export const NOTE_KINDS = ["interpretation", "assumption"] as const;
export const NoteKindEnum = enumOf(NOTE_KINDS);
registerEnumType(NoteKindEnum, {
  name: "NoteKind",
  description: "interpretation: a choice where the terms are ambiguous; assumption: a fact the terms do not give.",
});

export const PARAMETER_TYPES = ["integer", "enum", "boolean"] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];
export const ParameterTypeEnum = enumOf(PARAMETER_TYPES);
registerEnumType(ParameterTypeEnum, {
  name: "ParameterType",
  description: "integer (a number input), enum (one of its options), boolean (a checkbox).",
});

export const UserRoleEnum = screamingEnumOf(schema.USER_ROLES);
registerEnumType(UserRoleEnum, {
  name: "UserRole",
  description:
    "CUSTOMER_ADMIN (customer-admin: may submit requests), CUSTOMER_MEMBER (customer-member: read-only), STAFF, LEGAL.",
});

export const CHARGE_KINDS = ["monthly", "one-off", "possible"] as const;
export type ChargeKind = (typeof CHARGE_KINDS)[number];
export const ChargeKindEnum = screamingEnumOf(CHARGE_KINDS);
registerEnumType(ChargeKindEnum, {
  name: "ChargeKind",
  description:
    "MONTHLY (monthly), ONE_OFF (one-off), POSSIBLE (possible: owed only if something happens, e.g. a late notice).",
});

export const PERMISSION_MODES = ["self-service", "request", "not-allowed"] as const;
export type PermissionMode = (typeof PERMISSION_MODES)[number];
export const PermissionModeEnum = screamingEnumOf(PERMISSION_MODES);
registerEnumType(PermissionModeEnum, {
  name: "PermissionMode",
  description: "SELF_SERVICE (self-service), REQUEST (request: ask the provider), NOT_ALLOWED (not-allowed).",
});

export const SELF_SERVICE_MODES = [...PERMISSION_MODES, "unknown"] as const;
export type SelfServiceMode = (typeof SELF_SERVICE_MODES)[number];
export const SelfServiceModeEnum = screamingEnumOf(SELF_SERVICE_MODES);
registerEnumType(SelfServiceModeEnum, {
  name: "SelfServiceMode",
  description: "A PermissionMode, or UNKNOWN (unknown) when the terms do not name the operation.",
});

export const CANCELLATION_DATE_REASONS = ["earliest", "monthEnd", "minimumTermEnd", "maximumTermEnd"] as const;
export type CancellationDateReason = (typeof CANCELLATION_DATE_REASONS)[number];
export const CancellationDateReasonEnum = enumOf(CANCELLATION_DATE_REASONS);
registerEnumType(CancellationDateReasonEnum, {
  name: "CancellationDateReason",
  description:
    "Why a date is a possible end date: the earliest a notice reaches, a month-end, the minimum or the maximum term's end.",
});

export const ACKNOWLEDGEMENT_FIELDS = ["acknowledgeLateNotice", "acknowledgeOneOffCharge"] as const;
export type AcknowledgementField = (typeof ACKNOWLEDGEMENT_FIELDS)[number];
export const AcknowledgementFieldEnum = enumOf(ACKNOWLEDGEMENT_FIELDS);
registerEnumType(AcknowledgementFieldEnum, {
  name: "AcknowledgementField",
  description: "The submission input field that gives an acknowledgement.",
});
