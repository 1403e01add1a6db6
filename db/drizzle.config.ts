import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema (`pnpm db:generate --name <what>`) and committed.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./migrations",
  casing: "snake_case",
});
