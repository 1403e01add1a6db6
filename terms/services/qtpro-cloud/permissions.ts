import type { TermsBodyInput } from "../../src/dsl/index.js";
import { QTNET_CALENDAR_ID } from "./calendars.js";
import {
  BANDWIDTH_BY_BUILDER,
  CANCELLATION,
  IN_SCOPE_PAID,
  LEAD_TIMES,
  LEAD_TIME_CLOSED,
  OUTSIDE_SCOPE,
  POWER_USER_SCOPE,
  POWER_USER_SELF,
  UNPRICED_REASON,
  WORK_FEE_PRICE_LIST,
  spec,
  terms,
} from "./cite.js";

// What the customer's power user may do in the OCF console (spec §11, §13), and what needs a request.

const UNPRICED = { type: "unpriced" as const, reason: UNPRICED_REASON };

const PARAMETER_SHEET = {
  ja: "すべてのリソース情報を記載したパラメータシート",
  en: "Parameter sheet with all resource details",
};

const APPLICATION_FORM = { ja: "申込書（書面）", en: "Application form (in writing)" };

const BUILD_PARAMETER_SHEET = {
  ja: "リソース情報を記載したパラメータシート（当社が構築する場合）",
  en: "Parameter sheet with the resource details (when QTnet builds)",
};

const BUILD_FEE = spec(
  "§12④",
  "当社への作業依頼費用は別紙価格表に記載する金額とし、リソース情報を記載したパラメータシートの提出を必須とする。",
);

const VM_OPERATIONS = spec("§13①", "仮想マシンの操作（作成/起動/停止/リソース変更/削除など）");

