// `pnpm test`: builds (the integration and browser tests start the built server), runs every
// test of every package once, and ends with one line "N passed, N failed".
// Database: embedded PGlite always; PostgreSQL too when DATABASE_URL is set.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, pnpm } from "./workspace.mjs";

const build = pnpm(["build"]);
if (build !== 0) {
  console.error("build failed");
  console.info("0 passed, 1 failed");
  process.exit(build);
}

const resultsDir = join(ROOT, ".vitest-results");
const resultsFile = join(resultsDir, "results.json");
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const vitest = spawnSync(
  process.execPath,
  [
    join(ROOT, "node_modules/vitest/vitest.mjs"),
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  { cwd: ROOT, stdio: "inherit" },
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(resultsFile, "utf8"));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  // A file that fails to load fails no test: count such suites so the line never says 0 failed.
  if (failed === 0 && report.numFailedTestSuites > 0) failed = report.numFailedTestSuites;
  skipped = report.numPendingTests + report.numTodoTests;
} catch {
  failed = 1;
}
const status = vitest.status ?? 1;
if (status !== 0 && failed === 0) failed = 1;
console.info(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
