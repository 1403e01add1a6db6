import type { Citation } from "../../src/dsl/index.js";

/**
 * The document every clause of this service cites: `../shared/seeds/server-support.terms.ja.txt`.
 * The seed has hard line breaks inside sentences, so each quote is the part of a sentence that
 * stands on one line of the seed (whitespace collapsed), checked with `grep -F`.
 */
export const DOCUMENT = "server-support.terms";

export function cite(clause: string, text?: string): Citation {
  return text === undefined ? { document: DOCUMENT, clause } : { document: DOCUMENT, clause, text };
}

// Clauses cited from several places, quoted once.

/** 別紙2: the operative definition of 営業日 (Monday–Saturday). */
export const BUSINESS_DAY_ANNEX2 = cite(
  "別紙2",
  "当社は、本サービスに関して、祝祭日及び年末年始（12月 29日から翌年 1月 4日）を除く月曜日から土曜日（こ",
);
export const BUSINESS_DAY_ANNEX2_HOURS = cite(
  "別紙2",
  "の契約において「営業日」といいます。）の 9時 00分から 18時 00分までの間、専用受付番号で、当社オペレータ",
);
export const BUSINESS_DAY_ANNEX2_NEXT = cite(
  "別紙2",
  "による受付及びサポートを提供します。但し、サポート内容・時間帯によっては翌営業日以降の対応となる場合が",
);
/** 別紙1 2 用語説明: the same definition of 営業日, and 平日 (Monday–Friday). */
export const BUSINESS_DAY_ANNEX1 = cite(
  "別紙1 2",
  "営業日：祝祭日及び年末年始（12月 29日から翌年 1月 4日）を除く月曜日～土曜日となります。",
);
export const WEEKDAY_ANNEX1 = cite(
  "別紙1 2",
  "平日：祝祭日及び年末年始（12月 29日から翌年 1月 4日）を除く月曜日～金曜日となります。",
);

/** 第9条第2項: the usage start date is the day the initial work completes. */
export const USAGE_START = cite(
  "第9条第2項",
  "初期工事を実施します。初期工事を完了した日を本サービスの利用開始日とします。",
);
export const INITIAL_WORK = cite(
  "第9条第2項",
  "2 前項の契約成立後、契約者との間で BizBox Serverの監視開始に必要な工事（以下、初期工事）の日程を調整し、",
);

/** 第25条第1項: the monthly fee from the start day to the day before the end date. */
export const BILLING_FROM = cite(
  "第25条第1項",
  "1 契約者は、本契約に基づいて、当社が本サービスの提供を開始した日から起算して、本契約の解約が",
);
export const BILLING_TO = cite(
  "第25条第1項",
  "あった日の前日までの期間（提供を開始した日と解約日が同一の日である場合は、1 日間とします。）",
);
export const BILLING_WRONG_ANNEX = cite(
  "第25条第1項",
  "について、別紙 2（料金表）に規定する月額料金の支払いを要します。なお、利用料金は、利用日数",
);
export const BILLING_PRORATED = cite("第25条第1項", "に応じて日割して適用します。");

/** 第28条: calculation per 料金月, daily proration by calendar days, no refunds. */
export const BILLING_MONTH = cite(
  "第28条第1項",
  "1 当社は、契約者がその契約に基づき支払う料金表に定める料金は料金月に従って計算します。ただし、当",
);
export const PRORATION = cite(
  "第28条第2項",
  "2 当社は、次の場合が生じたときは、月額料金（料金表に規定する請求書等の発行に関する料金を除きます。）",
);
export const PRORATION_BY_DAYS = cite("第28条第2項", "をその利用日数に応じて日割します。");
export const PRORATION_START = cite(
  "第28条第2項第1号",
  "(1) 料金月の初日以外の日に本サービスの提供の開始があったとき。",
);
export const PRORATION_END = cite(
  "第28条第2項第2号",
  "(2) 料金月の初日以外の日に本契約の一部解約又は解約等があったとき。",
);
export const PRORATION_SAME_FIRST_DAY = cite(
  "第28条第2項第3号",
  "(3) 料金月の初日に本サービスの提供を開始し、当該日に本契約の一部解約又は解約等があったとき。",
);
export const PRORATION_DISCOUNT = cite(
  "第28条第2項第4号",
  "(4) 料金月の初日以外の日に料金表に規定する月額料金の割引の適用に変更があったとき。",
);
export const CALENDAR_DAYS = cite("第28条第3項", "3 前項の規定による利用料金の日割は、暦日数により行います。");
export const BILLING_MONTH_START = cite(
  "第28条第4項",
  "4 当社は、当社の業務の遂行上やむを得ない場合は、第 1 項に規定する料金月の起算日を変更することがあ",
);
export const NO_REFUND = cite(
  "第28条第5項",
  "5 当社は、本規約等で別段の規定がある場合を除き、受領した請求金額について返金しないものとします。",
);
export const ROUNDING = cite(
  "第29条",
  "当社は、料金その他の計算において、その計算結果に 1円未満の端数が生じた場合は、その端数を切り捨てます。",
);
export const TAX_ADDED = cite(
  "第32条",
  "のとされている額は、当該料金表に定める額に消費税相当額を加算した額とします。なお、本規約の規定によ",
);
export const FEES_IN_ANNEX4 = cite(
  "第24条",
  "当社が提供する本サービスの料金は、別紙 4 に定める料金表（以下、料金表）に定めるところによります。",
);

