import type { TermsBodyInput } from "../../src/dsl/index.js";
import { permissions as nttWestPermissions } from "../ntt-west-common/permissions.js";
import {
  CANCEL_BEFORE_CONFIRMATION,
  CANCEL_CONFIRMATION_DAY,
  CANCEL_DESIRED,
  CANCEL_NOTICE,
  CERTIFICATE_FEE,
  CERTIFICATE_ON_REQUEST,
  ONSITE_AT_COST,
  ONSITE_NEXT_DAY,
  ONSITE_URGENT_AT_COST,
  POSTAGE_AT_COST,
  QUALIFIED_INVOICE_FEE,
  QUALIFIED_INVOICE_ON_REQUEST,
  SUPPORT_HOURS,
  cite,
} from "./cite.js";

const NOT_STATED = { ja: "規約に定めがありません", en: "the terms state none" };

const shared = nttWestPermissions({
  changeDetails: [
    cite("第10条第1項", "1 契約者は、第 7条（契約申込の方法）第 1項第 2号に定める事項の変更を請求することができます。"),
    cite("第10条第2項", "2 当社は、前項の請求があったときは、第 9条（契約申込の承諾）の規定に準じて取り扱います。"),
  ],
  assign: [
    cite("第11条第1項", "します。）の譲渡は、当社の承認を受けなければ、その効力を生じません。"),
    cite(
      "第11条第2項",
      "2 本契約に係る利用権の譲渡の承認を受けようとするときは、当事者が連署した当社所定の書面により当社",
    ),
    cite(
      "第11条第3項",
      "3 当社は、前項の規定により本契約に係る利用権の譲渡の承認を求められたときは、次の場合を除いて、こ",
    ),
  ],
  pledge: [
    cite(
      "第12条",
      "別に定める場合を除き、本サービスの提供を受ける権利を第三者に譲渡、承継、売買、又は質権の設定その他",
    ),
  ],
  succession: [
    cite("第13条第1項", "にこれを証明する書類を添えて本サービス取扱所に届け出て頂きます。"),
    cite(
      "第13条第2項",
      "2 前項の場合に、地位を承継した者が 2 人以上あるときは、そのうちの 1 人を当社に対する代表者と定め、",
    ),
    cite(
      "第13条第5項",
      "5 本条第 1項または第 4項の手続きがなされない期間においては、本サービスの提供を行わないことがあり",
    ),
  ],
  notifyChanges: [
    cite("第15条第1項", "先に変更があったときは、そのことを速やかに本サービス取扱所に届け出ていただきます。"),
    cite(
      "第15条第3項",
      "3 第 1項の届出があったときは、当社は、その届出があった事実を証明する書類を提示していただくことが",
    ),
  ],
  changeEnvironment: [
    cite(
      "第35条第5項",
      "5 契約者が、本サービスを利用中に、通信環境を変更しようとする場合には、事前に当社に対し連絡し、",
    ),
    cite("第35条第5項", "許可を得るものとします。許可なく行われた通信環境の変更に起因するサービスの中断、停止は当社の"),
  ],
  qualifiedInvoice: [QUALIFIED_INVOICE_ON_REQUEST, QUALIFIED_INVOICE_FEE, POSTAGE_AT_COST("別紙4 4.⑵")],
  paymentCertificate: [CERTIFICATE_ON_REQUEST, CERTIFICATE_FEE, POSTAGE_AT_COST("別紙4 5.⑵")],
});

