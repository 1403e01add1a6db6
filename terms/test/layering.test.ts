import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src", import.meta.url));

/** The relative imports of every TypeScript file under a folder, resolved to paths below terms/src. */
function importsUnder(folder: string): { file: string; target: string }[] {
  const dir = join(SRC, folder);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      return [...text.matchAll(/^(?:import|export)[^;]*?from\s+"(\.[^"]+)"/gms)].map((m) => ({
        file: `${folder}/${f}`,
        target: relative(SRC, join(dir, f, "..", m[1] ?? "")),
      }));
    });
}

describe("the layering inside terms", () => {
  it("the engine imports the DSL and itself, never the service data or the linter", () => {
    const outside = importsUnder("engine").filter(
      ({ target }) => !target.startsWith("engine/") && !target.startsWith("dsl/"),
    );
    expect(outside).toEqual([]);
  });

  it("the DSL imports only itself", () => {
    expect(importsUnder("dsl").filter(({ target }) => !target.startsWith("dsl/"))).toEqual([]);
  });

  it("finds the imports it checks (a violation would not go unseen)", () => {
    expect(importsUnder("engine").some(({ target }) => target === "dsl/index.js")).toBe(true);
  });
});
