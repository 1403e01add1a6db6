import type { FeeItemInput, PriceRule, RoundingRule, TaxRule } from "../../src/dsl/index.js";
import { consumptionTax } from "../common/tax.js";
import {
  HOURLY,
  IN_SCOPE_PAID,
  MINIMUM_TERM_CLUSTER,
  MONTHLY_CAP,
  PRICE_LIST,
  SERVICE_FEE_DEFINITION,
  SPEC_CLUSTER,
  SPEC_MENU,
  UNPRICED_REASON,
  WORK_FEE_PRICE_LIST,
  spec,
  terms,
} from "./cite.js";
import { CLOSED_NETWORK, DEDICATED_CLUSTER } from "./parameters.js";

// 第24条–第26条 and the spec sheet name the fee items, but every amount is in the 別紙料金表 /
// 別紙価格表, which the sources do not contain. Every item is therefore `unpriced`: an estimate
// lists it under unpricedItems with a "0" total, and no price is ever invented here.

const UNPRICED: PriceRule = { type: "unpriced", reason: UNPRICED_REASON };

const METERED_CITE = [
  HOURLY,
  terms(
    "第26条第3項",
    "契約者は、QT PRO Cloud サービスの課金開始日から契約を解除または終了する日までの間、当社に QT PRO Cloud サービスの前 2 項に定める料金を支払うものとします。",
  ),
];

const VM_BUILD_FEE = spec(
  "§12④",
  "当社への作業依頼費用は別紙価格表に記載する金額とし、リソース情報を記載したパラメータシートの提出を必須とする。",
);

