import type { TermsBodyInput } from "../../src/dsl/index.js";
import { interpretations as nttWestInterpretations } from "../ntt-west-common/interpretations.js";
import {
  BILLING_MONTH,
  COLLECTION_FEE_WHEN,
  CONTRACT_EFFECTIVE,
  END_DATE_AFTER_CONFIRMATION,
  END_DATE_IS_DESIRED_DATE,
  EXEMPT_CORPORATE,
  FEE_PERIOD,
  INITIAL_WORK,
  INVOICE_FEES_SCOPE,
  ISSUE_FEE_WHEN,
  LATE_INTEREST,
  LATE_INTEREST_365,
  LATE_INTEREST_GRACE,
  LICENSED_WAIVER,
  MAXIMUM_TERM,
  NEW_DEVICE_ONLY,
  NOTICE_5_BUSINESS_DAYS,
  NO_CONTINUATION,
  OUTAGE_CREDIT,
  OUTAGE_DAY_OF_BLOCK,
  PRORATION,
  PRORATION_BY_CALENDAR_DAYS,
  ROUNDING,
  SERVICE_START,
  SURCHARGE,
  SUSPENSION_STILL_PAID,
  cite,
} from "./cite.js";

const LIABILITY_LIMIT = cite(
  "第35条第2項",
  "前項の場合において、当社は、本サービスが全く利用できない状態にあることを当社が知った時以後の利用できなかった時間（24時間の倍数である部分に限ります。）について24時間ごとに日数を計算し、その日数に対応するその本サービスの利用料金を発生した損害とみなし、その額に限って賠償します。",
);

const shared = nttWestInterpretations({
  serviceStart: [SERVICE_START, FEE_PERIOD, CONTRACT_EFFECTIVE],
  billingMonth: [
    BILLING_MONTH,
    PRORATION_BY_CALENDAR_DAYS,
    cite(
      "第28条第4項",
      "当社は、当社の業務の遂行上やむを得ない場合は、第 1 項に規定する料金月の起算日を変更することがあります。",
    ),
    FEE_PERIOD,
  ],
  rounding: [ROUNDING],
  tax: [
    cite(
      "第32条",
      "なお、本規約の規定により支払いを要することとなった料金については、税込価格に基づき計算した額と異なる場合があります。",
    ),
    cite("別紙4 1.", "月額料金 2,500 円 (税込 2,750 円) / 契約"),
  ],
  noInitialFee: [cite("別紙4", "1 本サービスの料金"), INITIAL_WORK],
  surcharge: [SURCHARGE],
  lateInterest: [LATE_INTEREST, LATE_INTEREST_GRACE, LATE_INTEREST_365],
  paymentMethodChange: [ISSUE_FEE_WHEN, COLLECTION_FEE_WHEN, PRORATION],
});

export const interpretations: NonNullable<TermsBodyInput["interpretations"]> = [
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
      en: "“営業日” (別紙2) and “平日” (別紙1 2.) are the same days (Mon–Fri except holidays and 29 Dec–4 Jan) and share one calendar; “祝祭日”/“祝日” include substitute holidays and sandwiched “国民の休日”.",
    },
    cite: [
      cite(
        "別紙2",
        "祝祭日及び年末年始（12月29日から翌年1月4日）を除く月曜日から金曜日（この契約において「営業日」といいます。）",
      ),
      cite("別紙1 2.", "平日：祝日、年末年始（12月29日～1月4日）をのぞく月曜日～金曜日となります。"),
    ],
  },
  shared.serviceStart,
  {
    topic: "cancellation-confirmation",
    text: {
      ja: "確認完了日の決め方は規約にありません。見積りは、申出が営業日に届けばその日、そうでなければ翌営業日を確認完了日と仮定し、記録された確認完了日があればそれを用います。解約希望日が確認完了日の前日以前なら、解約日は確認完了日の5営業日後（確認完了日は数えない）です。",
      en: "The terms do not fix the confirmation date. A quote assumes the day the request arrives if it is a business day, else the next business day, and uses a recorded date when there is one. If the desired date is on or before the day before confirmation, the end date is the 5th business day after the confirmation date (which itself does not count).",
    },
    cite: [END_DATE_AFTER_CONFIRMATION],
  },
  {
    topic: "late-notice",
    rules: ["cancellation.lateStands"],
    text: {
      ja: "5営業日前の期限（第21条第1項）に遅れても、解約希望日が確認完了日以後であれば、第21条第2項の文言どおり解約希望日が解約日です（期限後である旨は表示します）。",
      en: "A notice later than 5 business days before the desired date (第21条第1項) still ends the contract on the desired date when that date is on or after the confirmation date, by the letter of 第21条第2項 (the quote says the notice was late).",
    },
    cite: [NOTICE_5_BUSINESS_DAYS, END_DATE_IS_DESIRED_DATE, END_DATE_AFTER_CONFIRMATION],
  },
  {
    topic: "maximum-term",
    rules: ["limits.maximum"],
    text: {
      ja: "最長利用期間は利用開始日から起算し、暦に従って計算します（民法第143条に倣う）: 最終日は N 年後の応当日の前日（応当日がなければその月の末日）です。最終日までは利用でき、その翌日が取り得る最も遅い解約日です。第25条第1項により月額料金は解約日の前日、すなわち最終日まで生じます。最長利用期間の満了時の手続（通知・自動終了）は定められていません。",
      en: "The maximum term runs from the usage start date and is computed by the calendar (by analogy with the Civil Code, 民法第143条): its last day is the day before the N-year anniversary (the month's last day where there is no such day). The service may be used through that last day, so the latest possible end date (“解約日”) is the day after it; under 第25条第1項 the fee runs to the day before “解約日”, i.e. through the last day. What happens when the term runs out (notice, automatic end) is not stated.",
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
  shared.paymentMethodChange,
  shared.billingMonth,
  shared.roundingOrder,
  shared.noInitialFee,
  {
    topic: "outage-credit",
    text: {
      ja: "第25条第2項第2号の表（1 欄・2 欄）を料金の減額として計算します: 当社が知った時から利用できなかった時間の 24 時間ごとに 1 日分の日割額。第35条（損害賠償の範囲）は同じ額を上限とする賠償の定めで、二重に計上しません。24 時間の単位は開始時刻の属する暦日の月の日数で日割します（第28条第3項）。利用停止中の料金は減額されません（第25条第2項第1号）。",
      en: "The table of 第25条第2項第2号 (rows 1 and 2) is computed as a fee reduction: one day's prorated fee per full 24 hours unusable after NTT West knew. 第35条 (damages) caps liability at the same amount and is not counted twice. Each 24-hour unit is prorated by the days of the month of the day it starts (第28条第3項). A suspension earns no reduction (第25条第2項第1号).",
    },
    cite: [OUTAGE_CREDIT, OUTAGE_DAY_OF_BLOCK, LIABILITY_LIMIT, SUSPENSION_STILL_PAID],
  },
  shared.lateInterest,
  shared.surcharge,
  shared.consumptionTax,
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
    cite: [
      cite("第36条第13項", "当社は、業務の遂行上やむを得ない理由があるときは受付専用番号を変更することがあります。"),
    ],
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
];
