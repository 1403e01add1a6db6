import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { serviceDefinitions } from "../services/index.js";
import { lintService, type Finding } from "../src/lint/lint.js";
import { builtInServices, loadService } from "../src/index.js";
import { readSourceTexts, SOURCES_DIR, sourceDocumentIds } from "../src/sources.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/fifth-service.yaml", import.meta.url));
/** The authoritative texts, where the workplace's `shared/` sits beside the repository (not in a clone). */
const SHARED_SEEDS = fileURLToPath(new URL("../../../shared/seeds", import.meta.url));
const sharedSeeds = existsSync(SHARED_SEEDS) ? SHARED_SEEDS : undefined;
if (!sharedSeeds) console.info(`${SHARED_SEEDS} is absent: the shipped sources are not compared with it`);

type Mutable = Record<string, unknown>;
/** The fifth-service fixture with one defect put in by `mutate`. */
function broken(mutate: (terms: Mutable, service: Mutable) => void): unknown {
  const service = parse(readFileSync(FIXTURE, "utf8")) as Mutable;
  const versions = service["versions"] as Mutable[];
  mutate(versions[1]?.["terms"] as Mutable, service);
  return service;
}
const errors = (findings: Finding[]) =>
  findings.filter((f) => f.severity === "error").map((f) => `${f.path}: ${f.message}`);

/** A CLI run starts Node and tsx: seconds on a busy machine, beyond vitest's default 5 s. */
const CLI_TIMEOUT = 30_000;

