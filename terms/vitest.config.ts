import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@yakkan/source"] },
  test: { name: "terms", include: ["test/**/*.test.ts"] },
});
