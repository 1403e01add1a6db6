import type { TermsBodyInput } from "../../src/dsl/index.js";
import { permissions as nttWestPermissions } from "../ntt-west-common/permissions.js";
import { BUSINESS_DAYS } from "./calendars.js";
import {
  CHANGE_ORDER_SHEET,
  NOTICE_5_BUSINESS_DAYS,
  PAYMENT_CERTIFICATE,
  PAYMENT_CERTIFICATE_FEE,
  QUALIFIED_INVOICE,
  QUALIFIED_INVOICE_EXPENSES,
  QUALIFIED_INVOICE_FEE,
  REMOTE_SETTING_CHANGE,
  cite,
} from "./cite.js";

const URL_FILTER_SELF_SERVICE = cite(
  "別紙1 3.2.3 注意9",
  "※ 注意 9：お客さまがゲートウェイ装置の管理画面を利用して、当社が指定したサイトカテゴリ区分の範囲内でのカテゴリの選択・変更、およびブラックリスト・ホワイトリストの登録をすることができます。",
);

const shared = nttWestPermissions({
  changeDetails: [
    cite(
      "第10条第1項",
      "契約者は、第 7 条（契約申込の方法）第 1 項第 2 号に定める事項の変更を請求することができます。",
    ),
    cite("第10条第2項", "当社は、前項の請求があったときは、第 9 条（契約申込の承諾）の規定に準じて取り扱います。"),
  ],
  assign: [
    cite(
      "第11条第1項",
      "本契約に係る利用権（契約者が本契約に基づいて本サービスの提供を受ける権利をいいます。以下同じとします。）の譲渡は、当社の承認を受けなければ、その効力を生じません。",
    ),
    cite(
      "第11条第2項",
      "本契約に係る利用権の譲渡の承認を受けようとするときは、当事者が連署した当社所定の書面により当社に請求していただきます。ただし、譲渡があったことを証明できる書類の添付をもって連署に代えることができます。",
    ),
    cite(
      "第11条第3項",
      "当社は、前項の規定により本契約に係る利用権の譲渡の承認を求められたときは、次の場合を除いて、これを承認します。",
    ),
  ],
  pledge: [
    cite(
      "第12条",
      "本契約に基づき本サービスの提供を受ける権利は契約者のみに帰属するものであり、契約者は、本契約で別に定める場合を除き、本サービスの提供を受ける権利を第三者に譲渡、承継、売買、又は質権の設定その他担",
    ),
  ],
  succession: [
    cite(
      "第13条第1項",
      "相続又は法人の合併若しくは分割により契約者の地位の承継があったときは、相続人又は合併後存続する法人、合併若しくは分割により設立された法人若しくは分割により営業を承継する法人は、当社所定の書面にこれを証明する書類を添えて本サービス取扱所に届け出て頂きます。",
    ),
    cite(
      "第13条第2項",
      "前項の場合に、地位を承継した者が2人以上あるときは、そのうちの1人を当社に対する代表者と定め、これを届け出て頂きます。",
    ),
    cite(
      "第13条第5項",
      "本条第1項または第4項の手続きがなされない期間においては、本サービスの提供を行わないことがあります。",
    ),
  ],
  notifyChanges: [
    cite(
      "第15条第1項",
      "契約者は、その氏名、名称、住所若しくは居所、連絡先電話番号、電子メールアドレス又は請求書の送付先に変更があったときは、そのことを速やかに本サービス取扱所に届け出ていただきます。",
    ),
    cite(
      "第15条第3項",
      "第1項の届出があったときは、当社は、その届出があった事実を証明する書類を提示していただくことがあります。",
    ),
  ],
  changeEnvironment: [
    cite(
      "第36条第6項",
      "契約者が、本サービスを利用中に、通信環境を変更しようとする場合には、事前に当社に対し連絡し、許可を得るものとします。許可なく行われた通信環境の変更に起因するサービスの中断、停止は当社の責任を負わないものとします。",
    ),
  ],
  qualifiedInvoice: [QUALIFIED_INVOICE, QUALIFIED_INVOICE_FEE, QUALIFIED_INVOICE_EXPENSES],
  paymentCertificate: [PAYMENT_CERTIFICATE, PAYMENT_CERTIFICATE_FEE],
});