export const fees: FeeItemInput[] = [
  // Monthly: usage billed by the hour (第26条), per item of the absent price list.
  {
    code: "hourly-usage",
    label: { ja: "時間従量課金（OCF・OCX の利用料金）", en: "Hourly metered usage (OCF and OCX)" },
    kind: "monthly",
    price: UNPRICED,
    metering: { unit: "hour", monthlyCap: false, cite: [HOURLY] },
    note: {
      ja: "利用時間に応じて月単位で発生します。どの項目（仮想マシン、ボリューム、仮想ルーター、OCX の各インターフェース等）が時間従量課金か、その単価は別紙料金表によります。",
      en: "Accrues by hours of use, billed monthly. Which items (virtual machines, volumes, virtual routers, OCX interfaces …) are metered, and at what hourly rate, is set by the absent price list.",
    },
    cite: [...METERED_CITE, SERVICE_FEE_DEFINITION, PRICE_LIST, SPEC_MENU],
  },
  {
    code: "capped-usage",
    label: { ja: "月額上限料金（上限時間に達すると定額）", en: "Hourly usage with a monthly cap" },
    kind: "monthly",
    price: UNPRICED,
    metering: { unit: "hour", monthlyCap: true, cite: [MONTHLY_CAP] },
    note: {
      ja: "利用時間に応じて加算され、当該月の利用時間が料金項目ごとの上限時間に達すると定額になります。上限時間・単価・上限額は別紙料金表によります。見積りでは各月を上限額（契約の月額）で扱います（解釈）。",
      en: "Accrues by the hour and becomes flat once the month's hours reach the item's cap hours. Cap hours, rates and caps are in the absent price list. Quotes treat each month at the cap (the contract's monthly fee) (interpretation).",
    },
    cite: [MONTHLY_CAP, ...METERED_CITE.slice(1), SERVICE_FEE_DEFINITION],
  },
  {
    code: "dedicated-cluster",
    label: { ja: "専有クラスター", en: "Dedicated cluster" },
    kind: "monthly",
    when: DEDICATED_CLUSTER,
    price: UNPRICED,
    note: {
      ja: "最低利用期間は 3 年です（第5条第1項）。",
      en: "Minimum term 3 years (第5条第1項).",
    },
    cite: [SPEC_CLUSTER, MINIMUM_TERM_CLUSTER, SPEC_MENU],
  },
  {
    code: "closed-network",
    label: { ja: "閉域接続（OCX・SGW 経由）", en: "Closed-network connection (via OCX and SGW)" },
    kind: "monthly",
    when: CLOSED_NETWORK,
    price: UNPRICED,
    note: {
      ja: "OCX の Physical Port・Virtual Circuit Interface・Cloud Connection など、閉域接続に必要な構成要素の料金は別紙料金表によります。",
      en: "The OCX Physical Port, Virtual Circuit Interface, Cloud Connection and other parts a closed connection needs are priced by the absent price list.",
    },
    cite: [
      spec("§13②", "各リージョンへの閉域接続"),
      spec("§10 ■OCX ①", "SGW と福岡リージョンの OCX ノードを接続する際に必要となる物理インターフェース。"),
      SPEC_MENU,
    ],
  },
  {
    code: "paid-licences",
    label: { ja: "有償ライセンス・有償テンプレート（利用する場合）", en: "Paid licences and templates (where used)" },
    kind: "monthly",
    price: UNPRICED,
    note: {
      ja: "マイクロソフト・レッドハット・Veeam の使用権や費用が変更された場合、それに伴うサービス料金の変更は即時適用されます（スペックシート §18①）。",
      en: "When Microsoft, Red Hat or Veeam change their licence rights or costs, the resulting change in the service fee applies immediately (spec §18①).",
    },
    cite: [
      spec(
        "§10 ■OCF ③",
        "“OCX Compute Fabric 個別規定 2.1.1.2 テンプレート (OS テンプレート及び有償テンプレート)”の通り。",
      ),
      spec(
        "§10 ■OCF ③",
        "標準提供以外の有償ライセンスは BBIX (IDCF) と個別相談し持ち込みが認められた有償ライセンスは提供可能とする。",
      ),
      spec("§18①", "係る変更があった場合、変更内容及びそれに伴うサービス料金の変更は、即時適用される。"),
    ],
  },

  // One-off: initial fees (第25条).
  {
    code: "initial-fee",
    label: { ja: "初期費用", en: "Initial fee" },
    kind: "one-off",
    event: "new",
    price: UNPRICED,
    note: {
      ja: "利用開始月の翌々月の月末までに支払います。OCF コンソールで直接申し込んだ場合も支払いに合意したものとみなされます（第25条第3項）。",
      en: "Due by the end of the month after next after the month service starts. Applying directly in the OCF console counts as agreeing to pay it (第25条第3項).",
    },
    cite: [
      terms(
        "第25条第1項",
        "契約者は、利用開始月の翌々月の月末までに QT PRO Cloud サービスの初期費用を当社に支払うものとし、",
      ),
      terms(
        "第25条第3項",
        "QT PRO Cloud サービスを OCF コンソールで契約者が直接申込した場合、本サービスの初期費用を当社に支払うことに合意したものとします。",
      ),
      SERVICE_FEE_DEFINITION,
    ],
  },
  {
    code: "initial-fee-change",
    label: { ja: "初期費用（契約内容の変更）", en: "Initial fee for a change" },
    kind: "one-off",
    event: "change",
    price: UNPRICED,
    note: {
      ja: "支払期日は規約に定めがありません。",
      en: "The terms set no due date for it.",
    },
    cite: [
      terms(
        "第25条第2項",
        "契約者は、第 10 条（契約事項の変更等）の規定により利用契約の内容を変更した場合、その変更に係る初期費用を当社に支払うものとし、",
      ),
    ],
  },

  // One-off, on request: work done by QTnet (別紙価格表, absent).
  {
    code: "work-initial-build",
    label: {
      ja: "構築作業（仮想マシン等の初期構築の依頼）",
      en: "Build work requested from QTnet (virtual machines etc.)",
    },
    kind: "one-off",
    event: "request",
    price: UNPRICED,
    note: {
      ja: "リソース情報を記載したパラメータシートの提出が必須です。依頼がない場合、当社は仮想マシンを構築しません。納期は依頼内容に応じて調整されます。",
      en: "A parameter sheet with the resource details is required. Without a request QTnet builds no virtual machines. Delivery is adjusted to the work requested.",
    },
    cite: [
      VM_BUILD_FEE,
      spec("§12④", "契約者から構築依頼がない場合、当社で仮想マシンの構築は実施しない。"),
      spec("§12①", "閉域接続以外で当社に初期構築を依頼する内容に応じて納期は調整となる。"),
    ],
  },
  {
    code: "work-change",
    label: {
      ja: "変更作業の依頼（パワーユーザー権限の範囲内を含む）",
      en: "Change work requested from QTnet (also within the power-user scope)",
    },
    kind: "one-off",
    event: "request",
    price: UNPRICED,
    note: {
      ja: "すべてのリソース情報を記載したパラメータシートの提出が必須です。",
      en: "A parameter sheet with all resource details is required.",
    },
    cite: [IN_SCOPE_PAID, WORK_FEE_PRICE_LIST],
  },
  {
    code: "work-design",
    label: { ja: "設計自体の検討", en: "Design work" },
    kind: "one-off",
    event: "request",
    price: UNPRICED,
    note: { ja: "個別調整となります。", en: "Arranged individually." },
    cite: [
      spec(
        "§13②",
        "本項は契約者の設計に基づき変更作業を実施するものであり、設計自体の検討をご要望される場合は個別調整とする。",
      ),
    ],
  },
  {
    code: "work-resource-deletion",
    label: { ja: "OCF リソース削除作業の依頼（解約時）", en: "OCF resource deletion by QTnet (at cancellation)" },
    kind: "one-off",
    event: "request",
    price: UNPRICED,
    note: {
      ja: "契約者が利用終了日までに削除しなかった場合、当社は削除に要する費用の全額を請求します（第38条第2項）。",
      en: "If the customer has not deleted them by the end date, QTnet charges the full cost of deleting them (第38条第2項).",
    },
    cite: [
      spec("§14②", "契約者で削除されず、当社に OCF リリース削除作業を依頼される場合は、有償で対応する。"),
      spec("§14②", "当社への作業依頼費用は別紙価格表に記載する金額とする。"),
      terms(
        "第38条第2項",
        "第18条(契約者が行う利用契約の解除)に規定するOCFリソース削除を契約者自らが行わなかった場合、当社はこれに要する費用の全額を契約者に請求するものとします。",
      ),
    ],
  },
  {
    code: "work-dns-operation",
    label: {
      ja: "DNS 運用代行の設定（申込みがある場合）",
      en: "DNS operation on the customer's behalf (if applied for)",
    },
    kind: "one-off",
    event: "request",
    price: UNPRICED,
    note: {
      ja: "パブリック IP アドレスの確定後に設定依頼を受け付けます。料金の記載は資料にありません。",
      en: "Set up on request once the public IP address is fixed. The sources state no price.",
    },
    cite: [
      spec(
        "§12④",
        "また、DNS 運用代行の申し込みがある場合はパブリック IP アドレスが確定後、契約者より設定依頼を受領する。",
      ),
    ],
  },
  {
    code: "work-os-menu",
    label: {
      ja: "OS 作業メニュー（RDP・SQL のインストール、帯域制限）",
      en: "OS work menus (RDP and SQL installation, bandwidth limiting)",
    },
    kind: "one-off",
    event: "request",
    price: UNPRICED,
    cite: [
      spec(
        "§20",
        "一部のメニュー（RDP や SQL のインストール及び帯域制限）を除いて、当社にてオペレーティングシステムにログインしてのサーバー再起動や操作代行、アプリケーション（OSS・ミドルウェア）のインストール方法や動作確認は行わない。",
      ),
    ],
  },
];

/** 第24条第4項: consumption tax is added to the fees (the rate is statute). */
export const tax: TaxRule = consumptionTax(
  terms(
    "第24条第4項",
    "支払いを要する金額は、前項の料金等の額に消費税相当額（消費税法（昭和 63 年法律第 108 号）及び同法に関する法令の規定に基づき課税される消費税の額をいいます。以下同じとします。）を加算した額とします。",
  ),
);

/** 第37条: fractions of a yen are truncated. */
export const rounding: RoundingRule = {
  mode: "truncate",
  cite: [
    terms(
      "第37条",
      "この利用規約の規定に基づき金額の計算をした場合に、その計算結果に 1 円未満の端数が生じたときは、その端数を切り捨てます。",
    ),
  ],
};
