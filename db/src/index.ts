export { createDb, pingDb, MIGRATIONS_FOLDER, type CreateDbOptions, type Database, type DbHandle, type Schema } from "./client.js";
export { DEMO_PASSWORD, seedDemoData, type SeedOptions } from "./seed/demo.js";
export * as schema from "./schema/index.js";