/** Runs `terms lint <file>` from the terms package (where tsx is installed): exit status and output. */
function lintCli(file: string): { status: number; output: string } {
  const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
  const cwd = fileURLToPath(new URL("..", import.meta.url));
  try {
    const output = execFileSync(process.execPath, ["--import", "tsx", cli, "lint", file], {
      cwd,
      encoding: "utf8",
      stdio: "pipe",
    });
    return { status: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { status: e.status, output: e.stdout };
  }
}

describe("pnpm terms lint", () => {
  it("has the source texts shipped with the package", () => {
    expect(sourceDocumentIds()).toContain("qtpro-flex-mobility.terms");
  });

  it("passes on every shipped service, quotes checked against the sources", () => {
    const sources = readSourceTexts(SOURCES_DIR);
    for (const service of serviceDefinitions) {
      expect(errors(lintService(service, service.id, sources)), service.id).toEqual([]);
    }
  });

  it("reports each known cross-reference defect of the sources as a notice, not an error", () => {
    const flex = serviceDefinitions.find((s) => s.id === "qtpro-flex-mobility")!;
    const notices = lintService(flex, "flex").filter((f) => f.severity === "notice");
    expect(notices.some((n) => n.message.includes("第3条第2項第6号") && n.message.includes("第15条"))).toBe(true);
  });

  it("notices a reference that points to the wrong article (Flex 第3条第2項第6号 → 第12条, read as 第15条)", () => {
    const flex = serviceDefinitions.find((s) => s.id === "qtpro-flex-mobility")!;
    const notices = lintService(flex, "flex")
      .filter((f) => f.severity === "notice")
      .map((f) => f.message);
    expect(notices).toContain(
      'known defect in the source: 第3条第2項第6号 refers to 第12条 for "反社会的勢力", but 第12条 is "機密保持"; read as 第15条',
    );
  });

  it("writes every finding in Japanese too, for the legal console (the English stays the message)", () => {
    const data = broken((t) => {
      const fees = t["fees"] as Mutable[];
      fees.push({ ...fees[0]! });
      (t["crossReferences"] as Mutable[])[0]!["target"] = "第99条";
    });
    const findings = lintService(data, "x");
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    expect(findings.length).toBeGreaterThanOrEqual(2);
    for (const f of findings) {
      expect(f.text.en).toBe(f.message);
      expect(f.text.ja, f.message).toMatch(japanese);
    }
    const ja = findings.map((f) => f.text.ja);
    expect(ja.some((m) => m.startsWith("料金コード「") && m.endsWith("」が重複しています"))).toBe(true);
    expect(ja).toContain("第7条第2項が参照する第99条は存在しません");
  });

  it("refuses a defect notice that reads the reference as itself: not a defect (the check, one way)", () => {
    const data = broken((t) => {
      (t["crossReferences"] as Mutable[])[0]!["target"] = "第7条";
      (t["crossReferences"] as Mutable[])[0]!["knownDefect"] = { intended: "第7条", note: { ja: "同じ", en: "same" } };
    });
    expect(errors(lintService(data, "x"))).toContain(
      'versions[1].terms.crossReferences[0]: not a defect of the target: 第7条 is read as itself ("第7条"); fix the subject, or record a wording defect or a note',
    );
  });

  it("notices a real wrong-target defect, read as another article (the check, the other way)", () => {
    const data = broken((t) => {
      (t["crossReferences"] as Mutable[])[0]!["target"] = "第7条";
      (t["crossReferences"] as Mutable[])[0]!["knownDefect"] = {
        intended: "第6条第2項",
        note: { ja: "第6条", en: "第6条" },
      };
    });
    const findings = lintService(data, "x");
    expect(errors(findings)).toEqual([]);
    expect(findings.filter((f) => f.severity === "notice").map((f) => f.message)).toContain(
      'known defect in the source: 第7条第2項 refers to 第7条 for "最低利用期間", but 第7条 is "解約"; read as 第6条第2項',
    );
  });

  it("notices a wording defect (right place, wrong words) and refuses one that moves the target", () => {
    const wording = (intended: string) =>
      broken((t) => {
        (t["crossReferences"] as Mutable[])[0]!["subject"] = "最低期間";
        (t["crossReferences"] as Mutable[])[0]!["target"] = "第7条";
        (t["crossReferences"] as Mutable[])[0]!["knownDefect"] = {
          kind: "wording",
          intended,
          note: { ja: "見出しの誤記", en: "misquoted title" },
        };
      });
    const ok = lintService(wording("第7条（解約）"), "x");
    expect(errors(ok)).toEqual([]);
    expect(
      ok.some(
        (f) =>
          f.severity === "notice" &&
          f.message === 'known wording defect in the source: 第7条第2項 names 第7条 "最低期間": misquoted title',
      ),
    ).toBe(true);
    expect(errors(lintService(wording("第6条第2項"), "x"))).toContain(
      'versions[1].terms.crossReferences[0]: a wording defect keeps the target: intended "第6条第2項" is not 第7条 (record a target defect instead)',
    );
  });

  it("refuses a defect notice on a reference that resolves", () => {
    const data = broken((t) => {
      (t["crossReferences"] as Mutable[])[0]!["knownDefect"] = { intended: "第5条", note: { ja: "x", en: "x" } };
    });
    expect(errors(lintService(data, "x"))).toContain(
      "versions[1].terms.crossReferences[0]: marked as a known defect, but 第6条第2項 resolves: remove knownDefect or correct the reference",
    );
  });

  it("shows no defect notice for the references issue 9 found to be fine (Server 第35条第11項, 第3条, 第28条第2項第2号, 第25条第2項)", () => {
    const server = serviceDefinitions.find((s) => s.id === "server-support")!;
    const notices = lintService(server, "server")
      .filter((f) => f.severity === "notice")
      .map((f) => f.message);
    for (const at of ["第35条第11項 refers", "第3条 refers", "第28条第2項第2号 refers", "第25条第2項 refers"]) {
      expect(notices.filter((n) => n.includes(at))).toEqual([]);
    }
  });

  it("fails public text that names an internal document, at its path, and passes the same text without it", () => {
    const withDigest = broken((t) => {
      t["interpretations"] = [
        {
          topic: "x",
          text: { ja: "ダイジェストの記載は誤り", en: "see parameters.md" },
          cite: [{ document: "cloud-backup.terms", clause: "第1条" }],
        },
      ];
    });
    const found = errors(lintService(withDigest, "x")).filter((e) => e.includes("internal document"));
    expect(found.length).toBe(2);
    expect(found[0]).toMatch(
      /^versions\[1\]\.terms\.interpretations\[\d+\]\.text\.ja: public text names an internal document \("ダイジェスト"\)/,
    );
    const clean = broken((t) => {
      t["interpretations"] = [
        {
          topic: "x",
          text: { ja: "規約の記載による", en: "as the terms say" },
          cite: [{ document: "cloud-backup.terms", clause: "第1条" }],
        },
      ];
    });
    expect(errors(lintService(clean, "x")).filter((e) => e.includes("internal document"))).toEqual([]);
  });

  it("fails a band table with a gap, at the band", () => {
    const data = broken((t) => {
      const seat = (t["fees"] as Mutable[])[0]!;
      const bands = (((seat["price"] as Mutable)["cases"] as Mutable[])[0]!["price"] as Mutable)["bands"] as Mutable[];
      bands[1]!["from"] = 60;
    });
    expect(errors(lintService(data, "x"))).toContain(
      "versions[1].terms.fees[0].price.cases[0].price.bands[1].from: gap after the previous band (51–59 has no price)",
    );
  });

  it("fails overlapping bands", () => {
    const data = broken((t) => {
      const seat = (t["fees"] as Mutable[])[0]!;
      const bands = (((seat["price"] as Mutable)["cases"] as Mutable[])[1]!["price"] as Mutable)["bands"] as Mutable[];
      bands[1]!["from"] = 90;
    });
    expect(errors(lintService(data, "x"))).toContain(
      "versions[1].terms.fees[0].price.cases[1].price.bands[1].from: overlaps the previous band (90 ≤ 100)",
    );
  });

  it("fails a rule without a citation, at the rule", () => {
    const data = broken((t) => {
      (t["cancellation"] as Mutable)["cite"] = [];
    });
    expect(errors(lintService(data, "x"))).toContain(
      "versions[1].terms.cancellation.cite: every rule must cite its clause",
    );
  });

  it("fails a condition on a value the parameter does not have", () => {
    const data = broken((t) => {
      (t["fees"] as Mutable[])[3]!["when"] = { param: "encryption", in: ["yes"] };
    });
    expect(errors(lintService(data, "x"))).toContain('versions[1].terms.fees[3].when: "encryption" has no value "yes"');
  });

  it("fails references to unknown parameters, fee codes and calendars", () => {
    const data = broken((t) => {
      ((t["changeRules"] as Mutable[])[1]!["fees"] as Mutable[])[0]!["fee"] = "storage-swap";
      ((t["order"] as Mutable)["deadlines"] as Mutable[])[0]!["before"] = {
        amount: 10,
        unit: "businessDays",
        calendar: "bank",
      };
      (t["fees"] as Mutable[])[1]!["price"] = { type: "table", param: "storage", rows: [{ value: 1, amountYen: "1" }] };
    });
    expect(errors(lintService(data, "x"))).toEqual(
      expect.arrayContaining([
        'versions[1].terms.changeRules[1].fees[0].fee: unknown fee code "storage-swap"',
        'versions[1].terms.order.deadlines[0].before.calendar: unknown calendar "bank"',
        'versions[1].terms.fees[1].price.param: unknown parameter "storage"',
      ]),
    );
  });

  it("fails versions out of order or overlapping", () => {
    const data = broken((_t, s) => {
      const versions = s["versions"] as Mutable[];
      versions[0]!["effectiveTo"] = "2026-01-15";
    });
    expect(errors(lintService(data, "x"))).toContain(
      "versions[0].effectiveTo: overlaps the next version (2026-01-15 ≥ 2026-01-01)",
    );
  });

  it("fails a cross-reference to a paragraph that does not exist (the kind of defect in QT PRO Cloud 第18条第3項)", () => {
    const data = broken((t) => {
      (t["crossReferences"] as Mutable[])[0]!["target"] = "第6条第3項";
    });
    expect(errors(lintService(data, "x"))).toContain(
      "versions[1].terms.crossReferences[0]: 第7条第2項 refers to 第6条第3項, but 第6条 has 2 paragraph(s)",
    );
  });

  it("fails a cross-reference whose subject is another article's (the kind of defect in UTM 第28条第2項第4号)", () => {
    const data = broken((t) => {
      (t["crossReferences"] as Mutable[])[0]!["target"] = "第7条";
    });
    expect(errors(lintService(data, "x"))).toContain(
      'versions[1].terms.crossReferences[0]: 第7条第2項 refers to 第7条 for "最低利用期間", but 第7条 is "解約"',
    );
  });

  it("fails a quote that is not in the source text", () => {
    const flex = structuredClone(serviceDefinitions.find((s) => s.id === "qtpro-flex-mobility")!);
    flex.versions[0]!.cite[0]!.text = "2021 年 9 月 2 日 制定";
    const found = errors(lintService(flex, "flex", readSourceTexts(SOURCES_DIR)));
    expect(found).toEqual([
      'versions[0].cite[0]: quote not found in qtpro-flex-mobility.terms (附則): "2021 年 9 月 2 日 制定"',
    ]);
  });

  it(
    "prints file and path for a broken fixture and exits non-zero (CLI)",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "terms-lint-"));
      const file = join(dir, "broken-service.yaml");
      writeFileSync(
        file,
        stringify(
          broken((t) => {
            (t["parties"] as Mutable[]).shift();
          }),
        ),
      );
      const { status, output } = lintCli(file);
      expect(status).toBe(1);
      expect(output).toContain(`${file}: error: versions[1].terms.responsibilities[0].party: unknown party "customer"`);
    },
    CLI_TIMEOUT,
  );
});

