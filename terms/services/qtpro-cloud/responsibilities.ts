import type { TermsBodyInput } from "../../src/dsl/index.js";
import { BANDWIDTH_BY_BUILDER, spec, terms } from "./cite.js";

// Who does what (spec §6, §7, §12–§15, §18–§20; terms 第20条, 第21条, 第29条, 第33条).

const SPEC_TABLE_HEADER = spec(
  "§15",
  "サービス名\t(契約者設備)\t(当社諸サービス)\tQT PRO Cloud (OCX部分)\tQT PRO Cloud (OCF部分)",
);

const SPEC_TABLE_MAINTENANCE = spec("§15", "保守監視\t契約者\t当社\tBBIX\tBBIX");

const SPEC_TABLE_ASSETS = spec("§15", "資産区分\t契約者\t当社\tBBIX\tBBIX");

export const parties: NonNullable<TermsBodyInput["parties"]> = [
  { id: "customer", name: { ja: "契約者", en: "Customer" } },
  { id: "qtnet", name: { ja: "当社（株式会社QTnet）", en: "QTnet (reseller)" } },
  { id: "bbix", name: { ja: "BBIX 株式会社（OCF・OCX の提供元）", en: "BBIX (provider of OCF and OCX)" } },
  {
    id: "fc-partner",
    name: { ja: "FC パートナー（他リージョンの事業者）", en: "FC partner (operator of another region)" },
  },
];

