import { registerEnumType } from "type-graphql";
import { schema } from "@yakkan/db";

/**
 * The closed sets of the API as GraphQL enums. Their values are the strings the API has always
 * sent (lower-case names are valid GraphQL enum values), so clients see the same JSON; the
 * TypeScript unions come from the database's CHECK lists, one list for both.
 * Sets whose values are not GraphQL names ("customer-admin", "one-off", "self-service") stay
 * String fields; their TypeScript types are unions all the same.
 */
const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

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
export const ParameterTypeEnum = enumOf(PARAMETER_TYPES);
registerEnumType(ParameterTypeEnum, { name: "ParameterType" });
