import type { JsonObject } from "@yakkan/db";

/**
 * A value as JSON, the way jsonb stores it: what the database would give back on reading (undefined
 * keys dropped, no prototypes). Engine results are interfaces, which TypeScript does not treat as
 * JSON objects; this is the one place they become one.
 */
export const toJsonObject = (value: object): JsonObject => JSON.parse(JSON.stringify(value)) as JsonObject;
