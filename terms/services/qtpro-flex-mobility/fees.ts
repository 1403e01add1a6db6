import type { FeeItemInput, PriceRule, RoundingRule, TaxRule } from "../../src/dsl/index.js";
import { consumptionTax } from "../common/tax.js";
import { COMPLETE, CORE_OR_COMPLETE, STARTER } from "./parameters.js";
import { LICENCE_UNITS, PROXY_TWICE_INITIAL, PROXY_TWICE_MONTHLY, cite } from "./cite.js";

// 別紙1 料金表. Amounts in yen, tax-exclusive.

const bands = (rows: [number, number, string][]): PriceRule => ({
  type: "bands",
  mode: "whole",
  bands: rows.map(([from, to, unitPriceYen]) => ({ from, to, unitPriceYen })),
});

/** The five quantity bands shared by Core and Complete (別紙1 2.(1)①). */
const coreBands = (prices: [string, string, string, string, string]): PriceRule =>
  bands([
    [100, 1000, prices[0]],
    [1001, 3000, prices[1]],
    [3001, 6000, prices[2]],
    [6001, 10000, prices[3]],
    [10001, 60000, prices[4]],
  ]);

const bandwidthTable = (param: string, rows: [string, string][]): PriceRule => ({
  type: "table",
  param,
  rows: rows.map(([value, amountYen]) => ({ value, amountYen })),
});

const BANDWIDTH_LADDER: [string, string][] = [
  ["200M", "400000"],
  ["300M", "450000"],
  ["400M", "500000"],
  ["500M", "550000"],
  ["600M", "600000"],
  ["700M", "650000"],
  ["800M", "700000"],
  ["900M", "750000"],
  ["1G", "800000"],
  ["2G", "1400000"],
];

const MULTI_REGION = { param: "multiRegion", present: true } as const;
const PROXY = { param: "transparentProxy", in: [true] };
const LICENCE_PRICE = "別紙1 2.(1)①";

/** 別紙1 3.(2)② ※: with multi-region, the proxy's one-off fees are charged as two contracts. */
const PROXY_TWICE_ONE_OFF = {
  when: MULTI_REGION,
  factor: 2,
  note: { ja: "マルチリージョンと併用のため 2 契約分", en: "Charged twice: used together with multi-region" },
  cite: [PROXY_TWICE_INITIAL],
};

