import { defineConfig } from "vitest/config";

// One run over every package's tests (`pnpm test` builds first: the integration tests start the
// built server).
export default defineConfig({
  test: {
    projects: ["terms", "db", "api", "web", "test"],
  },
});
