import type { Condition, ParameterSpecInput } from "../../src/dsl/index.js";
import { COMPLETE_LOG, CORE_COMPLETE_TABLE, OPTIONS_CORE_COMPLETE, PLAN_TABLE, cite } from "./cite.js";

// 別紙2 §2 and 別紙1 1.: what a contract specifies. Keys are public (shared/spec/parameters.md).

export const STARTER: Condition = { param: "plan", in: ["starter"] };
export const CORE_OR_COMPLETE: Condition = { param: "plan", in: ["core", "complete"] };
export const COMPLETE: Condition = { param: "plan", in: ["complete"] };

const bandwidth = (value: string) => ({ value, label: { ja: value, en: value } });
/** 200M … 900M in 100M steps, 1G, 2G: the Core/Complete range "200M から 2G" of 別紙1. */
export const CORE_BANDWIDTHS = ["200M", "300M", "400M", "500M", "600M", "700M", "800M", "900M", "1G", "2G"];

export const parameters: ParameterSpecInput[] = [
  {
    key: "plan",
    type: "enum",
    label: { ja: "プラン", en: "Plan" },
    values: [
      { value: "starter", label: { ja: "Starter", en: "Starter" } },
      { value: "core", label: { ja: "Core", en: "Core" } },
      { value: "complete", label: { ja: "Complete", en: "Complete" } },
    ],
    rules: [{ required: true, cite: [cite("第4条", "本サービスには、次のプランがあります。")] }],
    cite: [cite("第4条第2項", "各プランの内容は、別紙 1 料金表 に記載のとおりとします。")],
  },
  {
    key: "licenses",
    type: "integer",
    label: { ja: "デバイスライセンス数", en: "Device licences" },
    unit: { ja: "ライセンス", en: "licences" },
    description: {
      ja: "必要なライセンス数を指定します。別紙2 2.①は「50 ライセンス単位で指定」とし、別紙1は「101 ライセンス必要な場合は 150 ライセンス分の料金適用」とするため、Yakkan は任意の数を受け付け、料金は 50 ライセンス単位に切り上げて計算します（解釈）。",
      en: "The number of licences needed. 別紙2 2.① says counts are specified in 50-licence units and 別紙1 says 101 needed licences are charged as 150, so Yakkan accepts any count and prices it rounded up to 50-licence units (interpretation).",
    },
    rules: [
      { when: STARTER, required: true, min: 100, max: 500, cite: [PLAN_TABLE] },
      { required: true, min: 100, max: 60000, cite: [CORE_COMPLETE_TABLE] },
    ],
    cite: [
      cite(
        "別紙2 2.①",
        "Mobility デバイスライセンス数（利用するデバイスライセンスの数を、100 ライセンスから 60,000 ライセンスの範囲で、50 ライセンス単位で指定するものとします。ただし、プランを Starter とする利用契約の場合は、100 から 500 ライセンスの範囲とします。）",
      ),
    ],
  },
  {
    key: "logRetentionDays",
    type: "enum",
    label: { ja: "可視化ログ保管期間", en: "Log retention" },
    values: [
      { value: 90, label: { ja: "90日", en: "90 days" } },
      { value: 180, label: { ja: "180日", en: "180 days" } },
      { value: 360, label: { ja: "360日", en: "360 days" } },
    ],
    appliesWhen: COMPLETE,
    rules: [{ required: true, cite: [COMPLETE_LOG] }],
    cite: [COMPLETE_LOG],
  },
  {
    key: "serverBandwidth",
    type: "enum",
    label: { ja: "Mobility サーバー帯域", en: "Mobility server bandwidth" },
    values: ["100M", ...CORE_BANDWIDTHS].map(bandwidth),
    rules: [
      { when: STARTER, default: "100M", allowed: ["100M"], cite: [PLAN_TABLE] },
      { required: true, allowed: CORE_BANDWIDTHS, cite: [CORE_COMPLETE_TABLE] },
    ],
    cite: [cite("別紙1 2.(1)②", "Mobility サーバー帯域")],
  },
  {
    key: "accessBandwidth",
    type: "enum",
    label: { ja: "アクセス回線接続帯域", en: "Access line bandwidth" },
    values: ["50M", "100M", ...CORE_BANDWIDTHS].map(bandwidth),
    rules: [
      { when: STARTER, required: true, allowed: ["50M", "100M"], cite: [PLAN_TABLE] },
      { required: true, allowed: CORE_BANDWIDTHS, cite: [CORE_COMPLETE_TABLE] },
    ],
    cite: [cite("別紙1 2.(1)③", "全プラン共通 (Starter は 50M および 100M のみ選択可能)")],
  },
  {
    key: "multiRegion",
    type: "enum",
    label: { ja: "マルチリージョン（オプション）", en: "Multi-region (option)" },
    values: CORE_BANDWIDTHS.map(bandwidth),
    appliesWhen: CORE_OR_COMPLETE,
    rules: [{ cite: [OPTIONS_CORE_COMPLETE] }],
    cite: [cite("別紙1 3.(1)①", "マルチリージョン")],
  },
  {
    key: "transparentProxy",
    type: "boolean",
    label: { ja: "透過プロキシ（オプション）", en: "Transparent proxy (option)" },
    appliesWhen: CORE_OR_COMPLETE,
    rules: [{ default: false, cite: [OPTIONS_CORE_COMPLETE] }],
    cite: [cite("別紙1 3.(1)②", "透過プロキシ")],
  },
];
