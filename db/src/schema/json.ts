/**
 * What a jsonb column holds, as TypeScript sees it. The database package knows no other package of
 * ours, so the shapes here are plain JSON; the API parses each column with zod when it reads it
 * (api/src/modules/<aggregate>/<aggregate>.repository.ts) into its domain types.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A configuration: a service's parameter keys with scalar values (shared/spec/parameters.md). */
export type ParameterValuesJson = Record<string, string | number | boolean>;

/** What a cancellation request asks for. */
export type CancellationPayloadJson = {
  desiredEndDate: string;
  noticeDate: string;
};

/** What a change request asks for. */
export type ChangePayloadJson = {
  newParameters: ParameterValuesJson;
  effectiveDate: string;
};
