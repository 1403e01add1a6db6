import type { TermsBodyInput } from "../../src/dsl/index.js";
import { parties, responsibilities as nttWestResponsibilities } from "../ntt-west-common/responsibilities.js";
import {
  BUSINESS_DAY_ANNEX2,
  BUSINESS_DAY_ANNEX2_NEXT,
  DUE_DATE,
  INITIAL_WORK,
  ONSITE_AT_COST,
  ONSITE_CUTOFF,
  ONSITE_NEXT_DAY,
  ONSITE_SAME_DAY,
  ONSITE_URGENT_AT_COST,
  SENDBACK_SHIPPING,
  SUPPORT_HOURS,
  USAGE_START,
  cite,
} from "./cite.js";

const shared = nttWestResponsibilities({
  environment: [
    cite("第14条", "契約者は対象ネットワークとインターネットとの通信が行われる環境を用意するものとします。"),
    cite("第3条", "対象ネットワーク 契約者または第三者が管理し、BizBox Serverを設置する論理ネットワー"),
  ],
  initialWork: [INITIAL_WORK, USAGE_START],
  billingAgent: [
    cite(
      "第34条",
      "下「請求事業者」といいます。）に対し、当社が別に定める場合を除き譲渡することを承認していただきます。",
    ),
    cite(
      "第34条",
      "この場合において、当社及び請求事業者は、契約者への個別の通知又は譲渡承認の請求を省略するものとしま",
    ),
  ],
});

export { parties };