/** 第21条: cancellation by the customer. */
export const CANCEL_NOTICE = cite(
  "第21条第1項",
  "1 契約者は、本契約を解約しようとするときは、そのことをあらかじめ本サービス取扱所に当社所定の方法",
);
export const CANCEL_DESIRED = cite(
  "第21条第2項",
  "2 当社は、前項の規定により申し出て頂いた解約希望日をもって本サービスの解約日とします。ただし、契",
);
export const CANCEL_BEFORE_CONFIRMATION = cite(
  "第21条第2項",
  "約者が申し出る解約希望日が、当社が申出内容の確認完了する日の前日までの日付となる場合には、確認",
);
export const CANCEL_CONFIRMATION_DAY = cite("第21条第2項", "完了する日を解約日とします。");

/** 第8条 and 別紙3: the maximum term per device. */
export const MAXIMUM_TERM = cite(
  "第8条",
  "本サービスの最長利用期間は、対象機器一覧に定める BizBox Server毎の期間に従います。最長利用期間を",
);
export const NO_CONTINUATION = cite("第8条", "超えた契約の継続はできません。");
export const DEVICE_TABLE = cite("別紙3", "【別紙 3（対象機器一覧）】");
export const DEVICE_TABLE_HEADER = cite("別紙3", "機器名 最長利用期間");
export const FIVE_YEARS = cite("別紙3", "5年");

/** 別紙4 2.: invoice issue and collection fees. */
export const INVOICE_FEES_FIRST_MONTHS = cite(
  "別紙4 2.(1)",
  "は利用回線の転用があった日を含む料金月及びその翌料金月分に係るものを除きます。）において支払いを要する",
);
export const INVOICE_FEES_APPLY = cite(
  "別紙4 2.(1)",
  "(1) 発行手数料及び収納手数料は、本サービスの料金その他の債務の支払い（本サービスの提供を開始した日又",
);
export const ISSUE_FEE_WHEN = cite(
  "別紙4 2.(1)",
  "発行手数料 請求書又は口座振替通知書の発行を要する場合に適用します。",
);
export const COLLECTION_FEE_WHEN = cite(
  "別紙4 2.(1)",
  "収納手数料 請求書によって本サービスの料金、その他の債務を支払う場合に適",
);
export const INVOICE_FEES_SUM = cite(
  "別紙4 2.(2)",
  "(2) 請求書等の発行に関する料金は、以下の発行手数料及び収納手数料を合計して算定します。",
);
export const ISSUE_FEE = cite("別紙4 2.(2)", "発行手数料 請求書又は口座振替通知書の発行ごとに 150円");
export const COLLECTION_FEE = cite("別紙4 2.(2)", "収納手数料 請求書による本サービスの料金その他の債");
export const COLLECTION_FEE_AMOUNT = cite("別紙4 2.(2)", "50円");
export const INVOICE_FEES_NOT_APPLIED = cite(
  "別紙4 2.(3)",
  "(3) 次の場合については、請求書等の発行に関する料金は適用しません。",
);
export const BUNDLED_BILLING = cite(
  "別紙4 2.(3)ⅰ",
  "ⅰ 請求事業者が当社から譲渡した債権及び他社が請求事業者に譲渡した債権を一括して請求している場合",
);
export const CORPORATE = cite(
  "別紙4 2.(3)ⅱ",
  "ⅱ 契約者が法人（法人に相当するものと当社が認めるものを含みます。）の場合",
);
export const TARIFF_CASES = cite(
  "別紙4 2.(3)ⅲ",
  "ⅲ IP 通信網サービス契約約款 第 1 表 第 1 類 第 1 1 (23)請求書等の発行に関する料金の適用に規定する当",
);

