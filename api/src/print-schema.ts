import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchema } from "graphql";
import { buildApiSchema } from "./schema.js";

/** Writes the generated schema to api/schema.graphql (`pnpm --filter @yakkan/api schema`). */
const target = fileURLToPath(new URL("../schema.graphql", import.meta.url));
writeFileSync(target, `${printSchema(await buildApiSchema())}\n`);
console.info(`wrote ${target}`);
