import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

// `pnpm lint` enforces the layering of README.md ("dependencies point one way"): the repository's
// own eslint.config.js lints a file that breaks it, placed where the file would live. Type-aware
// rules are off here (the fixture files do not exist on disk); the boundary rule needs no types.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function lint(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  if (!result) throw new Error(`ESLint returned no result for ${path}`);
  return {
    boundary: result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message),
    errors: result.errorCount,
  };
}

describe("the import boundaries (eslint.config.js)", () => {
  it.each([
    [
      "terms/src/engine/x.ts",
      `import { serviceDefinitions } from "../../services/index.js";\nexport const s = serviceDefinitions;\n`,
      "service data",
    ],
    [
      "terms/src/engine/x.ts",
      `import { builtInServices } from "../built-in-services.js";\nexport const s = builtInServices;\n`,
      "built-in registry",
    ],
    ["terms/src/engine/x.ts", `export { builtInServices } from "../index.js";\n`, "built-in registry"],
    [
      "terms/src/dsl/x.ts",
      `import type { DbHandle } from "@yakkan/db";\nexport type D = DbHandle;\n`,
      "terms imports no other package",
    ],
    [
      "terms/src/lint/x.ts",
      `import { createDb } from "../../../db/src/index.js";\nexport const c = createDb;\n`,
      "terms imports no other package",
    ],
    [
      "db/src/x.ts",
      `import { builtInServices } from "@yakkan/terms";\nexport const s = builtInServices;\n`,
      "db imports no other package",
    ],
    [
      "web/app/routes/x.tsx",
      `import { createDb } from "@yakkan/db";\nexport const c = createDb;\n`,
      "never @yakkan/db",
    ],
    [
      "web/server.ts",
      `import { openTestDb } from "@yakkan/db/testing";\nexport const o = openTestDb;\n`,
      "never @yakkan/db",
    ],
    ["api/src/x.ts", `import { app } from "@yakkan/web/server";\nexport const a = app;\n`, "api knows nothing of web"],
    [
      "web/app/components/x.tsx",
      `import type { ParameterSpec } from "@yakkan/terms";\nexport type S = ParameterSpec;\n`,
      "not the terms DSL's parameter specs",
    ],
  ])("refuses %s importing %j (%s)", async (path, code, why) => {
    const { boundary } = await lint(path, code);
    expect(boundary).toHaveLength(1);
    expect(boundary[0]).toContain(why);
  });

  it.each([
    [
      "terms/src/engine/x.ts",
      `import { roundYen } from "./money.js";\nimport { type ServiceDefinition } from "../dsl/index.js";\nexport const r = roundYen;\nexport type S = ServiceDefinition;\n`,
    ],
    [
      "terms/src/built-in-services-x.ts",
      `import { serviceDefinitions } from "../services/index.js";\nexport const s = serviceDefinitions;\n`,
    ],
    ["terms/bench/x.ts", `import { builtInServices } from "@yakkan/terms";\nexport const s = builtInServices;\n`],
    [
      "api/src/x.ts",
      `import { createDb } from "@yakkan/db";\nimport { builtInServices } from "@yakkan/terms";\nexport const c = [createDb, builtInServices];\n`,
    ],
    ["web/app/routes/x.tsx", `import type { RequestApi } from "@yakkan/api";\nexport type A = RequestApi;\n`],
    [
      "web/app/routes/x.tsx",
      `import type { ParameterField } from "@yakkan/api";\nimport { customerVersionName } from "@yakkan/terms";\nexport type F = ParameterField;\nexport const n = customerVersionName;\n`,
    ],
  ])("allows %s importing %j", async (path, code) => {
    expect(await lint(path, code)).toEqual({ boundary: [], errors: 0 });
  });
});
