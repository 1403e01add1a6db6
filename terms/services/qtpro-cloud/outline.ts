import type { TermsBodyInput } from "../../src/dsl/index.js";
import { IN_SCOPE_PAID, OUTSIDE_SCOPE, WRITTEN_APPLICATION, spec, terms } from "./cite.js";

// Both documents' structure (for resolving references) and every cross-reference defect found in
// them, each acknowledged with what it should say. Spec sections are "§N"; terms articles "第N条".

const article = (n: number, title: string, paragraphs: number) => ({ clause: `第${n}条`, title, paragraphs });

/** The price list the terms refer to exists, but is not among the sources we have: not a defect of the text. */
const PRICE_LIST_MISSING = {
  note: {
    ja: "料金表は資料に含まれていません。すべての料金項目を「料金未掲載」として扱い、契約の金額は契約記録から取ります。",
    en: "The price list is not in the sources. Every fee item is treated as unpriced; contract amounts come from the contract record.",
  },
};

const WORK_PRICE_LIST_MISSING = {
  intended: "別紙料金表（資料に含まれていない）",
  note: {
    ja: "「別紙価格表」は資料に含まれておらず、規約の「別紙料金表」とも名称が一致しません。作業依頼費用は料金未掲載として扱います。",
    en: 'The "別紙価格表" is not in the sources and its name differs from the terms\' "別紙料金表". Work fees are treated as unpriced.',
  },
};

const FABRIC_TWICE = (section: string) => ({
  intended: `OCX Compute Fabric 個別規定 ${section}`,
  note: {
    ja: "文書名の「Fabric」が重複しています（他の箇所では「OCX Compute Fabric 個別規定」）。参照先は BBIX の外部文書で、資料に含まれていません。",
    en: '"Fabric" is doubled in the document name (elsewhere "OCX Compute Fabric 個別規定"). The target is BBIX\'s external document, not in the sources.',
  },
});

const CONTRACT_PERIOD_UNDEFINED = {
  intended: "最低利用期間",
  note: {
    ja: "「契約期間」はどこにも定義されていません（定義があるのは最低利用期間のみ）。最低利用期間と読みます。",
    en: '"契約期間" is defined nowhere (only the minimum term is). Read as the minimum term.',
  },
};

