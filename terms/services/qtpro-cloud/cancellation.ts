import type { TermsBodyInput } from "../../src/dsl/index.js";
import {
  BILLING_STOP,
  CALENDAR_MONTHS,
  CANCELLATION,
  DELETE_RESOURCES,
  SPEC_CANCELLATION_FORM,
  spec,
  terms,
} from "./cite.js";

// 第18条第1項 (the terms prevail over spec §16②'s "任意の日"): month-end only, one month's notice.
export const cancellation: NonNullable<TermsBodyInput["cancellation"]> = {
  notice: { amount: 1, unit: "months" },
  noticeForm: {
    ja: "書面（解約申込書）。当社が受領した日で判断します。",
    en: "In writing (cancellation form), counted on the day QTnet receives it.",
  },
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
      cite: [
        DELETE_RESOURCES,
        spec("§14②", "契約者にて削除可能な OCF リソースをすべて削除された状態で、削除依頼を受領する。"),
      ],
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
};
