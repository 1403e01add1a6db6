import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@yakkan/source"] },
  // Opening a database migrates it (and PGlite starts a WASM PostgreSQL): slow on a loaded 2-core machine.
  test: { name: "db", include: ["test/**/*.test.ts"], hookTimeout: 120_000, testTimeout: 30_000 },
});