export const outline: NonNullable<TermsBodyInput["outline"]> = [
  // 利用規約 Ver1.0
  { clause: "別紙料金表", title: "料金表（資料に含まれていない）" },
  article(1, "取扱いの準則", 1),
  article(2, "利用規約の変更", 2),
  article(3, "用語の定義", 1),
  article(4, "契約の単位", 1),
  article(5, "最低利用期間", 2),
  article(6, "提供区域", 1),
  article(7, "サービスの定義等", 1),
  article(8, "利用申込", 2),
  article(9, "利用申込の成立等", 3),
  article(10, "契約事項の変更", 4),
  article(11, "権利譲渡の禁止", 1),
  article(12, "契約者の地位の承継", 2),
  article(13, "商号等の変更", 2),
  article(14, "非常時等における利用の制限", 3),
  article(15, "提供の中止", 3),
  article(16, "提供の停止", 3),
  article(17, "当社が行う利用契約の解除", 3),
  article(18, "契約者が行う利用契約の解除", 3),
  article(19, "契約者の義務", 4),
  article(20, "契約者の設備等", 1),
  article(21, "情報の取り扱い", 3),
  article(22, "秘密情報の取り扱い", 3),
  article(23, "再販売の禁止", 1),
  article(24, "料金等", 4),
  article(25, "初期費用の支払義務", 3),
  article(26, "時間従量課金及び月額上限料金の支払義務", 4),
  article(27, "料金等の請求及び支払い", 2),
  article(28, "契約解除に伴う違約金", 2),
  article(29, "データの取り扱い", 5),
  article(30, "契約者のデータの権利", 1),
  article(31, "ソフトウェアの著作権等", 2),
  article(32, "運用管理・データの利用等", 1),
  article(33, "ソフトウェアの更新等", 1),
  article(34, "データ・ソフトウェア等の消去", 3),
  article(35, "割増金", 1),
  article(36, "遅延損害金", 1),
  article(37, "端数処理", 1),
  article(38, "原状回復", 2),
  article(39, "免責", 2),
  article(40, "機密保持", 1),
  article(41, "当社による編集・出版", 1),
  article(42, "契約者への通知等", 2),
  article(43, "反社会的勢力の排除", 3),
  article(44, "個人情報等の保護", 6),
  article(45, "合意管轄裁判所", 1),
  { clause: "附則", title: "附則", paragraphs: 1 },
  // 別紙 サービススペックシート (sub-items ①, ② … counted as paragraphs)
  { clause: "§1", title: "サービス名称" },
  { clause: "§2", title: "サービス開始日" },
  { clause: "§3", title: "サービス概要", paragraphs: 2 },
  { clause: "§4", title: "契約・提供形態", paragraphs: 2 },
  { clause: "§5", title: "ネットワーク・相互接続", paragraphs: 2 },
  { clause: "§6", title: "インターネット接続の構造", paragraphs: 2 },
  { clause: "§7", title: "構築・運用管理", paragraphs: 2 },
  { clause: "§8", title: "SGW 接続対応サービス (2026 年 3 月 1 日時点)", paragraphs: 1 },
  { clause: "§9", title: "サービスメニュー" },
  { clause: "§10", title: "サービス仕様" },
  { clause: "§10 ■OCF", title: "OCF", paragraphs: 12 },
  { clause: "§10 ■OCX", title: "OCX", paragraphs: 3 },
  { clause: "§11", title: "管理機能" },
  { clause: "§11 ■OCF", title: "OCF", paragraphs: 3 },
  { clause: "§11 ■OCX", title: "OCX", paragraphs: 1 },
  { clause: "§12", title: "開通", paragraphs: 4 },
  { clause: "§13", title: "契約内容の変更", paragraphs: 2 },
  { clause: "§14", title: "解約", paragraphs: 3 },
  { clause: "§15", title: "サービス保守運用", paragraphs: 8 },
  { clause: "§16", title: "請求・支払い", paragraphs: 5 },
  { clause: "§17", title: "SLA" },
  { clause: "§18", title: "契約", paragraphs: 9 },
  { clause: "§19", title: "その他注意事項", paragraphs: 3 },
  { clause: "§20", title: "サポート内容" },
];