/** 第27条: late-payment interest. */
export const INTEREST_WHEN = cite(
  "第27条第1項",
  "1 契約者は、料金その他の債務（延滞利息を除きます。）について支払期日を経過してもなお支払いがない",
);
export const INTEREST_PERIOD = cite(
  "第27条第1項",
  "場合には、支払期日の翌日から起算して支払いの日の前日までの期間について法定利率の割合で計算して",
);
export const INTEREST_GRACE = cite(
  "第27条第1項",
  "得た額を延滞利息として支払って頂きます。ただし、支払期日の翌日から起算して 15 日以内に支払いが",
);
export const INTEREST_365 = cite(
  "第27条第2項",
  "2 前項に定める遅滞利息の計算にあたっては、閏年であっても、1年を 365日とします。",
);
export const INTEREST_WAIVABLE = cite(
  "第27条第3項",
  "3 当社は、延滞利息の他に請求する料金がない場合は、延滞利息を請求しない場合があります。",
);
export const DUE_DATE = cite(
  "第30条第1項",
  "1 契約者は、料金について、当社が定める期日までに、当社が指定する本サービス取扱所又は金融機関等に",
);

/** 別紙1 3.1: hours of the support rows and of on-site repair. */
export const SUPPORT_HOURS = cite(
  "別紙1 3.1 ※注意1",
  "※ 注意 1 ：対応時間は営業日の 9時 00分から 18時 00分に限らせていただきます。",
);
export const ONSITE_CUTOFF = cite(
  "別紙1 3.1 ※注意1",
  "（オンサイト故障修理手配については、当日の 17時 00分受付までに限ります。）",
);
export const SENDBACK_SHIPPING = cite(
  "別紙1 3.1 ※注意2",
  "※ 注意 2 ：機器の送付は、受付日より翌営業日以降の発送となります。",
);
export const ONSITE_SAME_DAY = cite(
  "別紙1 3.1.1(1)",
  "(1)9時 00分から 17時 00分までに、対象機器に不時の故障が発生した旨の通知を受けた時は、",
);
export const ONSITE_NEXT_DAY = cite(
  "別紙1 3.1.1(2)",
  "(2) 契約者が本契約の保守を前項の時間帯外に要請したときは、当社は当該要請に係る修理作業を翌日に",
);
export const ONSITE_URGENT_AT_COST = cite(
  "別紙1 3.1.1(2)",
  "限らず担当者を派遣し修理作業を行います。この場合、当社は別に定める「お買い上げ商品修理規定」に",
);
export const ONSITE_AT_COST = cite("別紙1 3.1.1(2)", "基づき実費にて修理を行なうこととします。");

/** 別紙4 4. and 5.: documents on request. */
export const QUALIFIED_INVOICE_ON_REQUEST = cite(
  "別紙4 4.⑴",
  "⑴ 当社は、契約者等から請求があったときは、本サービスの料金等の請求額情報について消費税法第 57 条の４",
);
export const QUALIFIED_INVOICE_FEE = cite(
  "別紙4 4.⑵",
  "⑵ 契約者等は、⑴の請求をし、その適格請求書の発行を受けたときは、手数料 400円（税込 440円）及び郵送料",
);
export const POSTAGE_AT_COST = (clause: string) => cite(clause, "その他経費 （実費）の支払いを要します。");
export const CERTIFICATE_ON_REQUEST = cite(
  "別紙4 5.⑴",
  "⑴ 当社は、契約者等から請求があったときは、当社が本サービスに係る債権を請求事業者に譲渡した場合を除き、",
);
export const CERTIFICATE_FEE = cite(
  "別紙4 5.⑵",
  "⑵ 契約者等は、⑴の請求をし、その支払証明書の発行を受けたときは、手数料 400円（税込 440円）及び郵送料",
);
