import type { TermsBodyInput } from "../../src/dsl/index.js";
import { articles, crossReferences as nttWestReferences } from "../ntt-west-common/outline.js";
import {
  BILLING_MONTH,
  BILLING_MONTH_START,
  BILLING_WRONG_ANNEX,
  FEES_IN_ANNEX4,
  INTEREST_365,
  ONSITE_NEXT_DAY,
  PRORATION_DISCOUNT,
  PRORATION_END,
  cite,
} from "./cite.js";

export const outline: NonNullable<TermsBodyInput["outline"]> = [
  ...articles({ 第2条: 1, 第6条: 1, 第14条: 1, 第25条: 2 }),
  { clause: "第35条", title: "免責事項", paragraphs: 12 },
  { clause: "第36条", title: "個人情報の取扱", paragraphs: 6 },
  { clause: "第37条", title: "利用に係る契約者の義務", paragraphs: 3 },
  { clause: "第38条", title: "契約者の当社に対する協力事項", paragraphs: 1 },
  { clause: "第39条", title: "除外事項", paragraphs: 1 },
  { clause: "第40条", title: "設備等の準備", paragraphs: 2 },
  { clause: "第41条", title: "法令に規定する事項", paragraphs: 1 },
  { clause: "第42条", title: "準拠法", paragraphs: 1 },
  { clause: "第43条", title: "紛争の解決", paragraphs: 2 },
  { clause: "第44条", title: "承諾の限界", paragraphs: 1 },
  { clause: "別紙1", title: "Ｓｅｒｖｅｒサポート仕様書" },
  { clause: "別紙1 1", title: "本書の位置づけ" },
  { clause: "別紙1 2", title: "用語説明" },
  { clause: "別紙1 3", title: "サービス概要" },
  { clause: "別紙1 3.1", title: "提供内容" },
  { clause: "別紙1 表3-1", title: "提供内容一覧表" },
  { clause: "別紙1 3.1.1", title: "オンサイト故障修理" },
  { clause: "別紙1 3.1.1(1)", title: "9時00分から17時00分までの故障通知" },
  { clause: "別紙1 3.1.1(2)", title: "時間帯外の保守要請" },
  { clause: "別紙1 3.2", title: "物理要件" },
  { clause: "別紙1 3.2.1", title: "VPN接続" },
  { clause: "別紙1 3.2.2", title: "BizBox Serverが使用するアドレス帯" },
  { clause: "別紙1 3.2.3", title: "BizBox Serverからインターネットへの通信について" },
  { clause: "別紙1 表3-2", title: "BizBox Serverへの通信一覧" },
  { clause: "別紙2", title: "提供時間" },
  { clause: "別紙3", title: "対象機器一覧" },
  { clause: "別紙4", title: "料金表" },
  { clause: "別紙4 1.", title: "本サービスの料金" },
  { clause: "別紙4 2.", title: "請求書等の発行に関する料金" },
  { clause: "別紙4 3.", title: "第25条2の当社が別に定める場合" },
  { clause: "別紙4 4.", title: "適格請求書の発行に関する料金" },
  { clause: "別紙4 5.", title: "支払証明書の発行に関する料金" },
  { clause: "附則", title: "附則（2019年6月26日～2023年11月9日）" },
];

