// Times `pnpm start` as a newcomer meets it (docs/benchmarks.md, "Start-up"): a fresh clone of this
// repository's HEAD in a temporary directory, `pnpm install --frozen-lockfile` (not timed), then
// `pnpm start` until the portal's first page answers 200 (the build included), then a restart
// until the first page again. Embedded PGlite, a fresh DATA_DIR. Not a test: it prints the times.
//
//   node scripts/bench-start.mjs [--runs N] [--ref COMMIT] [--keep]   (--ref: time another commit, e.g. a baseline)
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.mjs";
import { ROOT, pnpm } from "./workspace.mjs";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1] || 2);
const keep = process.argv.includes("--keep");
const ref = process.argv.includes("--ref") ? process.argv[process.argv.indexOf("--ref") + 1] : undefined;

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

// GNU time, where there is one, adds the CPU seconds used (the supervisor, the build and the server):
// a figure that depends less on what else the machine is doing than the wall-clock time.
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** Starts `node scripts/start.mjs` in `dir` (what `pnpm start` runs) and times it to the first page. */
async function timedStart(dir, port) {
  const started = performance.now();
  const args = ["scripts/start.mjs"];
  const child = spawn(TIME ?? process.execPath, TIME ? ["-f", "cpu %U %S", process.execPath, ...args] : args, {
    cwd: dir,
    env: {
      ...process.env,
      DATABASE_URL: "",
      MIGRATION_DATABASE_URL: "",
      WEB_CONCURRENCY: "",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: join(dir, ".data"),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (c) => (stderr += c.toString()));
  let seconds;
  try {
    await firstPage(`http://127.0.0.1:${port}/`, Date.now() + 300_000);
    seconds = (performance.now() - started) / 1000;
  } finally {
    await new Promise((resolve) => {
      child.once("exit", resolve);
      // Under GNU time the supervisor is its child: stop that one (time then reports and exits).
      const target = TIME
        ? Number(
            execFileSync("pgrep", ["-P", String(child.pid)])
              .toString()
              .trim()
              .split("\n")[0],
          )
        : child.pid;
      process.kill(target, "SIGTERM");
    });
  }
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(stderr);
  return { seconds, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined };
}

for (let run = 1; run <= runs; run++) {
  const dir = mkdtempSync(join(tmpdir(), "yakkan-fresh-"));
  try {
    execFileSync("git", ["clone", "--quiet", ROOT, dir]);
    if (ref) execFileSync("git", ["-C", dir, "checkout", "--quiet", ref]);
    const install = pnpm(["install", "--frozen-lockfile", "--prefer-offline", "--reporter=silent"], { cwd: dir });
    if (install !== 0) throw new Error("pnpm install failed");
    const port = await freePort();
    const load = loadavg()[0].toFixed(1);
    const fresh = await timedStart(dir, port);
    const restart = await timedStart(dir, port);
    const cpu = (r) => (r.cpu === undefined ? "" : ` (${r.cpu.toFixed(1)} s CPU)`);
    console.info(
      `run ${run}: fresh clone → first page ${fresh.seconds.toFixed(1)} s${cpu(fresh)}; restart → first page ${restart.seconds.toFixed(1)} s${cpu(restart)}; load average before ${load}`,
    );
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
console.info(`${cpus().length} cores (${cpus()[0]?.model ?? "?"}), Node ${process.versions.node}`);
