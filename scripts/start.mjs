// `pnpm start`: builds whatever is missing or out of date, then serves the production build
// (portal + GraphQL on one port; PORT, DATA_DIR, DATABASE_URL honoured).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT, buildIsStale, pnpm } from "./workspace.mjs";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 11)) {
  console.error(`Yakkan needs Node.js 20.11 or later (this is ${process.versions.node}).`);
  process.exit(1);
}

if (buildIsStale()) {
  console.info("Building Yakkan (first start or sources changed)…");
  const status = pnpm(["build"]);
  if (status !== 0) process.exit(status);
}

const server = spawn(process.execPath, [join(ROOT, "web/dist/server.js")], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