export const permissions: NonNullable<TermsBodyInput["permissions"]> = [
  {
    operation: "device.settings-change",
    label: { ja: "BizBox Server の設定変更", en: "Changing BizBox Server settings" },
    mode: "request",
    fee: { type: "unpriced", reason: NOT_STATED },
    documents: [
      {
        ja: "本人確認（企業名・住所・連絡先電話番号・申込書管理番号等）",
        en: "Identification (company name, address, phone number, application management number etc.)",
      },
    ],
    note: {
      ja: "契約者であることを特定した後の依頼は契約者の依頼とみなされ、当社は設定変更に伴う被害について責任を負いません。受付は営業日の 9:00～18:00 です。機器の管理画面で契約者自身が変更できる範囲は規約に定めがありません。",
      en: "A request made after identification counts as the customer's own, and NTT West accepts no liability for resulting damage. Requests are taken on business days 9:00–18:00. The terms do not say which settings the customer may change on the device's own admin screen.",
    },
    cite: [
      cite(
        "第35条第12項",
        "12 サポートに関して、契約者の企業名、住所、連絡先電話番号、申込書管理番号等で契約者であることを",
      ),
      cite(
        "第35条第12項",
        "特定した後、BizBox Serverに係る設定の変更等を依頼された場合は、契約者からの依頼であるとみな",
      ),
      SUPPORT_HOURS,
    ],
  },
  {
    operation: "support.operator-guided-work",
    label: {
      ja: "オペレータの説明に基づく契約者自身の作業",
      en: "Work the customer does following the operator's explanation",
    },
    mode: "self-service",
    note: {
      ja: "当社は作業内容を保証せず、作業に伴う被害について責任を負いません。",
      en: "NTT West does not guarantee the work and accepts no liability for damage from it.",
    },
    cite: [
      cite(
        "第35条第6項",
        "6 当社は、オペレータの説明に基づいて契約者が実施した作業、及び実施内容について保証するものでは",
      ),
      cite(
        "第35条第7項",
        "7 当社は、オペレータの説明に基づいて契約者が実施した作業に伴い生じる契約者の被害について、一切",
      ),
    ],
  },
  {
    operation: "network.upstream-device-settings",
    label: { ja: "上位ファイアウォール・ルータの設定変更", en: "Settings of the customer's upstream firewall/router" },
    mode: "self-service",
    note: {
      ja: "契約者所有の機器の設定は、当社の依頼に応じて契約者が行います。",
      en: "The customer configures its own devices at NTT West's request.",
    },
    cite: [
      cite("別紙1 3.2.1(3)", "するための設定の変更をお願いいたします。"),
      cite(
        "別紙1 3.2.3",
        "者所有のファイアウォールやルータ等のネットワーク機器に対して、設定変更をお願いする場合がございます。",
      ),
    ],
  },
  shared.changeEnvironment,
  {
    operation: "network.use-vpn-range",
    label: { ja: "172.19.0.0/16 を自ネットワークで使用する", en: "Using 172.19.0.0/16 in the customer's network" },
    mode: "not-allowed",
    note: {
      ja: "監視用の VPN 接続に使うため、提供開始後はネットワーク拡張等でも使用できません。",
      en: "Used for the monitoring VPN, so it may not be used after the service starts, also when extending the network.",
    },
    cite: [
      cite(
        "別紙1 3.2.2",
        "スを使用します。使用するアドレス帯は下記の通りで、お客さまは本サービス提供開始後、お客さまネットワー",
      ),
      cite("別紙1 3.2.2", "クの拡張等で下記のアドレス帯を使用することは出来ません。"),
      cite("別紙1 3.2.2", "VPN接続用： 172.19.0.0/16"),
    ],
  },
  {
    operation: "network.choose-management-address",
    label: { ja: "管理用アドレスを契約者が決める", en: "Choosing the management address" },
    mode: "not-allowed",
    note: {
      ja: "管理用アドレスは申込時に当社が払い出します。",
      en: "NTT West assigns the management address at application.",
    },
    cite: [cite("別紙1 3.2.1(2)", "(2)管理用アドレスは、サービス申込時に当社より払い出され、解約まで利用いたします。")],
  },
  ...shared.documents,
  ...shared.contract,
  {
    operation: "contract.cancel",
    label: { ja: "解約", en: "Cancelling the contract" },
    mode: "request",
    note: {
      ja: "あらかじめ当社所定の方法で申し出ます。最低通知期間・解約金の定めはありません。解約希望日が当社の確認完了日より前なら確認完了日が解約日です。",
      en: "Notify beforehand by NTT West's prescribed method. The terms set no minimum notice and no cancellation charge. If the desired date is before NTT West's confirmation date, the contract ends on the confirmation date.",
    },
    cite: [CANCEL_NOTICE, CANCEL_DESIRED, CANCEL_BEFORE_CONFIRMATION, CANCEL_CONFIRMATION_DAY],
  },
  {
    operation: "repair.urgent-onsite",
    label: { ja: "時間帯外の緊急オンサイト修理", en: "Urgent on-site repair outside the hours" },
    mode: "request",
    feeCode: "urgent-onsite-repair",
    note: {
      ja: "当社と契約者の双方が緊急に修理が必要と判断した場合に限ります。",
      en: "Only when NTT West and the customer both judge the repair urgent.",
    },
    cite: [ONSITE_NEXT_DAY, ONSITE_URGENT_AT_COST, ONSITE_AT_COST],
  },
];
