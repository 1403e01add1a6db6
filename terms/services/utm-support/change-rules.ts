import type { TermsBodyInput } from "../../src/dsl/index.js";
import { paymentMethodChange } from "../ntt-west-common/change-rules.js";
import {
  COLLECTION_FEE_WHEN,
  EXEMPT_CORPORATE,
  INVOICE_FEES_SCOPE,
  ISSUE_FEE_WHEN,
  LICENSED_WAIVER,
  MAXIMUM_TERM,
  NEW_DEVICE_ONLY,
  cite,
} from "./cite.js";

export const changeRules: NonNullable<TermsBodyInput["changeRules"]> = [
  {
    param: "device",
    label: { ja: "ゲートウェイ装置", en: "Gateway device" },
    forbiddenWhen: { param: "before.device", present: true },
    reason: {
      ja: "機器の変更は規約に定めがありません。申込みは別紙3の機器を新規導入した契約者に限られ、最長利用期間も機器ごとに決まるため、解約して新規に申し込む扱いとします（解釈）。",
      en: "The terms provide no device change. Applications require a newly installed 別紙3 device and the maximum term depends on it, so Yakkan treats a model change as cancel and apply anew (interpretation).",
    },
    cite: [NEW_DEVICE_ONLY, MAXIMUM_TERM],
  },
  {
    param: "licensed",
    label: { ja: "ライセンス付ゲートウェイ装置", en: "Licensed gateway" },
    forbiddenWhen: { param: "before.licensed", present: true },
    reason: {
      ja: "ライセンス付とそうでない装置の間の変更は機器の変更であり、規約に定めがありません。解約して新規に申し込む扱いとします（解釈）。",
      en: "Switching between the licensed and the plain variant is a device change, which the terms do not provide: cancel and apply anew (interpretation).",
    },
    cite: [NEW_DEVICE_ONLY, LICENSED_WAIVER],
  },
  {
    param: "corporate",
    label: { ja: "法人契約", en: "Corporate customer" },
    cite: [EXEMPT_CORPORATE, cite("第15条第1項", "そのことを速やかに本サービス取扱所に届け出ていただきます。")],
  },
  {
    param: "hikariCollaboration",
    label: { ja: "光コラボレーションモデルのフレッツ回線", en: "FLET'S line under Hikari Collaboration" },
    cite: [
      INVOICE_FEES_SCOPE,
      cite(
        "第22条第2号",
        "本契約に係るフレッツ 光ネクスト/クロス契約について、フレッツ 光ネクスト/クロス契約の解約（フレッツ 光ネクスト/クロスの移転、転用および事業者変更に伴うものを除きます。）があったとき。",
      ),
    ],
  },
  paymentMethodChange([ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN]),
];
