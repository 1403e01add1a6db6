import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  builtInServices,
  loadService,
  pathText,
  priceLeaves,
  visitTerms,
  type Path,
  type PriceRule,
  type TermsBody,
} from "../src/index.js";

const fifth = loadService(
  parse(readFileSync(fileURLToPath(new URL("./fixtures/fifth-service.yaml", import.meta.url)), "utf8")) as Parameters<
    typeof loadService
  >[0],
);
const bodies: [string, TermsBody][] = [...builtInServices().list(), fifth].flatMap((s) =>
  s.versions.flatMap((v, i) => (v.terms ? [[`${s.id} versions[${i}]`, v.terms] as [string, TermsBody]] : [])),
);

/** The value at a path inside a node. */
function at(node: unknown, path: Path): unknown {
  return path.reduce<unknown>((n, segment) => (n as Record<string | number, unknown>)[segment], node);
}

/** Every path of a JSON tree whose last property name satisfies `match` (a blind walk, knowing no schema). */
function blindPaths(node: unknown, match: (key: string) => boolean, path: (string | number)[] = []): string[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => blindPaths(child, match, [...path, i]));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, child]) => [
    ...(match(key) ? [pathText([...path, key])] : []),
    ...(key === "cite" ? [] : blindPaths(child, match, [...path, key])),
  ]);
}

describe("price leaves: every amount of every price type, with the path to it", () => {
  const rule: PriceRule = {
    type: "cases",
    cases: [
      {
        when: { param: "plan", in: ["core", "complete"] },
        price: {
          type: "bands",
          mode: "whole",
          bands: [
            { from: 1, to: 100, unitPriceYen: "700" },
            { from: 101, to: null, unitPriceYen: "650" },
          ],
        },
      },
      {
        when: { param: "plan", present: true },
        price: { type: "table", param: "bandwidth", rows: [{ value: "1G", amountYen: "9000" }] },
      },
      { price: { type: "metered", unitPriceYen: "12.5", monthlyCapYen: "9000" } },
    ],
  };

  it("finds each amount where its path says, keyed by where it sits", () => {
    const leaves = priceLeaves(rule);
    expect(leaves.map((l) => [l.key, pathText(l.path), at(rule, l.path)])).toEqual([
      ["case0:band:1-100", "cases[0].price.bands[0].unitPriceYen", "700"],
      ["case0:band:101-null", "cases[0].price.bands[1].unitPriceYen", "650"],
      ["case1:bandwidth=1G", "cases[1].price.rows[0].amountYen", "9000"],
      ["case2:unit", "cases[2].price.unitPriceYen", "12.5"],
      ["case2:cap", "cases[2].price.monthlyCapYen", "9000"],
    ]);
    expect(leaves.every((l) => l.amountYen === at(rule, l.path))).toBe(true);
  });

  it("names each case by the values its condition tests, else by its position", () => {
    expect(priceLeaves(rule).map((l) => l.qualifiers.find((q) => q.kind === "case"))).toEqual([
      { kind: "case", index: 0, tag: "core/complete" },
      { kind: "case", index: 0, tag: "core/complete" },
      { kind: "case", index: 1, tag: "#2" },
      { kind: "case", index: 2, tag: "#3" },
      { kind: "case", index: 2, tag: "#3" },
    ]);
  });

  it("gives a fixed price one leaf and an unpriced one a leaf without an amount", () => {
    expect(priceLeaves({ type: "fixed", amountYen: "400" })).toEqual([
      { path: ["amountYen"], key: "fixed", qualifiers: [], amountYen: "400" },
    ]);
    expect(priceLeaves({ type: "unpriced", reason: { ja: "実費", en: "at cost" } })).toEqual([
      { path: [], key: "unpriced", qualifiers: [], amountYen: null },
    ]);
  });

  it("finds every amount of every shipped fee that a blind walk of its JSON finds", () => {
    for (const [name, terms] of bodies) {
      terms.fees.forEach((fee) => {
        const found = priceLeaves(fee.price).flatMap((l) => (l.amountYen === null ? [] : [pathText(l.path)]));
        expect(found.sort(), `${name} ${fee.code}`).toEqual(blindPaths(fee.price, (k) => /Yen$/.test(k)).sort());
      });
    }
  });
});

describe("the terms traversal finds every node of its kinds that a blind walk of the JSON finds", () => {
  for (const [name, terms] of bodies) {
    it(name, () => {
      const conditions: string[] = [];
      const calendars: string[] = [];
      const prices: string[] = [];
      const durations: string[] = [];
      visitTerms(terms, {
        condition: (_c, path) => conditions.push(pathText(path)),
        reference: (ref, path) => {
          if (ref.to === "calendar") calendars.push(pathText(path));
        },
        price: (_rule, path) => prices.push(pathText(path)),
        duration: (d, path) => {
          expect(at(terms, path)).toBe(d);
          durations.push(pathText(path));
        },
      });
      expect(conditions.sort()).toEqual(
        blindPaths(terms, (k) => ["when", "appliesWhen", "forbiddenWhen"].includes(k)).sort(),
      );
      expect(calendars.sort()).toEqual(blindPaths(terms, (k) => k === "calendar" || k === "dueDateCalendar").sort());
      // A change rule's `fees[].fee` is a fee code, not a price.
      expect(prices.sort()).toEqual(
        blindPaths(terms, (k) => k === "price" || k === "fee")
          .filter((p) => !/^changeRules/.test(p))
          .sort(),
      );
      expect(durations.sort()).toEqual(
        blindPaths(terms, (k) => ["notice", "before", "duration", "leadTime"].includes(k)).sort(),
      );
    });
  }
});