export const responsibilities: NonNullable<TermsBodyInput["responsibilities"]> = [
  // Customer: environment and network.
  {
    area: { ja: "対象機器", en: "Device" },
    duty: {
      ja: "別紙3 の対象機器（BizBox Server）を導入している",
      en: "Have a device listed in 別紙3 (BizBox Server) installed",
    },
    party: "customer",
    cite: [cite("第7条第4項", "導入した契約者に限ります。")],
  },
  shared.environment,
  {
    area: { ja: "利用環境", en: "Environment" },
    duty: {
      ja: "利用回線に接続又は関連して利用し、BizBox Server を常時インターネットに接続できる状態にし、当社の設定作業時に利用回線を開通させておき、インターネット接続サービスを利用可能にしておく",
      en: "Use the service with the subscriber line, keep the BizBox Server permanently able to reach the internet, have the line open when NTT West does its setup work, and have an internet access service usable",
    },
    party: "customer",
    cite: [
      cite("第37条第1項第1号", "(1) 利用回線に接続又は関連して利用されること。"),
      cite("第37条第1項第2号", "(2) BizBox Serverが、常時インターネットに接続できる環境であること。"),
      cite("第37条第1項第3号", "(3) 本契約に係る利用回線が、本契約に係る当社の設定作業等の実施時に開通していること。"),
      cite(
        "第37条第1項第5号",
        "(5) 本サービスの提供を受ける時点で、インターネット接続サービス事業者が提供するインターネット",
      ),
    ],
  },
  {
    area: { ja: "設置環境・電源", en: "Site conditions and power" },
    duty: {
      ja: "BizBox Server に定められた温度・湿度・電源等の環境基準を保持し、仕様に従って運用する（設置場所・ケーブルの用意は規約に定めがありません）",
      en: "Keep the BizBox Server's temperature, humidity and power standards and operate it as specified (the terms say nothing about who provides the place or cables)",
    },
    party: "customer",
    cite: [
      cite("第37条第1項第6号", "(6) BizBox Serverに定められた温度、湿度、電源等の環境基準を保持すること。"),
      cite("第37条第1項第7号", "(7) BizBox Serverの仕様に従った運用を行うこと。"),
    ],
  },
  {
    area: { ja: "利用回線・設備", en: "Line and equipment" },
    duty: {
      ja: "利用回線その他の設備を自己の責任で保持・管理する（利用回線の料金は本サービスの料金に含まれません）",
      en: "Hold and manage the subscriber line and other equipment at own responsibility (the line's fees are not included)",
    },
    party: "customer",
    cite: [
      cite(
        "第40条第1項",
        "1 契約者は、自己の責任において、本サービスを利用するために必要な利用回線その他の設備を保持し管理",
      ),
      cite(
        "第40条第2項",
        "2 契約者が本サービスを利用するために必要な利用回線の利用料金は、本サービスの利用料金には含まれま",
      ),
    ],
  },
  {
    area: { ja: "IPアドレス", en: "IP addresses" },
    duty: {
      ja: "お客さま通信用に機器へ設定する IP アドレスを用意し、提供開始後は 172.19.0.0/16 を自ネットワークで使用しない",
      en: "Provide the IP addresses set on the device for the customer's traffic, and never use 172.19.0.0/16 in own network after the service starts",
    },
    party: "customer",
    cite: [
      cite(
        "別紙1 3.2.2",
        "IPアドレスはお客さまにてご用意ください。また、保守などのため、お客さま通信とは別に監視用に IPアドレ",
      ),
      cite("別紙1 3.2.2", "VPN接続用： 172.19.0.0/16"),
    ],
  },
  {
    area: { ja: "ネットワーク機器の設定", en: "Network device settings" },
    duty: {
      ja: "上位のファイアウォール・ルータ等を、BizBox Server が管理サーバ・当社と通信できるよう設定変更する（TCP 443、TCP/UDP 53、リモートアクセスには TCP 4631・4666 とインターネットから管理画面へのアクセス許可）",
      en: "Configure own upstream firewalls/routers so the BizBox Server can reach the management server and NTT West (TCP 443, TCP/UDP 53; for remote access TCP 4631 and 4666 and access from the internet to the admin screen)",
    },
    party: "customer",
    cite: [
      cite(
        "別紙1 3.2.1(3)",
        "在する場合、そのネットワーク機器に対して小型サーバ装置がインターネット上に存在する管理サーバと通信",
      ),
      cite(
        "別紙1 3.2.3",
        "者所有のファイアウォールやルータ等のネットワーク機器に対して、設定変更をお願いする場合がございます。",
      ),
      cite(
        "別紙1 3.2.3",
        "なお、リモートアクセスを行うには、インターネットへの通信の許可だけでなく、インターネットから BizBox",
      ),
      cite("別紙1 表3-2", "契約者－SOC間の VPN接続、アップデート通信 TCP 443"),
      cite("別紙1 表3-2", "アップデート用の名前解決 TCP 53、UDP 53"),
      cite("別紙1 表3-2", "TCP 4631"),
      cite("別紙1 表3-2", "TCP 4666"),
    ],
  },
  {
    area: { ja: "通信環境の変更", en: "Changing the network environment" },
    duty: {
      ja: "通信環境を変更する前に当社へ連絡し許可を得る",
      en: "Contact NTT West and get its permission before changing the communication environment",
    },
    party: "customer",
    cite: [
      cite(
        "第35条第5項",
        "5 契約者が、本サービスを利用中に、通信環境を変更しようとする場合には、事前に当社に対し連絡し、",
      ),
    ],
  },
  {
    area: { ja: "協力", en: "Cooperation" },
    duty: {
      ja: "当社の求めに応じて利用環境等の情報を提供し、機密情報の防護・消去を行い、障害切り分けに協力する",
      en: "On request, provide information incl. the usage environment, protect or erase confidential data beforehand, and help isolate faults",
    },
    party: "customer",
    cite: [
      cite(
        "第38条第1号",
        "(1) 当社の求めに応じた本サービス提供のために必要な情報（対象機器のご利用環境等を含みます。）の提",
      ),
      cite(
        "第38条第2号",
        "(2) サービス対象機器等に機密情報がある場合について、本サービスの提供前の契約者の責任におけるそれ",
      ),
      cite("別紙1 表3-1", "ご協力をいただく事もございます。"),
    ],
  },
  {
    area: { ja: "ID・パスワード", en: "Credentials" },
    duty: {
      ja: "ID・パスワード・申込書管理番号等を適正に管理する",
      en: "Manage IDs, passwords and the application management number properly",
    },
    party: "customer",
    cite: [
      cite(
        "第37条第2項第10号",
        "(10) 本サービスに利用する、ID、パスワードおよび申込書管理番号等の適正な管理に努めること。",
      ),
    ],
  },
  {
    area: { ja: "届出", en: "Notifications" },
    duty: {
      ja: "氏名・名称・住所・連絡先電話番号・電子メールアドレス・請求書送付先の変更を速やかに届け出る",
      en: "Promptly notify changes of name, address, phone number, e-mail address or invoice address",
    },
    party: "customer",
    cite: [cite("第15条第1項", "先に変更があったときは、そのことを速やかに本サービス取扱所に届け出ていただきます。")],
  },
  {
    area: { ja: "支払い", en: "Payment" },
    duty: {
      ja: "料金を当社が定める期日までに支払い、当社設備をき損した場合は修繕等の費用を支払う",
      en: "Pay the fees by the date NTT West sets, and pay repair costs for damaged NTT West facilities",
    },
    party: "customer",
    cite: [
      DUE_DATE,
      cite(
        "第37条第3項",
        "3 契約者は、前項の規定に違反して当社設備をき損したときには、当社が指定する期日までにその修繕その",
      ),
    ],
  },
  {
    area: { ja: "第三者への損害", en: "Damage to third parties" },
    duty: {
      ja: "第三者に与えた損害は自己の責任で解決する",
      en: "Resolve damage caused to third parties at own responsibility",
    },
    party: "customer",
    cite: [cite("第35条第8項", "は、自己の責任でこれを解決し、当社にいかなる責任も負担させないものとします。")],
  },
  // NTT West.
  {
    area: { ja: "サービスの提供", en: "Service" },
    duty: {
      ja: "別紙1（仕様書）に従い、お客さまネットワーク内の BizBox Server を遠隔で運用する",
      en: "Provide the service per 別紙1 (specification): operate the BizBox Server in the customer's network remotely",
    },
    party: "ntt-west",
    cite: [
      cite("第4条", "当社は、契約者に対し、別紙 1（Ｓｅｒｖｅｒサポート仕様書（以下「仕様書」といいます。））に定める"),
      cite("別紙1 3", "に BizBox Serverを設置し、その BizBox Serverを当社から遠隔で運用することにより提供いたします。"),
    ],
  },
  shared.initialWork,
  {
    area: { ja: "問い合わせ対応", en: "Inquiries" },
    duty: {
      ja: "サービス内容・技術質問・故障申告の電話問い合わせに、営業日の 9:00～18:00 に対応する（内容・時間帯により翌営業日以降）",
      en: "Answer phone inquiries (service, technical questions, fault reports) on business days 9:00–18:00 (possibly the next business day or later)",
    },
    party: "ntt-west",
    cite: [
      cite("別紙1 表3-1", "お客さまからのサービス内容や技術質問、故障申告などに関して"),
      cite("別紙1 表3-1", "電話にて問い合わせ対応を行います。"),
      SUPPORT_HOURS,
      BUSINESS_DAY_ANNEX2,
      BUSINESS_DAY_ANNEX2_NEXT,
    ],
  },
  {
    area: { ja: "アラート監視・障害切り分け", en: "Alert monitoring and fault isolation" },
    duty: {
      ja: "BizBox Server からのアラートメールを確認し障害切り分けを行う（営業日の 9:00～18:00。24時間365日の監視は規約に定めがありません）",
      en: "Check alert mails from the BizBox Server and isolate faults (business days 9:00–18:00; the terms state no 24/365 monitoring)",
    },
    party: "ntt-west",
    cite: [cite("別紙1 表3-1", "トメールを送信します。当社はアラートの内容を確認し、障害切り"), SUPPORT_HOURS],
  },
  {
    area: { ja: "先出しセンドバック保守", en: "Advance send-back replacement" },
    duty: {
      ja: "機器に問題があると判断した場合、代替機を先出しで送付する（受付日の翌営業日以降の発送。送料・故障機の返送は規約に定めがありません）",
      en: "When the device is judged faulty, ship a replacement in advance (shipped the business day after acceptance or later; shipping costs and the return of the faulty unit are not stated)",
    },
    party: "ntt-west",
    cite: [
      cite("別紙1 表3-1", "障害対応により BizBox Server に問題があると判断された場合、"),
      cite("別紙1 表3-1", "守の対応を行います。"),
      SENDBACK_SHIPPING,
    ],
  },
  {
    area: { ja: "オンサイト故障修理", en: "On-site repair" },
    duty: {
      ja: "設置場所での作業が必要な場合に訪問修理する（9:00～17:00 の受付は当日、時間帯外は翌日。緊急時は時間帯外も実費で派遣）",
      en: "Repair on site where needed (same day for notices 9:00–17:00, otherwise the next day; urgent dispatch outside the hours at actual cost)",
    },
    party: "ntt-west",
    cite: [
      cite("別紙1 表3-1", "BizBox Server設置場所での作業が必要である場合、当社より訪問"),
      cite("別紙1 表3-1", "して故障修理を実施します。"),
      ONSITE_CUTOFF,
      ONSITE_SAME_DAY,
      ONSITE_NEXT_DAY,
      ONSITE_URGENT_AT_COST,
      ONSITE_AT_COST,
    ],
  },
  {
    area: { ja: "VPN・管理用アドレス", en: "VPN and management address" },
    duty: {
      ja: "BizBox Server と当社の間に VPN を構築し、管理用アドレスを申込時に払い出して解約まで使用し、お客さまのアドレスと重複しないことを事前に確認する",
      en: "Build a VPN between the BizBox Server and NTT West; assign the management address at application, used until cancellation, checked in advance not to overlap the customer's addresses",
    },
    party: "ntt-west",
    cite: [
      cite("別紙1 3.2.1", "で VPNを構築します。"),
      cite("別紙1 3.2.1(2)", "(2)管理用アドレスは、サービス申込時に当社より払い出され、解約まで利用いたします。"),
      cite(
        "別紙1 3.2.1(2)",
        "また管理用アドレスはお客さまネットワーク内のアドレスと重複しないよう事前に確認を行います。",
      ),
    ],
  },
  {
    area: { ja: "アップデート", en: "Updates" },
    duty: { ja: "BizBox Server のアップデートを提供・実行する", en: "Provide and run BizBox Server updates" },
    party: "ntt-west",
    cite: [
      cite(
        "別紙1 3.2.3",
        "本サービスを提供するにあたり、当社より提供する BizBox Serverのアップデートの実行、または、当社への接",
      ),
    ],
  },
  {
    area: { ja: "通知・周知", en: "Notices" },
    duty: {
      ja: "利用中止の周知、利用停止の事前通知、提供終了の周知と終了日の通知、規約変更の通知を行う（緊急やむを得ない場合を除く）",
      en: "Announce interruptions, give notice of suspensions and of the end of the service with its date, and notify changes of the terms (save emergencies)",
    },
    party: "ntt-west",
    cite: [
      cite("第17条第2項", "その旨周知を行います。ただし、緊急やむを得ない場合は、この限りではありません。"),
      cite(
        "第18条第2項",
        "2 当社は、前項の規定により本サービスの利用停止をするときは、当社からあらかじめその理由、利用停止を",
      ),
      cite(
        "第20条第2項",
        "本サービスの提供を終了する日を契約者に通知し、当該終了日をもって本契約の解約日とします。ただし、",
      ),
      cite(
        "第2条",
        "が別に定める方法により当該変更の対象となる契約者に対しその契約内容を通知するものとします。ただし、こ",
      ),
    ],
  },
  {
    area: { ja: "保証しない事項", en: "No guarantees" },
    duty: {
      ja: "問い合わせの遅滞ない受付、問題の解決、BizBox Server が故障しないこと、データの可用性・完全性、当社設備・BizBox Server 以外に起因する対象ネットワーク障害は保証しない",
      en: "Does not guarantee answering without delay, solving problems, a fault-free BizBox Server, data availability or integrity, nor target-network faults not caused by its facilities or the BizBox Server",
    },
    party: "ntt-west",
    cite: [
      cite("第35条第1項", "1 当社は、契約者からの問合せを遅滞無く受け付けることを保証するものではありません。"),
      cite(
        "第35条第3項",
        "3 当社は、当社内の本サービス提供の為の設備および BizBox Server以外に起因する対象ネットワーク障",
      ),
      cite("第35条第4項第1号", "(1) BizBox Serverに全く故障が発生しないこと。"),
      cite("第35条第4項第2号", "(2)データの可用性、完全性"),
    ],
  },
  // Billing agent.
  shared.billingAgent,
];
