import { defineProject } from "vitest/config";

// `pnpm screens`: the screenshots of docs/screens/ (not part of `pnpm test`). Run `pnpm build` first.
export default defineProject({
  resolve: { conditions: ["@yakkan/source"] },
  test: { name: "screens", include: ["screens/**/*.ts"], testTimeout: 300_000, hookTimeout: 120_000 },
});
