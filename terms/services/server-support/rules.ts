import type { TermsBodyInput, TermLimitInput } from "../../src/dsl/index.js";
import { STATUTORY_RATE_BEYOND_KNOWN, STATUTORY_RATE_KNOWN_THROUGH, STATUTORY_RATES } from "../common/calendars.js";
import { BUSINESS_DAYS, calendars } from "./calendars.js";
import {
  BILLING_FROM,
  BILLING_MONTH,
  BILLING_MONTH_START,
  BILLING_PRORATED,
  BILLING_TO,
  BILLING_WRONG_ANNEX,
  BUSINESS_DAY_ANNEX2,
  BUSINESS_DAY_ANNEX2_NEXT,
  CALENDAR_DAYS,
  CANCEL_BEFORE_CONFIRMATION,
  CANCEL_CONFIRMATION_DAY,
  CANCEL_DESIRED,
  CANCEL_NOTICE,
  CERTIFICATE_FEE,
  CERTIFICATE_ON_REQUEST,
  COLLECTION_FEE_WHEN,
  DEVICE_TABLE_HEADER,
  DUE_DATE,
  FEES_IN_ANNEX4,
  FIVE_YEARS,
  INITIAL_WORK,
  INTEREST_365,
  INTEREST_GRACE,
  INTEREST_PERIOD,
  INTEREST_WAIVABLE,
  INTEREST_WHEN,
  INVOICE_FEES_APPLY,
  INVOICE_FEES_FIRST_MONTHS,
  ISSUE_FEE_WHEN,
  MAXIMUM_TERM,
  NO_CONTINUATION,
  NO_REFUND,
  ONSITE_AT_COST,
  ONSITE_CUTOFF,
  ONSITE_NEXT_DAY,
  ONSITE_SAME_DAY,
  ONSITE_URGENT_AT_COST,
  PRORATION,
  PRORATION_BY_DAYS,
  PRORATION_DISCOUNT,
  PRORATION_END,
  PRORATION_SAME_FIRST_DAY,
  PRORATION_START,
  QUALIFIED_INVOICE_FEE,
  QUALIFIED_INVOICE_ON_REQUEST,
  ROUNDING,
  SENDBACK_SHIPPING,
  SUPPORT_HOURS,
  USAGE_START,
  cite,
} from "./cite.js";
import { DEVICES } from "./parameters.js";

// 第7条–第44条, 別紙1–別紙4: dates, cancellation, term limits, interest, responsibilities,
// permissions, the outline and the cross-references of the Server サポート利用規約.

const NOT_STATED = { ja: "規約に定めがありません", en: "the terms state none" };

const MAXIMUM: TermLimitInput[] = DEVICES.map((d) => ({
  when: { param: "device", in: [d.value] },
  duration: { amount: 5, unit: "years" as const },
  label: { ja: `最長利用期間（${d.name}: 5年）`, en: `Maximum term (${d.name}: 5 years)` },
  cite: [MAXIMUM_TERM, NO_CONTINUATION, DEVICE_TABLE_HEADER, cite("別紙3", d.name), FIVE_YEARS],
}));

