import type { TermsBodyInput } from "../../src/dsl/index.js";
import { QTNET_CALENDAR_ID } from "./calendars.js";
import {
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

// Who does what (spec §6, §7, §12–§15, §18–§20; terms 第20条, 第21条, 第29条, 第33条) and what the
// customer's power user may do in the OCF console (spec §11, §13).

const UNPRICED = { type: "unpriced" as const, reason: UNPRICED_REASON };
const PARAMETER_SHEET = { ja: "すべてのリソース情報を記載したパラメータシート", en: "Parameter sheet with all resource details" };
const APPLICATION_FORM = { ja: "申込書（書面）", en: "Application form (in writing)" };
const BUILD_PARAMETER_SHEET = {
  ja: "リソース情報を記載したパラメータシート（当社が構築する場合）",
  en: "Parameter sheet with the resource details (when QTnet builds)",
};
const BUILD_FEE = spec("§12④", "当社への作業依頼費用は別紙価格表に記載する金額とし、リソース情報を記載したパラメータシートの提出を必須とする。");

const SPEC_TABLE_HEADER = spec(
  "§15",
  "サービス名\t(契約者設備)\t(当社諸サービス)\tQT PRO Cloud (OCX部分)\tQT PRO Cloud (OCF部分)",
);
const SPEC_TABLE_MAINTENANCE = spec("§15", "保守監視\t契約者\t当社\tBBIX\tBBIX");
const SPEC_TABLE_ASSETS = spec("§15", "資産区分\t契約者\t当社\tBBIX\tBBIX");
const VM_OPERATIONS = spec("§13①", "仮想マシンの操作（作成/起動/停止/リソース変更/削除など）");
const BANDWIDTH_BY_BUILDER = spec("§19①", "※当社にて構築する場合は当社が設定し、契約者にて構築される場合は契約者自身で設定するものとする。");

export const responsibilities: Pick<TermsBodyInput, "parties" | "responsibilities" | "permissions"> = {
  parties: [
    { id: "customer", name: { ja: "契約者", en: "Customer" } },
    { id: "qtnet", name: { ja: "当社（株式会社QTnet）", en: "QTnet (reseller)" } },
    { id: "bbix", name: { ja: "BBIX 株式会社（OCF・OCX の提供元）", en: "BBIX (provider of OCF and OCX)" } },
    { id: "fc-partner", name: { ja: "FC パートナー（他リージョンの事業者）", en: "FC partner (operator of another region)" } },
  ],

  responsibilities: [
    // Spec §15 table: every row × column.
    ...(
      [
        ["保守監視", "Maintenance and monitoring", SPEC_TABLE_MAINTENANCE],
        ["資産区分", "Asset ownership", SPEC_TABLE_ASSETS],
      ] as const
    ).flatMap(([ja, en, row]) =>
      (
        [
          ["契約者設備", "customer equipment", "customer"],
          ["当社諸サービス", "QTnet's other services", "qtnet"],
          ["QT PRO Cloud（OCX 部分）", "QT PRO Cloud, OCX part", "bbix"],
          ["QT PRO Cloud（OCF 部分）", "QT PRO Cloud, OCF part", "bbix"],
        ] as const
      ).map(([colJa, colEn, party]) => ({
        area: { ja: `${ja}: ${colJa}`, en: `${en}: ${colEn}` },
        duty: { ja: `${colJa}の${ja}`, en: `${en} of the ${colEn}` },
        party,
        cite: [SPEC_TABLE_HEADER, row],
      })),
    ),
    {
      area: { ja: "区分（注記 ※1）", en: "Classification (note ※1)" },
      duty: {
        ja: "BBIX に卸した当社のインターネット接続サービスは OCF のサービスとしても扱う（表中に ※1 の付記はありません）",
        en: "QTnet's internet access wholesaled to BBIX is also classified as an OCF service (the table has no ※1 anchor)",
      },
      party: "qtnet",
      cite: [
        spec(
          "§15",
          "※1 当社のインターネット接続サービスをBBIXに卸したものをOCFのサービスとしてお客様に提供するため、サービス区分はOCFのサービスとしても扱う",
        ),
      ],
    },
    // §15①–⑧: monitoring, faults, notices, maintenance.
    {
      area: { ja: "設備監視（24 時間 365 日）", en: "Monitoring (24/365)" },
      duty: { ja: "OCF と OCX を監視する", en: "Monitor OCF and OCX" },
      party: "bbix",
      cite: [spec("§15①", "OCF と OCX は BBIX にて監視を実施。")],
    },
    {
      area: { ja: "設備監視（24 時間 365 日）", en: "Monitoring (24/365)" },
      duty: {
        ja: "SGW と、BBIX に卸提供している QT PRO インターネットアクセス・DNS を監視する",
        en: "Monitor the SGW and the QT PRO internet access and DNS wholesaled to BBIX",
      },
      party: "qtnet",
      cite: [spec("§15①", "SGW、BBIX に卸提供している QT PRO インターネットアクセス、DNS は当社で監視を実施。")],
    },
    {
      area: { ja: "障害受付（24 時間 365 日）", en: "Fault reception (24/365)" },
      duty: {
        ja: "OCF・OCX を含む障害連絡を電話・メールで一次受けし、OCF アカウントポータルで BBIX にエスカレーションする",
        en: "Take all fault reports first, OCF and OCX included, by phone and email, and escalate to BBIX through the OCF account portal",
      },
      party: "qtnet",
      cite: [
        spec("§15②", "② 障害受付時間"),
        spec("§15⑧", "OCF と OCX の障害連絡も当社で一次受けし、OCF アカウントポータルで BBIX にエスカレーションする。"),
        spec("§15⑧", "契約者からの障害連絡は、電話およびメールでの受付とする。"),
      ],
    },
    {
      area: { ja: "障害対応（24 時間 365 日）", en: "Fault handling (24/365)" },
      duty: { ja: "OCF と OCX の障害に対応する", en: "Handle OCF and OCX faults" },
      party: "bbix",
      cite: [spec("§15③", "OCF と OCX は BBIX にて対応。")],
    },
    {
      area: { ja: "障害対応（24 時間 365 日）", en: "Fault handling (24/365)" },
      duty: { ja: "SGW、QT PRO インターネットアクセス・DNS の障害に対応する", en: "Handle SGW, internet access and DNS faults" },
      party: "qtnet",
      cite: [spec("§15③", "SGW、BBIX に卸提供している QT PRO インターネットアクセス、DNS は当社にて対応。")],
    },
    {
      area: { ja: "障害対応", en: "Fault handling" },
      duty: {
        ja: "契約者の設定や使用方法が原因の契約者個別の障害は対象外（契約者が対応する）",
        en: "Faults caused by the customer's own settings or usage are out of scope (the customer's own)",
      },
      party: "customer",
      cite: [spec("§15③", "契約者設定起因や使用方法が原因での契約者個別の障害については対象外となる。")],
    },
    {
      area: { ja: "障害通知", en: "Fault notices" },
      duty: {
        ja: "サービス停止時（重大度 1）またはその可能性が高い場合（重大度 2）に、30 分以内に OCF アカウントポータルからメール通知し情報を掲載する（当社から直接の通知はありません）",
        en: "Within 30 minutes of a service stop (severity 1) or a likely stop (severity 2), email from and post on the OCF account portal (QTnet sends no notice itself)",
      },
      party: "bbix",
      cite: [
        spec("§15④", "当社から直接契約者へ障害通知の連絡は実施しない。"),
        spec("§15④", "サービス停止時、またはその可能性が高い場合は、BBIX から契約者へ 30 分以内に OCF アカウントポータルからのメール通知及び OCF アカウントポータルへの情報掲載がされる。"),
        spec("§15④", "“OCX Compute Fabric 個別規定 4.2 障害通知およびメンテナンス情報”の重大度 2 相当の事象発生と定義する。"),
      ],
    },
    {
      area: { ja: "計画メンテナンス", en: "Planned maintenance" },
      duty: {
        ja: "サービスが停止する計画メンテナンスを作業日の 4 週間前までに OCF アカウントポータルから通知・掲載する",
        en: "Announce planned maintenance that stops the service at least 4 weeks before the work day, through the OCF account portal",
      },
      party: "bbix",
      cite: [
        spec("§15⑤", "計画メンテナンスによりサービスが停止する場合は、契約者に作業日の 4 週間前までに OCF アカウントポータルから BBIX によりメール通知及び OCF アカウントポータルへの情報掲載がされる。"),
        terms("第15条第2項", "但し、緊急やむを得ない場合は、この限りではないものとします。"),
      ],
    },
    {
      area: { ja: "緊急メンテナンス", en: "Emergency maintenance" },
      duty: {
        ja: "脆弱性対応・不具合対応の緊急メンテナンスを OCF アカウントポータルから通知・掲載する（事前期間の定めなし）",
        en: "Announce emergency maintenance (vulnerabilities, bugs) through the OCF account portal, with no fixed lead time",
      },
      party: "bbix",
      cite: [spec("§15⑥", "緊急メンテナンス（脆弱性対応、不具合対応）によりサービスが停止する場合は、契約者に OCF アカウントポータルからメール通知及び OCF アカウントポータルへの情報掲載がされる。")],
    },
    {
      area: { ja: "障害時の依頼対応", en: "On request during faults" },
      duty: {
        ja: "障害時に限り、契約者の依頼により OCF コンソールから仮想サーバーを起動・停止・再起動する",
        en: "During faults only, start, stop or restart a virtual server from the OCF console at the customer's request",
      },
      party: "qtnet",
      cite: [spec("§15⑦", "契約者の依頼により、OCF コンソールからの仮想サーバーの起動・停止・再起動を実施する。")],
    },
    {
      area: { ja: "障害報告", en: "Incident reports" },
      duty: {
        ja: "障害時の報告書は提示せず、原因調査の結果を個別に回答する義務も負わない",
        en: "No incident reports, and no duty to answer individually about the cause",
      },
      party: "qtnet",
      cite: [
        spec("§19③", "障害時の報告書は提示しない。"),
        terms("第39条第2項", "また、中断・停止等の原因調査の結果等を個別に回答する義務、ならびに調査報告書等を提出する義務も負わないものとします。"),
      ],
    },
    // §6, §7, §10: infrastructure and connectivity.
    {
      area: { ja: "基盤", en: "Infrastructure" },
      duty: { ja: "仮想化基盤の構築・運用・リソース管理をすべて行う", en: "Build, run and manage the virtualisation infrastructure" },
      party: "bbix",
      cite: [spec("§7①", "仮想化基盤の構築、運用、およびリソース管理は、すべて BBIX が実施する。")],
    },
    {
      area: { ja: "インターネット接続（福岡リージョン）", en: "Internet access (Fukuoka region)" },
      duty: {
        ja: "QT PRO インターネットアクセス/DNS を BBIX に卸提供し、再び卸を受けて契約者へ提供する（DNS 名前解決を含む）",
        en: "Provide QT PRO internet access and DNS, wholesaled through BBIX (DNS name resolution included)",
      },
      party: "qtnet",
      cite: [
        spec("§6①", "当社が BBIX へ「QT PRO インターネットアクセス/DNS」を卸提供し、BBIX が機能を付加してメニュー化したものを、当社が再び卸を受けて契約者へ提供する。"),
        spec("§10 ■OCF ⑨", "DNS 名前解決は、QTPRO インターネットアクセスの DNS サービスを提供する。"),
      ],
    },
    {
      area: { ja: "インターネット接続（他リージョン）", en: "Internet access (other regions)" },
      duty: { ja: "当該リージョンのインターネット回線を提供する", en: "Provide that region's internet line" },
      party: "fc-partner",
      cite: [spec("§6②", "当社契約者が別リージョンを利用する際は、当該リージョンの FC パートナーが提供するインターネット回線を利用する。")],
    },
    {
      area: { ja: "時刻同期", en: "Time synchronisation" },
      duty: { ja: "時刻同期は提供されないため、契約者が用意する", en: "Time sync is not provided: the customer arranges it" },
      party: "customer",
      cite: [spec("§10 ■OCF ⑨", "時刻同期は、QT PRO Cloud ではサービス提供しない。")],
    },
    {
      area: { ja: "契約者の設備", en: "Customer equipment" },
      duty: {
        ja: "必要な機器・ソフトウェア・閉域回線サービス・インターネット接続サービス等を自己の費用と責任で準備する",
        en: "Provide the equipment, software, closed lines and internet access needed, at own cost and responsibility",
      },
      party: "customer",
      cite: [terms("第20条", "ソフトウェア、閉域回線サービス、インターネット接続サービス等は、この利用規約に基づき当社が提供するものを除き、契約者が自己の費用と責任において準備するものとします。")],
    },
    // §12 opening and §14 cancellation.
    {
      area: { ja: "開通", en: "Opening" },
      duty: {
        ja: "BBIX に OCF アカウントの新規作成を依頼し、仮想マシンの開通後に契約者の OCF コンソール・OCF アカウントポータルのユーザを作成する",
        en: "Ask BBIX to create the OCF account, and create the customer's OCF console and account-portal users after the virtual machines are live",
      },
      party: "qtnet",
      cite: [
        spec("§12②", "当社より BBIX に OCF アカウントの新規作成を依頼する。"),
        spec("§12②", "ユーザ作成完了通知は OCF のシステムから契約者のユーザアドレスにメールで通知される。"),
      ],
    },
    {
      area: { ja: "開通", en: "Opening" },
      duty: { ja: "OCX 論理回線を OCX ポータルで設定する（OCX ポータルは当社のみが操作）", en: "Configure the OCX logical circuit in the OCX portal (only QTnet operates it)" },
      party: "qtnet",
      cite: [
        spec("§12③", "契約者から構築依頼された場合、当社にて OCX ポータルにより設定する。"),
        spec("§11 ■OCX ①", "OCX ポータルの操作は当社で実施するため、契約者に OCX ポータルのアカウントは払い出しはしていない。"),
      ],
    },
    {
      area: { ja: "開通", en: "Opening" },
      duty: {
        ja: "構築の依頼がない場合、仮想マシンは契約者が構築する（当社は構築しない）",
        en: "Without a build request the customer builds its virtual machines (QTnet builds none)",
      },
      party: "customer",
      cite: [spec("§12④", "契約者から構築依頼がない場合、当社で仮想マシンの構築は実施しない。")],
    },
    {
      area: { ja: "解約", en: "Cancellation" },
      duty: { ja: "利用終了日までに OCF リソースを削除する", en: "Delete the OCF resources by the end date" },
      party: "customer",
      cite: [terms("第18条第1項", "また利用契約を解除するにあたり、契約者は利用終了日までにOCFリソースの削除を実施するものとします。")],
    },
    {
      area: { ja: "解約", en: "Cancellation" },
      duty: {
        ja: "OCX リソース・SGW 設定・ユーザ情報を削除し、BBIX に OCF アカウントの解約を依頼する",
        en: "Delete the OCX resources, SGW settings and user information, and ask BBIX to close the OCF account",
      },
      party: "qtnet",
      cite: [
        spec("§14②", "OCF リソース削除後に当社で OCX リソース削除及び SGW 設定削除を実施する。"),
        spec("§14③", "当社より BBIX に OCF アカウントの解約を依頼する。"),
      ],
    },
    {
      area: { ja: "解約", en: "Cancellation" },
      duty: { ja: "解約時にデータを削除する（消去証明書は発行しない）", en: "Delete the data at cancellation (no deletion certificate)" },
      party: "bbix",
      cite: [
        spec("§18⑤", "本サービス解約時は、BBIX が責任をもってデータを削除する。"),
        spec("§18⑤", "当社及び BBIX から契約者に向けてデータ消去の証明書等の発行は実施しない。"),
      ],
    },
    // §19, §20: bandwidth limiting, OS support.
    {
      area: { ja: "帯域制限（仮想マシンの OS 上）", en: "Bandwidth limiting (on the VM's OS)" },
      duty: {
        ja: "契約者が構築した仮想マシンの帯域制限を、SGW に接続する回線の帯域（複数回線なら最大の 1 回線分）と同等に設定する",
        en: "Set the bandwidth limit of virtual machines the customer built to the bandwidth of its line to the SGW (the largest single line if several)",
      },
      party: "customer",
      cite: [
        spec("§19①", "設定する帯域値は、契約者拠点から SGW に接続する回線サービスの帯域と同等とする。"),
        BANDWIDTH_BY_BUILDER,
      ],
    },
    {
      area: { ja: "帯域制限（仮想マシンの OS 上）", en: "Bandwidth limiting (on the VM's OS)" },
      duty: { ja: "当社が構築した仮想マシンの帯域制限を設定する", en: "Set the bandwidth limit of virtual machines QTnet built" },
      party: "qtnet",
      cite: [BANDWIDTH_BY_BUILDER],
    },
    {
      area: { ja: "帯域制限（仮想マシンの OS 上）", en: "Bandwidth limiting (on the VM's OS)" },
      duty: {
        ja: "SGW に接続する回線の帯域を増減した場合、仮想マシンの帯域制限の設定を変更する",
        en: "Update the VM bandwidth limit after changing the bandwidth of the line to the SGW",
      },
      party: "customer",
      cite: [spec("§19①", "契約者拠点から SGW に接続する回線サービスの帯域増減設があった場合は、仮想マシンの帯域制限の設定変更は契約者自身で実施するものとする。")],
    },
    {
      area: { ja: "OS サポート", en: "OS support" },
      duty: { ja: "引き渡し時点で OS が正常に動作することまでをサポートする", en: "Support the OS up to working at handover" },
      party: "qtnet",
      cite: [spec("§20", "仮想サーバー内のオペレーティングシステムについては、引き渡し時点で正常に動作することまでをサポートする。")],
    },
    {
      area: { ja: "OS のセキュリティ", en: "OS security" },
      duty: {
        ja: "OS のセキュリティ対策と脆弱性情報の収集を行う",
        en: "Secure the OS and gather vulnerability information",
      },
      party: "customer",
      cite: [
        spec("§20", "このため、オペレーティングシステムのセキュリティ対策は契約者にて実施いただく必要がある。"),
        spec("§20", "また、オペレーティングシステムの脆弱性に関する情報収集も契約者にて実施いただく。"),
      ],
    },
    {
      area: { ja: "基盤更新", en: "Infrastructure renewal" },
      duty: { ja: "基盤設備の更新工事に伴う契約者側の作業費用を負担する", en: "Bear the cost of its own work caused by infrastructure renewal" },
      party: "customer",
      cite: [spec("§19③", "本サービスの基盤設備の更新工事が必要となった場合、更新工事に伴う契約者側で発生する作業についての費用は契約者負担とする。")],
    },
    // Terms: the customer's service area and data.
    {
      area: { ja: "契約者のサービス領域", en: "Customer's service area" },
      duty: { ja: "サービス領域内の一切の行為と結果に責任を負う", en: "Answer for everything done in its service area and the results" },
      party: "customer",
      cite: [terms("第21条第1項", "契約者は、契約者が利用するサービス領域（以下「契約者のサービス領域」という。）内における一切の行為及びその結果について、その行為を契約者がなしたか否かを問わず、一切の責任を負うものとします。")],
    },
    {
      area: { ja: "データ", en: "Data" },
      duty: { ja: "仮想サーバ等に保有するデータを自己の責任で管理・運営する", en: "Manage the data held on its virtual servers, at own responsibility" },
      party: "customer",
      cite: [terms("第29条第1項", "契約者は、自己の責任において、第三者との関係における契約者サービス及び契約者が仮想サーバ等に保有するデータの管理・運営をおこなうものとします。")],
    },
    {
      area: { ja: "ソフトウェア", en: "Software" },
      duty: { ja: "提供に必要なソフトウェアを必要と判断した場合に更新・修正する", en: "Update or patch the software the service needs, when it judges it necessary" },
      party: "qtnet",
      cite: [terms("第33条", "当社は、本サービスの提供に必要なソフトウェアについて、必要と判断した場合に限り、バージョンアップや修正などの措置を実施できるものとします。")],
    },
  ],

  permissions: [
    // Spec §13①: the explicit list. "など" makes it illustrative; §11① is the general rule.
    ...(
      [
        ["ocf.vm.create", "仮想マシンの作成", "Create a virtual machine"],
        ["ocf.vm.start", "仮想マシンの起動", "Start a virtual machine"],
        ["ocf.vm.stop", "仮想マシンの停止", "Stop a virtual machine"],
        ["ocf.vm.resize", "仮想マシンのリソース変更", "Change a virtual machine's resources"],
        ["ocf.vm.delete", "仮想マシンの削除", "Delete a virtual machine"],
      ] as const
    ).map(([operation, ja, en]) => ({ operation, label: { ja, en }, actor: "power-user", mode: "self-service" as const, cite: [VM_OPERATIONS, POWER_USER_SELF] })),
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
        ["ocf.network.configure", "ネットワークの設定変更", "Change a network's settings", "ネットワークの作成、設定変更、削除"],
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
      label: { ja: "その他の OCF コンソール操作（下記の除外を除く）", en: "Other OCF console operations (except the exclusions below)" },
      actor: "power-user",
      mode: "self-service",
      note: {
        ja: "パワーユーザー権限では、契約申し込み（拠点追加）とアカウント全体のユーザー管理以外のすべての操作が可能です。一部の機能は即時デプロイの対象外です。",
        en: "The power user may do everything except contract applications (adding sites) and account-wide user management. Some functions are excluded from immediate deployment.",
      },
      cite: [
        spec("§11 ■OCF ①", "“OCX Compute Fabric 個別規定 3.1 OCF コンソール”の通り。ロール設定のうち、パワーユーザー権限を契約者に開放する。"),
        POWER_USER_SCOPE,
        spec("§3②", "契約者は OCF コンソールを通じて、QD3 等の IaaS 基盤上へ即時にコンピューティングリソースを構築可能。（一部機能は除く）"),
      ],
    },
    {
      operation: "ocf.user.self",
      label: { ja: "ログイン中の自身のユーザー情報の確認・編集", en: "View and edit the signed-in user's own information" },
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
      label: { ja: "OCF コンソールでの契約申し込み（拠点追加）", en: "Contract application in the OCF console (adding a site)" },
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
      cite: [spec("§11 ■OCF ③", "“OCX Compute Fabric 個別規定 3.3 OCF アカウントポータル”の通り。ロール設定のうち、アドミン権限を契約者に開放する。")],
    },
    {
      operation: "ocx.portal.operate",
      label: { ja: "OCX ポータルの操作", en: "Operate the OCX portal" },
      mode: "request",
      note: {
        ja: "OCX ポータルは当社が操作し、契約者にアカウントは払い出されません。",
        en: "QTnet operates the OCX portal; customers get no account.",
      },
      cite: [spec("§11 ■OCX ①", "OCX ポータルの操作は当社で実施するため、契約者に OCX ポータルのアカウントは払い出しはしていない。")],
    },
    {
      operation: "vm.bandwidth-limit",
      label: { ja: "仮想マシンの OS 上での帯域制限の設定（契約者が構築した場合）", en: "Set the bandwidth limit on the VM's OS (VMs the customer built)" },
      mode: "self-service",
      cite: [spec("§19①", "帯域制限の設定作業は、仮想マシンの構築者となる契約者が行うものとする。"), BANDWIDTH_BY_BUILDER],
    },
    {
      operation: "ocf.new-feature.use",
      label: { ja: "OCF の新機能の利用（契約者自身で）", en: "Use a new OCF feature (by the customer)" },
      mode: "self-service",
      cite: [spec("§19②", "OCF サービスで新たにリリースされる機能（以下「新機能」という）は、BBIX による実装後、契約者自身で利用される場合、「QT PRO Cloud」としても利用可能とする。")],
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
      label: { ja: "パワーユーザー権限の範囲内の変更作業を当社に依頼", en: "Ask QTnet to make a change within the power-user scope" },
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
      cite: [spec("§13②", "本項は契約者の設計に基づき変更作業を実施するものであり、設計自体の検討をご要望される場合は個別調整とする。")],
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
      cite: [spec("§12④", "また、DNS 運用代行の申し込みがある場合はパブリック IP アドレスが確定後、契約者より設定依頼を受領する。")],
    },
    {
      operation: "work.os-menu",
      label: { ja: "OS 作業メニュー（RDP・SQL のインストール、帯域制限）", en: "OS work menus (RDP and SQL installation, bandwidth limiting)" },
      mode: "request",
      fee: UNPRICED,
      cite: [spec("§20", "一部のメニュー（RDP や SQL のインストール及び帯域制限）を除いて、当社にてオペレーティングシステムにログインしてのサーバー再起動や操作代行、アプリケーション（OSS・ミドルウェア）のインストール方法や動作確認は行わない。")],
    },
    {
      operation: "work.os-operation",
      label: { ja: "OS にログインしての再起動・操作代行、アプリケーションのインストール方法・動作確認", en: "OS login to restart or operate, application installation advice or checks" },
      mode: "not-allowed",
      note: { ja: "当社は行いません（上記メニューを除く）。", en: "QTnet does not do these (apart from the menus above)." },
      cite: [spec("§20", "オペレーティングシステムご提供後のサポートについては、契約者自身で自由に設定を行っていただけるように管理者権限をお渡しするため、当社でのサポートは行わない。")],
    },
    {
      operation: "vm.restart-on-fault",
      label: { ja: "障害時の仮想サーバーの起動・停止・再起動を当社に依頼", en: "Ask QTnet to start, stop or restart a virtual server during a fault" },
      mode: "request",
      note: { ja: "障害時に限ります。", en: "During faults only." },
      cite: [spec("§15⑦", "⑦ 契約者依頼による対応（障害時に限る）"), spec("§15⑦", "契約者の依頼により、OCF コンソールからの仮想サーバーの起動・停止・再起動を実施する。")],
    },
    {
      operation: "ocf.new-feature.request-work",
      label: { ja: "OCF の新機能に関する作業の依頼", en: "Ask QTnet for work on a new OCF feature" },
      mode: "request",
      note: {
        ja: "当社内の検証（3〜6 ヶ月程度）完了後に受付可能となり、開始時期は別途案内されます。",
        en: "Accepted only after QTnet's verification (about 3–6 months); the start is announced separately.",
      },
      cite: [spec("§19②", "新機能に関し、契約者から当社への作業依頼は、BBIX による実装後、当社内における検証（3 ヶ月～6 ヶ月程度※）の完了をもって受付可能とし、その開始時期は別途案内を行うものとする。")],
    },
    {
      operation: "ocf.byo-licence",
      label: { ja: "標準提供以外の有償ライセンスの持ち込み", en: "Bring a paid licence not offered as standard" },
      mode: "request",
      note: { ja: "BBIX（IDCF）との個別相談で認められた場合に限ります。", en: "Only when agreed with BBIX (IDCF) case by case." },
      cite: [spec("§10 ■OCF ③", "標準提供以外の有償ライセンスは BBIX (IDCF) と個別相談し持ち込みが認められた有償ライセンスは提供可能とする。")],
    },

    // Contract-level acts.
    {
      operation: "contract.change",
      label: { ja: "契約内容の変更", en: "Change the contract" },
      mode: "request",
      documents: [{ ja: "当社が別に定める書面、または OCF コンソールでの変更申込", en: "QTnet's form, or a change application in the OCF console" }],
      note: {
        ja: "当社の承諾（コンソールでは承諾通知の発信、書面では受領確認通知の発信）で成立し、変更部分は提供開始日から課金されます。",
        en: "Formed when QTnet accepts (the console sends its acceptance notice, or QTnet sends its receipt confirmation); the changed part is billed from the day it is provided.",
      },
      cite: [
        terms("第10条第1項", "契約者は、契約の内容の変更を希望する場合は、当社が別に定める書面により当社に届け出るもしくは、OCF コンソール画面にて変更申込手続きを行うものとします。"),
        terms("第10条第2項", "なお、OCF コンソール画面からの申込みの場合は OCF コンソール画面上で変更申込承諾の通知を発信した時点、書面による申込みの場合は当社が申込書の受領確認通知を発信した時点をもって承諾とみなします。"),
        spec("§18③", "契約者から当社に依頼された契約内容の変更は申込書または OCF コンソール上での申込にて承る。"),
      ],
    },
    {
      operation: "contract.cancel",
      label: { ja: "解約", en: "Cancel the contract" },
      mode: "request",
      documents: [{ ja: "解約申込書（書面、課金単位月の末日の 1 ヶ月前まで）", en: "Cancellation form (in writing, one month before a billing month's last day)" }],
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
      cite: [terms("第13条第1項", "1. 契約者は、商号、又は住所に変更があった場合、速やかに書面で当社に届け出るものとします。")],
    },
    {
      operation: "contract.merger-succession",
      label: { ja: "合併による地位の承継の通知", en: "Notify succession by merger" },
      mode: "request",
      documents: [{ ja: "承継を証明する書類（承継の日から 30 日以内）", en: "Proof of succession (within 30 days of it)" }],
      cite: [terms("第12条第1項", "承継したことを証明する書類を添えて、承継の日から 30 日以内にその旨を当社に")],
    },
    {
      operation: "contract.assign",
      label: { ja: "契約に係る権利の譲渡", en: "Assign rights under the contract" },
      mode: "not-allowed",
      note: { ja: "当社が特別に認める場合を除きます。", en: "Unless QTnet specially allows it." },
      cite: [terms("第11条", "契約者は、利用契約に基づき QT PRO Cloud サービスの提供を受ける権利等、この契約に係る一切の権利を第三者に譲渡することはできないものとします。")],
    },
    {
      operation: "contract.resell",
      label: { ja: "第三者への再販売", en: "Resell the service to a third party" },
      mode: "not-allowed",
      cite: [terms("第23条", "契約者は、QT PRO Cloud サービスを利用して、第三者に本サービスを再販売することを禁止します。")],
    },
    {
      operation: "data.deletion-certificate",
      label: { ja: "データ消去証明書の発行", en: "Issue a data deletion certificate" },
      mode: "not-allowed",
      cite: [spec("§18⑤", "当社及び BBIX から契約者に向けてデータ消去の証明書等の発行は実施しない。")],
    },
    {
      operation: "data.copy-to-media",
      label: { ja: "当社による契約者データの外部媒体へのコピー", en: "QTnet copying the customer's data to external media" },
      mode: "not-allowed",
      cite: [spec("§18⑤", "当社による契約者データの外部媒体へのコピーなどは実施しない。")],
    },
    {
      operation: "fault.report",
      label: { ja: "障害報告書の提出", en: "Incident report" },
      mode: "not-allowed",
      cite: [spec("§19③", "障害時の報告書は提示しない。")],
    },
  ],
};
