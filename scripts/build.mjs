// Builds what is out of date, in parallel where the packages allow (decision 013).
//
//   node scripts/build.mjs          (`pnpm build`)  tsc with declarations, then the portal (Vite)
//   node scripts/build.mjs --fast   (`pnpm start`)  JavaScript only: SWC per file, then the portal
//
// Each output carries a stamp: the sha256 of the files it is built from (sources, package.json,
// tsconfigs) and how it was built. An output whose stamp matches is not built again; a full build
// satisfies --fast too (it is a superset), not the other way round (no declarations). Type errors
// are `pnpm typecheck`'s to find: --fast checks nothing. Order: terms ∥ db, then api (tsc reads
// their declarations), then the web server (tsc reads api's) ∥ the portal (Vite resolves
// @yakkan/api's entry). With --fast every TypeScript file is transpiled on its own, so only the
// portal waits (for api/dist/index.js to exist).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./workspace.mjs";

/** Bump to invalidate every stamp (when this script's output changes). */
const BUILDER_VERSION = 1;

const BASE = ["tsconfig.base.json", "scripts/build.mjs"];

/**
 * What is built from what. `inputs` are hashed; `roots` (fast mode) are the TypeScript trees SWC
 * transpiles, from `rootDir` into `outDir` as tsc's build config lays them out.
 */
export const TASKS = [
  {
    name: "terms",
    inputs: ["terms/src", "terms/services", "terms/package.json", "terms/tsconfig.json", "terms/tsconfig.build.json"],
    output: "terms/dist/src/index.js",
    stamp: "terms/dist/.build-stamp.json",
    full: { deps: [], run: () => tsc("terms/tsconfig.build.json") },
    fast: { deps: [], rootDir: "terms", outDir: "terms/dist", roots: ["terms/src", "terms/services"] },
  },
  {
    name: "db",
    inputs: ["db/src", "db/package.json", "db/tsconfig.json", "db/tsconfig.build.json"],
    output: "db/dist/index.js",
    stamp: "db/dist/.build-stamp.json",
    full: { deps: [], run: () => tsc("db/tsconfig.build.json") },
    fast: { deps: [], rootDir: "db/src", outDir: "db/dist", roots: ["db/src"] },
  },
  {
    name: "api",
    inputs: ["api/src", "api/package.json", "api/tsconfig.json", "api/tsconfig.build.json"],
    output: "api/dist/index.js",
    stamp: "api/dist/.build-stamp.json",
    full: { deps: ["terms", "db"], run: () => tsc("api/tsconfig.build.json") },
    fast: { deps: [], rootDir: "api/src", outDir: "api/dist", roots: ["api/src"] },
  },
  {
    name: "web server",
    inputs: [
      "web/server.ts",
      "web/env.ts",
      "web/security.ts",
      "web/watchdog.ts",
      "web/package.json",
      "web/tsconfig.server.json",
    ],
    output: "web/dist/server.js",
    stamp: "web/dist/.build-stamp.json",
    full: { deps: ["api"], run: () => tsc("web/tsconfig.server.json") },
    fast: {
      deps: [],
      rootDir: "web",
      outDir: "web/dist",
      roots: ["web/server.ts", "web/env.ts", "web/security.ts", "web/watchdog.ts"],
    },
  },
  {
    name: "portal",
    inputs: ["web/app", "web/public", "web/vite.config.ts", "web/package.json", "web/tsconfig.json"],
    output: "web/build/server/index.js",
    stamp: "web/build/.build-stamp.json",
    full: {
      deps: ["api"],
      run: () => run(join(ROOT, "web/node_modules/.bin/remix"), ["vite:build"], join(ROOT, "web")),
    },
    fast: {
      deps: ["api"],
      run: () => run(join(ROOT, "web/node_modules/.bin/remix"), ["vite:build"], join(ROOT, "web")),
    },
  },
];

/** Every file under the given paths (node_modules, dist and build skipped), sorted. */
function filesUnder(paths) {
  const files = [];
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path))
        if (!["node_modules", "dist", "build"].includes(entry)) visit(join(path, entry));
    } else files.push(path);
  };
  for (const p of paths) visit(join(ROOT, p));
  return files.sort();
}