export const crossReferences: NonNullable<TermsBodyInput["crossReferences"]> = [
  // Correct references (checked against the text).
  {
    at: "第3条",
    target: "第22条第1項",
    subject: "秘密情報の取り扱い",
    cite: [terms("第3条", "第 22 条（秘密情報の取り扱い）第 1 項に定める秘密情報を含みます。")],
  },
  {
    at: "第8条第1項",
    target: "第25条第3項",
    cite: [terms("第8条第1項", "ただし、第 25 条第 3 項の規定による場合を除きます。")],
  },
  {
    at: "第9条第2項第3号",
    target: "第16条第1項",
    subject: "提供の停止",
    cite: [terms("第9条第2項第3号", "(3) 申込者が、第 16 条（提供の停止）第 1 項に該当する場合")],
  },
  {
    at: "第15条第3項",
    target: "§15④",
    cite: [terms("第15条第3項", "スペックシートに記載する基準に基づいて契約者にその旨を通知するものとします。")],
  },
  {
    at: "第18条第2項",
    target: "第15条",
    subject: "提供の中止",
    cite: [terms("第18条第2項", "第14条（非常時における利用の制限）又は第15条（提供の中止）に規定する事由")],
  },
  {
    at: "第24条第3項",
    target: "第27条",
    subject: "料金等の請求及び支払い",
    cite: [
      terms("第24条第3項", "第 27 条（料金等の請求及び支払い）に定める期日と支払い方法で当社へ支払うこととする。"),
    ],
  },
  {
    at: "第26条第4項",
    target: "第16条",
    subject: "提供の停止",
    cite: [terms("第26条第4項", "第 16 条（提供の停止）の規定により QT PRO Cloud サービスの提供が停止されている間")],
  },
  {
    at: "第28条第2項",
    target: "第18条第2項",
    cite: [terms("第28条第2項", "（第 18 条 第 2 項又は第 3 項の規定による解除を除きます。）")],
  },
  {
    at: "第35条",
    target: "第10条",
    subject: "契約事項の変更",
    cite: [terms("第35条", "第10条(契約事項の変更)に規定する利用契約の内容の変更に関する届出を行わず")],
  },
  {
    at: "第38条第1項",
    target: "第18条",
    subject: "契約者が行う利用契約の解除",
    cite: [
      terms(
        "第38条第1項",
        "第17条(当社が行う利用契約の解除)及び第18条(契約者が行う利用契約の解除)により利用契約が解除された場合",
      ),
    ],
  },
  { at: "§12①", target: "§12②", cite: [WRITTEN_APPLICATION] },
  {
    at: "§12②",
    target: "§12④",
    subject: "OCF 仮想マシンの開通",
    cite: [spec("§12②", "④OCF 仮想マシンの開通後に作成する。")],
  },
  { at: "§13②", target: "§13①", cite: [IN_SCOPE_PAID] },

  // Known defects (X1–X18 of the research notes).
  {
    at: "第18条第3項",
    target: "第2条第3項",
    subject: "利用規約の変更",
    knownDefect: {
      intended: "（該当条項なし）",
      note: {
        ja: "第2条は第1項・第2項のみで、サービスの一部廃止を定める条項はどこにもありません。みなし解除は「廃止の日」とし、計算には用いません。",
        en: "第2条 has only 第1項 and 第2項, and no clause anywhere provides for abolishing part of the service. The deemed termination is on the abolition date; it is not computed.",
      },
    },
    cite: [terms("第18条第3項", "第2条（利用規約の変更）第3項の規定によりQT PRO Cloud サービスの一部が廃止される場合")],
  },
  {
    // Valid in itself; 第18条第3項 is the clause that dangles (see above).
    at: "第28条第2項",
    target: "第18条第3項",
    cite: [terms("第28条第2項", "（第 18 条 第 2 項又は第 3 項の規定による解除を除きます。）")],
  },
  {
    at: "§13②",
    target: "§6",
    subject: "開通",
    knownDefect: {
      intended: "§12",
      note: {
        ja: "「6. 開通」とありますが §6 は「インターネット接続の構造」で、開通は §12 です。",
        en: 'It says "6. 開通", but §6 is "インターネット接続の構造"; 開通 is §12.',
      },
    },
    cite: [OUTSIDE_SCOPE],
  },
  {
    at: "第10条第1項",
    target: "別紙サービスポリシーシート",
    knownDefect: {
      intended: "サービススペックシート §11 ■OCF ①・§13①",
      note: {
        ja: "「サービスポリシーシート」という文書はなく、コンソールで変更できる範囲はスペックシート §11①・§13① に記載されています。",
        en: 'No "サービスポリシーシート" exists; the console scope is in spec §11① and §13①.',
      },
    },
    cite: [
      terms(
        "第10条第1項",
        "なお、OCF コンソール画面上で変更手続きが可能な範囲は別紙サービスポリシーシートの通りとする。",
      ),
    ],
  },
  {
    at: "第14条第3項",
    target: "サービススペックシート（仮想ルーター接続オプション）",
    knownDefect: {
      intended: "§10 ■OCF ⑧（仮想ルーター）・§6（インターネット接続の構造）",
      note: {
        ja: "スペックシートに「仮想ルーター接続オプション」という記載はありません。仮想ルーター経由のインターネット接続と読みます。",
        en: 'The spec never mentions a "仮想ルーター接続オプション". Read as internet access through the virtual router.',
      },
    },
    cite: [
      terms(
        "第14条第3項",
        "当社は、契約者が本規約別紙サービススペックシートに記載された仮想ルーター接続オプションを利用してインターネット接続を行う場合、通信利用を制限することがあります。",
      ),
    ],
  },
  {
    at: "第20条",
    target: "サービススペックシート（当社から提供する機器）",
    knownDefect: {
      intended: "（該当記載なし）",
      note: {
        ja: "スペックシートは当社から提供する機器を定めていません。当社提供の機器はないものと読みます。",
        en: "The spec defines no QTnet-provided equipment. Read as: there is none.",
      },
    },
    cite: [terms("第20条", "別途サービススペックシートに定める当社から提供する機器以外の機器")],
  },
  {
    at: "第24条第1項",
    target: "別紙料金表",
    note: PRICE_LIST_MISSING.note,
    cite: [
      terms(
        "第24条第1項",
        "QT PRO Cloud サービスの料金及び関連費用（以下「サービス料金」といいます。）は、別紙料金表で定める金額とします。",
      ),
    ],
  },
  {
    at: "第26条第1項",
    target: "別紙料金表",
    note: PRICE_LIST_MISSING.note,
    cite: [terms("第26条第1項", "別紙料金表にて定める時間従量課金については")],
  },
  {
    at: "第26条第2項",
    target: "別紙料金表",
    note: PRICE_LIST_MISSING.note,
    cite: [terms("第26条第2項", "別紙料金表にて定める月額上限料金は")],
  },
  { at: "§9", target: "別紙料金表", note: PRICE_LIST_MISSING.note, cite: [spec("§9", "別紙料金表の通り")] },
  {
    at: "§12④",
    target: "別紙価格表",
    knownDefect: WORK_PRICE_LIST_MISSING,
    cite: [
      spec(
        "§12④",
        "当社への作業依頼費用は別紙価格表に記載する金額とし、リソース情報を記載したパラメータシートの提出を必須とする。",
      ),
    ],
  },
  {
    at: "§13②",
    target: "別紙価格表",
    knownDefect: WORK_PRICE_LIST_MISSING,
    cite: [spec("§13②", "当社への作業依頼費用は別紙価格表に記載する金額とする。")],
  },
  {
    at: "§14②",
    target: "別紙価格表",
    knownDefect: WORK_PRICE_LIST_MISSING,
    cite: [spec("§14②", "当社への作業依頼費用は別紙価格表に記載する金額とする。")],
  },
  {
    at: "第38条第2項",
    target: "第38条第1項",
    subject: "期間",
    knownDefect: {
      intended: "第18条第1項の利用終了日（第38条第1項は「速やかに」とのみ定める）",
      note: {
        ja: "「前項の期間内」とありますが、第38条第1項は期間を定めていません（「速やかに」のみ）。利用終了日までに、と読みます。",
        en: '"前項の期間内", but 第38条第1項 sets no period (only "速やかに"). Read as by the end date.',
      },
    },
    cite: [
      terms(
        "第38条第2項",
        "2. 契約者が、前項の期間内に設備の撤去や原状回復を行わない場合、当社は、自らこれを行うことができるものとします。",
      ),
    ],
  },
  {
    at: "第10条第3項",
    target: "第10条第2項",
    subject: "届出",
    knownDefect: {
      intended: "第10条第1項",
      note: {
        ja: "「前項の届出」とありますが、届出を定めるのは第1項で、第2項（変更の成立）に届出はありません。「前条（利用申込の成立等）」＝第9条は正しい参照です。",
        en: '"前項の届出", but the 届出 is in 第1項; 第2項 (formation of the change) has none. "前条（利用申込の成立等）" = 第9条 is correct.',
      },
    },
    cite: [
      terms(
        "第10条第3項",
        "3. 当社は、前項の届出があった場合、前条（利用申込の成立等）の規定に準じて取り扱うものとします。",
      ),
    ],
  },
  {
    at: "第12条第2項",
    target: "第9条",
    subject: "利用契約の成立等",
    knownDefect: {
      intended: "第9条第2項各号（利用申込の成立等）",
      note: {
        ja: "第9条の見出しは「利用申込の成立等」で、承諾しない事由は「各項」ではなく第2項の各号です。",
        en: '第9条 is titled "利用申込の成立等", and the refusal grounds are the items of 第2項, not "各項".',
      },
    },
    cite: [terms("第12条第2項", "承継した法人が第 9 条（利用契約の成立等）各項のいずれかに該当する場合は")],
  },
  {
    at: "第16条第1項第3号",
    target: "第23条",
    subject: "第三者に対するサービスの提供",
    knownDefect: {
      kind: "wording",
      intended: "第23条（再販売の禁止）",
      note: {
        ja: "第23条の見出しは「再販売の禁止」です（内容は関連するため、条番号は第23条のままと読みます）。",
        en: '第23条 is titled "再販売の禁止" (related content, so the number stands).',
      },
    },
    cite: [terms("第16条第1項第3号", "(3) 第 23 条（第三者に対するサービスの提供）の規定に違反した場合")],
  },
  {
    at: "第18条第2項",
    target: "第14条",
    subject: "非常時における利用の制限",
    knownDefect: {
      kind: "wording",
      intended: "第14条（非常時等における利用の制限）",
      note: {
        ja: "見出しの「等」が抜けています。参照自体は有効です。",
        en: 'The title lacks "等"; the reference itself is valid.',
      },
    },
    cite: [terms("第18条第2項", "第14条（非常時における利用の制限）又は第15条（提供の中止）に規定する事由")],
  },
  // Headings quoted with an extra 等 (research notes X13, X14): the reference resolves, so these are
  // recorded as valid references and the heading mismatch as an interpretation.
  {
    at: "第25条第2項",
    target: "第10条",
    subject: "契約事項の変更等",
    cite: [terms("第25条第2項", "第 10 条（契約事項の変更等）の規定により")],
  },
  {
    at: "第34条第2項",
    target: "第16条第1項",
    subject: "提供の停止等",
    cite: [terms("第34条第2項", "契約者が第 16 条 (提供の停止等) 第 1 項に該当する場合は")],
  },
  {
    at: "§15",
    target: "※1",
    knownDefect: {
      intended: "（表中に付記なし）",
      note: {
        ja: "注記 ※1 に対応する付記が表（保守監視・資産区分）にも他の箇所にもありません。区分の注記としてのみ扱い、監視・対応の分担は §15①・③ によります。",
        en: "No ※1 marker appears in the table or elsewhere. Kept as a classification note only; who monitors and fixes follows §15① and ③.",
      },
    },
    cite: [
      spec(
        "§15",
        "※1 当社のインターネット接続サービスをBBIXに卸したものをOCFのサービスとしてお客様に提供するため、サービス区分はOCFのサービスとしても扱う",
      ),
    ],
  },
  {
    at: "§10 ■OCX",
    target: "OCX ドキュメントサイト (#)",
    knownDefect: {
      intended: "https://docs.ocx-cloud.net/docs/intro（第3条 OCX の定義）",
      note: {
        ja: "リンク先が「#」のみで空です。規約第3条の URL を用います。",
        en: 'The link target is an empty "#". Use the URL in terms 第3条.',
      },
    },
    cite: [spec("§10 ■OCX", "OCX は “[OCX ドキュメントサイト](#)” に則ってサービスを提供する。")],
  },
  {
    at: "§11 ■OCX",
    target: "OCX ドキュメントサイト (#)",
    knownDefect: {
      intended: "https://docs.ocx-cloud.net/docs/intro（第3条 OCX の定義）",
      note: {
        ja: "リンク先が「#」のみで空です。規約第3条の URL を用います。",
        en: 'The link target is an empty "#". Use the URL in terms 第3条.',
      },
    },
    cite: [spec("§11 ■OCX", "OCX は“[OCX ドキュメントサイト](#)”に則ってサービスを提供する。")],
  },
  {
    at: "§10 ■OCF ⑩",
    target: "OCX Compute Fabric Fabric 個別規定 2.1.3.1",
    knownDefect: FABRIC_TWICE("2.1.3.1"),
    cite: [spec("§10 ■OCF ⑩", "“OCX Compute Fabric Fabric 個別規定 2.1.3.1 リソースリミット” の通り。")],
  },
  {
    at: "§10 ■OCF ⑪",
    target: "OCX Compute Fabric Fabric 個別規定 2.1.4",
    knownDefect: FABRIC_TWICE("2.1.4"),
    cite: [spec("§10 ■OCF ⑪", "“OCX Compute Fabric Fabric 個別規定 2.1.4 専有クラスター” の通り。")],
  },
  {
    at: "§10 ■OCF ⑫",
    target: "OCX Compute Fabric Fabric 個別規定 2.2",
    knownDefect: FABRIC_TWICE("2.2"),
    cite: [spec("§10 ■OCF ⑫", "“OCX Compute Fabric Fabric 個別規定 2.2 バックアップ” の通り。")],
  },
  {
    at: "§16③",
    target: "契約期間",
    knownDefect: CONTRACT_PERIOD_UNDEFINED,
    cite: [spec("§16③", "課金停止日が契約期間内となる場合は、契約期間分の残利用料金を徴収する。")],
  },
  {
    at: "第28条第1項",
    target: "契約期間",
    knownDefect: CONTRACT_PERIOD_UNDEFINED,
    cite: [
      terms("第28条第1項", "契約者は、契約期間の残余期間に相当する月額費用の合計額を違約金として支払うものとします。"),
    ],
  },
];
