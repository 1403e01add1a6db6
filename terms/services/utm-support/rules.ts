import type { Condition, TermsBodyInput } from "../../src/dsl/index.js";
import { STATUTORY_RATE_BEYOND_KNOWN, STATUTORY_RATE_KNOWN_THROUGH, STATUTORY_RATES } from "../common/calendars.js";
import { BUSINESS_DAYS, businessDays } from "./calendars.js";
import {
  BILLING_MONTH,
  CHANGE_ORDER_SHEET,
  DEVICE_PROFESSIONAL,
  DEVICE_SSB10,
  DEVICE_SSB30,
  DEVICE_SSB5,
  DEVICE_STANDARD,
  DUE_DATE,
  END_DATE_AFTER_CONFIRMATION,
  END_DATE_IS_DESIRED_DATE,
  FEE_PERIOD,
  LATE_INTEREST,
  LATE_INTEREST_365,
  LATE_INTEREST_GRACE,
  LATE_INTEREST_MAY_WAIVE,
  LICENSED_WAIVER,
  MAXIMUM_TERM,
  NEW_DEVICE_ONLY,
  NO_CONTINUATION,
  NOTICE_5_BUSINESS_DAYS,
  OUTAGE_CREDIT,
  OUTAGE_DAY_OF_BLOCK,
  OUTAGE_ROW_1,
  OUTAGE_ROW_2,
  PAYMENT_CERTIFICATE,
  PAYMENT_CERTIFICATE_FEE,
  PRORATION,
  PRORATION_BY_CALENDAR_DAYS,
  PRORATION_END,
  PRORATION_SAME_DAY,
  PRORATION_START,
  QUALIFIED_INVOICE,
  QUALIFIED_INVOICE_FEE,
  REMOTE_SETTING_CHANGE,
  ROUNDING,
  SERVICE_START,
  SURCHARGE,
  INVOICE_FEES_SCOPE,
  EXEMPT_CORPORATE,
  ISSUE_FEE_WHEN,
  COLLECTION_FEE_WHEN,
  cite,
} from "./cite.js";

// 第8条, 第9条, 第21条, 第25条–第30条, 第35条–第41条, 別紙1–別紙3: dates, cancellation, interest,
// credits, responsibilities, permissions, changes, the outline and its cross-references.

const device = (value: string): Condition => ({ param: "device", in: [value] });
const years = (amount: number) => ({ amount, unit: "years" as const });

const ACCEPTANCE = cite(
  "第9条第1項",
  "当社は、本サービスの申込みがあった場合には、当社所定の審査を行い、承諾する場合には、書面をもって通知します。",
);
const CONTRACT_EFFECTIVE = cite(
  "第9条第1項",
  "当該書面の発行をもって本契約が成立するものとし、当該書面に記載される日付から本契約が効力を発し、契約者は本サービスの提供を受けることができるものとし、",
);
const INITIAL_WORK = cite(
  "第9条第2項",
  "前項の契約成立後、契約者との間でゲートウェイ装置又はライセンス付ゲートウェイ装置の監視開始に必要な工事（以下、初期工事）の日程を調整し、初期工事を実施します。",
);
const APPLICATION = cite(
  "第7条第1項",
  "本サービスを申込みときは、本規約の内容を承諾した上で、次に掲げる事項を当社所定の手続に従って契約事務を行う本サービス取扱所に申し出て頂きます。",
);
const NO_REFUND = cite("第28条第5項", "当社は、本規約等で別段の規定がある場合を除き、受領した請求金額について返金しないものとします。");
const LIABILITY_LIMIT = cite(
  "第35条第2項",
  "前項の場合において、当社は、本サービスが全く利用できない状態にあることを当社が知った時以後の利用できなかった時間（24時間の倍数である部分に限ります。）について24時間ごとに日数を計算し、その日数に対応するその本サービスの利用料金を発生した損害とみなし、その額に限って賠償します。",
);
const SUSPENSION_STILL_PAID = cite("第25条第2項第1号", "利用停止があったときは、契約者は、その期間中の月額料金の支払いを要します。");
const URL_FILTER_SELF_SERVICE = cite(
  "別紙1 3.2.3 注意9",
  "※ 注意 9：お客さまがゲートウェイ装置の管理画面を利用して、当社が指定したサイトカテゴリ区分の範囲内でのカテゴリの選択・変更、およびブラックリスト・ホワイトリストの登録をすることができます。",
);

