import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configurationRows } from "../src/modules/services/parameter-form.service.js";
import { openDomain } from "./helpers/domain.js";

// A configuration in words, as the contract, quote and request pages list it: labels from the
// terms' parameter definitions in the reader's language, never a key or a raw value.
const NOW = new Date("2026-11-27T03:00:00Z");

describe("a configuration in words (ConfigurationRow)", () => {
  let domain: Awaited<ReturnType<typeof openDomain>>;
  beforeAll(async () => {
    domain = await openDomain("pglite", NOW);
  });
  afterAll(async () => {
    await domain?.drop();
  });

  it("names Flex Mobility's keys and values by their labels, counts grouped with their unit (別紙1: プラン, デバイスライセンス数)", async () => {
    const flex = { plan: "core", licenses: 1200, logRetentionDays: 180 };
    expect(configurationRows(await domain.as(null, "ja"), "qtpro-flex-mobility", flex)).toEqual([
      { key: "plan", label: "プラン", value: "Core" },
      { key: "licenses", label: "デバイスライセンス数", value: "1,200 ライセンス" },
      { key: "logRetentionDays", label: "可視化ログ保管期間", value: "180日" },
    ]);
    expect(configurationRows(await domain.as(null, "en"), "qtpro-flex-mobility", flex)).toEqual([
      { key: "plan", label: "Plan", value: "Core" },
      { key: "licenses", label: "Device licences", value: "1,200 licences" },
      { key: "logRetentionDays", label: "Log retention", value: "180 days" },
    ]);
  });

  it("says あり/なし (Yes/No) for a yes-or-no parameter, never true or false (UTM 別紙4 2.(3)ii 法人契約)", async () => {
    expect(configurationRows(await domain.as(null, "ja"), "utm-support", { corporate: false })).toEqual([
      { key: "corporate", label: "法人契約", value: "なし" },
    ]);
    expect(configurationRows(await domain.as(null, "en"), "utm-support", { corporate: true })).toEqual([
      { key: "corporate", label: "Corporate customer", value: "Yes" },
    ]);
  });

  it("keeps a key today's terms no longer define, as it is, rather than dropping it", async () => {
    expect(configurationRows(await domain.as(null, "ja"), "qtpro-flex-mobility", { retired: "x" })).toEqual([
      { key: "retired", label: "retired", value: "x" },
    ]);
  });
});
