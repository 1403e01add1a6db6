import type { TermsBodyInput } from "../../src/dsl/index.js";
import { interpretations as nttWestInterpretations } from "../ntt-west-common/interpretations.js";
import {
  BILLING_FROM,
  BILLING_MONTH,
  BILLING_MONTH_START,
  BILLING_PRORATED,
  BILLING_TO,
  BUSINESS_DAY_ANNEX2,
  BUSINESS_DAY_ANNEX2_NEXT,
  CALENDAR_DAYS,
  CANCEL_BEFORE_CONFIRMATION,
  CANCEL_CONFIRMATION_DAY,
  CANCEL_DESIRED,
  CANCEL_NOTICE,
  COLLECTION_FEE_WHEN,
  DEVICE_TABLE_HEADER,
  FEES_IN_ANNEX4,
  FIVE_YEARS,
  INITIAL_WORK,
  INTEREST_365,
  INTEREST_GRACE,
  INTEREST_PERIOD,
  INVOICE_FEES_APPLY,
  INVOICE_FEES_FIRST_MONTHS,
  ISSUE_FEE_WHEN,
  MAXIMUM_TERM,
  NO_CONTINUATION,
  NO_REFUND,
  ONSITE_CUTOFF,
  ONSITE_NEXT_DAY,
  ONSITE_SAME_DAY,
  PRORATION,
  QUALIFIED_INVOICE_FEE,
  ROUNDING,
  SENDBACK_SHIPPING,
  SUPPORT_HOURS,
  USAGE_START,
  cite,
} from "./cite.js";

const shared = nttWestInterpretations({
  serviceStart: [
    BILLING_FROM,
    USAGE_START,
    cite("第9条第1項", "し、契約者は本サービスの提供を受けることができるものとします。"),
  ],
  billingMonth: [BILLING_MONTH, BILLING_MONTH_START, BILLING_TO, BILLING_PRORATED, CALENDAR_DAYS],
  rounding: [ROUNDING],
  tax: [
    cite("第32条", "第 25 条（利用料金の支払義務）の規定その他本規約の規定により料金表に定める料金の支払いを要するも"),
    QUALIFIED_INVOICE_FEE,
  ],
  noInitialFee: [FEES_IN_ANNEX4, cite("別紙4 1.", "月額料金 1,480円／契約"), INITIAL_WORK],
  surcharge: [
    cite(
      "第26条",
      "しない額とします｡）の 2倍に相当する額に消費税相当額を加算した額、料金表の規定により消費税相当額を加",
    ),
  ],
  lateInterest: [INTEREST_PERIOD, INTEREST_GRACE, INTEREST_365],
  paymentMethodChange: [ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN, PRORATION],
});

