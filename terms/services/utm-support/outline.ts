import type { TermsBodyInput } from "../../src/dsl/index.js";
import { articles, crossReferences as nttWestReferences } from "../ntt-west-common/outline.js";
import { LATE_INTEREST_365, NEW_DEVICE_ONLY, OUTAGE_DAY_OF_BLOCK, cite } from "./cite.js";

export const outline: NonNullable<TermsBodyInput["outline"]> = [
  ...articles({ 第2条: 3, 第6条: 2, 第14条: 5, 第25条: 3 }),
  { clause: "第35条", title: "責任の制限", paragraphs: 3 },
  { clause: "第36条", title: "免責事項", paragraphs: 14 },
  { clause: "第37条", title: "個人情報の取扱", paragraphs: 9 },
  { clause: "第38条", title: "利用に係る契約者の義務", paragraphs: 3 },
  { clause: "第39条", title: "契約者の当社に対する協力事項", paragraphs: 1 },
  { clause: "第40条", title: "除外事項", paragraphs: 1 },
  { clause: "第41条", title: "設備等の準備", paragraphs: 2 },
  { clause: "第42条", title: "法令に規定する事項", paragraphs: 1 },
  { clause: "第43条", title: "準拠法", paragraphs: 1 },
  { clause: "第44条", title: "紛争の解決", paragraphs: 2 },
  { clause: "第45条", title: "承諾の限界", paragraphs: 1 },
  { clause: "附則", title: "附則（2019年6月26日〜2025年3月19日、10件）" },
  {
    clause: "別紙1",
    title: "UTM サポート仕様書（【別紙1】の見出しなし: 附則の後の「1. 本書の位置づけ」から【別紙2】の前まで）",
  },
  { clause: "別紙1 2.", title: "用語説明" },
  { clause: "別紙1 3.2.1", title: "基本機能" },
  { clause: "別紙1 表3-3", title: "基本機能一覧表" },
  { clause: "別紙1 3.2.2", title: "基本機能での監視・運用・保守" },
  { clause: "別紙1 3.2.3", title: "セキュリティ機能" },
  { clause: "別紙1 表3-4", title: "セキュリティ機能一覧表" },
  { clause: "別紙1 3.2.4", title: "セキュリティ機能の監視・運用" },
  { clause: "別紙1 表3-5", title: "監視・運用内容及び報告方法一覧表" },
  { clause: "別紙1 3.3.4", title: "ゲートウェイ装置の提供形態" },
  { clause: "別紙1 3.3.5.1", title: "VPN 接続" },
  { clause: "別紙1 3.3.5.2", title: "ゲートウェイ装置が使用するアドレス帯" },
  { clause: "別紙1 3.3.5.3", title: "ゲートウェイ装置からのインターネットへの通信について" },
  { clause: "別紙1 表3-12", title: "インターネットへの通信一覧" },
  { clause: "別紙1 3.3.5.4", title: "ゲートウェイ装置に隔離されたメールについて" },
  { clause: "別紙1 表3-13", title: "ゲートウェイ装置への通信一覧" },
  { clause: "別紙2", title: "提供時間" },
  { clause: "別紙3", title: "対象機器一覧" },
  { clause: "別紙4", title: "料金表" },
  { clause: "別紙5", title: "当社が別に定めることとする事項" },
];

