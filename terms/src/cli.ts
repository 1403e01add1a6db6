// `pnpm terms lint [file.json|file.yaml …]`: validates terms data and prints each problem with its
// file and path. Without files it lints every service shipped in terms/services/.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { serviceDefinitions } from "../services/index.js";
import { fileOfPath } from "../services/layout.js";
import { lintService, type Finding } from "./lint/lint.js";
import { readSourceTexts, SOURCES_DIR } from "./sources.js";

const TERMS_ROOT = fileURLToPath(new URL(import.meta.url.includes("/dist/") ? "../../" : "../", import.meta.url));

/** The data file a finding's path comes from: each service folder has one file per block. */
function builtInFile(serviceId: string, path: string): string {
  const dir = join(TERMS_ROOT, "services", serviceId);
  const file = join(dir, fileOfPath(path));
  return relative(process.cwd(), existsSync(file) ? file : dir);
}

function lintCommand(files: string[]): number {
  // Quotes are checked against the documents shipped in terms/sources/ (YAKKAN_SEEDS names another copy).
  const sources = readSourceTexts(process.env["YAKKAN_SEEDS"] ?? SOURCES_DIR);

  const findings: Finding[] = [];
  if (files.length === 0) {
    for (const service of serviceDefinitions) {
      for (const f of lintService(service, `services/${service.id}`, sources)) {
        findings.push({ ...f, file: builtInFile(service.id, f.path) });
      }
    }
  } else {
    for (const file of files) {
      let data: unknown;
      try {
        data = parse(readFileSync(file, "utf8"));
      } catch (error) {
        const message = `cannot read: ${(error as Error).message}`;
        findings.push({ severity: "error", file, path: "", message, text: { en: message, ja: message } });
        continue;
      }
      findings.push(...lintService(data, file, sources));
    }
  }
  for (const f of findings) console.info(`${f.file}: ${f.severity}: ${f.path || "(root)"}: ${f.message}`);
  const errors = findings.filter((f) => f.severity === "error").length;
  const notices = findings.length - errors;
  console.info(`${errors} error${errors === 1 ? "" : "s"}, ${notices} notice${notices === 1 ? "" : "s"}`);
  return errors > 0 ? 1 : 0;
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case "lint":
    process.exitCode = lintCommand(rest);
    break;
  default:
    console.error("usage: terms lint [file.json|file.yaml …]");
    process.exitCode = 2;
}
