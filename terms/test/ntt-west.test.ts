import { describe, expect, it } from "vitest";
import { serviceDefinitions } from "../services/index.js";
import { invoiceFees, requestFees } from "../services/ntt-west-common/fees.js";
import { interpretations } from "../services/ntt-west-common/interpretations.js";
import { crossReferences } from "../services/ntt-west-common/outline.js";
import { permissions } from "../services/ntt-west-common/permissions.js";
import { parties } from "../services/ntt-west-common/responsibilities.js";
import { builtInServices, lintService, readSourceTexts, type Citation, type TermsBody } from "../src/index.js";

// UTM サポート and Server サポート are one NTT West template: what they state alike is written once
// (services/ntt-west-common/) and each document cites it in its own words.

const current = (id: string) => builtInServices().get(id).versions.at(-1)!.terms!;
const utm = current("utm-support");
const server = current("server-support");
const DOCUMENTS = { "utm-support": "utm-support.terms", "server-support": "server-support.terms" } as const;

/** A block without its citations: what the two documents must state identically. */
const withoutCitations = (node: unknown): unknown =>
  JSON.parse(
    JSON.stringify(node, (key, value: unknown) => (key === "cite" || key === "citations" ? undefined : value)),
  );

/** Every citation inside a node. */
function citationsIn(node: unknown): Citation[] {
  if (Array.isArray(node)) return node.flatMap(citationsIn);
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  if (typeof record["document"] === "string" && typeof record["clause"] === "string")
    return [record as unknown as Citation];
  return Object.values(record).flatMap(citationsIn);
}

const none: Citation[] = [];
const anyClauses = new Proxy({}, { get: () => none }) as never;
const sharedOperations = () => {
  const p = permissions(anyClauses);
  return [...p.contract, p.changeEnvironment, ...p.documents].map((x) => x.operation);
};
const sharedCodes = [
  ...invoiceFees({ when: { param: "corporate", in: [false] }, issueFee: none, collectionFee: none }),
  ...requestFees(anyClauses),
].map((f) => f.code);
const sharedTopics = Object.values(interpretations(anyClauses)).map((i) => i.topic);
const sharedReferences = crossReferences(anyClauses).map((r) => `${r.at} → ${r.target}`);

/** The items of both documents a shared block produced, by identity. */
const pairs = (pick: (t: TermsBody) => { id: string; item: unknown }[], ids: readonly string[]) =>
  ids.map((id) => [id, pick(utm).find((x) => x.id === id)?.item, pick(server).find((x) => x.id === id)?.item] as const);

describe("NTT West: the blocks UTM サポート and Server サポート share", () => {
  const blocks: [string, (t: TermsBody) => unknown][] = [
    ["billing", (t) => t.billing],
    ["order", (t) => t.order],
    ["lateInterest", (t) => t.lateInterest],
    ["surcharge", (t) => t.surcharge],
    ["tax", (t) => t.tax],
    ["rounding", (t) => t.rounding],
    ["parties", (t) => t.parties],
    [
      "outline 第1条–第34条",
      (t) =>
        t.outline
          .filter((o) => /^第([1-9]|[12]\d|3[0-4])条$/.test(o.clause))
          .map((o) => ({ clause: o.clause, title: o.title })),
    ],
    ["paymentMethod change rule", (t) => t.changeRules.find((c) => c.param === "paymentMethod")],
  ];
  for (const [name, pick] of blocks) {
    it(`${name}: stated identically but for the citations`, () => {
      expect(pick(utm)).toBeDefined();
      expect(withoutCitations(pick(utm))).toEqual(withoutCitations(pick(server)));
    });
  }

  it("parties: the same ids in both, from the one list", () => {
    expect(utm.parties).toEqual(parties);
    expect(server.parties).toEqual(parties);
  });

  const lists: [string, (t: TermsBody) => { id: string; item: unknown }[], string[]][] = [
    ["permissions", (t) => t.permissions.map((p) => ({ id: p.operation, item: p })), sharedOperations()],
    ["fees", (t) => t.fees.map((f) => ({ id: f.code, item: f })), sharedCodes],
    ["interpretations", (t) => t.interpretations.map((i) => ({ id: i.topic, item: i })), sharedTopics],
    [
      "cross-references",
      (t) => t.crossReferences.map((r) => ({ id: `${r.at} → ${r.target}`, item: r })),
      sharedReferences,
    ],
  ];
  for (const [name, pick, ids] of lists) {
    it(`${name}: every shared one is in both documents under the same id, identical but for the citations`, () => {
      expect(ids.length).toBeGreaterThan(0);
      for (const [id, a, b] of pairs(pick, ids)) {
        expect(a, `${id} in UTM`).toBeDefined();
        expect(b, `${id} in Server`).toBeDefined();
        // A fee's condition is the document's own (別紙4 2.(1) differs: 光コラボ lines only in UTM).
        const own = (x: unknown) => withoutCitations({ ...(x as object), when: undefined });
        expect(own(a), id).toEqual(own(b));
      }
    });
  }

  it("cites each document in its own words: no citation names the other document", () => {
    for (const [id, terms] of [
      ["utm-support", utm],
      ["server-support", server],
    ] as const) {
      const other = id === "utm-support" ? DOCUMENTS["server-support"] : DOCUMENTS["utm-support"];
      expect(citationsIn(terms).filter((c) => c.document === other)).toEqual([]);
      expect(citationsIn(terms).some((c) => c.document === DOCUMENTS[id])).toBe(true);
    }
  });

  it("has the linter check each document's quotes of a shared block against that document", () => {
    const sources = readSourceTexts();
    const definition = structuredClone(serviceDefinitions.find((s) => s.id === "utm-support")!);
    const terms = definition.versions.at(-1)!.terms!;
    const index = terms.permissions!.findIndex((p) => p.operation === "billing.qualified-invoice");
    // Server's wording of the same clause is not UTM's: the quote is refused for UTM.
    terms.permissions![index] = {
      ...terms.permissions![index]!,
      cite: [{ document: "utm-support.terms", clause: "別紙4 3.(2)", text: "手数料 400円（税込 440円）及び郵送料" }],
    };
    const errors = lintService(definition, "utm", sources).filter((f) => f.severity === "error");
    expect(errors.map((f) => f.path)).toEqual([`versions[10].terms.permissions[${index}].cite[0]`]);
    expect(errors[0]?.message).toContain("quote not found in utm-support.terms");
    expect(
      lintService(
        serviceDefinitions.find((s) => s.id === "server-support")!,
        "server",
        sources,
      ).filter((f) => f.severity === "error"),
    ).toEqual([]);
  });
});
