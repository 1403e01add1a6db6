import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@yakkan/source"] },
  test: { name: "db", include: ["test/**/*.test.ts"] },
});