export const interpretations: NonNullable<TermsBodyInput["interpretations"]> = [
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
      en: '"平日" (Monday to Friday) is defined in 別紙1 2 but used by no provision; it is kept as calendar data only.',
    },
    cite: [cite("別紙1 2", "平日：祝祭日及び年末年始（12月 29日から翌年 1月 4日）を除く月曜日～金曜日となります。")],
  },
  {
    topic: "onsite-repair-hours",
    text: {
      ja: "オンサイト修理は、営業日の 9:00～17:00（17:00 を含む）に受け付けた故障通知は当日、時間帯外は「翌日」に修理します。規約は「翌日」と書きますが、対応時間は営業日に限られる（※注意1）ため、翌営業日を目安として案内します（日曜日の作業は約束しません）。時刻を扱う規則は DSL で表現できないため、責任分担の説明としてのみ収録します。",
      en: 'On-site repair: fault notices received on a business day 9:00–17:00 (17:00 included) are repaired the same day; outside that window, "the next day". The text says 翌日, but handling is limited to business days (※注意1), so Yakkan presents the next business day as the expectation (no Sunday work is promised). Time-of-day rules cannot be expressed in the DSL, so this is recorded as a responsibility only.',
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
  shared.serviceStart,
  shared.billingMonth,
  shared.roundingOrder,
  shared.consumptionTax,
  {
    topic: "invoice-fees",
    text: {
      ja: "請求書等の発行に関する料金（発行手数料 150 円・収納手数料 50 円、税別）は法人でない契約者に、提供開始日（又は利用回線の転用日）を含む料金月とその翌料金月を除き、第3料金月から請求書・通知書ごとにかかります。日割しません。発行手数料は請求書又は口座振替通知書の発行、収納手数料は請求書による支払いで決まるため、支払方法 paymentMethod（既定値 invoice）を追加しました。見積りの月額は第3料金月以降の 1 か月分を示し、解約時の最終月の日割には含めません。",
      en: "Invoice fees (issue 150 yen, collection 50 yen, tax-exclusive) apply to non-corporate customers per invoice/notice from the third billing month (not for the month containing the start day, or the line-conversion day, nor the next one), never prorated. The issue fee depends on an invoice or direct-debit notice being issued, the collection fee on paying by invoice, hence the added key paymentMethod (default invoice). The estimate's monthly total shows a month from the third billing month on; the final-month proration on cancellation excludes them.",
    },
    cite: [INVOICE_FEES_APPLY, INVOICE_FEES_FIRST_MONTHS, ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN, PRORATION],
  },
  shared.noInitialFee,
  {
    topic: "maximum-term",
    rules: ["limits.maximum"],
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
  shared.lateInterest,
  shared.surcharge,
  {
    topic: "no-outage-credit",
    text: {
      ja: "本規約に障害時の料金減額や損害賠償の定めはありません（第7章「損害賠償」は第35条（免責事項）のみ）。受領した料金は返金されません（第28条第5項）。災害時の臨時減免（第33条）は当社の裁量で、減額の権利ではありません。UTM サポートの減額規定は適用しません。",
      en: "These terms have no outage credit and no damages clause (chapter 7 \"損害賠償\" holds only 第35条, disclaimers). Amounts received are not refunded (第28条第5項). The temporary reduction in disasters (第33条) is at NTT West's discretion, not a right. UTM Support's credit rule does not apply.",
    },
    cite: [
      NO_REFUND,
      cite(
        "第33条",
        "当社は、災害が発生し、又は発生するおそれがあるときは、本規約の規定にかかわらず、臨時に、その料金",
      ),
    ],
  },
  {
    topic: "responsibilities-not-stated",
    text: {
      ja: "「24時間365日監視」「月次報告」「設置場所・ケーブルは契約者が用意」は本規約に記載がありません。アラート対応は営業日の 9:00～18:00 です。契約者の義務として記載があるのはインターネット環境、電源等の環境基準、IP アドレス、ネットワーク機器の設定です。",
      en: '"24/365 monitoring", "monthly reports" and "the customer provides the place and cables" are not in these terms. Alerts are handled on business days 9:00–18:00. The customer duties stated are the internet environment, power and other site standards, IP addresses and network-device settings.',
    },
    cite: [
      SUPPORT_HOURS,
      cite("第37条第1項第6号", "(6) BizBox Serverに定められた温度、湿度、電源等の環境基準を保持すること。"),
    ],
  },
  {
    topic: "device-change",
    text: {
      ja: "機種の変更（例: OS6 → OS12）、利用回線番号の変更、移転、契約者の申出による休止は規約に定めがありません。第10条で変更を請求できるのは第7条第1項第2号の事項だけです。Yakkan は機種変更を「定めなし」と回答します。",
      en: "Changing the device model (e.g. OS6 → OS12), the line number, relocation or suspension at the customer's request are not provided for; 第10条 covers only the items of 第7条第1項第2号. Yakkan answers a model change as not provided for.",
    },
    cite: [
      cite(
        "第10条第1項",
        "1 契約者は、第 7条（契約申込の方法）第 1項第 2号に定める事項の変更を請求することができます。",
      ),
    ],
  },
  shared.paymentMethodChange,
  {
    topic: "termination-by-provider",
    text: {
      ja: "第22条の「本条第4号」は第3号と読み（クロスリファレンス参照）、第2号（フレッツ契約の解約）の場合は利用回線契約の解約完了時に自動解約、第20条第1項による提供終了の場合は第20条第2項の終了日が解約日です。反社会的勢力に該当する場合は通知なく即時解除されます（第23条第2項）。",
      en: '"本条第4号" in 第22条 is read as 第3号 (see the cross-references). Under item (2) (the FLET\'S contract is cancelled) the contract ends automatically when the line cancellation completes; when the service ends under 第20条第1項, the end day notified under 第20条第2項 is the cancellation day. Anti-social forces: immediate termination without notice (第23条第2項).',
    },
    cite: [
      cite(
        "第22条",
        "但し、本条第 2 号に該当する場合には、利用回線契約の解約が完了した時点で、本契約は自動的に解約されま",
      ),
      cite(
        "第20条第2項",
        "本サービスの提供を終了する日を契約者に通知し、当該終了日をもって本契約の解約日とします。ただし、",
      ),
      cite(
        "第23条第2項",
        "2 当社は、契約者が次の各号の一に該当するときは、何らの通知、催告を要せず即時に本契約を解除する",
      ),
    ],
  },
  {
    topic: "text-defects",
    text: {
      ja: "第17条第1項第1号の「乗じたとき」は「生じたとき」の誤記と解します。",
      en: '"乗じたとき" in 第17条第1項第1号 is read as a typo for "生じたとき".',
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
      cite(
        "附則（2022年7月25日）第2条",
        "第 2条 この改正規定実施前に支払又は支払わなければならなかった電気通信サービスの料金その他の債務に",
      ),
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
];