export const crossReferences: NonNullable<TermsBodyInput["crossReferences"]> = [
  ...nttWestReferences({
    hours: [cite("第3条", "は別紙 2（提供時間）に定めるところによります。")],
    devices: [
      cite(
        "第7条第4項",
        "4 本サービス申込みにあたっては、別紙 3に定める対象機器一覧（以下、対象機器一覧）の BizBox Serverを",
      ),
    ],
    applicationItems: [
      cite(
        "第10条第1項",
        "1 契約者は、第 7条（契約申込の方法）第 1項第 2号に定める事項の変更を請求することができます。",
      ),
    ],
    applicationHandling: [
      cite("第10条第2項", "2 当社は、前項の請求があったときは、第 9条（契約申込の承諾）の規定に準じて取り扱います。"),
    ],
    restriction: [cite("第17条第1項第2号", "(2) 第 19条（利用の制限）の規定により、本サービスの提供を制限するとき。")],
    copyright: [
      cite("第18条第1項第4号", "(4) 第 16条（著作権等）及び第 37条（利用に係る契約者の義務）の規定に違反したとき。"),
    ],
    assignedClaims: [
      cite(
        "第11条第4項",
        "34 条（債権の譲渡）の規定により同条に規定する請求事業者に譲渡された債権に係る債務を支払う義務",
      ),
    ],
    suspension: [
      cite(
        "第22条第1号",
        "(1) 第 18条（利用停止）の規定により本サービスの利用を停止された契約者が、なおその事実を解消しないと",
      ),
    ],
    priceList: [FEES_IN_ANNEX4],
    paymentDuty: [
      cite(
        "第32条",
        "第 25 条（利用料金の支払義務）の規定その他本規約の規定により料金表に定める料金の支払いを要するも",
      ),
    ],
    refusal: [
      cite(
        "第9条第3項",
        "3 当社は、前項の規定にかかわらず、次のいずれかに該当すると当社が判断した場合、申込を承諾しないこ",
      ),
    ],
    successionNote: [
      cite(
        "第13条（注）",
        "（注）本項の規定にかかわらず、利用回線が光コラボレーションモデルに関する契約に基づき提供される",
      ),
    ],
    interestWording: [INTEREST_365],
  }),
  // References only this document makes, checked against their targets and found correct.
  {
    at: "第4条",
    target: "別紙1",
    subject: "Ｓｅｒｖｅｒサポート仕様書",
    cite: [
      cite("第4条", "当社は、契約者に対し、別紙 1（Ｓｅｒｖｅｒサポート仕様書（以下「仕様書」といいます。））に定める"),
    ],
  },
  {
    at: "第18条第1項第4号",
    target: "第37条",
    subject: "利用に係る契約者の義務",
    cite: [
      cite("第18条第1項第4号", "(4) 第 16条（著作権等）及び第 37条（利用に係る契約者の義務）の規定に違反したとき。"),
    ],
  },
  {
    at: "第22条第2号",
    target: "第20条第1項",
    subject: "本サービス提供の終了",
    cite: [cite("第22条第2号", "があったとき。第 20条（本サービス提供の終了）第 1項に定めるとき。")],
  },
  {
    at: "第35条第9項",
    target: "第17条",
    subject: "利用中止",
    cite: [
      cite(
        "第35条第9項",
        "9 当社は、第 17条（利用中止）、第 18条（利用停止）、第 19条（利用の制限）、第 20条（本サービス",
      ),
    ],
  },
  {
    at: "別紙1 3.1",
    target: "別紙1 表3-1",
    cite: [cite("別紙1 3.1", "提供内容については、表 3-1のとおりです。")],
  },
  {
    at: "別紙4 3.",
    target: "第25条第2項",
    subject: "利用料金の支払義務",
    cite: [cite("別紙4 3.", "３．第２５条２の当社が別に定める場合")],
  },
  // Defects only this document has, acknowledged.
  {
    at: "第25条第1項",
    target: "別紙2",
    subject: "料金表",
    knownDefect: {
      intended: "別紙4",
      note: {
        ja: "別紙2 は「提供時間」です。料金表は別紙4（第24条）。",
        en: "別紙2 is the hours (提供時間); the price table is 別紙4 (第24条).",
      },
    },
    cite: [BILLING_WRONG_ANNEX],
  },
  {
    at: "第39条第1号",
    target: "第38条",
    subject: "利用に係る契約者の義務",
    knownDefect: {
      intended: "第37条",
      note: {
        ja: "第38条は（契約者の当社に対する協力事項）です。利用に係る契約者の義務は第37条。",
        en: "第38条 is the cooperation duties; the customer's duties of use are 第37条.",
      },
    },
    cite: [cite("第39条第1号", "(1) 第 38条（利用に係る契約者の義務）のいずれかの項目をみたさない場合。")],
  },
  {
    at: "第39条第2号",
    target: "第39条",
    subject: "契約者の当社に対する協力事項",
    knownDefect: {
      intended: "第38条",
      note: {
        ja: "第39条（除外事項）自身を指しています。協力事項は第38条。第39条の 2 つの参照はいずれも 1 条ずれています。",
        en: "Points at 第39条 (除外事項) itself; the cooperation duties are 第38条. Both references in 第39条 are off by one article.",
      },
    },
    cite: [
      cite(
        "第39条第2号",
        "(2) 契約者が、第 39条（契約者の当社に対する協力事項）のいずれかの項目の協力を行わず、本サービ",
      ),
    ],
  },
  {
    at: "第22条",
    target: "第22条第4号",
    subject: "本条第4号（事前の通知なく解約できる事由）",
    knownDefect: {
      intended: "第22条第3号",
      note: {
        ja: "第22条には第1号～第3号しかありません。第2号の末尾に「第20条第1項に定めるとき。」が別の号として残っており、番号が繰り上がったものと解し、第4号を現行の第3号（信用不安・不当要求、事前通知なしの解約）と読みます。",
        en: '第22条 has items (1)–(3) only. "第20条第1項に定めるとき。" is left at the end of item (2) as if it had been a separate item, so the numbering shifted; Yakkan reads 第4号 as the present 第3号 (insolvency, intimidation: termination without prior notice).',
      },
    },
    cite: [
      cite(
        "第22条",
        "また、本条第 4号に該当する場合には、事前の契約者への通知をすることなく本契約を解約できるものとします。",
      ),
      cite("第22条第3号", "(3) 契約者に次に定める事由のいずれかが発生したとき。"),
    ],
  },
  {
    at: "第22条",
    target: "第22条第2号",
    cite: [
      cite(
        "第22条",
        "但し、本条第 2 号に該当する場合には、利用回線契約の解約が完了した時点で、本契約は自動的に解約されま",
      ),
    ],
  },
  {
    at: "別紙1 3.2.1(3)",
    target: "別紙1 表3-3",
    subject: "小型サーバ装置への通信一覧",
    knownDefect: {
      intended: "別紙1 表3-2",
      note: {
        ja: "表3-3 はありません。通信一覧は 3.2.3 の「表 3-2 BizBox Serverへの通信一覧」です。「小型サーバ装置」は本規約の用語ではなく BizBox Server を指すものと解します。",
        en: 'There is no 表3-3; the communication list is 3.2.3\'s 表3-2 (BizBox Serverへの通信一覧). "小型サーバ装置" is not a term of this document; read as the BizBox Server.',
      },
    },
    cite: [cite("別紙1 3.2.1(3)", "詳細な通信内容については「表 3-3 小型サーバ装置への通信一覧」に記述いたします。")],
  },
  {
    at: "第28条第2項第4号",
    target: "別紙4 割引",
    subject: "月額料金の割引",
    knownDefect: {
      intended: "別紙4 1.",
      note: {
        ja: "料金表（別紙4）に月額料金の割引の定めはなく、参照先がありません。この号は適用されません。",
        en: "The price table (別紙4) defines no monthly-fee discount, so the item has nothing to apply to.",
      },
    },
    cite: [PRORATION_DISCOUNT],
  },
  {
    at: "第28条第4項",
    target: "第28条第1項",
    subject: "料金月の起算日",
    knownDefect: {
      intended: "IP通信網サービス契約約款（料金月の定義）",
      note: {
        ja: "第28条第1項は料金月を使いますが、料金月もその起算日も定義していません（本規約のどこにも定義がありません）。Yakkan は料金月を暦月とします。",
        en: "第28条第1項 uses 料金月 but defines neither it nor its start day (nothing in this document does). Yakkan takes the billing month to be the calendar month.",
      },
    },
    cite: [BILLING_MONTH_START, BILLING_MONTH],
  },
  {
    at: "第35条第11項",
    target: "第3条",
    subject: "用語の定義",
    note: {
      ja: "第3条で定義された用語は「専用受付番号」です。同じ番号を指すものと解します。この項の末尾には主語のない文の断片（「は、あらかじめそのことを契約者に通知します。」）が残っています。",
      en: 'The term defined in 第3条 is "専用受付番号"; read as the same number. The paragraph also ends with an orphan fragment without a subject.',
    },
    cite: [
      cite(
        "第35条第11項",
        "11 当社は、業務の遂行上やむを得ない理由があるときは受付専用番号を変更することがあります。この場",
      ),
      cite("第35条第11項", "は、あらかじめそのことを契約者に通知します。"),
    ],
  },
  {
    at: "第3条",
    target: "別紙3",
    subject: "対象機器",
    note: {
      ja: "第3条の BizBox Server の定義は OS2・OS6・OS12 の 3 機種だけですが、別紙3（と第7条第4項）は 6 機種を挙げます。別紙3 の 6 機種によります。",
      en: "第3条 defines BizBox Server as OS2, OS6 and OS12 only, while 別紙3 (and 第7条第4項) list six models; Yakkan follows 別紙3.",
    },
    cite: [cite("第3条", "BizBox Server 以下の機器"), cite("第3条", "(3)BizBox Server OS12")],
  },
  {
    at: "第25条第2項",
    target: "別紙4",
    subject: "料金表",
    note: {
      ja: "料金表（別紙4）に工事に関する費用の定めはありません（第9条第3項第3号、第11条第3項第3号、別紙4 5.⑴ も同じ）。",
      en: "The price table (別紙4) defines no construction fee (also referred to in 第9条第3項第3号, 第11条第3項第3号 and 別紙4 5.⑴).",
    },
    cite: [
      cite("第25条第2項", "2 本規約により料金表に定める料金又は工事に関する費用の支払いを要するものとされている額より"),
    ],
  },
  {
    at: "第28条第2項第2号",
    target: "第21条",
    subject: "解約",
    note: {
      ja: "契約は 1 契約単位（別紙4「／契約」）で、一部解約の定めはありません。解約（第21条）として扱います。",
      en: 'A contract is one unit (別紙4 "／契約"); partial cancellation is defined nowhere. Treated as cancellation (第21条).',
    },
    cite: [PRORATION_END],
  },
  {
    at: "別紙1 3.1.1(2)",
    target: "別紙1 3.1.1(1)",
    subject: "前項（9時00分から17時00分までの時間帯）",
    knownDefect: {
      kind: "wording",
      intended: "別紙1 3.1.1(1)",
      note: {
        ja: "「前項」は (1)（9時～17時の時間帯）を指しますが、(1) は項ではなく号に当たる項目です（文言のみの不備）。",
        en: '"前項" means item (1) (the 9:00–17:00 window), which is an item, not a paragraph (wording only).',
      },
    },
    cite: [ONSITE_NEXT_DAY],
  },
  {
    at: "第23条第2項第2号ⅴ",
    target: "第23条第2項第1号",
    subject: "前各号（ⅰ～ⅳ の行為）",
    knownDefect: {
      intended: "第23条第2項第2号ⅰ～ⅳ",
      note: {
        ja: "「前各号」とありますが、ⅰ～ⅳ は第2号の細目で号ではありません。ⅰ～ⅳ を指すことは明らかです。",
        en: '"前各号" is used, but ⅰ–ⅳ are sub-items of 第2号, not items; the meaning (ⅰ–ⅳ) is clear.',
      },
    },
    cite: [cite("第23条第2項第2号ⅴ", "ⅴ その他前各号に準ずる行為。")],
  },
  {
    at: "第36条第5項",
    target: "個人情報保護法第23条第4項第1号",
    subject: "委託に伴う個人情報の提供",
    knownDefect: {
      intended: "個人情報保護法第27条第5項第1号",
      note: {
        ja: "委託に伴う提供の規定は 2022年4月1日施行の改正で第27条第5項第1号に移っており、旧条番号のままと考えられます（本規約の計算には影響しません。法務確認が必要）。",
        en: "The entrustment provision moved to 第27条第5項第1号 with the amendment in force from 2022-04-01; the reference looks stale (no effect on any computation; for legal review).",
      },
    },
    cite: [
      cite(
        "第36条第5項",
        "5 当社は、個人情報保護法第２３条第４項第１号の規定に基づき、個人情報を当社が業務を委託する他の事",
      ),
    ],
  },
  {
    at: "第36条第6項",
    target: "個人情報保護法第23条第4項第1号",
    subject: "委託に伴う個人情報の提供",
    knownDefect: {
      intended: "個人情報保護法第27条第5項第1号",
      note: {
        ja: "第36条第5項と同じく旧条番号と考えられます。",
        en: "Stale numbering, as in 第36条第5項.",
      },
    },
    cite: [
      cite(
        "第36条第6項",
        "情報保護法第２３条第４項第１号の規定に基づき、サポート対象、契約者等に関する情報を当社が別に定",
      ),
    ],
  },
];
