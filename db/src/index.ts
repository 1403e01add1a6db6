export {
  ANONYMOUS,
  WORKER,
  APP_ROLE,
  createDb,
  pingDb,
  MIGRATIONS_FOLDER,
  type AppRoleReport,
  type CreateDbOptions,
  type Database,
  type DbContext,
  type DbHandle,
  type Schema,
} from "./client.js";
export { DEMO_PASSWORD, seedDemoData, type SeedOptions } from "./seed/demo.js";
export * as schema from "./schema/index.js";
export type {
  CancellationPayloadJson,
  ChangePayloadJson,
  JsonObject,
  JsonValue,
  ParameterValuesJson,
} from "./schema/json.js";