describe("values one part of the terms takes from another (written once, linked by the DSL)", () => {
  type Spec = { key: string; pricingBlock?: number };
  const seatsBlock = (data: unknown) =>
    (loadService(data as Parameters<typeof loadService>[0]).versions[1]!.terms!.parameters as Spec[]).find(
      (p) => p.key === "seats",
    )?.pricingBlock;
  const seatFee = (t: Mutable) => (t["fees"] as Mutable[]).find((f) => f["code"] === "seat")!;
  const seatsParam = (t: Mutable) => (t["parameters"] as Mutable[]).find((p) => p["key"] === "seats")!;

  it("a parameter's pricingBlock is the block size of the fee that prices it (Flex licences: 50, written only on the fee)", () => {
    const flex = builtInServices().get("qtpro-flex-mobility").versions.at(-1)!.terms!;
    expect(flex.parameters.find((p) => p.key === "licenses")).toMatchObject({ pricingBlock: 50 });
    expect(flex.fees.find((f) => f.code === "device-licence")?.quantity?.blockSize).toBe(50);
  });

  it("changing the fee's block size changes what the parameter tells forms (one way)", () => {
    expect(seatsBlock(broken(() => undefined))).toBe(10);
    expect(seatsBlock(broken((t) => ((seatFee(t)["quantity"] as Mutable)["blockSize"] = 20)))).toBe(20);
  });

  it("a block size written on the parameter cannot contradict the fee: the fee's is used (the other way)", () => {
    expect(seatsBlock(broken((t) => (seatsParam(t)["pricingBlock"] = 25)))).toBe(10);
    expect(seatsBlock(broken((t) => delete seatsParam(t)["pricingBlock"]))).toBe(10);
    expect(seatsBlock(broken((t) => delete (seatFee(t)["quantity"] as Mutable)["blockSize"]))).toBeUndefined();
  });

  it("fails fees that price one parameter in different block sizes, at each block size", () => {
    const data = broken((t) => {
      (t["fees"] as Mutable[]).push({ ...seatFee(t), code: "seat-extra", quantity: { param: "seats", blockSize: 5 } });
    });
    expect(errors(lintService(data, "x"))).toEqual(
      expect.arrayContaining([
        'versions[1].terms.fees[0].quantity.blockSize: "seats" is priced in blocks of 10 and 5: one parameter has one block size (its pricingBlock)',
        'versions[1].terms.fees[6].quantity.blockSize: "seats" is priced in blocks of 10 and 5: one parameter has one block size (its pricingBlock)',
      ]),
    );
    expect(seatsBlock(data)).toBeUndefined();
  });

  const withPermission = (permission: Mutable) =>
    broken((t) => {
      (t["fees"] as Mutable[]).push({
        code: "restore-fee",
        label: { ja: "復元料", en: "Restore fee" },
        kind: "one-off",
        event: "request",
        price: { type: "fixed", amountYen: "3000" },
        cite: [{ document: "cloud-backup.terms", clause: "別表 6" }],
      });
      (t["permissions"] as Mutable[]).push({
        operation: "backup.restore-by-staff",
        label: { ja: "復元依頼", en: "Restore on request" },
        mode: "request",
        cite: [{ document: "cloud-backup.terms", clause: "第14条" }],
        ...permission,
      });
    });

  it("a permission's fee is the price of the fee item it names", () => {
    const data = withPermission({ feeCode: "restore-fee" });
    expect(errors(lintService(data, "x"))).toEqual([]);
    const terms = loadService(data as Parameters<typeof loadService>[0]).versions[1]!.terms!;
    expect(terms.permissions.find((p) => p.operation === "backup.restore-by-staff")?.fee).toEqual({
      type: "fixed",
      amountYen: "3000",
    });
  });

  it("fails a permission that copies a price instead of naming its fee item, an unknown fee code, and a fee not charged on request", () => {
    expect(errors(lintService(withPermission({ fee: { type: "fixed", amountYen: "3000" } }), "x"))).toEqual([
      "versions[1].terms.permissions[1].fee: a priced fee copies the price list: name its fee item in feeCode instead",
    ]);
    expect(errors(lintService(withPermission({ feeCode: "restore" }), "x"))).toEqual([
      'versions[1].terms.permissions[1].feeCode: unknown fee code "restore"',
    ]);
    expect(errors(lintService(withPermission({ feeCode: "seat" }), "x"))).toEqual([
      'versions[1].terms.permissions[1].feeCode: "seat" is not a fee charged on request (a one-off fee with event "request")',
    ]);
  });

  it("lets a permission state a charge the price list has no item for (at cost, unpriced)", () => {
    expect(
      errors(lintService(withPermission({ fee: { type: "unpriced", reason: { ja: "実費", en: "At cost" } } }), "x")),
    ).toEqual([]);
  });
});

describe("pnpm terms lint on public text", () => {
  it(
    "exits non-zero on a file whose public text names an internal document",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "terms-lint-"));
      const file = join(dir, "leaky-service.yaml");
      writeFileSync(
        file,
        stringify(
          broken((t) => {
            (t["cancellation"] as Mutable)["noticeForm"] = { ja: "ダイジェストのとおり書面で", en: "in writing" };
          }),
        ),
      );
      const { status, output } = lintCli(file);
      expect(status).toBe(1);
      expect(output).toContain(
        `${file}: error: versions[1].terms.cancellation.noticeForm.ja: public text names an internal document ("ダイジェスト")`,
      );
    },
    CLI_TIMEOUT,
  );
});

describe("the source documents shipped with the package", () => {
  it.skipIf(!sharedSeeds)(
    "are the authoritative texts of shared/seeds, unchanged (only where shared/ is beside the repository)",
    () => {
      const shipped = readSourceTexts(SOURCES_DIR);
      const authoritative = readSourceTexts(sharedSeeds);
      expect(sourceDocumentIds()).toEqual([...authoritative.keys()].sort());
      for (const [id, text] of authoritative) expect(shipped.get(id), id).toBe(text);
    },
  );
});