export const crossReferences: NonNullable<TermsBodyInput["crossReferences"]> = [
  ...nttWestReferences({
    hours: [cite("第3条", "受付時間は別紙2（提供時間）に定めるところによります。")],
    devices: [NEW_DEVICE_ONLY],
    applicationItems: [
      cite("第10条第1項", "第 7 条（契約申込の方法）第 1 項第 2 号に定める事項の変更を請求することができます。"),
    ],
    applicationHandling: [
      cite("第10条第2項", "当社は、前項の請求があったときは、第 9 条（契約申込の承諾）の規定に準じて取り扱います。"),
    ],
    restriction: [cite("第17条第1項第2号", "第19条(利用の制限)の規定により、本サービスの提供を制限するとき。")],
    copyright: [cite("第18条第1項第4号", "第16条(著作権等)及び第38条(利用に係る契約者の義務)の規定に違反したとき。")],
    assignedClaims: [
      cite(
        "第11条第4項",
        "第 34 条（債権の譲渡）の規定により同条に規定する請求事業者に譲渡された債権に係る債務を支払う義務を含みます。",
      ),
    ],
    suspension: [
      cite(
        "第22条第1号",
        "第 18 条（利用停止）の規定により本サービスの利用を停止された契約者が、なおその事実を解消しないとき。",
      ),
    ],
    priceList: [cite("第24条", "別紙 4 に定める料金表（以下、料金表）")],
    paymentDuty: [cite("第32条", "第 25 条（利用料金の支払義務）の規定その他本規約の規定により")],
    refusal: [
      cite(
        "第9条第3項",
        "当社は、前項の規定にかかわらず、次のいずれかに該当すると当社が判断した場合、申込を承諾しないことがあります。",
      ),
    ],
    successionNote: [
      cite(
        "第13条（注）",
        "（注）本項の規定にかかわらず、フレッツ 光ネクスト/クロスが光コラボレーションモデルに関する契約に基づき提供されるものである場合は、",
      ),
    ],
    interestWording: [LATE_INTEREST_365],
  }),
  // References only this document makes, checked against their targets and found correct.
  {
    at: "第28条第3項",
    target: "第25条第2項第2号",
    subject: "利用料金の支払義務",
    cite: [OUTAGE_DAY_OF_BLOCK],
  },
  // Defects only this document has, acknowledged.
  {
    at: "第28条第2項第4号",
    target: "第28条第2項第2号",
    subject: "利用料金の支払義務",
    knownDefect: {
      intended: "第25条第2項第2号",
      note: {
        ja: "第28条は「料金計算方法等」で、その第2項第2号は月の途中の解約です。「利用料金の支払義務」は第25条で、その第2項第2号が利用できない場合の料金（第28条第3項は正しく第25条を引用）。",
        en: "第28条 is 料金計算方法等 and its 第2項第2号 is a mid-month cancellation; 利用料金の支払義務 is 第25条, whose 第2項第2号 covers outages (第28条第3項 cites it correctly).",
      },
    },
    cite: [cite("第28条第2項第4号", "第 28 条（利用料金の支払義務）第 2 項第 2 号の規定に該当するとき。")],
  },
  {
    at: "第2条第3項",
    target: "第20条",
    subject: "契約者による解約",
    knownDefect: {
      intended: "第21条",
      note: {
        ja: "第20条は当社による「本サービス提供の終了」です。契約者による解約は第21条。同じ文は「当該変更又は廃止」の「変更」が欠けています。",
        en: "第20条 is the provider ending the service; cancellation by the customer is 第21条. The same sentence also drops 変更 from 当該変更又は廃止.",
      },
    },
    cite: [
      cite(
        "第2条第3項",
        "契約者は、第20条に従い、当該又は廃止が効力を生じる日までに本サービスを解約し、ご利用を中止するものとします。",
      ),
    ],
  },
  {
    at: "別紙1 3.2.4",
    target: "別紙1 3.2.2",
    subject: "セキュリティ機能",
    knownDefect: {
      intended: "別紙1 3.2.3",
      note: {
        ja: "3.2.2 は「基本機能での監視・運用・保守」。セキュリティ機能は 3.2.3 です。",
        en: "3.2.2 is 基本機能での監視・運用・保守; セキュリティ機能 is 3.2.3.",
      },
    },
    cite: [
      cite(
        "別紙1 3.2.4",
        "「3.2.2 セキュリティ機能」よりお客さまが選択された機能に対して、監視・運用を提供いたします。",
      ),
    ],
  },
  {
    at: "別紙1 3.2.4(3)",
    target: "表4-1",
    subject: "ゲートウェイ装置のログ一覧",
    knownDefect: {
      intended: "（資料に存在しない）",
      note: {
        ja: "表 4-1 も第 4 章も資料にありません（仕様書は表 3-13 で終わる抜粋）。",
        en: "Neither 表4-1 nor a chapter 4 exists in the sources (the spec is an excerpt ending at 表3-13).",
      },
    },
    cite: [cite("別紙1 3.2.4(3)", "詳細な内容については「表 4-1 ゲートウェイ装置のログ一覧」に記述しております。")],
  },
  {
    at: "別紙1 3.2.3",
    target: "参考資料",
    subject: "デフォルト値",
    knownDefect: {
      intended: "（資料に存在しない）",
      note: {
        ja: "「参考資料」は資料に含まれていません。",
        en: "The 参考資料 (reference material) is not in the sources.",
      },
    },
    cite: [cite("別紙1 3.2.3", "（デフォルト値は参考資料参照）")],
  },
  {
    at: "別紙1 3.3.5.4(4)",
    target: "参考資料",
    subject: "プラン別の容量",
    knownDefect: {
      intended: "（資料に存在しない）",
      note: {
        ja: "プラン別の隔離メール容量を載せた「参考資料」は資料に含まれていません。",
        en: "The 参考資料 with per-plan quarantine capacity is not in the sources.",
      },
    },
    cite: [cite("別紙1 3.3.5.4(4)", "プラン別の容量については「参考資料」に記載しています。")],
  },
  {
    at: "第28条第2項第5号",
    target: "別紙4",
    subject: "月額料金の割引",
    knownDefect: {
      intended: "（資料に存在しない）",
      note: {
        ja: "料金表（別紙4）に割引の定めはなく、ライセンス付装置の免除のみです。この号が適用される場合はありません。",
        en: "The price table (別紙4) has no discount, only the licensed-device waiver; this item never applies.",
      },
    },
    cite: [cite("第28条第2項第5号", "料金月の初日以外の日に料金表に規定する月額料金の割引の適用に変更があったとき。")],
  },
  {
    at: "第25条第3項",
    target: "別紙4",
    subject: "工事に関する費用",
    knownDefect: {
      intended: "（資料に存在しない）",
      note: {
        ja: "料金表に工事に関する費用の定めはありません（第9条第3項第3号、第38条第3項、別紙4 4.(1) も同様）。",
        en: "The price table lists no construction fee (likewise 第9条第3項第3号, 第38条第3項, 別紙4 4.(1)).",
      },
    },
    cite: [
      cite(
        "第25条第3項",
        "本規約により料金表に定める料金又は工事に関する費用の支払いを要するものとされている額よりも過小であった場合には、",
      ),
    ],
  },
  {
    at: "第1条",
    target: "【別紙1】",
    subject: "UTM サポート仕様書",
    knownDefect: {
      intended: "別紙1（附則の後の見出しのない仕様書）",
      note: {
        ja: "【別紙1】という見出しは資料になく、附則の後に見出しのない仕様書（「1. 本書の位置づけ」から【別紙2】の前まで）が続きます。これを別紙1と解し、outline と引用では「別紙1」と呼びます。",
        en: "No 【別紙1】 heading exists; an unlabelled spec follows the 附則 (from 1. 本書の位置づけ up to 【別紙2】). Yakkan reads it as 別紙1 and calls it so in the outline and citations.",
      },
    },
    cite: [
      cite("第1条", "別紙1に定める UTM サポート仕様書（以下「仕様書」といいます）に基づき、事業者様へ提供します。"),
    ],
  },
  {
    at: "別紙1 表3-3",
    target: "別紙1 3.2.1 注意3",
    subject: "月次レポート",
    knownDefect: {
      intended: "別紙1 3.2.1 注意6",
      note: {
        ja: "注意3は交換用装置（再生品）の注記で、月次レポートとは無関係です。提供形式（ダウンロード）を定める注意6はどの行からも参照されていません。",
        en: "注意3 is about refurbished replacement units; 注意6 (download delivery) fits the monthly report and is cited by no row.",
      },
    },
    cite: [
      cite(
        "別紙1 表3-3",
        "月次レポート ※注意 3 ゲートウェイ装置が、機器に到達したトラフィックを処理した結果を 1 ヶ月毎に集計し、",
      ),
    ],
  },
  {
    at: "別紙1 3.2.3",
    target: "別紙1 表3-4",
    subject: "7 つのセキュリティ機能",
    knownDefect: {
      kind: "wording",
      intended: "別紙1 表3-4",
      note: {
        ja: "表3-4（とサービス構成）には 8 つの機能があり、「7 つ」と一致しません。8 つとして扱います。",
        en: "表3-4 (and the service structure) lists 8 functions, not 7; Yakkan uses the 8.",
      },
    },
    cite: [cite("別紙1 3.2.3", "◆ 表 3-4 の 7 つのセキュリティ機能の中から、")],
  },
  {
    at: "第37条第7項",
    target: "個人情報保護法第23条第4項第1号",
    subject: "委託先への提供",
    knownDefect: {
      intended: "個人情報保護法第27条第5項第1号",
      note: {
        ja: "委託に伴う提供の規定は、2017年5月30日施行の改正で第23条第5項第1号、2022年4月1日施行の改正で第27条第5項第1号となっています（外部法令のため要確認）。",
        en: "The outsourcing exception became 第23条第5項第1号 in the amendment in force from 2017-05-30 and 第27条第5項第1号 from 2022-04-01 (an external statute: to confirm with legal).",
      },
    },
    cite: [
      cite(
        "第37条第7項",
        "当社は、個人情報保護法第23条第4項第1号の規定に基づき、個人情報を当社が業務を委託する他の事業者に対して提供することがあります。",
      ),
    ],
  },
];
