import type { Condition, ParameterSpecInput } from "../../src/dsl/index.js";
import {
  COLLECTION_FEE_WHEN,
  DEVICE_PROFESSIONAL,
  DEVICE_SSB10,
  DEVICE_SSB30,
  DEVICE_SSB5,
  DEVICE_STANDARD,
  DEVICE_TABLE_HEADER,
  EXEMPT_CORPORATE,
  INVOICE_FEES_SCOPE,
  ISSUE_FEE_WHEN,
  LICENSED_WAIVER,
  NEW_DEVICE_ONLY,
  cite,
} from "./cite.js";

// 別紙3 and 別紙4: what a contract specifies. `device`, `licensed` and `corporate` are public keys
// (shared/spec/parameters.md); `hikariCollaboration` and `paymentMethod` are added because 別紙4 2.
// makes the invoice fees depend on them. Their defaults charge nothing extra.

export const LICENSED: Condition = { param: "licensed", in: [true] };

/**
 * 別紙4 2.(1)–(3): invoice fees only for a 光コラボ line (2.(1)), never for a corporation (2.(3)ii),
 * and (interpretation) not while the licensed waiver leaves nothing to bill.
 */
export const INVOICE_FEES_APPLY: Condition = {
  all: [
    { param: "hikariCollaboration", in: [true] },
    { param: "corporate", in: [false] },
    { param: "licensed", in: [false] },
  ],
};

export const parameters: ParameterSpecInput[] = [
  {
    key: "device",
    type: "enum",
    label: { ja: "ゲートウェイ装置（別紙3 対象機器）", en: "Gateway device (別紙3)" },
    description: {
      ja: "新規導入した別紙3の対象機器。機器ごとに最長利用期間（SSB5 7年、SSB10 5年、SSB30 5年、SSB Standard 7年、SSB Professional 7年）が決まります。",
      en: "The newly installed 別紙3 device. It sets the maximum term (SSB5 7 years, SSB10 5, SSB30 5, SSB Standard 7, SSB Professional 7).",
    },
    values: [
      { value: "ssb5", label: { ja: "① Biz Box UTM SSB5", en: "① Biz Box UTM SSB5" } },
      { value: "ssb10", label: { ja: "② Biz Box UTM SSB10", en: "② Biz Box UTM SSB10" } },
      { value: "ssb30", label: { ja: "③ Biz Box UTM SSB30", en: "③ Biz Box UTM SSB30" } },
      { value: "ssb-standard", label: { ja: "④ Biz Box UTM SSB Standard", en: "④ Biz Box UTM SSB Standard" } },
      {
        value: "ssb-professional",
        label: { ja: "⑤ Biz Box UTM SSB Professional", en: "⑤ Biz Box UTM SSB Professional" },
      },
    ],
    rules: [{ required: true, cite: [NEW_DEVICE_ONLY] }],
    cite: [DEVICE_TABLE_HEADER, DEVICE_SSB5, DEVICE_SSB10, DEVICE_SSB30, DEVICE_STANDARD, DEVICE_PROFESSIONAL],
  },
  {
    key: "licensed",
    type: "boolean",
    label: { ja: "ライセンス付ゲートウェイ装置", en: "Licensed gateway (ライセンス付)" },
    description: {
      ja: "別紙3の機器のライセンス付の型を導入した場合は true。最長利用期間分の月額料金が免除されます（別紙4 1.）。",
      en: "True when the licensed variant of the 別紙3 device is installed: the monthly fee is waived for the maximum term (別紙4 1.).",
    },
    rules: [{ default: false, cite: [LICENSED_WAIVER] }],
    cite: [
      cite(
        "第3条",
        "ライセンス付 ゲートウェイ装置 以下の機器 (1) Biz Box UTM SSB5 (ライセンス付) (2) Biz Box UTM SSB10 (ライセンス付) (3) Biz Box UTM SSB30 (ライセンス付) (4) Biz Box UTM SSB Standard (ライセンス付) (5) Biz Box UTM SSB Professional (ライセンス付)",
      ),
      DEVICE_TABLE_HEADER,
    ],
  },
  {
    key: "corporate",
    type: "boolean",
    label: { ja: "法人契約", en: "Corporate customer" },
    description: {
      ja: "契約者が法人（法人に相当すると当社が認めるものを含む）の場合は true。法人には請求書等の発行に関する料金が適用されません（別紙4 2.(3)ii）。",
      en: "True for a corporation (or what NTT West treats as one): invoice fees never apply to it (別紙4 2.(3)ii).",
    },
    rules: [{ default: true, cite: [EXEMPT_CORPORATE] }],
    cite: [EXEMPT_CORPORATE],
  },
  {
    key: "hikariCollaboration",
    type: "boolean",
    label: { ja: "光コラボレーションモデルのフレッツ回線", en: "FLET'S line under a Hikari Collaboration contract" },
    description: {
      ja: "本サービスに係るフレッツ 光ネクスト/クロスが光コラボレーションモデルに関する契約に基づき提供される場合は true。請求書等の発行に関する料金はこの場合に限り適用されます（別紙4 2.(1)）。既定値 false（手数料なし）。料金の計算に必要なため Yakkan が追加した項目です。",
      en: "True when the FLET'S line is provided under a Hikari Collaboration (光コラボ) contract: invoice fees apply only then (別紙4 2.(1)). Default false (no fee). Added by Yakkan because the fees depend on it.",
    },
    rules: [{ default: false, cite: [INVOICE_FEES_SCOPE] }],
    cite: [
      INVOICE_FEES_SCOPE,
      cite(
        "第6条第2項",
        "契約者は、その本サービスに係るフレッツ 光ネクスト/クロス契約者（そのフレッツ 光ネクスト/クロスが光コラボレーションモデルに関する契約に基づき提供されるものである場合はそのフレッツ 光ネクスト/クロス契約者が指定する者とします。）と同一の者に限ります。",
      ),
    ],
  },
  {
    key: "paymentMethod",
    type: "enum",
    label: { ja: "支払方法", en: "Payment method" },
    description: {
      ja: "invoice: 請求書による支払い（発行手数料 150 円 + 収納手数料 50 円、既定値）。direct-debit: 口座振替で口座振替通知書の発行を要する場合（発行手数料 150 円）。none: 請求書も口座振替通知書も発行されない支払い（手数料なし）。手数料は光コラボ（hikariCollaboration）かつ法人以外の場合に限ります。Server サポートと同じ値です。料金の計算に必要なため Yakkan が追加した項目です。",
      en: "invoice: paid by invoice (issue fee 150 + collection fee 50; the default). direct-debit: direct debit with a debit notice issued (issue fee 150). none: neither an invoice nor a debit notice is issued (no fee). Fees apply only to non-corporate customers on a 光コラボ line (hikariCollaboration). The same values as Server サポート. Added by Yakkan because the fees depend on it.",
    },
    values: [
      { value: "invoice", label: { ja: "請求書", en: "Invoice" } },
      {
        value: "direct-debit",
        label: { ja: "口座振替（口座振替通知書あり）", en: "Direct debit with a debit notice" },
      },
      { value: "none", label: { ja: "請求書・通知書の発行なし", en: "No invoice or notice issued" } },
    ],
    rules: [{ default: "invoice", cite: [ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN] }],
    cite: [ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN],
  },
];
