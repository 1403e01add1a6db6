import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { serviceDefinitions } from "../services/index.js";
import { BLOCK_FILES, SERVICE_FILES, fileOfPath } from "../services/layout.js";
import { lintService } from "../src/lint/lint.js";
import type { TermsBody } from "../src/index.js";

const SERVICES = fileURLToPath(new URL("../services", import.meta.url));
const filesOf = (serviceId: string) =>
  readdirSync(`${SERVICES}/${serviceId}`)
    .filter((f) => f.endsWith(".ts"))
    .sort();

describe("every service folder has the same one-file-per-block layout", () => {
  for (const service of serviceDefinitions) {
    it(`${service.id}: index.ts, cite.ts and one file per block it has, nothing else`, () => {
      const blocks = new Set(service.versions.flatMap((v) => (v.terms ? Object.keys(v.terms) : [])));
      const expected = new Set<string>([
        ...SERVICE_FILES,
        ...[...blocks].map((b) => BLOCK_FILES[b as keyof TermsBody]),
      ]);
      expect(filesOf(service.id)).toEqual([...expected].sort());
    });
  }

  it("maps a finding's path to the file that holds it", () => {
    expect(fileOfPath("versions[10].terms.permissions[3].mode")).toBe("permissions.ts");
    expect(fileOfPath("versions[1].terms.lateInterest.graceDays")).toBe("interest.ts");
    expect(fileOfPath("versions[1].terms.crossReferences[4]")).toBe("outline.ts");
    expect(fileOfPath("versions[1].terms.tax.rates[0]")).toBe("fees.ts");
    expect(fileOfPath("versions[0].cite[1]")).toBe("index.ts");
  });

  it("sends every finding on the shipped services to a file the service has", () => {
    for (const service of serviceDefinitions) {
      for (const f of lintService(service, service.id))
        expect(filesOf(service.id), f.path).toContain(fileOfPath(f.path));
    }
  });
});