export const fees: FeeItemInput[] = [
  {
    code: "device-licence",
    label: { ja: "Mobility デバイスライセンス", en: "Mobility device licences" },
    kind: "monthly",
    quantity: { param: "licenses", blockSize: 50, cite: [LICENCE_UNITS] },
    price: {
      type: "cases",
      cases: [
        {
          when: STARTER,
          price: bands([[100, 500, "500"]]),
          cite: [cite(LICENCE_PRICE, "Starter		100~500 ライセンス	500")],
        },
        {
          when: { param: "plan", in: ["core"] },
          price: coreBands(["800", "700", "600", "500", "400"]),
          cite: [cite(LICENCE_PRICE, "Core		100~1,000 ライセンス	800")],
        },
        {
          when: { all: [COMPLETE, { param: "logRetentionDays", in: [90] }] },
          price: coreBands(["1330", "1190", "1050", "910", "770"]),
          cite: [cite(LICENCE_PRICE, "Complete	可視化ログ保管期間 90 日	100~1,000 ライセンス	1,330")],
        },
        {
          when: { all: [COMPLETE, { param: "logRetentionDays", in: [180] }] },
          price: coreBands(["1540", "1400", "1260", "1120", "980"]),
          cite: [cite(LICENCE_PRICE, "可視化ログ保 存期間 180 日	100~1,000 ライセンス	1,540")],
        },
        {
          when: { all: [COMPLETE, { param: "logRetentionDays", in: [360] }] },
          price: coreBands(["1960", "1820", "1680", "1540", "1400"]),
          cite: [cite(LICENCE_PRICE, "可視化ログ保 存期間 360 日	100~1,000 ライセンス	1,960")],
        },
      ],
    },
    note: {
      ja: "表は数量帯ごとに 1 ライセンス当たりの価格を示すため、契約数全体に該当する数量帯の単価を適用します（解釈）。",
      en: "The table gives one per-licence price for the band the count falls in, so the whole count is priced at that band's price (interpretation).",
    },
    cite: [cite(LICENCE_PRICE, "提供価格 (1ライセンス当たり)")],
  },
  {
    code: "server-bandwidth",
    label: { ja: "Mobility サーバー帯域", en: "Mobility server bandwidth" },
    kind: "monthly",
    price: {
      type: "cases",
      cases: [
        { when: STARTER, price: bandwidthTable("serverBandwidth", [["100M", "150000"]]) },
        { when: { param: "plan", in: ["core"] }, price: bandwidthTable("serverBandwidth", BANDWIDTH_LADDER) },
        {
          when: COMPLETE,
          price: bandwidthTable("serverBandwidth", [
            ["200M", "440000"],
            ["300M", "490000"],
            ["400M", "540000"],
            ["500M", "590000"],
            ["600M", "640000"],
            ["700M", "690000"],
            ["800M", "740000"],
            ["900M", "790000"],
            ["1G", "840000"],
            ["2G", "1440000"],
          ]),
          cite: [cite("別紙1 2.(1)②", "Complete	200M	440,000")],
        },
      ],
    },
    cite: [cite("別紙1 2.(1)②", "Mobility サーバー帯域")],
  },
  {
    code: "access-bandwidth",
    label: { ja: "アクセス回線接続帯域", en: "Access line bandwidth" },
    kind: "monthly",
    price: bandwidthTable("accessBandwidth", [
      ["50M", "85000"],
      ["100M", "97000"],
      ["200M", "139000"],
      ["300M", "162000"],
      ["400M", "186000"],
      ["500M", "210000"],
      ["600M", "234000"],
      ["700M", "258000"],
      ["800M", "281000"],
      ["900M", "305000"],
      ["1G", "329000"],
      ["2G", "596000"],
    ]),
    cite: [cite("別紙1 2.(1)③", "アクセス回線接続帯域 (単位：円/月)")],
  },
  {
    code: "multi-region",
    label: { ja: "マルチリージョン", en: "Multi-region option" },
    kind: "monthly",
    when: { all: [CORE_OR_COMPLETE, MULTI_REGION] },
    price: bandwidthTable("multiRegion", BANDWIDTH_LADDER),
    cite: [cite("別紙1 3.(1)①", "マルチリージョン")],
  },
  {
    code: "transparent-proxy",
    label: { ja: "透過プロキシ", en: "Transparent proxy option" },
    kind: "monthly",
    when: { all: [CORE_OR_COMPLETE, PROXY] },
    price: { type: "fixed", amountYen: "50000" },
    multipliers: [
      {
        when: MULTI_REGION,
        factor: 2,
        note: { ja: "マルチリージョンと併用のため 2 契約分", en: "Billed twice: used together with multi-region" },
        cite: [PROXY_TWICE_MONTHLY],
      },
    ],
    cite: [cite("別紙1 3.(1)②", "Core,Complete 共通	-	50,000")],
  },
  // 別紙1 2.(2) 初期費用: one-off fees of a new contract and of changes.
  {
    code: "device-licence-new",
    label: { ja: "Mobility デバイスライセンス 初期費用", en: "Device licences, initial fee" },
    kind: "one-off",
    event: "new",
    price: { type: "fixed", amountYen: "0" },
    cite: [cite("別紙1 2.(2)①", "全プラン共通	新規	0")],
  },
  {
    code: "server-bandwidth-new",
    label: { ja: "Mobility サーバー帯域 初期費用", en: "Server bandwidth, initial fee" },
    kind: "one-off",
    event: "new",
    price: { type: "fixed", amountYen: "350000" },
    cite: [cite("別紙1 2.(2)②", "全プラン共通	新規	350,000")],
  },
  {
    code: "access-bandwidth-new",
    label: { ja: "アクセス回線接続帯域 初期費用", en: "Access line, initial fee" },
    kind: "one-off",
    event: "new",
    price: { type: "fixed", amountYen: "75000" },
    cite: [cite("別紙1 2.(2)③", "全プラン共通	新規	75,000")],
  },
  {
    code: "access-bandwidth-change",
    label: { ja: "アクセス回線接続帯域 変更費用", en: "Access line bandwidth change fee" },
    kind: "one-off",
    event: "change",
    price: { type: "fixed", amountYen: "25000" },
    cite: [cite("別紙1 2.(2)③", "変更 (帯域幅増減)	25,000")],
  },
  {
    code: "multi-region-new",
    label: { ja: "マルチリージョン 初期費用", en: "Multi-region, initial fee" },
    kind: "one-off",
    event: "new",
    when: { all: [CORE_OR_COMPLETE, MULTI_REGION] },
    price: { type: "fixed", amountYen: "150000" },
    cite: [cite("別紙1 3.(2)①", "Core,Complete 共通	新規	150,000")],
  },
  {
    code: "multi-region-add",
    label: { ja: "マルチリージョン 追加", en: "Multi-region added" },
    kind: "one-off",
    event: "add",
    price: { type: "fixed", amountYen: "150000" },
    cite: [cite("別紙1 3.(2)①", "変更 (オプション申込 無し → 有り)	150,000")],
  },
  {
    code: "multi-region-remove",
    label: { ja: "マルチリージョン 廃止", en: "Multi-region removed" },
    kind: "one-off",
    event: "remove",
    price: { type: "fixed", amountYen: "150000" },
    cite: [cite("別紙1 3.(2)①", "変更 (オプション申込 有り → 無し)	150,000")],
  },
  {
    code: "transparent-proxy-add",
    label: { ja: "透過プロキシ 追加", en: "Transparent proxy added" },
    kind: "one-off",
    event: "add",
    price: { type: "fixed", amountYen: "30000" },
    multipliers: [PROXY_TWICE_ONE_OFF],
    cite: [cite("別紙1 3.(2)②", "変更 (オプション申込 無し → 有り)	30,000")],
  },
  {
    code: "transparent-proxy-remove",
    label: { ja: "透過プロキシ 廃止", en: "Transparent proxy removed" },
    kind: "one-off",
    event: "remove",
    price: { type: "fixed", amountYen: "30000" },
    multipliers: [PROXY_TWICE_ONE_OFF],
    cite: [cite("別紙1 3.(2)②", "変更 (オプション申込 有り → 無し)	30,000")],
  },
  {
    code: "transparent-proxy-new",
    label: { ja: "透過プロキシ 初期費用", en: "Transparent proxy, initial fee" },
    kind: "one-off",
    event: "new",
    when: { all: [CORE_OR_COMPLETE, PROXY] },
    price: { type: "fixed", amountYen: "30000" },
    multipliers: [PROXY_TWICE_ONE_OFF],
    cite: [cite("別紙1 3.(2)②", "Core,Complete 共通	新規	30,000")],
  },
];

/** 第8条第3項: consumption tax is added to the fees (the rate is statute). */
export const tax: TaxRule = consumptionTax(
  cite("第8条第3項", "契約者は、利用申込書記載の利用料金及びこれに対する消費税等を、当社が定める期日までに"),
);

/** 第8条第9項: fractions of a yen are truncated. */
export const rounding: RoundingRule = {
  mode: "truncate",
  cite: [
    cite("第8条第9項", "料金の計算において、その計算結果に 1 円未満の端数が生じた場合は、その端数を切り捨てます。"),
  ],
};