export const responsibilities: NonNullable<TermsBodyInput["responsibilities"]> = [
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
    duty: {
      ja: "SGW、QT PRO インターネットアクセス・DNS の障害に対応する",
      en: "Handle SGW, internet access and DNS faults",
    },
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
      spec(
        "§15④",
        "サービス停止時、またはその可能性が高い場合は、BBIX から契約者へ 30 分以内に OCF アカウントポータルからのメール通知及び OCF アカウントポータルへの情報掲載がされる。",
      ),
      spec(
        "§15④",
        "“OCX Compute Fabric 個別規定 4.2 障害通知およびメンテナンス情報”の重大度 2 相当の事象発生と定義する。",
      ),
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
      spec(
        "§15⑤",
        "計画メンテナンスによりサービスが停止する場合は、契約者に作業日の 4 週間前までに OCF アカウントポータルから BBIX によりメール通知及び OCF アカウントポータルへの情報掲載がされる。",
      ),
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
    cite: [
      spec(
        "§15⑥",
        "緊急メンテナンス（脆弱性対応、不具合対応）によりサービスが停止する場合は、契約者に OCF アカウントポータルからメール通知及び OCF アカウントポータルへの情報掲載がされる。",
      ),
    ],
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
      terms(
        "第39条第2項",
        "また、中断・停止等の原因調査の結果等を個別に回答する義務、ならびに調査報告書等を提出する義務も負わないものとします。",
      ),
    ],
  },
  // §6, §7, §10: infrastructure and connectivity.
  {
    area: { ja: "基盤", en: "Infrastructure" },
    duty: {
      ja: "仮想化基盤の構築・運用・リソース管理をすべて行う",
      en: "Build, run and manage the virtualisation infrastructure",
    },
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
      spec(
        "§6①",
        "当社が BBIX へ「QT PRO インターネットアクセス/DNS」を卸提供し、BBIX が機能を付加してメニュー化したものを、当社が再び卸を受けて契約者へ提供する。",
      ),
      spec("§10 ■OCF ⑨", "DNS 名前解決は、QTPRO インターネットアクセスの DNS サービスを提供する。"),
    ],
  },
  {
    area: { ja: "インターネット接続（他リージョン）", en: "Internet access (other regions)" },
    duty: { ja: "当該リージョンのインターネット回線を提供する", en: "Provide that region's internet line" },
    party: "fc-partner",
    cite: [
      spec(
        "§6②",
        "当社契約者が別リージョンを利用する際は、当該リージョンの FC パートナーが提供するインターネット回線を利用する。",
      ),
    ],
  },
  {
    area: { ja: "時刻同期", en: "Time synchronisation" },
    duty: {
      ja: "時刻同期は提供されないため、契約者が用意する",
      en: "Time sync is not provided: the customer arranges it",
    },
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
    cite: [
      terms(
        "第20条",
        "ソフトウェア、閉域回線サービス、インターネット接続サービス等は、この利用規約に基づき当社が提供するものを除き、契約者が自己の費用と責任において準備するものとします。",
      ),
    ],
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
    duty: {
      ja: "OCX 論理回線を OCX ポータルで設定する（OCX ポータルは当社のみが操作）",
      en: "Configure the OCX logical circuit in the OCX portal (only QTnet operates it)",
    },
    party: "qtnet",
    cite: [
      spec("§12③", "契約者から構築依頼された場合、当社にて OCX ポータルにより設定する。"),
      spec(
        "§11 ■OCX ①",
        "OCX ポータルの操作は当社で実施するため、契約者に OCX ポータルのアカウントは払い出しはしていない。",
      ),
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
    cite: [
      terms(
        "第18条第1項",
        "また利用契約を解除するにあたり、契約者は利用終了日までにOCFリソースの削除を実施するものとします。",
      ),
    ],
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
    duty: {
      ja: "解約時にデータを削除する（消去証明書は発行しない）",
      en: "Delete the data at cancellation (no deletion certificate)",
    },
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
    duty: {
      ja: "当社が構築した仮想マシンの帯域制限を設定する",
      en: "Set the bandwidth limit of virtual machines QTnet built",
    },
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
    cite: [
      spec(
        "§19①",
        "契約者拠点から SGW に接続する回線サービスの帯域増減設があった場合は、仮想マシンの帯域制限の設定変更は契約者自身で実施するものとする。",
      ),
    ],
  },
  {
    area: { ja: "OS サポート", en: "OS support" },
    duty: {
      ja: "引き渡し時点で OS が正常に動作することまでをサポートする",
      en: "Support the OS up to working at handover",
    },
    party: "qtnet",
    cite: [
      spec(
        "§20",
        "仮想サーバー内のオペレーティングシステムについては、引き渡し時点で正常に動作することまでをサポートする。",
      ),
    ],
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
    duty: {
      ja: "基盤設備の更新工事に伴う契約者側の作業費用を負担する",
      en: "Bear the cost of its own work caused by infrastructure renewal",
    },
    party: "customer",
    cite: [
      spec(
        "§19③",
        "本サービスの基盤設備の更新工事が必要となった場合、更新工事に伴う契約者側で発生する作業についての費用は契約者負担とする。",
      ),
    ],
  },
  // Terms: the customer's service area and data.
  {
    area: { ja: "契約者のサービス領域", en: "Customer's service area" },
    duty: {
      ja: "サービス領域内の一切の行為と結果に責任を負う",
      en: "Answer for everything done in its service area and the results",
    },
    party: "customer",
    cite: [
      terms(
        "第21条第1項",
        "契約者は、契約者が利用するサービス領域（以下「契約者のサービス領域」という。）内における一切の行為及びその結果について、その行為を契約者がなしたか否かを問わず、一切の責任を負うものとします。",
      ),
    ],
  },
  {
    area: { ja: "データ", en: "Data" },
    duty: {
      ja: "仮想サーバ等に保有するデータを自己の責任で管理・運営する",
      en: "Manage the data held on its virtual servers, at own responsibility",
    },
    party: "customer",
    cite: [
      terms(
        "第29条第1項",
        "契約者は、自己の責任において、第三者との関係における契約者サービス及び契約者が仮想サーバ等に保有するデータの管理・運営をおこなうものとします。",
      ),
    ],
  },
  {
    area: { ja: "ソフトウェア", en: "Software" },
    duty: {
      ja: "提供に必要なソフトウェアを必要と判断した場合に更新・修正する",
      en: "Update or patch the software the service needs, when it judges it necessary",
    },
    party: "qtnet",
    cite: [
      terms(
        "第33条",
        "当社は、本サービスの提供に必要なソフトウェアについて、必要と判断した場合に限り、バージョンアップや修正などの措置を実施できるものとします。",
      ),
    ],
  },
];