export const permissions: NonNullable<TermsBodyInput["permissions"]> = [
  {
    operation: "contract.cancel",
    label: { ja: "解約", en: "Cancel the contract" },
    mode: "request",
    documents: [
      {
        ja: "当社所定の方法による申出（解約希望日の 5 営業日前まで）",
        en: "A request in the prescribed form (5 business days before the desired date)",
      },
    ],
    leadTime: { amount: 5, unit: "businessDays", calendar: BUSINESS_DAYS },
    cite: [NOTICE_5_BUSINESS_DAYS],
  },
  ...shared.contract,
  shared.changeEnvironment,
  {
    operation: "security.change-settings",
    label: { ja: "セキュリティ機能の設定変更", en: "Change security-function settings" },
    mode: "request",
    documents: [{ ja: "変更オーダーシート", en: "Change order sheet" }],
    note: {
      ja: "当社が遠隔で設定を変更し、完了をメールで連絡します。手数料・所要期間は定められていません。",
      en: "NTT West applies the change remotely and confirms by e-mail. No fee or lead time is stated.",
    },
    cite: [CHANGE_ORDER_SHEET, REMOTE_SETTING_CHANGE],
  },
  {
    operation: "security.url-filter",
    label: {
      ja: "URL フィルタのカテゴリ選択・ブラックリスト/ホワイトリスト登録",
      en: "URL filter categories and black/white lists",
    },
    actor: "customer",
    mode: "self-service",
    note: {
      ja: "ゲートウェイ装置の管理画面で、当社が指定したカテゴリ区分の範囲内で行えます。",
      en: "On the gateway's admin screen, within the category set NTT West specifies.",
    },
    cite: [cite("別紙1 3.2.3", "なお、一部機能はお客さまにて変更可能といたします。"), URL_FILTER_SELF_SERVICE],
  },
  {
    operation: "mail.release-quarantined",
    label: { ja: "隔離されたメールのリリース要求", en: "Release a quarantined e-mail" },
    actor: "customer",
    mode: "self-service",
    note: {
      ja: "アンチスパムで隔離されたメールに限り、隔離レポートから行えます。保管期間は 16 日間です。",
      en: "For mail quarantined by anti-spam, from the quarantine report; mail is kept 16 days.",
    },
    cite: [
      cite("別紙1 3.3.5.4(2)", "受信したいメールをゲートウェイ装置に対して、リリース要求を行うことが可能です。"),
      cite("別紙1 3.3.5.4(4)", "ゲートウェイ装置に隔離されたメールの保管期間は 16 日間となります。"),
    ],
  },
  {
    operation: "security.firewall-inbound",
    label: {
      ja: "ファイアウォール（ルール 2）で外部から許可するトラフィックの指定",
      en: "Allow inbound traffic under firewall rule 2",
    },
    mode: "request",
    documents: [{ ja: "変更オーダーシート", en: "Change order sheet" }],
    note: {
      ja: "別紙3の①・④・⑤の装置に限ります。ファイアウォールはルール 1・2 のいずれかのみです。指定の方法は定められていないため、変更オーダーによるものとします（解釈）。",
      en: "Only on 別紙3 devices ①, ④ and ⑤; the firewall runs rule 1 or rule 2 only. The method is not stated; Yakkan treats it as a change order (interpretation).",
    },
    cite: [
      cite(
        "別紙1 3.2.3 注意1",
        "また、ゲートウェイ装置が別紙 3 (対象機器一覧) の①、④、⑤の場合、ルール 2 に対して外部から許可するトラフィックを指定することができます。",
      ),
      CHANGE_ORDER_SHEET,
    ],
  },
  {
    operation: "security.disable-ping-response",
    label: { ja: "Ping・Traceroute への応答の制御・無効化", en: "Control or disable ping/traceroute replies" },
    mode: "not-allowed",
    cite: [
      cite(
        "別紙1 3.2.3 注意2",
        "ゲートウェイ装置に対する Ping、Traceroute はデフォルトで応答する設定になっており、パケットフィルタで応答を制御することや応答を無効にすることはできません。",
      ),
    ],
  },
  {
    operation: "security.disable-web-av-spyware",
    label: {
      ja: "WEB アンチウイルス内のスパイウェア検知の無効化",
      en: "Disable spyware detection inside web anti-virus",
    },
    mode: "not-allowed",
    cite: [
      cite(
        "別紙1 3.2.3 注意8",
        "アンチスパイウェア設定を「無効」とした場合でも、WEB アンチウイルス機能に含まれて動作しているスパイウェア検知につきましては「無効」にできません。",
      ),
    ],
  },
  {
    operation: "device.choose-replacement",
    label: { ja: "交換用ゲートウェイ装置の指定", en: "Choose the replacement gateway" },
    mode: "not-allowed",
    note: {
      ja: "交換用装置は同じ製品又は同等の機能を有する製品の再生品です。",
      en: "Replacements are refurbished units of the same or an equivalent product.",
    },
    cite: [
      cite(
        "別紙1 3.2.1 注意3",
        "交換用ゲートウェイ装置は、同じ製品または同等の機能を有する製品の再生品となります。なお、交換用ゲートウェイ装置の指定はできません。",
      ),
    ],
  },
  ...shared.documents,
];
