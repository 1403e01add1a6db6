import type { TermsBodyInput } from "../../src/dsl/index.js";
import { QTNET_CALENDAR_ID, qtnetBusinessDays } from "./calendars.js";
import {
  BILLING_START,
  BILLING_START_NO_PRORATION,
  BILLING_STOP,
  BILLING_STOP_NO_PRORATION,
  CALENDAR_MONTHS,
  CANCELLATION,
  DELETE_RESOURCES,
  INITIAL_BUILD_ADJUSTED,
  LEAD_TIMES,
  LEAD_TIME_CLOSED,
  LEAD_TIME_MONTH,
  MINIMUM_TERM,
  MINIMUM_TERM_CLUSTER,
  SPEC_CANCELLATION_FORM,
  SPEC_MINIMUM_TERM,
  SPEC_MINIMUM_TERM_CLUSTER,
  WRITTEN_APPLICATION,
  spec,
  terms,
} from "./cite.js";
import { CLOSED_NETWORK, DEDICATED_CLUSTER, NO_CLOSED_NETWORK } from "./parameters.js";

// Spec §12, §14, §16, §18 and terms 第5条, 第18条, 第28条, 第35条–第38条: dates, cancellation,
// term limits, interest, surcharge and changes.

const businessDays = (amount: number) => ({ amount, unit: "businessDays" as const, calendar: QTNET_CALENDAR_ID });

export const rules: Pick<
  TermsBodyInput,
  "calendars" | "billing" | "order" | "cancellation" | "limits" | "lateInterest" | "outageCredit" | "surcharge" | "changeRules"
