import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    conditions: ["@yakkan/source"],
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  test: { name: "web", include: ["test/**/*.test.ts"] },
});
