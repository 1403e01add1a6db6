import type { Block, Cited, Entry } from "./index.js";

type Reference = Entry<"crossReferences">;

/** 第1条–第34条 with their paragraph counts (null: the documents differ). */
const ARTICLES: [number, string, number | null][] = [
  [1, "本規約の目的", 1],
  [2, "本規約の変更", null],
  [3, "用語の定義", 1],
  [4, "本サービスの提供範囲", 1],
  [5, "提供区域", 1],
  [6, "契約の単位", null],
  [7, "契約申込の方法", 4],
  [8, "最長利用期間", 1],
  [9, "契約申込の承諾", 4],
  [10, "契約申込内容の変更", 2],
  [11, "契約の譲渡", 4],
  [12, "権利の譲渡の禁止", 1],
  [13, "契約者の地位の承継", 5],
  [14, "サービス提供条件等", null],
  [15, "契約者の氏名等の変更の届出", 3],
  [16, "著作権等", 2],
  [17, "利用中止", 2],
  [18, "利用停止", 2],
  [19, "利用の制限", 1],
  [20, "本サービス提供の終了", 2],
  [21, "契約者による解約", 2],
  [22, "当社による解約", 1],
  [23, "表明保証", 3],
  [24, "料金", 1],
  [25, "利用料金の支払義務", null],
  [26, "割増金", 1],
  [27, "延滞利息", 3],
  [28, "料金計算方法等", 5],
  [29, "端数処理", 1],
  [30, "料金等の支払", 2],
  [31, "料金の一括後払", 1],
  [32, "消費税相当額の加算", 1],
  [33, "料金等の臨時減免", 1],
  [34, "債権の譲渡", 1],
];

/** 第1条–第34条: the same articles under the same titles; `paragraphs` gives a document's counts where they differ (第2条, 第6条, 第14条, 第25条). */
export function articles(paragraphs: {
  第2条: number;
  第6条: number;
  第14条: number;
  第25条: number;
}): Block<"outline"> {
  const differing: Record<string, number> = paragraphs;
  return ARTICLES.map(([n, title, count]) => ({
    clause: `第${n}条`,
    title,
    paragraphs: count ?? differing[`第${n}条`],
  }));
}

/** The quotes holding the references both documents make, as a document states them. */
export interface ReferenceClauses {
  /** 第3条: 受付時間は別紙2（提供時間）. */
  hours: Cited;
  /** 第7条第4項: 別紙3に定める対象機器一覧. */
  devices: Cited;
  /** 第10条第1項: 第7条（契約申込の方法）第1項第2号. */
  applicationItems: Cited;
  /** 第10条第2項: 第9条（契約申込の承諾）. */
  applicationHandling: Cited;
  /** 第17条第1項第2号: 第19条（利用の制限）. */
  restriction: Cited;
  /** 第18条第1項第4号: 第16条（著作権等）. */
  copyright: Cited;
  /** 第11条第4項: 第34条（債権の譲渡）. */
  assignedClaims: Cited;
  /** 第22条第1号: 第18条（利用停止）. */
  suspension: Cited;
  /** 第24条: 別紙4に定める料金表. */
  priceList: Cited;
  /** 第32条: 第25条（利用料金の支払義務）. */
  paymentDuty: Cited;
  /** 第9条第3項: 「前項の規定にかかわらず」. */
  refusal: Cited;
  /** 第13条（注）: 「本項の規定にかかわらず」. */
  successionNote: Cited;
  /** 第27条第2項: 「遅滞利息」. */
  interestWording: Cited;
}

/** The references of 第1条–第34条 both documents make, checked against their targets, with the defects both share. */
export function crossReferences(c: ReferenceClauses): Reference[] {
  return [
    { at: "第3条", target: "別紙2", subject: "提供時間", cite: c.hours },
    { at: "第7条第4項", target: "別紙3", subject: "対象機器一覧", cite: c.devices },
    { at: "第10条第1項", target: "第7条第1項第2号", subject: "契約申込の方法", cite: c.applicationItems },
    { at: "第10条第2項", target: "第9条", subject: "契約申込の承諾", cite: c.applicationHandling },
    { at: "第11条第4項", target: "第34条", subject: "債権の譲渡", cite: c.assignedClaims },
    { at: "第17条第1項第2号", target: "第19条", subject: "利用の制限", cite: c.restriction },
    { at: "第18条第1項第4号", target: "第16条", subject: "著作権等", cite: c.copyright },
    { at: "第22条第1号", target: "第18条", subject: "利用停止", cite: c.suspension },
    { at: "第24条", target: "別紙4", subject: "料金表", cite: c.priceList },
    { at: "第32条", target: "第25条", subject: "利用料金の支払義務", cite: c.paymentDuty },
    {
      at: "第9条第3項",
      target: "第9条第2項",
      subject: "前項（承諾しない場合の対象となる申込みの審査と承諾）",
      knownDefect: {
        intended: "第9条第1項",
        note: {
          ja: "「前項の規定にかかわらず」は文言上は第2項（初期工事）ですが、承諾しない場合を定める項であり、審査と承諾を定める第1項を指すものと解します（第2項の挿入で残ったものと考えられます。要確認）。",
          en: '"前項" literally is 第2項 (the initial work), but the paragraph is about refusing an application, which qualifies 第1項 (screening and acceptance); read as 第1項 (probably left over when 第2項 was inserted; to confirm with legal).',
        },
      },
      cite: c.refusal,
    },
    {
      at: "第13条（注）",
      target: "第13条第5項",
      subject: "本項（光コラボレーションモデルの場合の承継の届出の方法）",
      knownDefect: {
        intended: "第13条第1項",
        note: {
          ja: "注は第5項の後にありますが、光コラボレーションモデルの場合の承継の届出の「方法」を定めるもので、届出の方法を定める第1項に関するものと解します（第11条の注は方法を定める「本条第 2 項」を明示しています。第4項のみなし承継は光コラボの場合を除いています）。",
          en: "The note follows 第5項, but it sets the method of notifying a succession for collaboration-model lines, so it concerns 第1項, which sets that method (第11条's note names 本条第 2 項, the paragraph on the method; 第4項's deemed succession excludes collaboration lines).",
        },
      },
      cite: c.successionNote,
    },
    {
      at: "第27条第2項",
      target: "第27条第1項",
      subject: "遅滞利息",
      knownDefect: {
        kind: "wording",
        intended: "第27条第1項",
        note: {
          ja: "見出しと第1項は「延滞利息」、第2項は「遅滞利息」と書いています。同じものと解します。",
          en: "The heading and 第1項 say 延滞利息, 第2項 says 遅滞利息; read as the same thing.",
        },
      },
      cite: c.interestWording,
    },
  ];
}
