// Helpers shared by the start and test scripts: run pnpm the way this process was started.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Runs a pnpm command with the same pnpm that runs this script (npx, corepack or global). */
export function pnpm(args, options = {}) {
  const execPath = process.env.npm_execpath;
  const [command, prefix] =
    execPath && /pnpm/.test(execPath) && /\.c?js$/.test(execPath)
      ? [process.execPath, [execPath]]
      : ["pnpm", []];
  const result = spawnSync(command, [...prefix, ...args], { cwd: ROOT, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** Newest modification time (ms) of the files under the given paths; 0 when none exist. */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== "node_modules") visit(join(path, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const p of paths) visit(join(ROOT, p));
  return newest;
}

/** Each package's sources and the build output that must be newer than them. */
const BUILDS = [
  { sources: ["terms/src", "terms/services", "terms/package.json"], output: "terms/dist/src/index.js" },
  { sources: ["db/src", "db/migrations", "db/package.json"], output: "db/dist/index.js" },
  { sources: ["api/src", "api/package.json"], output: "api/dist/index.js" },
  { sources: ["web/app", "web/server.ts", "web/env.ts", "web/security.ts", "web/watchdog.ts", "web/vite.config.ts", "web/package.json"], output: "web/dist/server.js" },
  { sources: ["web/app"], output: "web/build/server/index.js" },
];

/** True when some package has no build output, or sources newer than it. */
export function buildIsStale() {
  return BUILDS.some(({ sources, output }) => {
    const out = join(ROOT, output);
    return !existsSync(out) || newestMtime(sources) > statSync(out).mtimeMs;
  });
}
