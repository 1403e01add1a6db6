import swc from "unplugin-swc";
import { defineProject } from "vitest/config";

// type-graphql reads decorator metadata, which esbuild does not emit: compile tests with SWC.
export default defineProject({
  plugins: [swc.vite({ module: { type: "es6" } })],
  resolve: {
    conditions: ["@yakkan/source"],
    // graphql 16 ships ESM (index.mjs) beside CJS (index.js); Node and type-graphql load the CJS copy,
    // so tests must too, or `instanceof GraphQLScalarType` fails across the two.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: { name: "api", include: ["test/**/*.test.ts"], hookTimeout: 120_000, testTimeout: 30_000 },
});