> = {
  calendars: [qtnetBusinessDays],

  // Spec §16①②: billing starts on a chosen 1st and ends with the month of the stop date, whole months.
  billing: {
    serviceStart: "chosenFirstOfMonth",
    proration: { start: "none", end: "none", change: "none" },
    lastBilledDay: "endDate",
    cite: [BILLING_START, BILLING_START_NO_PRORATION, BILLING_STOP_NO_PRORATION, CALENDAR_MONTHS],
  },

  // Spec §12① (mandatory business days) and §18③ (one month, "in principle"): every deadline that
  // applies must be met, so the earliest wins. 30 business days always fall before one month.
  order: {
    deadlines: [
      {
        when: CLOSED_NETWORK,
        before: businessDays(30),
        label: { ja: "閉域接続の開通を希望する場合: 30 営業日前まで（必須）", en: "With a closed-network connection: 30 business days before (mandatory)" },
        cite: [LEAD_TIMES, LEAD_TIME_CLOSED],
      },
      {
        when: NO_CLOSED_NETWORK,
        before: businessDays(20),
        label: { ja: "閉域接続が不要な場合: 20 営業日前まで（必須）", en: "Without a closed-network connection: 20 business days before (mandatory)" },
        cite: [LEAD_TIMES],
      },
      {
        before: { amount: 1, unit: "months" },
        label: { ja: "原則: サービス提供開始希望日の 1 ヶ月前まで", en: "In principle: one month before the desired service start" },
        cite: [LEAD_TIME_MONTH],
      },
    ],
    targets: [
      {
        label: { ja: "OCX 論理回線の開通（当社が構築する場合）", en: "OCX logical circuit live (when QTnet builds it)" },
        duration: businessDays(25),
        cite: [spec("§12③", "契約者から申込受付後、OCX 論理回線の開通は 25 営業日を目標とする。")],
      },
      {
        label: { ja: "OCF 仮想マシンの開通作業（当社が構築する場合）", en: "OCF virtual machine build (when QTnet builds it)" },
        duration: businessDays(15),
        cite: [spec("§12④", "契約者から申込受付後、仮想マシン開通作業は 15 営業日を目標とする。")],
      },
    ],
    note: {
      ja: "申込書は書面で、当社が受領した日で判断します。期限は開始希望日（月初日）から営業日を遡って数え、開始希望日自体は数えません。初期構築の依頼内容、初期構成や変更の規模が大きい場合は納期・期限が個別調整となります。開通の日数は目標であり保証ではありません（SLA は定められていません）。",
      en: "The written application counts on the day QTnet receives it. Deadlines count business days back from the desired start (a 1st), not counting that day. Build requests, and large initial configurations or changes, are scheduled individually. Build durations are targets, not guarantees (there is no SLA).",
    },
    cite: [WRITTEN_APPLICATION, INITIAL_BUILD_ADJUSTED, LEAD_TIME_CLOSED, spec("§17", "QT PRO CloudではSLAを定めない。")],
  },

  // 第18条第1項 (the terms prevail over spec §16②'s "任意の日"): month-end only, one month's notice.
  cancellation: {
    notice: { amount: 1, unit: "months" },
    noticeForm: { ja: "書面（解約申込書）。当社が受領した日で判断します。", en: "In writing (cancellation form), counted on the day QTnet receives it." },
    endOfMonthOnly: true,
    lateNotice: {
      type: "moveEnd",
      cite: [BILLING_STOP, SPEC_CANCELLATION_FORM],
    },
    duties: [
      {
        text: {
          ja: "利用終了日までに、契約者が削除できる OCF リソースをすべて削除すること（削除後に削除依頼を受け付けます）。",
          en: "Delete every OCF resource the customer can delete by the end date (QTnet takes the deletion request once they are gone).",
        },
        cite: [DELETE_RESOURCES, spec("§14②", "契約者にて削除可能な OCF リソースをすべて削除された状態で、削除依頼を受領する。")],
      },
      {
        text: {
          ja: "OCF リソースを削除せず当社に削除を依頼する場合は有償（別紙価格表）です。契約者が削除しなかった場合、当社は削除に要する費用の全額を請求します。",
          en: "Asking QTnet to delete the OCF resources is paid work (separate price list); if the customer did not delete them, QTnet charges the full cost of deleting them.",
        },
        cite: [
          spec("§14②", "契約者で削除されず、当社に OCF リリース削除作業を依頼される場合は、有償で対応する。"),
          terms(
            "第38条第2項",
            "第18条(契約者が行う利用契約の解除)に規定するOCFリソース削除を契約者自らが行わなかった場合、当社はこれに要する費用の全額を契約者に請求するものとします。",
          ),
        ],
      },
      {
        text: {
          ja: "契約者の設備を速やかに撤去し、当社が提供した設備を原状に回復すること。行わない場合、当社は費用の全額と、解除日の翌日から完了日までの時間従量課金・月額上限料金に相当する損害金を請求できます（発生する場合があります）。",
          en: "Promptly remove the customer's equipment and restore QTnet's. Otherwise QTnet may charge the full cost plus damages equal to the metered and capped fees from the day after the end until the work is done (a possible charge).",
        },
        cite: [
          terms(
            "第38条第1項",
            "契約者は、第17条(当社が行う利用契約の解除)及び第18条(契約者が行う利用契約の解除)により利用契約が解除された場合、契約者の責任において契約者の設備を速やかに撤去し、当社が提供した設備を原状に回復するものとします。",
          ),
          terms(
            "第38条第2項",
            "またそれ以外に必要な設備の撤去や原状回復を行わない場合当社は、これに要する費用の全額及び契約解除の日の翌日から設備の撤去及び原状回復が完了した日までの間のその利用契約に係る QT PRO Cloud サービス時間従量課金及び月額上限料金に相当する損害金を契約者に請求できるものとします。",
          ),
        ],
      },
      {
        text: {
          ja: "解約時のデータは BBIX が削除します。データ消去の証明書は発行されず、当社による外部媒体へのコピーも行われないため、必要なデータは事前に保存してください。",
          en: "BBIX deletes the data at cancellation. No deletion certificate is issued and QTnet copies no data to external media, so save what you need beforehand.",
        },
        cite: [
          spec("§18⑤", "本サービス解約時は、BBIX が責任をもってデータを削除する。"),
          spec("§18⑤", "当社及び BBIX から契約者に向けてデータ消去の証明書等の発行は実施しない。"),
          spec("§18⑤", "当社による契約者データの外部媒体へのコピーなどは実施しない。"),
        ],
      },
      {
        text: {
          ja: "当社は OCF リソース削除後に OCX リソースと SGW 設定、契約者が登録したユーザ情報を削除し、BBIX に OCF アカウントの解約を依頼します。",
          en: "After the OCF resources are gone QTnet deletes the OCX resources, the SGW settings and the users the customer registered, and asks BBIX to close the OCF account.",
        },
        cite: [
          spec("§14②", "OCF リソース削除後に当社で OCX リソース削除及び SGW 設定削除を実施する。"),
          spec("§14②", "当社にて契約者が登録したユーザ情報をすべて削除する。"),
          spec("§14③", "当社より BBIX に OCF アカウントの解約を依頼する。"),
        ],
      },
    ],
    cite: [
      CANCELLATION,
      SPEC_CANCELLATION_FORM,
      spec("§18⑤", "原則、サービス提供終了希望日の 1 ヶ月前までに申込書を提出するものとする。"),
      CALENDAR_MONTHS,
    ],
  },

  // 第5条, 第28条第2項, spec §16③, §18④.
  limits: {
    minimum: [
      {
        when: DEDICATED_CLUSTER,
        duration: { amount: 3, unit: "years" },
        label: { ja: "最低利用期間（専有クラスター、3 年）", en: "Minimum term (dedicated cluster, 3 years)" },
        cite: [MINIMUM_TERM_CLUSTER, SPEC_MINIMUM_TERM_CLUSTER],
      },
      {
        duration: { amount: 1, unit: "months" },
        label: { ja: "最低利用期間（1 ヶ月）", en: "Minimum term (1 month)" },
        cite: [MINIMUM_TERM, SPEC_MINIMUM_TERM],
      },
    ],
    earlyTermination: {
      type: "remainingMonthlyFees",
      cite: [
        terms("第5条第2項", "最低利用期間の途中解約の場合は、契約者は残存期間分の料金を一括して当社に支払う。"),
        terms(
          "第28条第2項",
          "契約者は、最低利用期間の満了前に利用契約が解除された場合（第 18 条 第 2 項又は第 3 項の規定による解除を除きます。）は、解除日の翌日から 最低利用期間満了日までの期間に対応する QT PRO Cloud サービスの月額使用料に相当する額を、違約金として一括して直ちに当社に支払うものとします。",
        ),
        spec("§18④", "最低利用期間の途中解約の場合は、残存期間分の料金を一括して契約者に請求する。"),
        spec("§16③", "最低利用期間内、契約終了申込の連絡遅れにより、課金停止日が契約期間内となる場合は、契約期間分の残利用料金を徴収する。"),
      ],
      note: {
        ja: "「月額使用料」「残存期間分の料金」は定義されていないため、契約の月額（月額上限料金の合計）に、解約月の翌月から最低利用期間の満了月までの月数を乗じます（解釈）。第18条第2項・第3項による解除は除かれます（この見積りは通常の解約を前提とします）。違約金に消費税がかかるかは資料に定めがありません。",
        en: "\"月額使用料\" and \"残存期間分の料金\" are undefined, so the contract's monthly fee (the sum of its monthly caps) is multiplied by the months from the month after the end month to the month the minimum term ends (interpretation). Termination under 第18条第2項 or 第3項 is exempt (this quote assumes an ordinary cancellation). The sources do not say whether consumption tax applies to the penalty.",
      },
    },
    maximum: [],
  },

  // 第36条: 14.5% a year from the day after the due date to the payment date.
  lateInterest: {
    rate: { type: "fixed", annualRate: "0.145" },
    through: "paymentDate",
    graceDays: 0,
    dayCountBasis: 365,
    interpretation: {
      ja: "日数計算の基礎は規約に定めがないため、うるう年を含め 1 年を 365 日として日割計算します（解釈）。支払期日は請求書に指定された日で、休日による繰上げ・繰下げの定めはありません。",
      en: "The terms do not state the day-count basis: Yakkan uses a 365-day year, leap years included (interpretation). The due date is the one on the invoice; no holiday shift is stated.",
    },
    cite: [
      terms(
        "第36条",
        "契約者は、QT PRO Cloud サービスの料金等又は割増金を請求書に指定する支払期日までに支払わないときは、支払期日の翌日から起算して支払いの日までの期間 について、未払額に対し年 14.5%の割合で算定した額を、遅延損害金として当社に支払うものとします。",
      ),
    ],
  },

  // No SLA, no refunds, no liability even for QTnet's fault.
  outageCredit: {
    type: "none",
    cite: [
      spec("§17", "QT PRO CloudではSLAを定めない。"),
      spec("§16⑤", "QT PRO Cloudでは返金処理は実施しない。"),
      terms(
        "第39条第1項",
        "当社は、契約者が QT PRO Cloud サービスの利用に関して被った損害については、理由の如何を問わず(当社の責に帰すべき事由により、QT PRO Cloud サービスの 利用が一部又は全部できない状態を生じた場合を含みます)、何らの賠償責任を負わないものとします。",
      ),
    ],
  },

  // 第35条: the evaded amount, plus twice it (tax-exclusive) with consumption tax added.
  surcharge: {
    multiple: 2,
    taxOnSurcharge: true,
    cite: [
      terms(
        "第35条",
        "契約者は、第10条(契約事項の変更)に規定する利用契約の内容の変更に関する届出を行わず QT PRO Cloud サービスを利用し、料金等の支払いを不法に免れた場合、その免れた額のほか、その免れた額(消費税相当額を加算しない額とします。)の2倍に相当する額に消費税相当額を加算した額を、割増金として当社に支払うものとします。",
      ),
    ],
  },

  // 第10条, 第25条第2項, spec §13②, §18③.
  changeRules: [
    {
      param: "closedNetwork",
      label: { ja: "閉域接続", en: "Closed-network connection" },
      fees: [{ trigger: "added", fee: "initial-fee-change" }],
      cite: [
        spec("§13②", "①の範囲外となる下記変更（OCX 含む）は「6. 開通」の記載内容に則り実施する。"),
        spec("§13②", "各リージョンへの閉域接続"),
        LEAD_TIME_CLOSED,
        terms(
          "第10条第4項",
          "当社が第 1 項の届出を承諾し、契約の内容を変更した場合、変更部分の課金は、変更部分の提供開始日を課金開始日とします。",
        ),
      ],
    },
    {
      param: "dedicatedCluster",
      label: { ja: "専有クラスター", en: "Dedicated cluster" },
      fees: [{ trigger: "added", fee: "initial-fee-change" }],
      cite: [
        terms(
          "第10条第1項",
          "契約者は、契約の内容の変更を希望する場合は、当社が別に定める書面により当社に届け出るもしくは、OCF コンソール画面にて変更申込手続きを行うものとします。",
        ),
        MINIMUM_TERM_CLUSTER,
        terms(
          "第25条第2項",
          "契約者は、第 10 条（契約事項の変更等）の規定により利用契約の内容を変更した場合、その変更に係る初期費用を当社に支払うものとし、",
        ),
      ],
    },
  ],
};
