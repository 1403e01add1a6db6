import { defineProject } from "vitest/config";

// Starts the real, built server (web/dist/server.js): run `pnpm build` first (`pnpm test` does).
export default defineProject({
  resolve: { conditions: ["@yakkan/source"] },
  test: {
    name: "test",
    include: ["integration/**/*.test.ts", "e2e/**/*.spec.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
