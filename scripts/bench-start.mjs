// Times `pnpm start` as a newcomer meets it (docs/benchmarks.md, "Start-up"): a fresh clone of this
// repository's HEAD in a temporary directory, `pnpm install --frozen-lockfile` (not timed), then
// `pnpm start` until the portal's first page answers 200 (the build included), then a restart
// until the first page again. Embedded PGlite, a fresh DATA_DIR. Not a test: it prints the times.
//
//   node scripts/bench-start.mjs [--runs N] [--keep]
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.mjs";
import { ROOT, pnpm } from "./workspace.mjs";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1] || 2);
const keep = process.argv.includes("--keep");

async function firstPage(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${url} did not answer in time`);
}

/** Starts `node scripts/start.mjs` in `dir` (what `pnpm start` runs) and times it to the first page. */
async function timedStart(dir, port) {
  const started = performance.now();
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: "", MIGRATION_DATABASE_URL: "", WEB_CONCURRENCY: "", PORT: String(port), HOST: "127.0.0.1", DATA_DIR: join(dir, ".data") },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await firstPage(`http://127.0.0.1:${port}/`, Date.now() + 300_000);
    return (performance.now() - started) / 1000;
  } finally {
    await new Promise((resolve) => {
      child.once("exit", resolve);
      child.kill("SIGTERM");
    });
  }
}

const results = [];
for (let run = 1; run <= runs; run++) {
  const dir = mkdtempSync(join(tmpdir(), "yakkan-fresh-"));
  try {
    execFileSync("git", ["clone", "--quiet", ROOT, dir]);
    const install = pnpm(["install", "--frozen-lockfile", "--prefer-offline", "--reporter=silent"], { cwd: dir });
    if (install !== 0) throw new Error("pnpm install failed");
    const port = await freePort();
    const load = loadavg()[0].toFixed(1);
    const fresh = await timedStart(dir, port);
    const restart = await timedStart(dir, port);
    results.push({ fresh, restart, load });
    console.info(`run ${run}: fresh clone → first page ${fresh.toFixed(1)} s; restart → first page ${restart.toFixed(1)} s (load average ${load})`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
console.info(`${cpus().length} cores (${cpus()[0]?.model ?? "?"}), Node ${process.versions.node}`);
