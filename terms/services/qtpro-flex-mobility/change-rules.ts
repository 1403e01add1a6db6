import type { TermsBodyInput } from "../../src/dsl/index.js";
import { cite } from "./cite.js";

export const changeRules: NonNullable<TermsBodyInput["changeRules"]> = [
  {
    param: "plan",
    label: { ja: "プラン", en: "Plan" },
    forbiddenWhen: {
      all: [{ param: "after.plan", in: ["starter"] }, { not: { param: "before.plan", in: ["starter"] } }],
    },
    reason: {
      ja: "Core・Complete から Starter へのプラン変更はできません。解約して Starter を新規に申し込む扱いとなり、新規の費用が発生します。",
      en: "Core or Complete cannot be changed to Starter: cancel and apply anew for Starter (new-contract fees apply).",
    },
    cite: [
      cite("第6条第1項第1号", "プラン（Starter への変更を除きます。）"),
      cite("別紙1 2.(2)④", "*Core および Complete から Starter へはプラン変更不可のため対象外"),
      cite("別紙1 2.(2)④", "(上記の場合は、解約/新規での取り扱いになるため、新規の際の費用が発生します)"),
    ],
  },
  {
    param: "licenses",
    label: { ja: "Mobility デバイスライセンス数", en: "Device licences" },
    cite: [
      cite("第6条第1項第2号", "Mobility デバイスライセンス数"),
      cite("別紙1 2.(2)①", "変更 (ライセンス数増減) *	0"),
    ],
  },
  {
    // Only on Complete: the parameter rules already refuse the key elsewhere, and leaving Complete
    // drops it, which is no change of retention to forbid.
    param: "logRetentionDays",
    label: { ja: "ログ保存期間", en: "Log retention" },
    cite: [cite("第6条第1項第3号", "ログ保存期間（プランを Complete とする利用契約に限ります。）")],
  },
  {
    param: "serverBandwidth",
    label: { ja: "Mobility サーバー帯域", en: "Server bandwidth" },
    forbiddenWhen: {
      all: [
        { param: "before.plan", in: ["starter"] },
        { param: "after.plan", in: ["starter"] },
      ],
    },
    reason: { ja: "Starter のサーバー帯域は 100M 固定です。", en: "Starter's server bandwidth is fixed at 100M." },
    cite: [
      cite("第6条第1項第4号", "Mobility サーバー帯域（プランを Starter とする利用契約を除きます。）"),
      cite("別紙1 2.(2)②", "変更 (帯域幅増減) *	0"),
    ],
  },
  {
    param: "accessBandwidth",
    label: { ja: "アクセス回線接続帯域", en: "Access line bandwidth" },
    fees: [{ trigger: "changed", fee: "access-bandwidth-change" }],
    cite: [
      cite(
        "第6条第1項第5号",
        "アクセス回線接続帯域（プランを Starter とする利用契約内での変更は、50M と 100M 間の変更に限ります。）",
      ),
      cite("別紙1 2.(2)③", "変更 (帯域幅増減)	25,000"),
    ],
  },
  {
    param: "multiRegion",
    label: { ja: "マルチリージョン", en: "Multi-region" },
    fees: [
      { trigger: "added", fee: "multi-region-add" },
      { trigger: "removed", fee: "multi-region-remove" },
    ],
    cite: [cite("別紙1 3.(2)①", "変更 (オプション申込 無し → 有り)	150,000")],
  },
  {
    param: "transparentProxy",
    label: { ja: "透過プロキシ", en: "Transparent proxy" },
    fees: [
      { trigger: "added", fee: "transparent-proxy-add" },
      { trigger: "removed", fee: "transparent-proxy-remove" },
    ],
    cite: [cite("別紙1 3.(2)②", "変更 (オプション申込 無し → 有り)	30,000")],
  },
];
