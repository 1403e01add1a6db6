// Helpers shared by the start and test scripts: run pnpm the way this process was started.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Runs a pnpm command with the same pnpm that runs this script (npx, corepack or global). */
export function pnpm(args, options = {}) {
  const execPath = process.env.npm_execpath;
  const [command, prefix] =
    execPath && /pnpm/.test(execPath) && /\.c?js$/.test(execPath) ? [process.execPath, [execPath]] : ["pnpm", []];
  const result = spawnSync(command, [...prefix, ...args], { cwd: ROOT, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}