export const rules: Omit<TermsBodyInput, "parameters" | "fees" | "tax" | "rounding"> = {
  calendars: [businessDays],
  billing: {
    serviceStart: "initialWorkCompletion",
    // 第28条第2項 prorates a start or an end on a day other than the 1st (and a same-day start and
    // end, 第3号); it names no other change of the fee (第5号's discount has no counterpart in 別紙4).
    proration: { start: "daily", end: "daily", change: "none" },
    lastBilledDay: "dayBeforeEndDate",
    cite: [
      SERVICE_START,
      FEE_PERIOD,
      BILLING_MONTH,
      PRORATION,
      PRORATION_START,
      PRORATION_END,
      PRORATION_SAME_DAY,
      PRORATION_BY_CALENDAR_DAYS,
      NO_REFUND,
    ],
  },
  order: {
    deadlines: [],
    targets: [],
    note: {
      ja: "規約は申込みから開通までの期間を定めていません。契約は承諾書面に記載の日付から効力を生じ（第9条第1項）、利用開始日（課金開始日）は日程調整のうえ実施する初期工事の完了日です（第9条第2項）。Yakkan は申込期限を開始希望日とし、利用開始日は工事日程により決まるものとして示します（解釈）。",
      en: "The terms set no lead time from application to service. The contract takes effect on the date written on the acceptance notice (第9条第1項); service and billing start on the day the initial work, scheduled with the customer, is completed (第9条第2項). Yakkan shows the desired start date as the last day to apply and leaves the start date to the work schedule (interpretation).",
    },
    cite: [APPLICATION, ACCEPTANCE, CONTRACT_EFFECTIVE, INITIAL_WORK, SERVICE_START],
  },
  cancellation: {
    notice: { amount: 5, unit: "businessDays", calendar: BUSINESS_DAYS },
    noticeForm: { ja: "当社所定の方法により本サービス取扱所へ申出", en: "A request to the service desk in the form NTT West prescribes" },
    endOfMonthOnly: false,
    lateNotice: { type: "byConfirmation", cite: [END_DATE_IS_DESIRED_DATE, END_DATE_AFTER_CONFIRMATION] },
    confirmation: {
      calendar: BUSINESS_DAYS,
      rule: { type: "confirmationPlusBusinessDays", days: 5 },
      assumption: {
        ja: "規約は当社が申出内容の確認を完了する日の決め方を定めていません。見積りでは、申出が営業日に届いた場合はその日、そうでない場合は翌営業日に確認が完了すると仮定します（仮定）。実際の確認完了日が記録されれば、それを用います",
        en: "The terms do not say when NTT West completes its confirmation. A quote assumes it completes on the day the request arrives if that is a business day, else on the next business day (assumption); a recorded confirmation date replaces this",
      },
      cite: [END_DATE_AFTER_CONFIRMATION],
    },
    duties: [],
    cite: [NOTICE_5_BUSINESS_DAYS, END_DATE_IS_DESIRED_DATE, END_DATE_AFTER_CONFIRMATION],
  },
  limits: {
    minimum: [],
    maximum: [
      { when: device("ssb5"), duration: years(7), label: { ja: "最長利用期間（SSB5: 7年）", en: "Maximum term (SSB5: 7 years)" }, cite: [MAXIMUM_TERM, NO_CONTINUATION, DEVICE_SSB5] },
      { when: device("ssb10"), duration: years(5), label: { ja: "最長利用期間（SSB10: 5年）", en: "Maximum term (SSB10: 5 years)" }, cite: [MAXIMUM_TERM, NO_CONTINUATION, DEVICE_SSB10] },
      { when: device("ssb30"), duration: years(5), label: { ja: "最長利用期間（SSB30: 5年）", en: "Maximum term (SSB30: 5 years)" }, cite: [MAXIMUM_TERM, NO_CONTINUATION, DEVICE_SSB30] },
      {
        when: device("ssb-standard"),
        duration: years(7),
        label: { ja: "最長利用期間（SSB Standard: 7年）", en: "Maximum term (SSB Standard: 7 years)" },
        cite: [MAXIMUM_TERM, NO_CONTINUATION, DEVICE_STANDARD],
      },
      {
        when: device("ssb-professional"),
        duration: years(7),
        label: { ja: "最長利用期間（SSB Professional: 7年）", en: "Maximum term (SSB Professional: 7 years)" },
        cite: [MAXIMUM_TERM, NO_CONTINUATION, DEVICE_PROFESSIONAL],
      },
    ],
  },
  lateInterest: {
    rate: { type: "statutory", rates: STATUTORY_RATES, knownThrough: STATUTORY_RATE_KNOWN_THROUGH, beyondKnown: STATUTORY_RATE_BEYOND_KNOWN },
    through: "dayBeforePayment",
    graceDays: 15,
    dayCountBasis: 365,
    interpretation: {
      ja: "法定利率は支払期日の翌日（遅延の初日）に適用される率を遅延期間全体に用います（民法第419条第1項に倣う解釈）。元本は消費税相当額を含む支払額です（第32条）。支払期日は当社が定める期日（第30条第1項）で、休日にあたる場合の繰上げ・繰下げは定められていないため移動しません。延滞利息のほかに請求する料金がない場合は請求されないことがあります（第27条第3項）。",
      en: "The statutory rate in force on the day after the due date (the first day of delay) applies to the whole delay (by analogy with 民法第419条第1項). The principal is the amount owed including consumption tax (第32条). The due date is the one NTT West sets (第30条第1項); the terms do not move a due date that falls on a day off, so it is not moved. Where nothing else is billed, the interest may not be charged (第27条第3項).",
    },
    cite: [LATE_INTEREST, LATE_INTEREST_GRACE, LATE_INTEREST_365, LATE_INTEREST_MAY_WAIVE, DUE_DATE],
  },
  outageCredit: {
    type: "dailyPerFullPeriod",
    hours: 24,
    cite: [OUTAGE_ROW_1, OUTAGE_CREDIT, OUTAGE_ROW_2, OUTAGE_DAY_OF_BLOCK, PRORATION_BY_CALENDAR_DAYS, SUSPENSION_STILL_PAID],
  },
  surcharge: { multiple: 2, taxOnSurcharge: true, cite: [SURCHARGE] },
  parties: [
    { id: "customer", name: { ja: "契約者", en: "Customer" } },
    { id: "ntt-west", name: { ja: "当社（西日本電信電話）", en: "NTT West (provider)" } },
    { id: "billing-agent", name: { ja: "請求事業者", en: "Billing agent (請求事業者)" } },
  ],
  responsibilities: [
    {
      area: { ja: "利用環境", en: "Environment" },
      duty: { ja: "対象ネットワークとインターネットとの通信が行われる環境を用意する", en: "Provide an environment where the target network can reach the internet" },
      party: "customer",
      cite: [cite("第14条第1項", "契約者は対象ネットワークとインターネットとの通信が行われる環境を用意するものとします。")],
    },
    {
      area: { ja: "設置", en: "Installation" },
      duty: { ja: "ゲートウェイ装置の設置場所・電源・接続ケーブルを用意する", en: "Provide the installation place, power and cables for the gateway" },
      party: "customer",
      cite: [
        cite(
          "第14条第2項",
          "契約者はゲートウェイ装置又はライセンス付ゲートウェイ装置を設置する場所、電源、ゲートウェイ装置又はライセンス付ゲートウェイ装置に接続するケーブルを用意するものとします。",
        ),
      ],
    },
    {
      area: { ja: "アドレス", en: "Addressing" },
      duty: {
        ja: "ゲートウェイ装置に割り当てる IP アドレス（1 装置につき固定 1 IP）を用意する",
        en: "Provide the gateway's IP address (one fixed address per device)",
      },
      party: "customer",
      cite: [
        cite(
          "第14条第3項",
          "契約者はゲートウェイ装置又はライセンス付ゲートウェイ装置に割り当てるグローバルIPアドレスもしくは、対象ネットワークのプライベートIPアドレスを用意するものとする。",
        ),
        cite(
          "別紙1 3.3.4",
          "ゲートウェイ装置に対してお客さまネットワークアドレスより、固定のアドレスを1装置につき1 IP 提供していただく必要がございます。",
        ),
      ],
    },
    {
      area: { ja: "アドレス", en: "Addressing" },
      duty: {
        ja: "提供開始後、保守用・VPN 接続用のアドレス帯（172.30.0.0/24、172.26〜29.0.0/16）を使用しない",
        en: "After service starts, do not use the maintenance and VPN ranges (172.30.0.0/24, 172.26–29.0.0/16)",
      },
      party: "customer",
      cite: [
        cite(
          "別紙1 3.3.5.2",
          "使用するアドレス帯は下記の通りで、お客さまは本サービス提供開始後、お客さまネットワークの拡張等で下記のアドレス帯を使用することはできません。",
        ),
      ],
    },
    {
      area: { ja: "ネットワーク設定", en: "Network settings" },
      duty: {
        ja: "上位のファイアウォール・ルータ等で、ゲートウェイ装置が管理サーバと通信できるよう設定を変更する",
        en: "Configure upstream firewalls and routers so the gateway can reach the management servers",
      },
      party: "customer",
      cite: [
        cite(
          "別紙1 3.3.5.1",
          "◆ ゲートウェイ装置の上位ネットワークにお客さま所有のファイアウォールやルータ等のネットワーク機器が存在する場合、そのネットワーク機器に対してゲートウェイ装置がインターネット上に存在する管理サーバと通信するための設定の変更をお願いいたします。",
        ),
      ],
    },
    {
      area: { ja: "申込み", en: "Application" },
      duty: { ja: "ISP の DNS サーバアドレスを確認し、ヒアリングシートに記入する", en: "Confirm the ISP's DNS server addresses and write them in the hearing sheet" },
      party: "customer",
      cite: [
        cite(
          "別紙1 3.3.5.3",
          "◆ 事前にお客さまが契約する ISP から提供される DNS サーバアドレスの確認をいただき、ヒアリングシートに記入いただく必要がございます。",
        ),
      ],
    },
    {
      area: { ja: "申込み", en: "Application" },
      duty: { ja: "セキュリティ機能を最低 1 つ選択する", en: "Choose at least one security function" },
      party: "customer",
      cite: [cite("別紙1 3.2.3", "◆ 表 3-4 の 7 つのセキュリティ機能の中から、お客さまが最低 1 つ以上の機能を選択されることとなります。")],
    },
    {
      area: { ja: "利用条件", en: "Conditions of use" },
      duty: {
        ja: "装置を常時インターネットに接続でき、温度・湿度・電源等の環境基準を保つ状態で運用する",
        en: "Keep the gateway always connected to the internet and within its temperature, humidity and power requirements",
      },
      party: "customer",
      cite: [
        cite("第38条第1項第2号", "ゲートウェイ装置又はライセンス付ゲートウェイ装置が、常時インターネットに接続できる環境であること。"),
        cite("第38条第1項第6号", "ゲートウェイ装置又はライセンス付ゲートウェイ装置に定められた温度、湿度、電源等の環境基準を保持すること"),
      ],
    },
    {
      area: { ja: "設備", en: "Equipment" },
      duty: {
        ja: "フレッツ 光ネクスト/クロスその他の必要な設備を自己の責任で保持・管理する（その利用料金は本サービスの料金に含まれない）",
        en: "Keep and manage the FLET'S line and other equipment needed, at own responsibility (their charges are not part of this service's fee)",
      },
      party: "customer",
      cite: [
        cite("第41条第1項", "契約者は、自己の責任において、本サービスを利用するために必要なフレッツ 光ネクスト/クロスその他の設備を保持し管理するものとします。"),
        cite("第41条第2項", "契約者が本サービスを利用するために必要なフレッツ 光ネクスト/クロスの利用料金は、本サービスの利用料金には含まれません。"),
      ],
    },
    {
      area: { ja: "協力", en: "Cooperation" },
      duty: {
        ja: "当社の求めに応じて ID・パスワードの入力、必要な情報の提供、重要情報の複製・機密情報の防護又は消去を行う",
        en: "On request, enter IDs and passwords, supply the information needed, and copy important data and protect or erase confidential data beforehand",
      },
      party: "customer",
      cite: [cite("第39条", "契約者は、当社が本サービスの提供に必要な協力を求めたときは、当社に対して以下に定める協力を行って頂きます。")],
    },
    {
      area: { ja: "設備のき損", en: "Damage to equipment" },
      duty: { ja: "違反により当社設備をき損したときは修繕等の費用を支払う", en: "Pay the repair costs for provider equipment damaged in breach of the rules" },
      party: "customer",
      cite: [
        cite("第38条第3項", "契約者は、前項の規定に違反して当社設備をき損したときには、当社が指定する期日までにその修繕その他の工事等に必要な費用を支払って頂きます。"),
      ],
    },
    {
      area: { ja: "先出しセンドバック保守", en: "Send-back replacement" },
      duty: {
        ja: "交換用装置の到着後に交換し、故障品を当社へ返送する（返送の送料は契約者負担）。返却しない場合・故意又は過失による破損がある場合は再調達代金相当の賠償を求められることがある",
        en: "Swap in the replacement and send the faulty unit back at own shipping cost; an unreturned or negligently damaged unit may be charged at its replacement cost",
      },
      party: "customer",
      cite: [
        cite(
          "別紙1 3.2.1 表3-3",
          "当社より交換用のゲートウェイ装置をお客さまに送付いたします。装置到着後、お客さまにて交換対応を実施していただき、交換後の故障機は当社宛てに送っていただきます。",
        ),
        cite(
          "別紙1 3.2.1 注意2",
          "送料に関しては、送り元負担とさせていただきます。(交換用のゲートウェイ装置をお客さま先へ送付するのは当社負担、故障品を当社宛てに送り返すのはお客さま負担となります)",
        ),
        cite("別紙1 3.2.1 注意5", "当社はお客さまに対し当該機器の再調達代金相当の損害賠償を請求する場合があります。"),
      ],
    },
    {
      area: { ja: "先出しセンドバック保守", en: "Send-back replacement" },
      duty: {
        ja: "交換用装置を平日 9〜15 時に発送する（正午までの受付は当日、以降は翌営業日）。往路の送料は当社負担",
        en: "Ship the replacement on weekdays 9:00–15:00 (same day if accepted by noon, else the next business day), outbound shipping paid by NTT West",
      },
      party: "ntt-west",
      cite: [
        cite(
          "別紙1 3.2.1 注意2",
          "交換用のゲートウェイ装置の送付は平日 9 時～15 時での対応(正午までの受付は当日発送、以降は翌営業日発送)となります。",
        ),
      ],
    },
    {
      area: { ja: "監視", en: "Monitoring" },
      duty: {
        ja: "24 時間 365 日、IP レベルでゲートウェイ装置の死活監視を行い、不具合検知時は自動でメール連絡する",
        en: "Alive-monitor the gateway at IP level 24/365 and e-mail automatically when a fault is detected",
      },
      party: "ntt-west",
      cite: [
        cite("別紙1 3.2.1 表3-3", "ゲートウェイ装置が動作しているかの死活監視を IP レベルで実施しております。"),
        cite("別紙1 3.2.1 表3-3", "24 時間 365 日間問わず監視不具合を検知した際に、頂いた連絡先宛てに通知されます。"),
      ],
    },
    {
      area: { ja: "受付・サポート", en: "Support desk" },
      duty: {
        ja: "営業日 9:00〜17:00 に専用受付番号で受付・サポート（障害申告、技術問合せ、監視不具合時の電話連絡）を行う。時間外は翌営業日に対応",
        en: "Take calls and support on the dedicated number on business days 9:00–17:00 (fault reports, technical questions, phone calls on alerts); outside those hours, the next business day",
      },
      party: "ntt-west",
      cite: [
        cite(
          "別紙1 3.2.1 注意1",
          "※ 注意 1 : 対応時間は平日 9 時～17 時に限らせていただきます。それ以外の時間で発生した監視不具合検知や各種ご申告などに対しては、翌営業日の 9 時～17 時での対応とさせていただきます。",
        ),
        cite("別紙2", "但し、サポート内容・時間帯によっては翌営業日の対応となる場合があります。"),
      ],
    },
    {
      area: { ja: "運用", en: "Operation" },
      duty: {
        ja: "変更オーダーシートに基づき遠隔で設定を変更し、完了をメールで連絡する。月次レポートと設定一覧をダウンロードサイトで提供する",
        en: "Change settings remotely per change order sheet and confirm by e-mail; provide the monthly report and the settings list on the download site",
      },
      party: "ntt-west",
      cite: [
        REMOTE_SETTING_CHANGE,
        cite(
          "別紙1 3.2.4(4)",
          "サービス開通後、1 ヶ月毎に、以下のとおりレポートをお客さまへ提供いたします。こちらは、当社のダウンロードサイトからお客さまにてダウンロードしていただく形となります。",
        ),
      ],
    },
    {
      area: { ja: "開通", en: "Opening" },
      duty: { ja: "契約成立後、契約者と日程を調整して初期工事を行う", en: "After the contract is formed, schedule the initial work with the customer and do it" },
      party: "ntt-west",
      cite: [INITIAL_WORK],
    },
    {
      area: { ja: "請求", en: "Billing" },
      duty: {
        ja: "当社から譲渡を受けた料金債権を請求する（契約者への個別の通知は省略）",
        en: "Bill the receivables NTT West assigns to it (no individual notice to the customer)",
      },
      party: "billing-agent",
      cite: [
        cite(
          "第34条",
          "契約者は、当社が、その契約に基づき支払う料金その他の債務に係る債権を、当社が別に定める事業者（以下「請求事業者」といいます。）に対し、当社が別に定める場合を除き譲渡することを承認していただきます。",
        ),
      ],
    },
  ],
  permissions: [
    {
      operation: "contract.cancel",
      label: { ja: "解約", en: "Cancel the contract" },
      mode: "request",
      documents: [{ ja: "当社所定の方法による申出（解約希望日の 5 営業日前まで）", en: "A request in the prescribed form (5 business days before the desired date)" }],
      leadTime: { amount: 5, unit: "businessDays", calendar: BUSINESS_DAYS },
      cite: [NOTICE_5_BUSINESS_DAYS],
    },
    {
      operation: "contract.change-details",
      label: { ja: "申込内容（第7条第1項第2号の事項）の変更", en: "Change the application details (第7条第1項第2号)" },
      mode: "request",
      note: { ja: "新規申込みに準じて審査・承諾されます。手数料・期間は定められていません。", en: "Screened and accepted like a new application; no fee or lead time is stated." },
      cite: [
        cite("第10条第1項", "契約者は、第 7 条（契約申込の方法）第 1 項第 2 号に定める事項の変更を請求することができます。"),
        cite("第10条第2項", "当社は、前項の請求があったときは、第 9 条（契約申込の承諾）の規定に準じて取り扱います。"),
      ],
    },
    {
      operation: "contract.assign",
      label: { ja: "利用権の譲渡", en: "Transfer the right of use" },
      mode: "request",
      documents: [
        { ja: "当事者が連署した当社所定の書面（譲渡を証明する書類で代替可）", en: "NTT West's form signed by both parties (or proof of the transfer instead)" },
      ],
      note: { ja: "当社の承認が必要です。", en: "Needs NTT West's approval." },
      cite: [
        cite(
          "第11条第1項",
          "本契約に係る利用権（契約者が本契約に基づいて本サービスの提供を受ける権利をいいます。以下同じとします。）の譲渡は、当社の承認を受けなければ、その効力を生じません。",
        ),
        cite(
          "第11条第2項",
          "本契約に係る利用権の譲渡の承認を受けようとするときは、当事者が連署した当社所定の書面により当社に請求していただきます。ただし、譲渡があったことを証明できる書類の添付をもって連署に代えることができます。",
        ),
      ],
    },
    {
      operation: "contract.pledge",
      label: { ja: "サービスの提供を受ける権利の第三者への譲渡・質入れ等", en: "Sell, pledge or otherwise give the right to the service to a third party" },
      mode: "not-allowed",
      note: { ja: "本契約で別に定める場合（第11条の承認を受けた譲渡など）を除きます。", en: "Except where the contract provides otherwise (e.g. an approved transfer under 第11条)." },
      cite: [
        cite(
          "第12条",
          "本契約に基づき本サービスの提供を受ける権利は契約者のみに帰属するものであり、契約者は、本契約で別に定める場合を除き、本サービスの提供を受ける権利を第三者に譲渡、承継、売買、又は質権の設定その他担",
        ),
      ],
    },
    {
      operation: "contract.succession",
      label: { ja: "相続・合併・分割による地位の承継の届出", en: "Notify succession (inheritance, merger, split)" },
      mode: "request",
      documents: [{ ja: "当社所定の書面と承継を証明する書類", en: "NTT West's form with documents proving the succession" }],
      cite: [
        cite(
          "第13条第1項",
          "相続又は法人の合併若しくは分割により契約者の地位の承継があったときは、相続人又は合併後存続する法人、合併若しくは分割により設立された法人若しくは分割により営業を承継する法人は、当社所定の書面にこれを証明する書類を添えて本サービス取扱所に届け出て頂きます。",
        ),
      ],
    },
    {
      operation: "contract.notify-details",
      label: { ja: "氏名・住所・連絡先・請求書送付先の変更の届出", en: "Notify a change of name, address, contacts or invoice address" },
      mode: "request",
      note: { ja: "速やかに届け出ます。手数料は定められていません。", en: "Notify promptly; no fee is stated." },
      cite: [
        cite(
          "第15条第1項",
          "契約者は、その氏名、名称、住所若しくは居所、連絡先電話番号、電子メールアドレス又は請求書の送付先に変更があったときは、そのことを速やかに本サービス取扱所に届け出ていただきます。",
        ),
      ],
    },
    {
      operation: "network.change-environment",
      label: { ja: "通信環境の変更", en: "Change the communication environment" },
      mode: "request",
      note: { ja: "事前に当社へ連絡し許可を得ます。許可のない変更による中断・停止は当社の責任外です。", en: "Contact NTT West beforehand and get permission; outages from unapproved changes are not its responsibility." },
      cite: [
        cite(
          "第36条第6項",
          "契約者が、本サービスを利用中に、通信環境を変更しようとする場合には、事前に当社に対し連絡し、許可を得るものとします。",
        ),
      ],
    },
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
      label: { ja: "URL フィルタのカテゴリ選択・ブラックリスト/ホワイトリスト登録", en: "URL filter categories and black/white lists" },
      actor: "customer",
      mode: "self-service",
      note: { ja: "ゲートウェイ装置の管理画面で、当社が指定したカテゴリ区分の範囲内で行えます。", en: "On the gateway's admin screen, within the category set NTT West specifies." },
      cite: [cite("別紙1 3.2.3", "なお、一部機能はお客さまにて変更可能といたします。"), URL_FILTER_SELF_SERVICE],
    },
    {
      operation: "mail.release-quarantined",
      label: { ja: "隔離されたメールのリリース要求", en: "Release a quarantined e-mail" },
      actor: "customer",
      mode: "self-service",
      note: { ja: "アンチスパムで隔離されたメールに限り、隔離レポートから行えます。保管期間は 16 日間です。", en: "For mail quarantined by anti-spam, from the quarantine report; mail is kept 16 days." },
      cite: [
        cite("別紙1 3.3.5.4(2)", "受信したいメールをゲートウェイ装置に対して、リリース要求を行うことが可能です。"),
        cite("別紙1 3.3.5.4(4)", "ゲートウェイ装置に隔離されたメールの保管期間は 16 日間となります。"),
      ],
    },
    {
      operation: "security.firewall-inbound",
      label: { ja: "ファイアウォール（ルール 2）で外部から許可するトラフィックの指定", en: "Allow inbound traffic under firewall rule 2" },
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
      label: { ja: "WEB アンチウイルス内のスパイウェア検知の無効化", en: "Disable spyware detection inside web anti-virus" },
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
      note: { ja: "交換用装置は同じ製品又は同等の機能を有する製品の再生品です。", en: "Replacements are refurbished units of the same or an equivalent product." },
      cite: [cite("別紙1 3.2.1 注意3", "交換用ゲートウェイ装置は、同じ製品または同等の機能を有する製品の再生品となります。なお、交換用ゲートウェイ装置の指定はできません。")],
    },
    {
      operation: "invoice.qualified",
      label: { ja: "適格請求書の発行", en: "Issue a qualified invoice (適格請求書)" },
      mode: "request",
      feeCode: "qualified-invoice",
      note: { ja: "手数料 400 円（税抜）のほか郵送料等・実費が必要な場合があります。", en: "400 yen (tax-exclusive) plus postage and any actual expenses." },
      cite: [QUALIFIED_INVOICE, QUALIFIED_INVOICE_FEE],
    },
    {
      operation: "invoice.payment-certificate",
      label: { ja: "支払証明書の発行", en: "Issue a payment certificate" },
      mode: "request",
      feeCode: "payment-certificate",
      note: {
        ja: "手数料 400 円（税抜）と郵送料等。債権を請求事業者に譲渡した場合は発行されません。",
        en: "400 yen (tax-exclusive) plus postage; not available where the receivable was assigned to the billing agent.",
      },
      cite: [PAYMENT_CERTIFICATE, PAYMENT_CERTIFICATE_FEE],
    },
  ],
  changeRules: [
    {
      param: "device",
      label: { ja: "ゲートウェイ装置", en: "Gateway device" },
      forbiddenWhen: { param: "before.device", present: true },
      reason: {
        ja: "機器の変更は規約に定めがありません。申込みは別紙3の機器を新規導入した契約者に限られ、最長利用期間も機器ごとに決まるため、解約して新規に申し込む扱いとします（解釈）。",
        en: "The terms provide no device change. Applications require a newly installed 別紙3 device and the maximum term depends on it, so Yakkan treats a model change as cancel and apply anew (interpretation).",
      },
      cite: [NEW_DEVICE_ONLY, MAXIMUM_TERM],
    },
    {
      param: "licensed",
      label: { ja: "ライセンス付ゲートウェイ装置", en: "Licensed gateway" },
      forbiddenWhen: { param: "before.licensed", present: true },
      reason: {
        ja: "ライセンス付とそうでない装置の間の変更は機器の変更であり、規約に定めがありません。解約して新規に申し込む扱いとします（解釈）。",
        en: "Switching between the licensed and the plain variant is a device change, which the terms do not provide: cancel and apply anew (interpretation).",
      },
      cite: [NEW_DEVICE_ONLY, LICENSED_WAIVER],
    },
    {
      param: "corporate",
      label: { ja: "法人契約", en: "Corporate customer" },
      cite: [EXEMPT_CORPORATE, cite("第15条第1項", "そのことを速やかに本サービス取扱所に届け出ていただきます。")],
    },
    {
      param: "hikariCollaboration",
      label: { ja: "光コラボレーションモデルのフレッツ回線", en: "FLET'S line under Hikari Collaboration" },
      cite: [
        INVOICE_FEES_SCOPE,
        cite(
          "第22条第2号",
          "本契約に係るフレッツ 光ネクスト/クロス契約について、フレッツ 光ネクスト/クロス契約の解約（フレッツ 光ネクスト/クロスの移転、転用および事業者変更に伴うものを除きます。）があったとき。",
        ),
      ],
    },
    {
      param: "paymentMethod",
      label: { ja: "支払方法", en: "Payment method" },
      cite: [ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN],
    },
  ],
  outline: [
    { clause: "第1条", title: "本規約の目的", paragraphs: 1 },
    { clause: "第2条", title: "本規約の変更", paragraphs: 3 },
    { clause: "第3条", title: "用語の定義", paragraphs: 1 },
    { clause: "第4条", title: "本サービスの提供範囲", paragraphs: 1 },
    { clause: "第5条", title: "提供区域", paragraphs: 1 },
    { clause: "第6条", title: "契約の単位", paragraphs: 2 },
    { clause: "第7条", title: "契約申込の方法", paragraphs: 4 },
    { clause: "第8条", title: "最長利用期間", paragraphs: 1 },
    { clause: "第9条", title: "契約申込の承諾", paragraphs: 4 },
    { clause: "第10条", title: "契約申込内容の変更", paragraphs: 2 },
    { clause: "第11条", title: "契約の譲渡", paragraphs: 4 },
    { clause: "第12条", title: "権利の譲渡の禁止", paragraphs: 1 },
    { clause: "第13条", title: "契約者の地位の承継", paragraphs: 5 },
    { clause: "第14条", title: "サービス提供条件等", paragraphs: 5 },
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
    { clause: "第25条", title: "利用料金の支払義務", paragraphs: 3 },
    { clause: "第26条", title: "割増金", paragraphs: 1 },
    { clause: "第27条", title: "延滞利息", paragraphs: 3 },
    { clause: "第28条", title: "料金計算方法等", paragraphs: 5 },
    { clause: "第29条", title: "端数処理", paragraphs: 1 },
    { clause: "第30条", title: "料金等の支払", paragraphs: 2 },
    { clause: "第31条", title: "料金の一括後払", paragraphs: 1 },
    { clause: "第32条", title: "消費税相当額の加算", paragraphs: 1 },
    { clause: "第33条", title: "料金等の臨時減免", paragraphs: 1 },
    { clause: "第34条", title: "債権の譲渡", paragraphs: 1 },
    { clause: "第35条", title: "責任の制限", paragraphs: 3 },
    { clause: "第36条", title: "免責事項", paragraphs: 14 },
    { clause: "第37条", title: "個人情報の取扱", paragraphs: 9 },
    { clause: "第38条", title: "利用に係る契約者の義務", paragraphs: 3 },
    { clause: "第39条", title: "契約者の当社に対する協力事項", paragraphs: 1 },
    { clause: "第40条", title: "除外事項", paragraphs: 1 },
    { clause: "第41条", title: "設備等の準備", paragraphs: 2 },
    { clause: "第42条", title: "法令に規定する事項", paragraphs: 1 },
    { clause: "第43条", title: "準拠法", paragraphs: 1 },
    { clause: "第44条", title: "紛争の解決", paragraphs: 2 },
    { clause: "第45条", title: "承諾の限界", paragraphs: 1 },
    { clause: "附則", title: "附則（2019年6月26日〜2025年3月19日、10件）" },
    { clause: "別紙1", title: "UTM サポート仕様書（【別紙1】の見出しなし: 附則の後の「1. 本書の位置づけ」から【別紙2】の前まで）" },
    { clause: "別紙1 2.", title: "用語説明" },
    { clause: "別紙1 3.2.1", title: "基本機能" },
    { clause: "別紙1 表3-3", title: "基本機能一覧表" },
    { clause: "別紙1 3.2.2", title: "基本機能での監視・運用・保守" },
    { clause: "別紙1 3.2.3", title: "セキュリティ機能" },
    { clause: "別紙1 表3-4", title: "セキュリティ機能一覧表" },
    { clause: "別紙1 3.2.4", title: "セキュリティ機能の監視・運用" },
    { clause: "別紙1 表3-5", title: "監視・運用内容及び報告方法一覧表" },
    { clause: "別紙1 3.3.4", title: "ゲートウェイ装置の提供形態" },
    { clause: "別紙1 3.3.5.1", title: "VPN 接続" },
    { clause: "別紙1 3.3.5.2", title: "ゲートウェイ装置が使用するアドレス帯" },
    { clause: "別紙1 3.3.5.3", title: "ゲートウェイ装置からのインターネットへの通信について" },
    { clause: "別紙1 表3-12", title: "インターネットへの通信一覧" },
    { clause: "別紙1 3.3.5.4", title: "ゲートウェイ装置に隔離されたメールについて" },
    { clause: "別紙1 表3-13", title: "ゲートウェイ装置への通信一覧" },
    { clause: "別紙2", title: "提供時間" },
    { clause: "別紙3", title: "対象機器一覧" },
    { clause: "別紙4", title: "料金表" },
    { clause: "別紙5", title: "当社が別に定めることとする事項" },
  ],
  crossReferences: [
    // References checked against their targets and found correct.
    {
      at: "第28条第3項",
      target: "第25条第2項第2号",
      subject: "利用料金の支払義務",
      cite: [OUTAGE_DAY_OF_BLOCK],
    },
    {
      at: "第32条",
      target: "第25条",
      subject: "利用料金の支払義務",
      cite: [cite("第32条", "第 25 条（利用料金の支払義務）の規定その他本規約の規定により")],
    },
    { at: "第24条", target: "別紙4", subject: "料金表", cite: [cite("第24条", "別紙 4 に定める料金表（以下、料金表）")] },
    { at: "第7条第4項", target: "別紙3", subject: "対象機器一覧", cite: [NEW_DEVICE_ONLY] },
    {
      at: "第3条",
      target: "別紙2",
      subject: "提供時間",
      cite: [cite("第3条", "受付時間は別紙2（提供時間）に定めるところによります。")],
    },
    {
      at: "第10条第1項",
      target: "第7条第1項第2号",
      subject: "契約申込の方法",
      cite: [cite("第10条第1項", "第 7 条（契約申込の方法）第 1 項第 2 号に定める事項の変更を請求することができます。")],
    },
    {
      at: "第22条第1号",
      target: "第18条",
      subject: "利用停止",
      cite: [cite("第22条第1号", "第 18 条（利用停止）の規定により本サービスの利用を停止された契約者が、なおその事実を解消しないとき。")],
    },
    {
      at: "第11条第4項",
      target: "第34条",
      subject: "債権の譲渡",
      cite: [cite("第11条第4項", "第 34 条（債権の譲渡）の規定により同条に規定する請求事業者に譲渡された債権に係る債務を支払う義務を含みます。")],
    },
    // Defects in the source, acknowledged.
    {
      at: "第28条第2項第4号",
      target: "第28条第2項第2号",
      subject: "利用料金の支払義務",
      knownDefect: {
        intended: "第25条第2項第2号",
        note: {
          ja: "第28条は「料金計算方法等」で、その第2項第2号は月の途中の解約です。「利用料金の支払義務」は第25条で、その第2項第2号が利用できない場合の料金（第28条第3項は正しく第25条を引用）。",
          en: "第28条 is 料金計算方法等 and its 第2項第2号 is a mid-month cancellation; 利用料金の支払義務 is 第25条, whose 第2項第2号 covers outages (第28条第3項 cites it correctly).",
        },
      },
      cite: [cite("第28条第2項第4号", "第 28 条（利用料金の支払義務）第 2 項第 2 号の規定に該当するとき。")],
    },
    {
      at: "第2条第3項",
      target: "第20条",
      subject: "契約者による解約",
      knownDefect: {
        intended: "第21条",
        note: {
          ja: "第20条は当社による「本サービス提供の終了」です。契約者による解約は第21条。同じ文は「当該変更又は廃止」の「変更」が欠けています。",
          en: "第20条 is the provider ending the service; cancellation by the customer is 第21条. The same sentence also drops 変更 from 当該変更又は廃止.",
        },
      },
      cite: [cite("第2条第3項", "契約者は、第20条に従い、当該又は廃止が効力を生じる日までに本サービスを解約し、ご利用を中止するものとします。")],
    },
    {
      at: "別紙1 3.2.4",
      target: "別紙1 3.2.2",
      subject: "セキュリティ機能",
      knownDefect: {
        intended: "別紙1 3.2.3",
        note: { ja: "3.2.2 は「基本機能での監視・運用・保守」。セキュリティ機能は 3.2.3 です。", en: "3.2.2 is 基本機能での監視・運用・保守; セキュリティ機能 is 3.2.3." },
      },
      cite: [cite("別紙1 3.2.4", "「3.2.2 セキュリティ機能」よりお客さまが選択された機能に対して、監視・運用を提供いたします。")],
    },
    {
      at: "別紙1 3.2.4(3)",
      target: "表4-1",
      subject: "ゲートウェイ装置のログ一覧",
      knownDefect: {
        intended: "（資料に存在しない）",
        note: { ja: "表 4-1 も第 4 章も資料にありません（仕様書は表 3-13 で終わる抜粋）。", en: "Neither 表4-1 nor a chapter 4 exists in the sources (the spec is an excerpt ending at 表3-13)." },
      },
      cite: [cite("別紙1 3.2.4(3)", "詳細な内容については「表 4-1 ゲートウェイ装置のログ一覧」に記述しております。")],
    },
    {
      at: "別紙1 3.2.3",
      target: "参考資料",
      subject: "デフォルト値",
      knownDefect: {
        intended: "（資料に存在しない）",
        note: { ja: "「参考資料」は資料に含まれていません。", en: "The 参考資料 (reference material) is not in the sources." },
      },
      cite: [cite("別紙1 3.2.3", "（デフォルト値は参考資料参照）")],
    },
    {
      at: "別紙1 3.3.5.4(4)",
      target: "参考資料",
      subject: "プラン別の容量",
      knownDefect: {
        intended: "（資料に存在しない）",
        note: { ja: "プラン別の隔離メール容量を載せた「参考資料」は資料に含まれていません。", en: "The 参考資料 with per-plan quarantine capacity is not in the sources." },
      },
      cite: [cite("別紙1 3.3.5.4(4)", "プラン別の容量については「参考資料」に記載しています。")],
    },
    {
      at: "第28条第2項第5号",
      target: "別紙4",
      subject: "月額料金の割引",
      knownDefect: {
        intended: "（資料に存在しない）",
        note: {
          ja: "料金表（別紙4）に割引の定めはなく、ライセンス付装置の免除のみです。この号が適用される場合はありません。",
          en: "The price table (別紙4) has no discount, only the licensed-device waiver; this item never applies.",
        },
      },
      cite: [cite("第28条第2項第5号", "料金月の初日以外の日に料金表に規定する月額料金の割引の適用に変更があったとき。")],
    },
    {
      at: "第25条第3項",
      target: "別紙4",
      subject: "工事に関する費用",
      knownDefect: {
        intended: "（資料に存在しない）",
        note: {
          ja: "料金表に工事に関する費用の定めはありません（第9条第3項第3号、第38条第3項、別紙4 4.(1) も同様）。",
          en: "The price table lists no construction fee (likewise 第9条第3項第3号, 第38条第3項, 別紙4 4.(1)).",
        },
      },
      cite: [cite("第25条第3項", "本規約により料金表に定める料金又は工事に関する費用の支払いを要するものとされている額よりも過小であった場合には、")],
    },
    {
      at: "第1条",
      target: "【別紙1】",
      subject: "UTM サポート仕様書",
      knownDefect: {
        intended: "別紙1（附則の後の見出しのない仕様書）",
        note: {
          ja: "【別紙1】という見出しは資料になく、附則の後に見出しのない仕様書（「1. 本書の位置づけ」から【別紙2】の前まで）が続きます。これを別紙1と解し、outline と引用では「別紙1」と呼びます。",
          en: "No 【別紙1】 heading exists; an unlabelled spec follows the 附則 (from 1. 本書の位置づけ up to 【別紙2】). Yakkan reads it as 別紙1 and calls it so in the outline and citations.",
        },
      },
      cite: [cite("第1条", "別紙1に定める UTM サポート仕様書（以下「仕様書」といいます）に基づき、事業者様へ提供します。")],
    },
    {
      at: "第9条第3項",
      target: "第9条第2項",
      subject: "申込みの審査と書面による承諾",
      knownDefect: {
        intended: "第9条第1項",
        note: {
          ja: "「前項」は第2項（初期工事）ですが、承諾しない場合の定めは第1項（承諾）に対するものと解します（要確認）。",
          en: "前項 is 第2項 (initial work), but refusal logically qualifies 第1項 (acceptance) (to confirm with legal).",
        },
      },
      cite: [cite("第9条第3項", "当社は、前項の規定にかかわらず、次のいずれかに該当すると当社が判断した場合、申込を承諾しないことがあります。")],
    },
    {
      at: "第13条（注）",
      target: "第13条第5項",
      subject: "届出の方法",
      knownDefect: {
        intended: "第13条第1項",
        note: {
          ja: "注は第5項の後にありますが、内容は第1項の届出方法に関するものです（第11条の注は「本条第 2 項」と明示）。",
          en: "The note follows 第5項 but concerns 第1項's notification (compare 第11条's note, which names 本条第 2 項).",
        },
      },
      cite: [cite("第13条（注）", "（注）本項の規定にかかわらず、フレッツ 光ネクスト/クロスが光コラボレーションモデルに関する契約に基づき提供されるものである場合は、")],
    },
    {
      at: "別紙1 表3-3",
      target: "別紙1 3.2.1 注意3",
      subject: "月次レポート",
      knownDefect: {
        intended: "別紙1 3.2.1 注意6",
        note: {
          ja: "注意3は交換用装置（再生品）の注記で、月次レポートとは無関係です。提供形式（ダウンロード）を定める注意6はどの行からも参照されていません。",
          en: "注意3 is about refurbished replacement units; 注意6 (download delivery) fits the monthly report and is cited by no row.",
        },
      },
      cite: [cite("別紙1 表3-3", "月次レポート ※注意 3 ゲートウェイ装置が、機器に到達したトラフィックを処理した結果を 1 ヶ月毎に集計し、")],
    },
    {
      at: "別紙1 3.2.3",
      target: "別紙1 表3-4",
      subject: "7 つのセキュリティ機能",
      knownDefect: {
        kind: "wording",
        intended: "別紙1 表3-4",
        note: {
          ja: "表3-4（とサービス構成）には 8 つの機能があり、「7 つ」と一致しません。8 つとして扱います。",
          en: "表3-4 (and the service structure) lists 8 functions, not 7; Yakkan uses the 8.",
        },
      },
      cite: [cite("別紙1 3.2.3", "◆ 表 3-4 の 7 つのセキュリティ機能の中から、")],
    },
    {
      at: "第27条第2項",
      target: "第27条第1項",
      subject: "遅滞利息",
      knownDefect: {
        kind: "wording",
        intended: "第27条第1項",
        note: { ja: "第1項が定めるのは「延滞利息」で、「遅滞利息」は同じものと解します。", en: "第1項 defines 延滞利息; 遅滞利息 is read as the same thing." },
      },
      cite: [LATE_INTEREST_365],
    },
    {
      at: "第37条第7項",
      target: "個人情報保護法第23条第4項第1号",
      subject: "委託先への提供",
      knownDefect: {
        intended: "個人情報保護法第27条第5項第1号",
        note: {
          ja: "委託に伴う提供の規定は、2017年5月30日施行の改正で第23条第5項第1号、2022年4月1日施行の改正で第27条第5項第1号となっています（外部法令のため要確認）。",
          en: "The outsourcing exception became 第23条第5項第1号 in the amendment in force from 2017-05-30 and 第27条第5項第1号 from 2022-04-01 (an external statute: to confirm with legal).",
        },
      },
      cite: [cite("第37条第7項", "当社は、個人情報保護法第23条第4項第1号の規定に基づき、個人情報を当社が業務を委託する他の事業者に対して提供することがあります。")],
    },
  ],
  interpretations: [
    {
      topic: "original-enactment",
      text: {
        ja: "制定日は資料にありません。最初の附則（2019年）も「この改正規定」とするため、それ以前の本文が存在しますが、日付を創作せず、版の一覧は2019年7月1日から始めます。それより前の日付は「有効な規約なし」となります。",
        en: "The sources give no enactment date. The first 附則 (2019) already speaks of an amendment, so older text existed, but no date is invented: the version list starts on 2019-07-01 and earlier dates have no terms in force.",
      },
      cite: [cite("附則（2019年6月26日 西アB S 104号）第1項", "この改正規定は、2019年7月1日から実施します。")],
    },
    {
      topic: "article-21-effective-date",
      text: {
        ja: "2021年改正は2021年5月11日実施ですが、第21条（契約者による解約）の改正だけは2021年5月17日実施です。版を2021-05-11〜05-16と2021-05-17以降に分けています（いずれも本文なし）。現行の第21条の文言は2021年5月17日からのものです。",
        en: "The 2021 amendment took effect on 2021-05-11, except its change to 第21条 (cancellation by the customer), which took effect on 2021-05-17. The versions are split at 2021-05-17 (both without text). The current 第21条 wording dates from 2021-05-17.",
      },
      cite: [cite("附則（2021年4月23日 西B営スサ第000007号）第1項", "第21条の改正規定は2021年5月17日から実施します。")],
    },
    {
      topic: "transitional-2022-08",
      text: {
        ja: "2022年8月1日の改正前に支払った又は支払うべきであった料金等は従前の例によります（原文「なお従前のおりとしします」は誤記と解します）。本文がない版の計算はできないため、計算には影響しません。",
        en: "Charges paid or due before the 2022-08-01 amendment stay under the former rules (the garbled 「なお従前のおりとしします」 is read as 「なお従前の例によります」). No computation is affected, as earlier texts are not available.",
      },
      cite: [
        cite(
          "附則（2022年7月25日 西ビ営V第000343号）第2項",
          "この改正規定実施前に支払又は支払わなければならなかった電気通信サービスの料金その他の債務については、なお従前のおりとしします。",
        ),
      ],
    },
    {
      topic: "national-holidays",
      text: {
        ja: "営業日（別紙2）と平日（別紙1 2.）は同じ日（月〜金、祝日・12月29日〜1月4日を除く）で、1 つの暦にまとめます。「祝祭日」「祝日」には振替休日と国民の休日を含めます。",
        en: "営業日 (別紙2) and 平日 (別紙1 2.) are the same days (Mon–Fri except holidays and 29 Dec–4 Jan) and share one calendar; 祝祭日/祝日 include substitute holidays and sandwiched 国民の休日.",
      },
      cite: [cite("別紙2", "祝祭日及び年末年始（12月29日から翌年1月4日）を除く月曜日から金曜日（この契約において「営業日」といいます。）"), cite("別紙1 2.", "平日：祝日、年末年始（12月29日～1月4日）をのぞく月曜日～金曜日となります。")],
    },
    {
      topic: "service-start",
      text: {
        ja: "利用開始日は初期工事の完了日（第9条第2項）で、第25条第1項の「当社が本サービスの提供を開始した日」と同じ日とします。承諾書面の日付（第9条第1項）は契約の効力発生日で、課金は始まりません。申込みから開通までの期間は定められていません。",
        en: "The usage start date is the day the initial work completes (第9条第2項), read as the same day as 第25条第1項's 「当社が本サービスの提供を開始した日」. The date on the acceptance notice (第9条第1項) is when the contract takes effect; billing does not start then. No lead time is stated.",
      },
      cite: [SERVICE_START, FEE_PERIOD, CONTRACT_EFFECTIVE],
    },
    {
      topic: "cancellation-confirmation",
      text: {
        ja: "確認完了日の決め方は規約にありません。見積りは、申出が営業日に届けばその日、そうでなければ翌営業日を確認完了日と仮定し、記録された確認完了日があればそれを用います。解約希望日が確認完了日の前日以前なら、解約日は確認完了日の5営業日後（確認完了日は数えない）です。",
        en: "The terms do not fix the confirmation date. A quote assumes the day the request arrives if it is a business day, else the next business day, and uses a recorded date when there is one. If the desired date is on or before the day before confirmation, the end date is the 5th business day after the confirmation date (which itself does not count).",
      },
      cite: [END_DATE_AFTER_CONFIRMATION],
    },
    {
      topic: "late-notice", rules: ["cancellation.lateStands"],
      text: {
        ja: "5営業日前の期限（第21条第1項）に遅れても、解約希望日が確認完了日以後であれば、第21条第2項の文言どおり解約希望日が解約日です（期限後である旨は表示します）。",
        en: "A notice later than 5 business days before the desired date (第21条第1項) still ends the contract on the desired date when that date is on or after the confirmation date, by the letter of 第21条第2項 (the quote says the notice was late).",
      },
      cite: [NOTICE_5_BUSINESS_DAYS, END_DATE_IS_DESIRED_DATE, END_DATE_AFTER_CONFIRMATION],
    },
    {
      topic: "maximum-term", rules: ["limits.maximum"],
      text: {
        ja: "最長利用期間は利用開始日から起算し、暦に従って計算します（民法第143条に倣う）: 最終日は N 年後の応当日の前日（応当日がなければその月の末日）です。最終日までは利用でき、その翌日が取り得る最も遅い解約日です。第25条第1項により月額料金は解約日の前日、すなわち最終日まで生じます。最長利用期間の満了時の手続（通知・自動終了）は定められていません。",
        en: "The maximum term runs from the usage start date and is computed by the calendar (by analogy with 民法第143条): its last day is the day before the N-year anniversary (the month's last day where there is no such day). The service may be used through that last day, so the latest possible end date (解約日) is the day after it; under 第25条第1項 the fee runs to the day before 解約日, i.e. through the last day. What happens when the term runs out (notice, automatic end) is not stated.",
      },
      cite: [MAXIMUM_TERM, NO_CONTINUATION, FEE_PERIOD],
    },
    {
      topic: "licensed-waiver",
      text: {
        ja: "別紙4の「ライセンス付ゲートウェイ端末」「最長契約期間」は定義語「ライセンス付ゲートウェイ装置」「最長利用期間」と解します。契約は最長利用期間を超えて継続できないため、ライセンス付の契約では月額料金は常に免除（0 円）で、利用できない場合の減額も 0 円です。",
        en: "別紙4's 「ライセンス付ゲートウェイ端末」 and 「最長契約期間」 are read as the defined 「ライセンス付ゲートウェイ装置」 and 「最長利用期間」. As the contract cannot continue past the maximum term, a licensed contract never pays a monthly fee, and its outage credit is 0.",
      },
      cite: [LICENSED_WAIVER, NO_CONTINUATION],
    },
    {
      topic: "invoice-fees",
      text: {
        ja: "請求書等の発行に関する料金は、光コラボのフレッツ回線（hikariCollaboration）で、法人以外（corporate: false）の場合に限ります。発行手数料は請求書又は口座振替通知書の発行ごと、収納手数料は請求書による支払いごと（paymentMethod）。利用開始日を含む料金月とその翌料金月分の支払いには適用しないため第3料金月分から、日割はしません。別紙4 2.(3)i・iii の除外は外部の定めや当社の判断によるため計算に含めません。ライセンス付の契約は毎月の請求がないため手数料も生じないと解します。",
        en: "Invoice fees apply only to a FLET'S line under Hikari Collaboration (hikariCollaboration) and a non-corporate customer (corporate: false). The issue fee is per invoice or debit notice, the collection fee per payment by invoice (paymentMethod). Payments for the billing month containing the start day and the next are exempt, so the fees start with the 3rd billing month, and they are never prorated. The exemptions of 別紙4 2.(3)i and iii depend on outside rules or NTT West's judgement and are not computed. A licensed contract has nothing billed monthly, so no fee arises (inference).",
      },
      cite: [INVOICE_FEES_SCOPE, ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN, EXEMPT_CORPORATE, PRORATION],
    },
    {
      topic: "billing-month",
      text: {
        ja: "料金月は定義されていないため暦月（1日〜末日）とします。日割は月額料金 × 利用日数 ÷ その月の暦日数で、1 円未満は月ごとに切り捨てます（第29条）。消費税は税抜合計に加算し 1 円未満を切り捨てます。",
        en: "料金月 is not defined; Yakkan uses the calendar month. Proration is monthly fee × days used ÷ the month's calendar days, truncated to the yen per month (第29条); tax is added to the tax-exclusive total and truncated.",
      },
      cite: [BILLING_MONTH, PRORATION_BY_CALENDAR_DAYS, ROUNDING, cite("第28条第4項", "当社は、当社の業務の遂行上やむを得ない場合は、第 1 項に規定する料金月の起算日を変更することがあります。")],
    },
    {
      topic: "no-initial-fee",
      text: {
        ja: "別紙4には初期工事費・工事に関する費用・設定変更の手数料の定めがないため、新規の一時費用は 0 円とし、変更オーダー等にも料金を付けません。",
        en: "別紙4 lists no fee for the initial work, construction or setting changes, so a new contract has no one-off charge and change orders carry no fee.",
      },
      cite: [cite("別紙4", "1 本サービスの料金"), INITIAL_WORK],
    },
    {
      topic: "outage-credit",
      text: {
        ja: "第25条第2項第2号の表（1 欄・2 欄）を料金の減額として計算します: 当社が知った時から利用できなかった時間の 24 時間ごとに 1 日分の日割額。第35条（損害賠償の範囲）は同じ額を上限とする賠償の定めで、二重に計上しません。24 時間の単位は開始時刻の属する暦日の月の日数で日割します（第28条第3項）。利用停止中の料金は減額されません（第25条第2項第1号）。",
        en: "The table of 第25条第2項第2号 (rows 1 and 2) is computed as a fee reduction: one day's prorated fee per full 24 hours unusable after NTT West knew. 第35条 (damages) caps liability at the same amount and is not counted twice. Each 24-hour unit is prorated by the days of the month of the day it starts (第28条第3項). A suspension earns no reduction (第25条第2項第1号).",
      },
      cite: [OUTAGE_CREDIT, OUTAGE_DAY_OF_BLOCK, LIABILITY_LIMIT, SUSPENSION_STILL_PAID],
    },
    {
      topic: "surcharge",
      text: {
        ja: "割増金は、免れた額（消費税相当額を含まない額）の 2 倍に消費税相当額を加算した額です。不法に免れた事実の認定が前提のため、自動では請求しません。",
        en: "The surcharge is twice the evaded amount (without tax) plus consumption tax on it. It presupposes a finding of unlawful evasion and is never charged automatically.",
      },
      cite: [SURCHARGE],
    },
    {
      topic: "consumption-tax",
      text: {
        ja: "消費税率は規約に書かれていません（税込額 2,750 円などが 10% を示すのみ）。税率は法令による日付付きデータとし、税抜額から計算します（第32条 なお書）。",
        en: "The terms do not state the tax rate (only the tax-inclusive figures imply 10%). The rate is dated statutory data, applied to tax-exclusive amounts (第32条).",
      },
      cite: [cite("第32条", "なお、本規約の規定により支払いを要することとなった料金については、税込価格に基づき計算した額と異なる場合があります。"), cite("別紙4 1.", "月額料金 2,500 円 (税込 2,750 円) / 契約")],
    },
    {
      topic: "device-change",
      text: {
        ja: "機器の変更（他の型、ライセンス付との切替え）と移転は規約に定めがありません。機器の変更は解約と新規申込みとして扱います。故障時の先出しセンドバックによる交換では契約も最長利用期間も変わりません。",
        en: "A device change (another model, or plain ↔ licensed) and relocation are not provided for. A device change is treated as cancel and apply anew; a send-back replacement on failure changes neither the contract nor its maximum term.",
      },
      cite: [NEW_DEVICE_ONLY, cite("別紙1 3.2.1 注意3", "なお、交換用ゲートウェイ装置の指定はできません。")],
    },
    {
      topic: "reception-number",
      text: {
        ja: "第36条第13項の「受付専用番号」は第3条の定義語「専用受付番号」と同じものと解します。",
        en: "「受付専用番号」 in 第36条第13項 is read as the defined 「専用受付番号」 (第3条).",
      },
      cite: [cite("第36条第13項", "当社は、業務の遂行上やむを得ない理由があるときは受付専用番号を変更することがあります。")],
    },
    {
      topic: "payment-certificate-scope",
      text: {
        ja: "別紙4 4.(1) の括弧書は「料金…以外の債務」と読める誤りがあると思われますが、手数料 400 円には影響しません。",
        en: "The parenthesis of 別紙4 4.(1) appears garbled (it reads as debts other than charges); the 400-yen fee is not affected.",
      },
      cite: [
        cite(
          "別紙4 4.(1)",
          "（この利用規約の規定により、支払いを要することとなった料金、工事に関する費用又は割増金等の料金以外の債務をいいます。）",
        ),
      ],
    },
  ],
};