export const permissions: NonNullable<TermsBodyInput["permissions"]> = [
  // Spec §13①: the explicit list. "など" makes it illustrative; §11① is the general rule.
  ...(
    [
      ["ocf.vm.create", "仮想マシンの作成", "Create a virtual machine"],
      ["ocf.vm.start", "仮想マシンの起動", "Start a virtual machine"],
      ["ocf.vm.stop", "仮想マシンの停止", "Stop a virtual machine"],
      ["ocf.vm.resize", "仮想マシンのリソース変更", "Change a virtual machine's resources"],
      ["ocf.vm.delete", "仮想マシンの削除", "Delete a virtual machine"],
    ] as const
  ).map(([operation, ja, en]) => ({
    operation,
    label: { ja, en },
    actor: "power-user",
    mode: "self-service" as const,
    cite: [VM_OPERATIONS, POWER_USER_SELF],
  })),
  {
    operation: "ocf.virtual-router.configure",
    label: { ja: "仮想ルーターの設定変更（IP、NAT、FW など）", en: "Change virtual router settings (IP, NAT, FW …)" },
    actor: "power-user",
    mode: "self-service",
    cite: [spec("§13①", "仮想ルーターの設定変更（IP、NAT、FW など）"), POWER_USER_SELF],
  },
  ...(
    [
      ["ocf.iso.upload", "ISO のアップロード", "Upload an ISO", "ISO のアップロード、削除"],
      ["ocf.iso.delete", "ISO の削除", "Delete an ISO", "ISO のアップロード、削除"],
      ["ocf.template.create", "テンプレートの作成", "Create a template", "テンプレートの作成、削除"],
      ["ocf.template.delete", "テンプレートの削除", "Delete a template", "テンプレートの作成、削除"],
      ["ocf.network.create", "ネットワークの作成", "Create a network", "ネットワークの作成、設定変更、削除"],
      [
        "ocf.network.configure",
        "ネットワークの設定変更",
        "Change a network's settings",
        "ネットワークの作成、設定変更、削除",
      ],
      ["ocf.network.delete", "ネットワークの削除", "Delete a network", "ネットワークの作成、設定変更、削除"],
    ] as const
  ).map(([operation, ja, en, quote]) => ({
    operation,
    label: { ja, en },
    actor: "power-user",
    mode: "self-service" as const,
    cite: [spec("§13①", quote), POWER_USER_SELF],
  })),
  {
    operation: "ocf.console.other",
    label: {
      ja: "その他の OCF コンソール操作（下記の除外を除く）",
      en: "Other OCF console operations (except the exclusions below)",
    },
    actor: "power-user",
    mode: "self-service",
    note: {
      ja: "パワーユーザー権限では、契約申し込み（拠点追加）とアカウント全体のユーザー管理以外のすべての操作が可能です。一部の機能は即時デプロイの対象外です。",
      en: "The power user may do everything except contract applications (adding sites) and account-wide user management. Some functions are excluded from immediate deployment.",
    },
    cite: [
      spec(
        "§11 ■OCF ①",
        "“OCX Compute Fabric 個別規定 3.1 OCF コンソール”の通り。ロール設定のうち、パワーユーザー権限を契約者に開放する。",
      ),
      POWER_USER_SCOPE,
      spec(
        "§3②",
        "契約者は OCF コンソールを通じて、QD3 等の IaaS 基盤上へ即時にコンピューティングリソースを構築可能。（一部機能は除く）",
      ),
    ],
  },
  {
    operation: "ocf.user.self",
    label: {
      ja: "ログイン中の自身のユーザー情報の確認・編集",
      en: "View and edit the signed-in user's own information",
    },
    actor: "power-user",
    mode: "self-service",
    cite: [spec("§11 ■OCF ①", "ユーザー管理機能はログインしている自身のユーザー情報のみ、確認と編集が可能である。")],
  },
  {
    operation: "ocf.user.manage-account",
    label: { ja: "アカウント全体のユーザー管理", en: "Account-wide user management" },
    actor: "power-user",
    mode: "not-allowed",
    note: { ja: "パワーユーザー権限の対象外です。", en: "Outside the power-user role." },
    cite: [POWER_USER_SCOPE],
  },
  {
    operation: "ocf.contract.apply",
    label: {
      ja: "OCF コンソールでの契約申し込み（拠点追加）",
      en: "Contract application in the OCF console (adding a site)",
    },
    actor: "power-user",
    mode: "not-allowed",
    note: {
      ja: "パワーユーザー権限ではできません。拠点・リージョンの追加は当社への申込み（ocf.region.add）によります。",
      en: "Not possible with the power-user role; adding a site or region is an application to QTnet (ocf.region.add).",
    },
    cite: [POWER_USER_SCOPE],
  },
  {
    operation: "ocf.account-portal.admin",
    label: { ja: "OCF アカウントポータルの操作（アドミン権限）", en: "OCF account portal (admin role)" },
    mode: "self-service",
    cite: [
      spec(
        "§11 ■OCF ③",
        "“OCX Compute Fabric 個別規定 3.3 OCF アカウントポータル”の通り。ロール設定のうち、アドミン権限を契約者に開放する。",
      ),
    ],
  },
  {
    operation: "ocx.portal.operate",
    label: { ja: "OCX ポータルの操作", en: "Operate the OCX portal" },
    mode: "request",
    note: {
      ja: "OCX ポータルは当社が操作し、契約者にアカウントは払い出されません。",
      en: "QTnet operates the OCX portal; customers get no account.",
    },
    cite: [
      spec(
        "§11 ■OCX ①",
        "OCX ポータルの操作は当社で実施するため、契約者に OCX ポータルのアカウントは払い出しはしていない。",
      ),
    ],
  },
  {
    operation: "vm.bandwidth-limit",
    label: {
      ja: "仮想マシンの OS 上での帯域制限の設定（契約者が構築した場合）",
      en: "Set the bandwidth limit on the VM's OS (VMs the customer built)",
    },
    mode: "self-service",
    cite: [
      spec("§19①", "帯域制限の設定作業は、仮想マシンの構築者となる契約者が行うものとする。"),
      BANDWIDTH_BY_BUILDER,
    ],
  },
  {
    operation: "ocf.new-feature.use",
    label: { ja: "OCF の新機能の利用（契約者自身で）", en: "Use a new OCF feature (by the customer)" },
    mode: "self-service",
    cite: [
      spec(
        "§19②",
        "OCF サービスで新たにリリースされる機能（以下「新機能」という）は、BBIX による実装後、契約者自身で利用される場合、「QT PRO Cloud」としても利用可能とする。",
      ),
    ],
  },

  // Outside the power-user scope, or work asked of QTnet: requests.
  {
    operation: "closed-network.add",
    label: { ja: "各リージョンへの閉域接続の追加", en: "Add a closed connection to a region" },
    mode: "request",
    fee: UNPRICED,
    documents: [APPLICATION_FORM, BUILD_PARAMETER_SHEET],
    leadTime: { amount: 30, unit: "businessDays", calendar: QTNET_CALENDAR_ID },
    note: {
      ja: "パワーユーザー権限の範囲外のため、開通（スペックシート §12、本文の「6. 開通」は誤記）の手順で行います。変更に係る初期費用がかかります（第25条第2項）。",
      en: "Outside the power-user scope, so it follows the opening procedure (spec §12; the text's \"6. 開通\" is a misreference). The change's initial fee applies (第25条第2項).",
    },
    cite: [OUTSIDE_SCOPE, spec("§13②", "各リージョンへの閉域接続"), LEAD_TIMES, LEAD_TIME_CLOSED, BUILD_FEE],
  },
  {
    operation: "ocf.region.add",
    label: { ja: "OCF 別リージョンの契約", en: "Contract another OCF region" },
    mode: "request",
    fee: UNPRICED,
    documents: [APPLICATION_FORM, BUILD_PARAMETER_SHEET],
    leadTime: { amount: 20, unit: "businessDays", calendar: QTNET_CALENDAR_ID },
    note: {
      ja: "開通の手順によります（閉域接続も伴う場合は 30 営業日前まで）。",
      en: "Follows the opening procedure (30 business days ahead if it also needs a closed connection).",
    },
    cite: [OUTSIDE_SCOPE, spec("§13②", "OCF 別リージョンの契約"), LEAD_TIMES, BUILD_FEE],
  },
  {
    operation: "work.in-scope-change",
    label: {
      ja: "パワーユーザー権限の範囲内の変更作業を当社に依頼",
      en: "Ask QTnet to make a change within the power-user scope",
    },
    mode: "request",
    fee: UNPRICED,
    documents: [PARAMETER_SHEET],
    cite: [IN_SCOPE_PAID, WORK_FEE_PRICE_LIST],
  },
  {
    operation: "work.design",
    label: { ja: "設計自体の検討の依頼", en: "Ask QTnet to design the change" },
    mode: "request",
    fee: UNPRICED,
    note: { ja: "個別調整となります。", en: "Arranged individually." },
    cite: [
      spec(
        "§13②",
        "本項は契約者の設計に基づき変更作業を実施するものであり、設計自体の検討をご要望される場合は個別調整とする。",
      ),
    ],
  },
  {
    operation: "work.vm-build",
    label: { ja: "OCF 仮想マシンの構築を当社に依頼", en: "Ask QTnet to build the OCF virtual machines" },
    mode: "request",
    fee: UNPRICED,
    documents: [{ ja: "リソース情報を記載したパラメータシート", en: "Parameter sheet with the resource details" }],
    note: {
      ja: "申込受付後 15 営業日が開通の目標です（保証ではありません）。",
      en: "The target is 15 business days after acceptance (not a guarantee).",
    },
    cite: [
      spec("§12④", "契約者から構築依頼された場合、当社にて OCF コンソールにより設定する。"),
      BUILD_FEE,
      spec("§12④", "契約者から申込受付後、仮想マシン開通作業は 15 営業日を目標とする。"),
    ],
  },
  {
    operation: "work.ocx-circuit",
    label: { ja: "OCX 論理回線の開通を当社に依頼", en: "Ask QTnet to open the OCX logical circuit" },
    mode: "request",
    note: {
      ja: "申込受付後 25 営業日が開通の目標です（保証ではありません）。料金の記載は資料にありません。",
      en: "The target is 25 business days after acceptance (not a guarantee). The sources state no price.",
    },
    cite: [
      spec("§12③", "契約者から構築依頼された場合、当社にて OCX ポータルにより設定する。"),
      spec("§12③", "契約者から申込受付後、OCX 論理回線の開通は 25 営業日を目標とする。"),
    ],
  },
  {
    operation: "work.resource-deletion",
    label: { ja: "解約時の OCF リソース削除を当社に依頼", en: "Ask QTnet to delete the OCF resources at cancellation" },
    mode: "request",
    fee: UNPRICED,
    note: {
      ja: "本来は契約者が利用終了日までに削除します（第18条第1項）。削除しなかった場合は費用の全額が請求されます（第38条第2項）。",
      en: "The customer should delete them by the end date (第18条第1項); if not, the full cost is charged (第38条第2項).",
    },
    cite: [
      spec("§14②", "契約者で削除されず、当社に OCF リリース削除作業を依頼される場合は、有償で対応する。"),
      spec("§14②", "当社への作業依頼費用は別紙価格表に記載する金額とする。"),
    ],
  },
  {
    operation: "work.dns-operation",
    label: { ja: "DNS 運用代行の設定依頼", en: "DNS operation on the customer's behalf" },
    mode: "request",
    fee: UNPRICED,
    cite: [
      spec(
        "§12④",
        "また、DNS 運用代行の申し込みがある場合はパブリック IP アドレスが確定後、契約者より設定依頼を受領する。",
      ),
    ],
  },
  {
    operation: "work.os-menu",
    label: {
      ja: "OS 作業メニュー（RDP・SQL のインストール、帯域制限）",
      en: "OS work menus (RDP and SQL installation, bandwidth limiting)",
    },
    mode: "request",
    fee: UNPRICED,
    cite: [
      spec(
        "§20",
        "一部のメニュー（RDP や SQL のインストール及び帯域制限）を除いて、当社にてオペレーティングシステムにログインしてのサーバー再起動や操作代行、アプリケーション（OSS・ミドルウェア）のインストール方法や動作確認は行わない。",
      ),
    ],
  },
  {
    operation: "work.os-operation",
    label: {
      ja: "OS にログインしての再起動・操作代行、アプリケーションのインストール方法・動作確認",
      en: "OS login to restart or operate, application installation advice or checks",
    },
    mode: "not-allowed",
    note: {
      ja: "当社は行いません（上記メニューを除く）。",
      en: "QTnet does not do these (apart from the menus above).",
    },
    cite: [
      spec(
        "§20",
        "オペレーティングシステムご提供後のサポートについては、契約者自身で自由に設定を行っていただけるように管理者権限をお渡しするため、当社でのサポートは行わない。",
      ),
    ],
  },
  {
    operation: "vm.restart-on-fault",
    label: {
      ja: "障害時の仮想サーバーの起動・停止・再起動を当社に依頼",
      en: "Ask QTnet to start, stop or restart a virtual server during a fault",
    },
    mode: "request",
    note: { ja: "障害時に限ります。", en: "During faults only." },
    cite: [
      spec("§15⑦", "⑦ 契約者依頼による対応（障害時に限る）"),
      spec("§15⑦", "契約者の依頼により、OCF コンソールからの仮想サーバーの起動・停止・再起動を実施する。"),
    ],
  },
  {
    operation: "ocf.new-feature.request-work",
    label: { ja: "OCF の新機能に関する作業の依頼", en: "Ask QTnet for work on a new OCF feature" },
    mode: "request",
    note: {
      ja: "当社内の検証（3〜6 ヶ月程度）完了後に受付可能となり、開始時期は別途案内されます。",
      en: "Accepted only after QTnet's verification (about 3–6 months); the start is announced separately.",
    },
    cite: [
      spec(
        "§19②",
        "新機能に関し、契約者から当社への作業依頼は、BBIX による実装後、当社内における検証（3 ヶ月～6 ヶ月程度※）の完了をもって受付可能とし、その開始時期は別途案内を行うものとする。",
      ),
    ],
  },
  {
    operation: "ocf.byo-licence",
    label: { ja: "標準提供以外の有償ライセンスの持ち込み", en: "Bring a paid licence not offered as standard" },
    mode: "request",
    note: {
      ja: "BBIX（IDCF）との個別相談で認められた場合に限ります。",
      en: "Only when agreed with BBIX (IDCF) case by case.",
    },
    cite: [
      spec(
        "§10 ■OCF ③",
        "標準提供以外の有償ライセンスは BBIX (IDCF) と個別相談し持ち込みが認められた有償ライセンスは提供可能とする。",
      ),
    ],
  },

  // Contract-level acts.
  {
    operation: "contract.change",
    label: { ja: "契約内容の変更", en: "Change the contract" },
    mode: "request",
    documents: [
      {
        ja: "当社が別に定める書面、または OCF コンソールでの変更申込",
        en: "QTnet's form, or a change application in the OCF console",
      },
    ],
    note: {
      ja: "当社の承諾（コンソールでは承諾通知の発信、書面では受領確認通知の発信）で成立し、変更部分は提供開始日から課金されます。",
      en: "Formed when QTnet accepts (the console sends its acceptance notice, or QTnet sends its receipt confirmation); the changed part is billed from the day it is provided.",
    },
    cite: [
      terms(
        "第10条第1項",
        "契約者は、契約の内容の変更を希望する場合は、当社が別に定める書面により当社に届け出るもしくは、OCF コンソール画面にて変更申込手続きを行うものとします。",
      ),
      terms(
        "第10条第2項",
        "なお、OCF コンソール画面からの申込みの場合は OCF コンソール画面上で変更申込承諾の通知を発信した時点、書面による申込みの場合は当社が申込書の受領確認通知を発信した時点をもって承諾とみなします。",
      ),
      spec("§18③", "契約者から当社に依頼された契約内容の変更は申込書または OCF コンソール上での申込にて承る。"),
    ],
  },
  {
    operation: "contract.cancel",
    label: { ja: "解約", en: "Cancel the contract" },
    mode: "request",
    documents: [
      {
        ja: "解約申込書（書面、課金単位月の末日の 1 ヶ月前まで）",
        en: "Cancellation form (in writing, one month before a billing month's last day)",
      },
    ],
    leadTime: { amount: 1, unit: "months" },
    cite: [CANCELLATION, spec("§18⑤", "解約は解約申込書で承る。")],
  },
  {
    operation: "contract.cancel-force-majeure",
    label: { ja: "非常時・提供の中止による解除", en: "Terminate after an emergency or a suspension of provision" },
    mode: "request",
    documents: [{ ja: "書面による通知（到着した日に効力）", en: "Written notice (effective the day it arrives)" }],
    note: {
      ja: "第14条・第15条の事由で利用できず目的を達成できない場合に限ります。違約金の対象外です（第28条第2項）。この解除日は解約見積りでは計算されません。",
      en: "Only when 第14条 or 第15条 events defeat the contract's purpose. No early-termination penalty (第28条第2項). The cancellation quote does not compute this end date.",
    },
    cite: [
      terms("第18条第2項", "この場合、利用契約の解除は、当社に通知が到着した日に効力を発します。"),
      terms("第14条第2項", "この場合、当該解除は契約者の通知が当社に到着した日に効力を発するものとします。"),
    ],
  },
  {
    operation: "contract.change-details",
    label: { ja: "商号・住所の変更の届出", en: "Notify a change of trade name or address" },
    mode: "request",
    documents: [{ ja: "書面（速やかに）", en: "In writing (promptly)" }],
    cite: [
      terms("第13条第1項", "1. 契約者は、商号、又は住所に変更があった場合、速やかに書面で当社に届け出るものとします。"),
    ],
  },
  {
    operation: "contract.merger-succession",
    label: { ja: "合併による地位の承継の通知", en: "Notify succession by merger" },
    mode: "request",
    documents: [
      { ja: "承継を証明する書類（承継の日から 30 日以内）", en: "Proof of succession (within 30 days of it)" },
    ],
    cite: [terms("第12条第1項", "承継したことを証明する書類を添えて、承継の日から 30 日以内にその旨を当社に")],
  },
  {
    operation: "contract.assign",
    label: { ja: "契約に係る権利の譲渡", en: "Assign rights under the contract" },
    mode: "not-allowed",
    note: { ja: "当社が特別に認める場合を除きます。", en: "Unless QTnet specially allows it." },
    cite: [
      terms(
        "第11条",
        "契約者は、利用契約に基づき QT PRO Cloud サービスの提供を受ける権利等、この契約に係る一切の権利を第三者に譲渡することはできないものとします。",
      ),
    ],
  },
  {
    operation: "contract.resell",
    label: { ja: "第三者への再販売", en: "Resell the service to a third party" },
    mode: "not-allowed",
    cite: [
      terms("第23条", "契約者は、QT PRO Cloud サービスを利用して、第三者に本サービスを再販売することを禁止します。"),
    ],
  },
  {
    operation: "data.deletion-certificate",
    label: { ja: "データ消去証明書の発行", en: "Issue a data deletion certificate" },
    mode: "not-allowed",
    cite: [spec("§18⑤", "当社及び BBIX から契約者に向けてデータ消去の証明書等の発行は実施しない。")],
  },
  {
    operation: "data.copy-to-media",
    label: {
      ja: "当社による契約者データの外部媒体へのコピー",
      en: "QTnet copying the customer's data to external media",
    },
    mode: "not-allowed",
    cite: [spec("§18⑤", "当社による契約者データの外部媒体へのコピーなどは実施しない。")],
  },
  {
    operation: "fault.report",
    label: { ja: "障害報告書の提出", en: "Incident report" },
    mode: "not-allowed",
    cite: [spec("§19③", "障害時の報告書は提示しない。")],
  },
];