/** The sha256 of a task's inputs (paths and contents). */
export function inputHash(task) {
  const hash = createHash("sha256").update(`builder ${BUILDER_VERSION}\n`);
  for (const file of filesUnder([...task.inputs, ...BASE])) {
    hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

function readStamp(task) {
  try {
    return JSON.parse(readFileSync(join(ROOT, task.stamp), "utf8"));
  } catch {
    return undefined;
  }
}

/** True when the task's output exists and was built (fully, or at least fast) from its current inputs. */
export function isFresh(task, mode, hash = inputHash(task)) {
  if (!existsSync(join(ROOT, task.output))) return false;
  const stamp = readStamp(task);
  return stamp?.hash === hash && (stamp.mode === "full" || mode === "fast");
}

/** True when `pnpm start` has something to build. */
export function anythingStale(mode = "fast") {
  return TASKS.some((task) => !isFresh(task, mode));
}

function run(command, args, cwd = ROOT) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${relative(ROOT, command)} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

function tsc(project) {
  return run(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, project)]);
}

let swc;
/** SWC (api's test compiler, which also emits the decorator metadata type-graphql reads), or undefined. */
function loadSwc() {
  if (swc !== undefined) return swc;
  try {
    swc = createRequire(join(ROOT, "api/package.json"))("@swc/core");
  } catch {
    swc = null;
  }
  return swc;
}

/** Transpiles each TypeScript file on its own, as tsc would lay it out (ES modules, ES2022, source maps). */
async function transpile({ rootDir, outDir, roots }) {
  const files = filesUnder(roots).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.endsWith(".test.ts"));
  await Promise.all(
    files.map(async (file) => {
      const out = join(ROOT, outDir, relative(join(ROOT, rootDir), file)).replace(/\.ts$/, ".js");
      const result = await swc.transformFile(file, {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          target: "es2022",
          keepClassNames: true,
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
        },
        module: { type: "es6" },
        isModule: true,
        sourceMaps: true,
        sourceFileName: relative(dirname(out), file),
        swcrc: false,
        configFile: false,
      });
      mkdirSync(dirname(out), { recursive: true });
      const mapName = `${out.slice(dirname(out).length + 1)}.map`;
      writeFileSync(out, `${result.code}\n//# sourceMappingURL=${mapName}\n`);
      if (result.map) writeFileSync(`${out}.map`, result.map);
    }),
  );
}

/** Builds every stale task, each once its dependencies are done, at most `slots` child processes at a time. */
export async function build(mode) {
  const effective = mode === "fast" && !loadSwc() ? "full" : mode;
  const pending = new Map();
  const started = Date.now();
  const hashes = new Map(TASKS.map((t) => [t.name, inputHash(t)]));
  const stale = TASKS.filter((t) => !isFresh(t, effective, hashes.get(t.name)));
  if (stale.length === 0) return;
  console.info(
    `Building ${stale.map((t) => t.name).join(", ")} (${effective === "fast" ? "JavaScript only; `pnpm typecheck` checks types" : "with declarations"})…`,
  );

  let free = Math.max(2, availableParallelism());
  const waiting = [];
  const slot = async (work) => {
    if (free === 0) await new Promise((resolve) => waiting.push(resolve));
    free--;
    try {
      return await work();
    } finally {
      free++;
      waiting.shift()?.();
    }
  };

  const runTask = (task) => {
    if (pending.has(task.name)) return pending.get(task.name);
    const how = task[effective];
    const promise = (async () => {
      await Promise.all(how.deps.map((d) => runTask(TASKS.find((t) => t.name === d))));
      if (!stale.includes(task)) return;
      const t0 = Date.now();
      if (how.run) await slot(how.run);
      else await transpile(how);
      mkdirSync(dirname(join(ROOT, task.stamp)), { recursive: true });
      writeFileSync(
        join(ROOT, task.stamp),
        JSON.stringify({ hash: hashes.get(task.name), mode: effective, builtAt: new Date().toISOString() }),
      );
      console.info(`  ${task.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    })();
    pending.set(task.name, promise);
    return promise;
  };
  await Promise.all(TASKS.map(runTask));
  console.info(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  build(process.argv.includes("--fast") ? "fast" : "full").catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