export const rules: Omit<TermsBodyInput, "parameters" | "fees" | "tax" | "rounding"> = {
  calendars,
  billing: {
    serviceStart: "initialWorkCompletion",
    proration: { start: "daily", end: "daily", change: "none" },
    lastBilledDay: "dayBeforeEndDate",
    cite: [
      USAGE_START,
      BILLING_FROM,
      BILLING_TO,
      BILLING_PRORATED,
      BILLING_MONTH,
      PRORATION,
      PRORATION_BY_DAYS,
      PRORATION_START,
      PRORATION_END,
      PRORATION_SAME_FIRST_DAY,
      CALENDAR_DAYS,
    ],
  },
  order: {
    deadlines: [],
    targets: [],
    note: {
      ja: "規約は申込みから承諾・初期工事までの期間を定めていません。契約は承諾の書面の発行で成立して書面の日付から効力を生じ（第9条第1項）、利用開始日（料金の起算日）は初期工事を完了した日です（第9条第2項）。初期工事の日程は契約成立後に契約者と調整するため、Yakkan は利用開始日を計算しません（開始希望日までに申込むことを前提とします）。",
      en: "The terms set no lead time from application to acceptance or to the initial work. The contract is formed when the written acceptance is issued and takes effect from its date (第9条第1項); the usage start date, from which fees run, is the day the initial work completes (第9条第2項). The work is scheduled with the customer after formation, so Yakkan does not compute the start date (it assumes the application reaches NTT West by the desired start date).",
    },
    cite: [
      cite("第7条第1項", "1 本サービスを申込むときは、本規約の内容を承諾した上で、次に掲げる事項を当社所定の手続に従って契約"),
      cite("第9条第1項", "1 当社は、本サービスの申込みがあった場合には、当社所定の審査を行い、承諾する場合には、書面をもって通知"),
      cite("第9条第1項", "します。当該書面の発行をもって本契約が成立するものとし、当該書面に記載される日付から本契約が効力を発"),
      INITIAL_WORK,
      USAGE_START,
    ],
  },
  cancellation: {
    notice: { amount: 0, unit: "calendarDays" },
    noticeForm: {
      ja: "あらかじめ本サービス取扱所に当社所定の方法で申し出る（方法は規約に定めがなく、書面に限られません）",
      en: "Beforehand, to the service office, by the method NTT West prescribes (the terms do not say which; not necessarily in writing)",
    },
    endOfMonthOnly: false,
    lateNotice: { type: "byConfirmation", cite: [CANCEL_BEFORE_CONFIRMATION, CANCEL_CONFIRMATION_DAY] },
    confirmation: {
      calendar: BUSINESS_DAYS,
      rule: { type: "confirmationDate" },
      assumption: {
        ja: "確認完了日は規約上当社が決めるもので予測できないため、見積りでは申出日が営業日（月～土、祝祭日・12/29～1/4 を除く）ならその日、そうでなければ翌営業日に確認が完了すると仮定します（Yakkan の前提であり規約の規定ではありません）",
        en: "The confirmation date is NTT West's and cannot be predicted from the terms; a quote assumes confirmation on the notice day if it is a business day (Monday–Saturday except 祝祭日 and 12/29–1/4), else on the next business day (a Yakkan assumption, not a rule of the terms)",
      },
      cite: [CANCEL_DESIRED, CANCEL_BEFORE_CONFIRMATION, CANCEL_CONFIRMATION_DAY, BUSINESS_DAY_ANNEX2],
    },
    duties: [],
    cite: [CANCEL_NOTICE, cite("第21条第1項", "により申し出て頂きます。"), CANCEL_DESIRED],
  },
  limits: {
    minimum: [],
    maximum: MAXIMUM,
  },
  lateInterest: {
    rate: { type: "statutory", rates: STATUTORY_RATES, knownThrough: STATUTORY_RATE_KNOWN_THROUGH, beyondKnown: STATUTORY_RATE_BEYOND_KNOWN },
    through: "dayBeforePayment",
    graceDays: 15,
    dayCountBasis: 365,
    interpretation: {
      ja: "利率は法定利率（民法第404条）で、延滞利息が生じる最初の日（支払期日の翌日）に有効な率を用います（解釈）。支払期日の翌日から起算して15日以内の支払いには利息は生じず、16日目以降の支払いでは支払期日の翌日から支払日の前日まで全期間に生じます。閏年でも1年を365日とします。元本は請求された額（税込）として入力された額です。支払期日は当社が定める日で（第30条第1項）、休日による繰上げ・繰下げの定めはありません。延滞利息の他に請求する料金がない場合は請求されないことがあります（第27条第3項、任意）。",
      en: "The rate is the statutory rate (民法第404条) in force on the first day interest runs (the day after the due date) (interpretation). No interest when paid within 15 days counting from the day after the due date; from the 16th day on, interest runs for the whole period from the day after the due date to the day before payment. A 365-day year also in leap years. The principal is the amount entered (the billed amount, tax included). The due date is set by NTT West (第30条第1項); the terms do not move it for holidays. Interest may be waived when nothing else is billed (第27条第3項, discretionary).",
    },
    cite: [INTEREST_WHEN, INTEREST_PERIOD, INTEREST_GRACE, cite("第27条第1項", "あった場合は、この限りでありません。"), INTEREST_365, INTEREST_WAIVABLE, DUE_DATE],
  },
  outageCredit: {
    type: "none",
    cite: [
      NO_REFUND,
      cite("第35条第4項", "4 本サービスは以下の事項を保証するものではありません。"),
      cite("第35条第4項第1号", "(1) BizBox Serverに全く故障が発生しないこと。"),
      cite("第35条第9項", "9 当社は、第 17条（利用中止）、第 18条（利用停止）、第 19条（利用の制限）、第 20条（本サービス"),
      cite("第35条第10項", "10 サイバーテロ、自然災害、第三者による妨害等、不測の事態を原因として発生した被害については、本"),
    ],
  },
  surcharge: {
    multiple: 2,
    taxOnSurcharge: true,
    cite: [
      cite("第26条", "契約者は、料金の支払いを不法に免れた場合は、その免れた額のほか、その免れた額（消費税相当額を加算"),
      cite("第26条", "しない額とします｡）の 2倍に相当する額に消費税相当額を加算した額、料金表の規定により消費税相当額を加"),
      cite("第26条", "算しないこととされている料金にあっては、その免れた額の 2 倍に相当する額）を割増金として支払って頂き"),
    ],
  },
  parties: [
    { id: "customer", name: { ja: "契約者", en: "Customer" } },
    { id: "ntt-west", name: { ja: "当社（西日本電信電話株式会社）", en: "NTT West (the provider)" } },
    { id: "billing-company", name: { ja: "請求事業者", en: "Billing company (請求事業者)" } },
  ],
  responsibilities: [
    // Customer: environment and network.
    {
      area: { ja: "対象機器", en: "Device" },
      duty: { ja: "別紙3 の対象機器（BizBox Server）を導入している", en: "Have a device listed in 別紙3 (BizBox Server) installed" },
      party: "customer",
      cite: [cite("第7条第4項", "導入した契約者に限ります。")],
    },
    {
      area: { ja: "利用環境", en: "Environment" },
      duty: {
        ja: "対象ネットワーク（BizBox Server を設置する論理ネットワーク）とインターネットとの通信が行われる環境を用意する",
        en: "Provide an environment in which the target network (the logical network where the BizBox Server is installed) can communicate with the internet",
      },
      party: "customer",
      cite: [
        cite("第14条", "契約者は対象ネットワークとインターネットとの通信が行われる環境を用意するものとします。"),
        cite("第3条", "対象ネットワーク 契約者または第三者が管理し、BizBox Serverを設置する論理ネットワー"),
      ],
    },
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
        cite("第37条第1項第5号", "(5) 本サービスの提供を受ける時点で、インターネット接続サービス事業者が提供するインターネット"),
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
        cite("第40条第1項", "1 契約者は、自己の責任において、本サービスを利用するために必要な利用回線その他の設備を保持し管理"),
        cite("第40条第2項", "2 契約者が本サービスを利用するために必要な利用回線の利用料金は、本サービスの利用料金には含まれま"),
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
        cite("別紙1 3.2.2", "IPアドレスはお客さまにてご用意ください。また、保守などのため、お客さま通信とは別に監視用に IPアドレ"),
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
        cite("別紙1 3.2.1(3)", "在する場合、そのネットワーク機器に対して小型サーバ装置がインターネット上に存在する管理サーバと通信"),
        cite("別紙1 3.2.3", "者所有のファイアウォールやルータ等のネットワーク機器に対して、設定変更をお願いする場合がございます。"),
        cite("別紙1 3.2.3", "なお、リモートアクセスを行うには、インターネットへの通信の許可だけでなく、インターネットから BizBox"),
        cite("別紙1 表3-2", "契約者－SOC間の VPN接続、アップデート通信 TCP 443"),
        cite("別紙1 表3-2", "アップデート用の名前解決 TCP 53、UDP 53"),
        cite("別紙1 表3-2", "TCP 4631"),
        cite("別紙1 表3-2", "TCP 4666"),
      ],
    },
    {
      area: { ja: "通信環境の変更", en: "Changing the network environment" },
      duty: { ja: "通信環境を変更する前に当社へ連絡し許可を得る", en: "Contact NTT West and get its permission before changing the communication environment" },
      party: "customer",
      cite: [cite("第35条第5項", "5 契約者が、本サービスを利用中に、通信環境を変更しようとする場合には、事前に当社に対し連絡し、")],
    },
    {
      area: { ja: "協力", en: "Cooperation" },
      duty: {
        ja: "当社の求めに応じて利用環境等の情報を提供し、機密情報の防護・消去を行い、障害切り分けに協力する",
        en: "On request, provide information incl. the usage environment, protect or erase confidential data beforehand, and help isolate faults",
      },
      party: "customer",
      cite: [
        cite("第38条第1号", "(1) 当社の求めに応じた本サービス提供のために必要な情報（対象機器のご利用環境等を含みます。）の提"),
        cite("第38条第2号", "(2) サービス対象機器等に機密情報がある場合について、本サービスの提供前の契約者の責任におけるそれ"),
        cite("別紙1 表3-1", "ご協力をいただく事もございます。"),
      ],
    },
    {
      area: { ja: "ID・パスワード", en: "Credentials" },
      duty: { ja: "ID・パスワード・申込書管理番号等を適正に管理する", en: "Manage IDs, passwords and the application management number properly" },
      party: "customer",
      cite: [cite("第37条第2項第10号", "(10) 本サービスに利用する、ID、パスワードおよび申込書管理番号等の適正な管理に努めること。")],
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
        cite("第37条第3項", "3 契約者は、前項の規定に違反して当社設備をき損したときには、当社が指定する期日までにその修繕その"),
      ],
    },
    {
      area: { ja: "第三者への損害", en: "Damage to third parties" },
      duty: { ja: "第三者に与えた損害は自己の責任で解決する", en: "Resolve damage caused to third parties at own responsibility" },
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
    {
      area: { ja: "初期工事", en: "Initial work" },
      duty: { ja: "契約成立後、監視開始に必要な初期工事の日程を調整し実施する", en: "After formation, schedule and perform the initial work needed to start monitoring" },
      party: "ntt-west",
      cite: [INITIAL_WORK, USAGE_START],
    },
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
        cite("別紙1 3.2.1(2)", "また管理用アドレスはお客さまネットワーク内のアドレスと重複しないよう事前に確認を行います。"),
      ],
    },
    {
      area: { ja: "アップデート", en: "Updates" },
      duty: { ja: "BizBox Server のアップデートを提供・実行する", en: "Provide and run BizBox Server updates" },
      party: "ntt-west",
      cite: [cite("別紙1 3.2.3", "本サービスを提供するにあたり、当社より提供する BizBox Serverのアップデートの実行、または、当社への接")],
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
        cite("第18条第2項", "2 当社は、前項の規定により本サービスの利用停止をするときは、当社からあらかじめその理由、利用停止を"),
        cite("第20条第2項", "本サービスの提供を終了する日を契約者に通知し、当該終了日をもって本契約の解約日とします。ただし、"),
        cite("第2条", "が別に定める方法により当該変更の対象となる契約者に対しその契約内容を通知するものとします。ただし、こ"),
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
        cite("第35条第3項", "3 当社は、当社内の本サービス提供の為の設備および BizBox Server以外に起因する対象ネットワーク障"),
        cite("第35条第4項第1号", "(1) BizBox Serverに全く故障が発生しないこと。"),
        cite("第35条第4項第2号", "(2)データの可用性、完全性"),
      ],
    },
    // Billing company.
    {
      area: { ja: "請求・収納", en: "Billing and collection" },
      duty: {
        ja: "当社から譲渡された料金債権を請求する（契約者への個別通知は省略されます）",
        en: "Bill the fee claims NTT West transfers to it (no individual notice to the customer)",
      },
      party: "billing-company",
      cite: [
        cite("第34条", "下「請求事業者」といいます。）に対し、当社が別に定める場合を除き譲渡することを承認していただきます。"),
        cite("第34条", "この場合において、当社及び請求事業者は、契約者への個別の通知又は譲渡承認の請求を省略するものとしま"),
      ],
    },
  ],
  permissions: [
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
        cite("第35条第12項", "12 サポートに関して、契約者の企業名、住所、連絡先電話番号、申込書管理番号等で契約者であることを"),
        cite("第35条第12項", "特定した後、BizBox Serverに係る設定の変更等を依頼された場合は、契約者からの依頼であるとみな"),
        SUPPORT_HOURS,
      ],
    },
    {
      operation: "support.operator-guided-work",
      label: { ja: "オペレータの説明に基づく契約者自身の作業", en: "Work the customer does following the operator's explanation" },
      mode: "self-service",
      note: {
        ja: "当社は作業内容を保証せず、作業に伴う被害について責任を負いません。",
        en: "NTT West does not guarantee the work and accepts no liability for damage from it.",
      },
      cite: [
        cite("第35条第6項", "6 当社は、オペレータの説明に基づいて契約者が実施した作業、及び実施内容について保証するものでは"),
        cite("第35条第7項", "7 当社は、オペレータの説明に基づいて契約者が実施した作業に伴い生じる契約者の被害について、一切"),
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
        cite("別紙1 3.2.3", "者所有のファイアウォールやルータ等のネットワーク機器に対して、設定変更をお願いする場合がございます。"),
      ],
    },
    {
      operation: "network.environment-change",
      label: { ja: "通信環境の変更", en: "Changing the communication environment" },
      mode: "request",
      fee: { type: "unpriced", reason: NOT_STATED },
      note: {
        ja: "事前に当社へ連絡し許可を得る必要があります。許可なく変更したことによる中断・停止について当社は責任を負いません。",
        en: "Needs prior contact and NTT West's permission; NTT West is not responsible for interruptions caused by unauthorised changes.",
      },
      cite: [
        cite("第35条第5項", "5 契約者が、本サービスを利用中に、通信環境を変更しようとする場合には、事前に当社に対し連絡し、"),
        cite("第35条第5項", "許可を得るものとします。許可なく行われた通信環境の変更に起因するサービスの中断、停止は当社の"),
      ],
    },
    {
      operation: "network.use-vpn-range",
      label: { ja: "172.19.0.0/16 を自ネットワークで使用する", en: "Using 172.19.0.0/16 in the customer's network" },
      mode: "not-allowed",
      note: {
        ja: "監視用の VPN 接続に使うため、提供開始後はネットワーク拡張等でも使用できません。",
        en: "Used for the monitoring VPN, so it may not be used after the service starts, also when extending the network.",
      },
      cite: [
        cite("別紙1 3.2.2", "スを使用します。使用するアドレス帯は下記の通りで、お客さまは本サービス提供開始後、お客さまネットワー"),
        cite("別紙1 3.2.2", "クの拡張等で下記のアドレス帯を使用することは出来ません。"),
        cite("別紙1 3.2.2", "VPN接続用： 172.19.0.0/16"),
      ],
    },
    {
      operation: "network.choose-management-address",
      label: { ja: "管理用アドレスを契約者が決める", en: "Choosing the management address" },
      mode: "not-allowed",
      note: { ja: "管理用アドレスは申込時に当社が払い出します。", en: "NTT West assigns the management address at application." },
      cite: [cite("別紙1 3.2.1(2)", "(2)管理用アドレスは、サービス申込時に当社より払い出され、解約まで利用いたします。")],
    },
    {
      operation: "billing.qualified-invoice",
      label: { ja: "適格請求書の発行", en: "Issuing a qualified invoice (適格請求書)" },
      mode: "request",
      feeCode: "qualified-invoice",
      note: { ja: "手数料 400 円（税込 440 円）と郵送料その他経費（実費）。", en: "400 yen (440 incl. tax) plus postage and other expenses at cost." },
      cite: [QUALIFIED_INVOICE_ON_REQUEST, QUALIFIED_INVOICE_FEE],
    },
    {
      operation: "billing.payment-certificate",
      label: { ja: "支払証明書の発行", en: "Issuing a payment certificate" },
      mode: "request",
      feeCode: "payment-certificate",
      note: {
        ja: "手数料 400 円（税込 440 円）と郵送料その他経費（実費）。債権を請求事業者に譲渡した場合は発行されません。",
        en: "400 yen (440 incl. tax) plus postage and other expenses at cost. Not issued where the claim was transferred to the billing company.",
      },
      cite: [CERTIFICATE_ON_REQUEST, CERTIFICATE_FEE],
    },
    {
      operation: "contract.change-application-items",
      label: { ja: "申込内容（第7条第1項第2号の事項）の変更", en: "Changing the application items of 第7条第1項第2号" },
      mode: "request",
      fee: { type: "unpriced", reason: NOT_STATED },
      note: {
        ja: "新規申込みの承諾（第9条）に準じて審査され、承諾されないことがあります。利用回線の番号（第1号）の変更や機種の変更は規約に定めがありません。",
        en: "Reviewed like a new application (第9条) and may be refused. Changing the line number (第1号) or the device model is not provided for.",
      },
      cite: [
        cite("第10条第1項", "1 契約者は、第 7条（契約申込の方法）第 1項第 2号に定める事項の変更を請求することができます。"),
        cite("第10条第2項", "2 当社は、前項の請求があったときは、第 9条（契約申込の承諾）の規定に準じて取り扱います。"),
      ],
    },
    {
      operation: "contract.transfer",
      label: { ja: "利用権の譲渡", en: "Transferring the usage right" },
      mode: "request",
      fee: { type: "unpriced", reason: NOT_STATED },
      documents: [
        { ja: "当事者が連署した当社所定の書面（又は譲渡を証明する書類）", en: "NTT West's form signed by both parties (or a document proving the transfer)" },
      ],
      note: {
        ja: "当社の承認が必要です。利用回線の契約の譲渡に伴わない場合、譲受人が利用回線の契約者と同一でない場合、料金の不払いがある場合は承認されません。",
        en: "Needs NTT West's approval; refused when not tied to the transfer of the line contract, when the transferee is not the line's contractor, or on payment default.",
      },
      cite: [
        cite("第11条第1項", "します。）の譲渡は、当社の承認を受けなければ、その効力を生じません。"),
        cite("第11条第2項", "2 本契約に係る利用権の譲渡の承認を受けようとするときは、当事者が連署した当社所定の書面により当社"),
        cite("第11条第3項", "3 当社は、前項の規定により本契約に係る利用権の譲渡の承認を求められたときは、次の場合を除いて、こ"),
      ],
    },
    {
      operation: "contract.assign-to-third-party",
      label: { ja: "サービスの提供を受ける権利の第三者への譲渡・担保提供", en: "Assigning or pledging the right to the service to a third party" },
      mode: "not-allowed",
      note: { ja: "第11条の承認を受けた譲渡を除きます。", en: "Except a transfer approved under 第11条." },
      cite: [cite("第12条", "別に定める場合を除き、本サービスの提供を受ける権利を第三者に譲渡、承継、売買、又は質権の設定その他")],
    },
    {
      operation: "contract.succession",
      label: { ja: "契約者の地位の承継（相続・合併・分割）", en: "Succession to the contract (inheritance, merger, split)" },
      mode: "request",
      fee: { type: "unpriced", reason: NOT_STATED },
      documents: [
        { ja: "当社所定の書面と承継を証明する書類", en: "NTT West's form with documents proving the succession" },
        { ja: "承継者が 2 人以上のときは代表者の届出", en: "Notice of a representative when there are two or more successors" },
      ],
      note: { ja: "手続きがなされない間は本サービスが提供されないことがあります。", en: "The service may be withheld until this is done." },
      cite: [
        cite("第13条第1項", "にこれを証明する書類を添えて本サービス取扱所に届け出て頂きます。"),
        cite("第13条第2項", "2 前項の場合に、地位を承継した者が 2 人以上あるときは、そのうちの 1 人を当社に対する代表者と定め、"),
        cite("第13条第5項", "5 本条第 1項または第 4項の手続きがなされない期間においては、本サービスの提供を行わないことがあり"),
      ],
    },
    {
      operation: "contract.notify-changes",
      label: { ja: "氏名・住所・連絡先・請求書送付先の変更の届出", en: "Notifying a change of name, address, contact or invoice address" },
      mode: "request",
      fee: { type: "unpriced", reason: NOT_STATED },
      documents: [{ ja: "求められた場合、届出の事実を証明する書類", en: "If asked, documents proving the notified facts" }],
      cite: [
        cite("第15条第1項", "先に変更があったときは、そのことを速やかに本サービス取扱所に届け出ていただきます。"),
        cite("第15条第3項", "3 第 1項の届出があったときは、当社は、その届出があった事実を証明する書類を提示していただくことが"),
      ],
    },
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
  ],
  changeRules: [
    {
      param: "paymentMethod",
      label: { ja: "支払方法（請求書等の発行）", en: "Payment method (invoice documents)" },
      cite: [ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN, INVOICE_FEES_FIRST_MONTHS, PRORATION],
    },
  ],
  outline: [
    { clause: "第1条", title: "本規約の目的", paragraphs: 1 },
    { clause: "第2条", title: "本規約の変更", paragraphs: 1 },
    { clause: "第3条", title: "用語の定義", paragraphs: 1 },
    { clause: "第4条", title: "本サービスの提供範囲", paragraphs: 1 },
    { clause: "第5条", title: "提供区域", paragraphs: 1 },
    { clause: "第6条", title: "契約の単位", paragraphs: 1 },
    { clause: "第7条", title: "契約申込の方法", paragraphs: 4 },
    { clause: "第8条", title: "最長利用期間", paragraphs: 1 },
    { clause: "第9条", title: "契約申込の承諾", paragraphs: 4 },
    { clause: "第10条", title: "契約申込内容の変更", paragraphs: 2 },
    { clause: "第11条", title: "契約の譲渡", paragraphs: 4 },
    { clause: "第12条", title: "権利の譲渡の禁止", paragraphs: 1 },
    { clause: "第13条", title: "契約者の地位の承継", paragraphs: 5 },
    { clause: "第14条", title: "サービス提供条件等", paragraphs: 1 },
    { clause: "第15条", title: "契約者の氏名等の変更の届出", paragraphs: 3 },
    { clause: "第16条", title: "著作権等", paragraphs: 2 },
    { clause: "第17条", title: "利用中止", paragraphs: 2 },
    { clause: "第18条", title: "利用停止", paragraphs: 2 },
    { clause: "第19条", title: "利用の制限", paragraphs: 1 },
    { clause: "第20条", title: "本サービス提供の終了", paragraphs: 2 },
    { clause: "第21条", title: "契約者による解約", paragraphs: 2 },
    { clause: "第22条", title: "当社による解約", paragraphs: 1 },
    { clause: "第23条", title: "表明保証", paragraphs: 3 },
    { clause: "第24条", title: "料金", paragraphs: 1 },
    { clause: "第25条", title: "利用料金の支払義務", paragraphs: 2 },
    { clause: "第26条", title: "割増金", paragraphs: 1 },
    { clause: "第27条", title: "延滞利息", paragraphs: 3 },
    { clause: "第28条", title: "料金計算方法等", paragraphs: 5 },
    { clause: "第29条", title: "端数処理", paragraphs: 1 },
    { clause: "第30条", title: "料金等の支払", paragraphs: 2 },
    { clause: "第31条", title: "料金の一括後払", paragraphs: 1 },
    { clause: "第32条", title: "消費税相当額の加算", paragraphs: 1 },
    { clause: "第33条", title: "料金等の臨時減免", paragraphs: 1 },
    { clause: "第34条", title: "債権の譲渡", paragraphs: 1 },
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
  ],
  crossReferences: [
    // Correct references (checked against their targets).
    {
      at: "第3条",
      target: "別紙2",
      subject: "提供時間",
      cite: [cite("第3条", "は別紙 2（提供時間）に定めるところによります。")],
    },
    {
      at: "第4条",
      target: "別紙1",
      subject: "Ｓｅｒｖｅｒサポート仕様書",
      cite: [cite("第4条", "当社は、契約者に対し、別紙 1（Ｓｅｒｖｅｒサポート仕様書（以下「仕様書」といいます。））に定める")],
    },
    {
      at: "第7条第4項",
      target: "別紙3",
      subject: "対象機器一覧",
      cite: [cite("第7条第4項", "4 本サービス申込みにあたっては、別紙 3に定める対象機器一覧（以下、対象機器一覧）の BizBox Serverを")],
    },
    {
      at: "第10条第1項",
      target: "第7条第1項第2号",
      subject: "契約申込の方法",
      cite: [cite("第10条第1項", "1 契約者は、第 7条（契約申込の方法）第 1項第 2号に定める事項の変更を請求することができます。")],
    },
    {
      at: "第10条第2項",
      target: "第9条",
      subject: "契約申込の承諾",
      cite: [cite("第10条第2項", "2 当社は、前項の請求があったときは、第 9条（契約申込の承諾）の規定に準じて取り扱います。")],
    },
    {
      at: "第11条第4項",
      target: "第34条",
      subject: "債権の譲渡",
      cite: [cite("第11条第4項", "34 条（債権の譲渡）の規定により同条に規定する請求事業者に譲渡された債権に係る債務を支払う義務")],
    },
    {
      at: "第17条第1項第2号",
      target: "第19条",
      subject: "利用の制限",
      cite: [cite("第17条第1項第2号", "(2) 第 19条（利用の制限）の規定により、本サービスの提供を制限するとき。")],
    },
    {
      at: "第18条第1項第4号",
      target: "第16条",
      subject: "著作権等",
      cite: [cite("第18条第1項第4号", "(4) 第 16条（著作権等）及び第 37条（利用に係る契約者の義務）の規定に違反したとき。")],
    },
    {
      at: "第18条第1項第4号",
      target: "第37条",
      subject: "利用に係る契約者の義務",
      cite: [cite("第18条第1項第4号", "(4) 第 16条（著作権等）及び第 37条（利用に係る契約者の義務）の規定に違反したとき。")],
    },
    {
      at: "第22条第1号",
      target: "第18条",
      subject: "利用停止",
      cite: [cite("第22条第1号", "(1) 第 18条（利用停止）の規定により本サービスの利用を停止された契約者が、なおその事実を解消しないと")],
    },
    {
      at: "第22条第2号",
      target: "第20条第1項",
      subject: "本サービス提供の終了",
      cite: [cite("第22条第2号", "があったとき。第 20条（本サービス提供の終了）第 1項に定めるとき。")],
    },
    {
      at: "第24条",
      target: "別紙4",
      subject: "料金表",
      cite: [FEES_IN_ANNEX4],
    },
    {
      at: "第32条",
      target: "第25条",
      subject: "利用料金の支払義務",
      cite: [cite("第32条", "第 25 条（利用料金の支払義務）の規定その他本規約の規定により料金表に定める料金の支払いを要するも")],
    },
    {
      at: "第35条第9項",
      target: "第17条",
      subject: "利用中止",
      cite: [cite("第35条第9項", "9 当社は、第 17条（利用中止）、第 18条（利用停止）、第 19条（利用の制限）、第 20条（本サービス")],
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
    // Defects in the source text.
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
      cite: [cite("第39条第2号", "(2) 契約者が、第 39条（契約者の当社に対する協力事項）のいずれかの項目の協力を行わず、本サービ")],
    },
    {
      at: "第22条",
      target: "第22条第4号",
      subject: "本条第4号（事前の通知なく解約できる事由）",
      knownDefect: {
        intended: "第22条第3号",
        note: {
          ja: "第22条には第1号～第3号しかありません。第2号の末尾に「第20条第1項に定めるとき。」が別の号として残っており、番号が繰り上がったものと解し、第4号を現行の第3号（信用不安・不当要求、事前通知なしの解約）と読みます。",
          en: "第22条 has items (1)–(3) only. \"第20条第1項に定めるとき。\" is left at the end of item (2) as if it had been a separate item, so the numbering shifted; Yakkan reads 第4号 as the present 第3号 (insolvency, intimidation: termination without prior notice).",
        },
      },
      cite: [
        cite("第22条", "また、本条第 4号に該当する場合には、事前の契約者への通知をすることなく本契約を解約できるものとします。"),
        cite("第22条第3号", "(3) 契約者に次に定める事由のいずれかが発生したとき。"),
      ],
    },
    {
      at: "第22条",
      target: "第22条第2号",
      cite: [cite("第22条", "但し、本条第 2 号に該当する場合には、利用回線契約の解約が完了した時点で、本契約は自動的に解約されま")],
    },
    {
      at: "別紙1 3.2.1(3)",
      target: "別紙1 表3-3",
      subject: "小型サーバ装置への通信一覧",
      knownDefect: {
        intended: "別紙1 表3-2",
        note: {
          ja: "表3-3 はありません。通信一覧は 3.2.3 の「表 3-2 BizBox Serverへの通信一覧」です。「小型サーバ装置」は本規約の用語ではなく BizBox Server を指すものと解します。",
          en: "There is no 表3-3; the communication list is 3.2.3's 表3-2 (BizBox Serverへの通信一覧). \"小型サーバ装置\" is not a term of this document; read as the BizBox Server.",
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
      at: "第9条第3項",
      target: "第9条第2項",
      subject: "前項（申込を承諾しない場合の対象となる承諾）",
      knownDefect: {
        intended: "第9条第1項",
        note: {
          ja: "「前項の規定にかかわらず」は文言上は第2項（初期工事）ですが、承諾しない場合を定める項であり、承諾を定める第1項を指すものと解します（第2項の挿入で残ったものと考えられます）。",
          en: "\"前項\" literally is 第2項 (initial work), but the paragraph is about refusing acceptance, which is 第1項; read as 第1項 (probably left over when 第2項 was inserted).",
        },
      },
      cite: [cite("第9条第3項", "3 当社は、前項の規定にかかわらず、次のいずれかに該当すると当社が判断した場合、申込を承諾しないこ")],
    },
    {
      at: "第35条第11項",
      target: "第3条",
      subject: "用語の定義",
      note: {
          ja: "第3条で定義された用語は「専用受付番号」です。同じ番号を指すものと解します。この項の末尾には主語のない文の断片（「は、あらかじめそのことを契約者に通知します。」）が残っています。",
          en: "The term defined in 第3条 is \"専用受付番号\"; read as the same number. The paragraph also ends with an orphan fragment without a subject.",
      },
      cite: [
        cite("第35条第11項", "11 当社は、業務の遂行上やむを得ない理由があるときは受付専用番号を変更することがあります。この場"),
        cite("第35条第11項", "は、あらかじめそのことを契約者に通知します。"),
      ],
    },
    {
      at: "第13条（注）",
      target: "第13条第5項",
      subject: "本項（光コラボレーションモデルの場合の承継の方法）",
      knownDefect: {
        intended: "第13条第4項",
        note: {
          ja: "注は第5項の後にありますが、内容（光コラボレーションの場合の承継方法）は第4項（利用回線の承継によるみなし承継）に関するものです。第4項・第5項を合わせて指すものと解します。",
          en: "The note follows 第5項, but it concerns 第4項 (succession deemed through the line contract) for collaboration-model lines; read as 第4項 and 第5項 together.",
        },
      },
      cite: [cite("第13条（注）", "（注）本項の規定にかかわらず、利用回線が光コラボレーションモデルに関する契約に基づき提供される")],
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
      cite: [cite("第25条第2項", "2 本規約により料金表に定める料金又は工事に関する費用の支払いを要するものとされている額より")],
    },
    {
      at: "第28条第2項第2号",
      target: "第21条",
      subject: "解約",
      note: {
          ja: "契約は 1 契約単位（別紙4「／契約」）で、一部解約の定めはありません。解約（第21条）として扱います。",
          en: "A contract is one unit (別紙4 \"／契約\"); partial cancellation is defined nowhere. Treated as cancellation (第21条).",
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
          en: "\"前項\" means item (1) (the 9:00–17:00 window), which is an item, not a paragraph (wording only).",
        },
      },
      cite: [ONSITE_NEXT_DAY],
    },
    {
      at: "第27条第2項",
      target: "第27条第1項",
      subject: "遅滞利息",
      knownDefect: {
        kind: "wording",
        intended: "第27条第1項",
        note: {
          ja: "第1項と見出しは「延滞利息」、第2項は「遅滞利息」と書いています。同じものと解します。",
          en: "The heading and 第1項 say 延滞利息, 第2項 says 遅滞利息; read as the same thing.",
        },
      },
      cite: [INTEREST_365],
    },
    {
      at: "第23条第2項第2号ⅴ",
      target: "第23条第2項第1号",
      subject: "前各号（ⅰ～ⅳ の行為）",
      knownDefect: {
        intended: "第23条第2項第2号ⅰ～ⅳ",
        note: {
          ja: "「前各号」とありますが、ⅰ～ⅳ は第2号の細目で号ではありません。ⅰ～ⅳ を指すことは明らかです。",
          en: "\"前各号\" is used, but ⅰ–ⅳ are sub-items of 第2号, not items; the meaning (ⅰ–ⅳ) is clear.",
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
      cite: [cite("第36条第5項", "5 当社は、個人情報保護法第２３条第４項第１号の規定に基づき、個人情報を当社が業務を委託する他の事")],
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
      cite: [cite("第36条第6項", "情報保護法第２３条第４項第１号の規定に基づき、サポート対象、契約者等に関する情報を当社が別に定")],
    },
  ],
  interpretations: [
    {
      topic: "business-days",
      text: {
        ja: "営業日は月曜日～土曜日で、祝祭日と年末年始（12月29日～1月4日、両端を含む 7 日間）を除きます。日曜日は営業日ではありません。「祝祭日」は国民の祝日に関する法律の休日（振替休日・国民の休日を含む）とし、土曜日の祝日は営業日ではありません。時間帯は営業日の 9:00～18:00（18:00 は含まない）です。",
        en: "Business days are Monday to Saturday, excluding 祝祭日 and the year-end period 29 December to 4 January (both ends included, 7 days). Sunday is never a business day. 祝祭日 is read as every holiday under the National Holidays Act (incl. substitute and citizens' holidays); a Saturday holiday is not a business day. Hours are 9:00–18:00 on business days (18:00 excluded).",
      },
      cite: [BUSINESS_DAY_ANNEX2, BUSINESS_DAY_ANNEX2_NEXT, SUPPORT_HOURS],
    },
    {
      topic: "weekdays-unused",
      text: {
        ja: "「平日」（月～金）は別紙1 2 で定義されていますが、どの規定にも使われていません。暦データとしてのみ収録します。",
        en: "\"平日\" (Monday to Friday) is defined in 別紙1 2 but used by no provision; it is kept as calendar data only.",
      },
      cite: [cite("別紙1 2", "平日：祝祭日及び年末年始（12月 29日から翌年 1月 4日）を除く月曜日～金曜日となります。")],
    },
    {
      topic: "onsite-repair-hours",
      text: {
        ja: "オンサイト修理は、営業日の 9:00～17:00（17:00 を含む）に受け付けた故障通知は当日、時間帯外は「翌日」に修理します。規約は「翌日」と書きますが、対応時間は営業日に限られる（※注意1）ため、翌営業日を目安として案内します（日曜日の作業は約束しません）。時刻を扱う規則は DSL で表現できないため、責任分担の説明としてのみ収録します。",
        en: "On-site repair: fault notices received on a business day 9:00–17:00 (17:00 included) are repaired the same day; outside that window, \"the next day\". The text says 翌日, but handling is limited to business days (※注意1), so Yakkan presents the next business day as the expectation (no Sunday work is promised). Time-of-day rules cannot be expressed in the DSL, so this is recorded as a responsibility only.",
      },
      cite: [ONSITE_CUTOFF, ONSITE_SAME_DAY, ONSITE_NEXT_DAY, SUPPORT_HOURS],
    },
    {
      topic: "sendback-shipping",
      text: {
        ja: "先出しセンドバックの代替機は受付日の翌営業日以降に発送されます（当日発送なし。締め時刻・到着目安・送料・故障機の返送は規約に定めがありません）。",
        en: "A send-back replacement ships the business day after acceptance or later (no same-day shipping; cut-off time, delivery target, shipping cost and return of the faulty unit are not stated).",
      },
      cite: [SENDBACK_SHIPPING],
    },
    {
      topic: "billing-start",
      text: {
        ja: "料金の起算日「当社が本サービスの提供を開始した日」（第25条第1項）は定義がないため、初期工事を完了した日（利用開始日、第9条第2項）とします。承諾の書面の日付（効力発生日、第9条第1項）ではありません。",
        en: "\"The day NTT West started providing the service\" (第25条第1項), from which fees run, is not defined; Yakkan uses the day the initial work completes (the usage start date, 第9条第2項), not the date of the acceptance document (第9条第1項).",
      },
      cite: [BILLING_FROM, USAGE_START, cite("第9条第1項", "し、契約者は本サービスの提供を受けることができるものとします。")],
    },
    {
      topic: "billing-month-and-proration",
      text: {
        ja: "料金月は定義がないため暦月（1日～末日）とします（第28条第4項により当社は起算日を変更できます）。日割は「暦日数により」行うため、その料金月の日数（28～31日）を分母とし、利用日数を分子とします。解約日の前日まで課金し、開始日と解約日が同じなら 1 日分です。第25条第1項は常に日割とし、第28条第2項は日割する場合を列挙しますが、暦月全部を利用した月は日割しても全額となるため結果は同じです。",
        en: "The billing month (料金月) is not defined; Yakkan uses the calendar month (NTT West may move its start day, 第28条第4項). Proration is \"by calendar days\": the days used over the days of that billing month (28–31). Fees run to the day before the end date; one day if start and end coincide. 第25条第1項 prorates always and 第28条第2項 lists the cases; a whole month used gives the full fee either way.",
      },
      cite: [BILLING_MONTH, BILLING_MONTH_START, BILLING_TO, BILLING_PRORATED, CALENDAR_DAYS],
    },
    {
      topic: "rounding-order",
      text: {
        ja: "端数処理の段階は定めがないため、日割額を計算した時点で 1 円未満を切り捨て、合計に消費税を加算して再度切り捨てます。",
        en: "The stage of truncation is not stated; Yakkan truncates each prorated amount when computed, then adds consumption tax to the total and truncates again.",
      },
      cite: [ROUNDING],
    },
    {
      topic: "tax-rate",
      text: {
        ja: "消費税率は規約に書かれていません（400円・税込440円から 10% と読めます）。税率は法令に基づく日付付きデータ（10%、2019年10月1日から）とします。月額料金の税込額は規約に記載がなく計算値です。",
        en: "The tax rate is not stated (400 yen / 440 incl. tax implies 10%); Yakkan uses the statutory rate as dated data (10% from 2019-10-01). A tax-included monthly fee is not printed in the terms; it is computed.",
      },
      cite: [cite("第32条", "第 25 条（利用料金の支払義務）の規定その他本規約の規定により料金表に定める料金の支払いを要するも"), QUALIFIED_INVOICE_FEE],
    },
    {
      topic: "invoice-fees",
      text: {
        ja: "請求書等の発行に関する料金（発行手数料 150 円・収納手数料 50 円、税別）は法人でない契約者に、提供開始日（又は利用回線の転用日）を含む料金月とその翌料金月を除き、第3料金月から請求書・通知書ごとにかかります。日割しません。発行手数料は請求書又は口座振替通知書の発行、収納手数料は請求書による支払いで決まるため、支払方法 paymentMethod（既定値 invoice）を追加しました。見積りの月額は第3料金月以降の 1 か月分を示し、解約時の最終月の日割には含めません。",
        en: "Invoice fees (issue 150 yen, collection 50 yen, tax-exclusive) apply to non-corporate customers per invoice/notice from the third billing month (not for the month containing the start day, or the line-conversion day, nor the next one), never prorated. The issue fee depends on an invoice or direct-debit notice being issued, the collection fee on paying by invoice, hence the added key paymentMethod (default invoice). The estimate's monthly total shows a month from the third billing month on; the final-month proration on cancellation excludes them.",
      },
      cite: [INVOICE_FEES_APPLY, INVOICE_FEES_FIRST_MONTHS, ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN, PRORATION],
    },
    {
      topic: "no-initial-fee",
      text: {
        ja: "料金表（別紙4）には月額料金と請求書等の料金しかなく、初期費用・工事費・機器代・割引・オプションはありません。規約にない料金は計上しません（初期工事の費用は定めがありません）。",
        en: "The price table (別紙4) lists only the monthly fee and the invoice-related fees: no initial, construction or device fee, discount or option. Nothing not in the terms is charged (the initial work's cost is not stated).",
      },
      cite: [FEES_IN_ANNEX4, cite("別紙4 1.", "月額料金 1,480円／契約")],
    },
    {
      topic: "maximum-term", rules: ["limits.maximum"],
      text: {
        ja: "別紙3 の「5年」は OS2 の行にだけ印字されていますが、縦に結合されたセルと解し、6 機種すべて 5 年とします。起算日は定めがないため利用開始日（初期工事完了日）とし、利用開始日を含めて 5 年の最終日（例: 2024-03-15 開始なら 2029-03-14。応当日がなければその月の末日）までを最長利用期間とします。最終日までは利用でき、その翌日が取り得る最も遅い解約日で、第25条第1項により料金は最終日まで生じます。満了時に自動終了するか解約の申出が必要かは定めがありません。",
        en: "\"5年\" is printed only on the OS2 row of 別紙3; read as a vertically merged cell: 5 years for all six models. The start point is not stated; Yakkan counts from the usage start date (initial-work completion), start day included, so the maximum term's last day is e.g. 2029-03-14 for a 2024-03-15 start (the month's last day where there is no corresponding day). The service may be used through that day, so the latest end date (解約日) is the day after it and, under 第25条第1項, fees run through the last day. Whether the contract ends automatically at the limit is not stated.",
      },
      cite: [MAXIMUM_TERM, NO_CONTINUATION, DEVICE_TABLE_HEADER, FIVE_YEARS],
    },
    {
      topic: "cancellation-confirmation",
      text: {
        ja: "解約に最低通知期間はなく、解約金もありません。解約希望日が確認完了日の前日以前（確認完了日より前）なら確認完了日が解約日で、確認完了日と同じ日はそのままです。確認完了日は当社が決めるため、見積りでは申出日（営業日でなければ翌営業日）と仮定し、記録された確認完了日があればそれを用います。",
        en: "No minimum notice and no cancellation charge. If the desired date is on or before the day before confirmation (i.e. before the confirmation date), the contract ends on the confirmation date; a desired date equal to it stands. The confirmation date is NTT West's: a quote assumes the notice day (or the next business day), replaced by a recorded confirmation date.",
      },
      cite: [CANCEL_NOTICE, CANCEL_DESIRED, CANCEL_BEFORE_CONFIRMATION, CANCEL_CONFIRMATION_DAY],
    },
    {
      topic: "late-interest",
      text: {
        ja: "延滞利息は法定利率で、支払期日の翌日から支払日の前日まで、閏年も 365 日で計算します。支払期日の翌日から起算して 15 日以内（支払期日の 15 日後まで）の支払いには生じず、16 日後の支払いで 15 日分が生じます。利率は利息が生じる最初の日に有効な法定利率とします（解釈）。",
        en: "Interest is at the statutory rate from the day after the due date to the day before payment, on a 365-day year also in leap years. None when paid within 15 days counting from the day after the due date (up to due date + 15); paid on due date + 16, 15 days accrue. The rate is the statutory rate in force on the first day of interest (interpretation).",
      },
      cite: [INTEREST_PERIOD, INTEREST_GRACE, INTEREST_365],
    },
    {
      topic: "surcharge",
      text: {
        ja: "第26条は「（」が 1 つ欠けており（「料金表の規定により」の前）、NTT の約款の定型どおり、免れた額のほか、免れた額（税抜）の 2 倍に消費税相当額を加算した額を割増金とし、消費税を加算しない料金ではその 2 倍と読みます。別紙4 の料金はすべて課税のため後者は該当しません。",
        en: "第26条 lacks an opening \"（\" before \"料金表の規定により\"; read as NTT's standard clause: besides the evaded amount, a surcharge of twice the evaded amount (tax-exclusive) plus consumption tax, or just twice it for fees without tax. All 別紙4 fees are taxed, so the latter branch is empty.",
      },
      cite: [cite("第26条", "しない額とします｡）の 2倍に相当する額に消費税相当額を加算した額、料金表の規定により消費税相当額を加")],
    },
    {
      topic: "no-outage-credit",
      text: {
        ja: "本規約に障害時の料金減額や損害賠償の定めはありません（第7章「損害賠償」は第35条（免責事項）のみ）。受領した料金は返金されません（第28条第5項）。災害時の臨時減免（第33条）は当社の裁量で、減額の権利ではありません。UTM サポートの減額規定は適用しません。",
        en: "These terms have no outage credit and no damages clause (chapter 7 \"損害賠償\" holds only 第35条, disclaimers). Amounts received are not refunded (第28条第5項). The temporary reduction in disasters (第33条) is at NTT West's discretion, not a right. UTM Support's credit rule does not apply.",
      },
      cite: [
        NO_REFUND,
        cite("第33条", "当社は、災害が発生し、又は発生するおそれがあるときは、本規約の規定にかかわらず、臨時に、その料金"),
      ],
    },
    {
      topic: "responsibilities-not-stated",
      text: {
        ja: "「24時間365日監視」「月次報告」「設置場所・ケーブルは契約者が用意」は本規約に記載がありません。アラート対応は営業日の 9:00～18:00 です。契約者の義務として記載があるのはインターネット環境、電源等の環境基準、IP アドレス、ネットワーク機器の設定です。",
        en: "\"24/365 monitoring\", \"monthly reports\" and \"the customer provides the place and cables\" are not in these terms. Alerts are handled on business days 9:00–18:00. The customer duties stated are the internet environment, power and other site standards, IP addresses and network-device settings.",
      },
      cite: [SUPPORT_HOURS, cite("第37条第1項第6号", "(6) BizBox Serverに定められた温度、湿度、電源等の環境基準を保持すること。")],
    },
    {
      topic: "device-change",
      text: {
        ja: "機種の変更（例: OS6 → OS12）、利用回線番号の変更、移転、契約者の申出による休止は規約に定めがありません。第10条で変更を請求できるのは第7条第1項第2号の事項だけです。Yakkan は機種変更を「定めなし」と回答します。",
        en: "Changing the device model (e.g. OS6 → OS12), the line number, relocation or suspension at the customer's request are not provided for; 第10条 covers only the items of 第7条第1項第2号. Yakkan answers a model change as not provided for.",
      },
      cite: [cite("第10条第1項", "1 契約者は、第 7条（契約申込の方法）第 1項第 2号に定める事項の変更を請求することができます。")],
    },
    {
      topic: "payment-method-change",
      text: {
        ja: "支払方法の変更は規約の変更手続の対象ではなく、請求書等の料金が変更後の方法に従ってかかるだけとします（変更費用なし。第28条第2項により日割しません）。",
        en: "A payment-method change is not a change procedure of the terms; the invoice fees simply follow the method in use (no change fee; not prorated, 第28条第2項).",
      },
      cite: [ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN, PRORATION],
    },
    {
      topic: "termination-by-provider",
      text: {
        ja: "第22条の「本条第4号」は第3号と読み（クロスリファレンス参照）、第2号（フレッツ契約の解約）の場合は利用回線契約の解約完了時に自動解約、第20条第1項による提供終了の場合は第20条第2項の終了日が解約日です。反社会的勢力に該当する場合は通知なく即時解除されます（第23条第2項）。",
        en: "\"本条第4号\" in 第22条 is read as 第3号 (see the cross-references). Under item (2) (the FLET'S contract is cancelled) the contract ends automatically when the line cancellation completes; when the service ends under 第20条第1項, the end day notified under 第20条第2項 is the cancellation day. Anti-social forces: immediate termination without notice (第23条第2項).",
      },
      cite: [
        cite("第22条", "但し、本条第 2 号に該当する場合には、利用回線契約の解約が完了した時点で、本契約は自動的に解約されま"),
        cite("第20条第2項", "本サービスの提供を終了する日を契約者に通知し、当該終了日をもって本契約の解約日とします。ただし、"),
        cite("第23条第2項", "2 当社は、契約者が次の各号の一に該当するときは、何らの通知、催告を要せず即時に本契約を解除する"),
      ],
    },
    {
      topic: "text-defects",
      text: {
        ja: "第17条第1項第1号の「乗じたとき」は「生じたとき」の誤記と解します。",
        en: "\"乗じたとき\" in 第17条第1項第1号 is read as a typo for \"生じたとき\".",
      },
      cite: [cite("第17条第1項第1号", "(1) 当社の電気通信設備の保守上、工事上、その他やむを得ない事由が乗じたとき。")],
    },
    {
      topic: "versions",
      text: {
        ja: "附則は改正の実施日だけを示し、制定日と改正内容は資料にありません。制定時の版は日付が不明なため収録せず、2019年7月1日より前は「有効な規約なし」となります。2022年8月1日の改正には経過措置（実施前に支払い又は支払うべきだった料金等は従前の例による）がありますが、従前の本文がないため適用できません。",
        en: "The 附則 give only the revisions' effective dates; the enactment date and what changed are not in the sources. The original version is not listed (its date is unknown), so dates before 2019-07-01 have no terms in force. The 2022-08-01 revision has a transitional rule (fees paid or due before it follow the previous rules), which cannot be applied because the previous text is unknown.",
      },
      cite: [
        cite("附則（2019年6月26日）", "附則（2019年 6月 26日 西アＢＳ104号）"),
        cite("附則（2022年7月25日）第2条", "第 2条 この改正規定実施前に支払又は支払わなければならなかった電気通信サービスの料金その他の債務に"),
      ],
    },
    {
      topic: "terms-changes",
      text: {
        ja: "当社は契約者の承諾なく規約を変更でき、通知が届かなくても変更後の規約が適用されます（第2条）。",
        en: "NTT West may change the terms without the customer's consent; the changed terms apply even if the notice does not arrive (第2条).",
      },
      cite: [
        cite("第2条", "当社は、本規約（別紙含む）の全部又は一部を、契約者の承諾を得ることなく変更又は廃止することがあり"),
        cite("第2条", "の通知が到達しない場合にあっても、変更後の利用規約が適用されるものとします。"),
      ],
    },
  ],
};

