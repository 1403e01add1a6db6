import type { Citation } from "../../src/dsl/index.js";

/** The document every clause of this service cites: `../shared/seeds/utm-support.terms.ja.txt`. */
export const DOCUMENT = "utm-support.terms";

export function cite(clause: string, text?: string): Citation {
  return text === undefined ? { document: DOCUMENT, clause } : { document: DOCUMENT, clause, text };
}

// Clauses cited from several places, quoted once. Quotes are verbatim (whitespace collapsed).

/** 別紙2: the definition of 営業日 (business day). */
export const BUSINESS_DAY_DEFINITION = cite(
  "別紙2",
  "当社は、本サービスに関して、祝祭日及び年末年始（12月29日から翌年1月4日）を除く月曜日から金曜日（この契約において「営業日」といいます。）の9:00から17:00までの間、専用受付番号で、当社オペレータによる受付及びサポートを提供します。",
);
/** 別紙1 2.: the spec's 平日, the same days as 営業日. */
export const WEEKDAY_DEFINITION = cite(
  "別紙1 2.",
  "平日：祝日、年末年始（12月29日～1月4日）をのぞく月曜日～金曜日となります。",
);

export const NOTICE_5_BUSINESS_DAYS = cite(
  "第21条第1項",
  "契約者は、本契約を解約しようとするときは、そのことをあらかじめ本サービス取扱所に解約希望日の5営業日前までに当社所定の方法により申し出て頂きます。",
);
export const END_DATE_IS_DESIRED_DATE = cite(
  "第21条第2項",
  "当社は、前項の規定により申し出て頂いた解約希望日をもって本サービスの解約日とします。",
);
export const END_DATE_AFTER_CONFIRMATION = cite(
  "第21条第2項",
  "ただし、契約者が申し出る解約希望日が、当社が申出内容の確認完了する日の前日までの日付となる場合には、確認完了する日の5営業日後を解約日とします。",
);

export const SERVICE_START = cite("第9条第2項", "初期工事を完了した日を本サービスの利用開始日とします。");
export const FEE_PERIOD = cite(
  "第25条第1項",
  "契約者は、その契約に基づいて、当社が本サービスの提供を開始した日から起算して、本契約の解約日の前日までの期間（提供を開始した日と解約日が同一の日である場合は、1 日間とします。）について、料金表に規定する月額料金の支払いを要します。",
);
export const PRORATION = cite(
  "第28条第2項",
  "当社は、次の場合が生じたときは、月額料金（料金表に規定する請求書等の発行に関する料金を除きます。）をその利用日数に応じて日割します。",
);
export const PRORATION_START = cite("第28条第2項第1号", "料金月の初日以外の日の本サービスの提供の開始があったとき。");
export const PRORATION_END = cite("第28条第2項第2号", "料金月の初日以外の日の本契約の一部解約又は解約等があったとき。");
export const PRORATION_SAME_DAY = cite(
  "第28条第2項第3号",
  "料金月の初日に本サービスの提供を開始し、当該日に本契約の一部解約又は解約等があったとき。",
);
export const PRORATION_BY_CALENDAR_DAYS = cite(
  "第28条第3項",
  "前項の規定による利用料金の日割は、暦日数により行います。",
);
export const BILLING_MONTH = cite(
  "第28条第1項",
  "当社は、契約者がその契約に基づき支払う料金表に定める料金は料金月に従って計算します。",
);

export const MAXIMUM_TERM = cite(
  "第8条",
  "本サービスの最長利用期間は、対象機器一覧に定めるゲートウェイ装置又はライセンス付ゲートウェイ装置毎の期間に従います。",
);
export const NO_CONTINUATION = cite("第8条", "最長利用期間を超えた契約の継続はできません。");
export const DEVICE_TABLE_HEADER = cite("別紙3", "ゲートウェイ装置 ライセンス付ゲートウェイ装置 最長利用期間");
export const DEVICE_SSB5 = cite("別紙3 ①", "① Biz Box UTM SSB5 Biz Box UTM SSB5（ライセンス付） 7年");
export const DEVICE_SSB10 = cite("別紙3 ②", "② Biz Box UTM SSB10 Biz Box UTM SSB10（ライセンス付） 5年");
export const DEVICE_SSB30 = cite("別紙3 ③", "③ Biz Box UTM SSB30 Biz Box UTM SSB30（ライセンス付） 5年");
export const DEVICE_STANDARD = cite(
  "別紙3 ④",
  "④ Biz Box UTM SSB Standard Biz Box UTM SSB Standard（ライセンス付） 7年",
);
export const DEVICE_PROFESSIONAL = cite(
  "別紙3 ⑤",
  "⑤ Biz Box UTM SSB Professional Biz Box UTM SSB Professional（ライセンス付） 7年",
);
export const NEW_DEVICE_ONLY = cite(
  "第7条第4項",
  "本サービス申込みにあたっては、別紙3に定める対象機器一覧（以下、対象機器一覧）のゲートウェイ装置又はライセンス付ゲートウェイ装置を新規導入した契約者に限ります。",
);

export const FEE_TABLE = cite(
  "第24条",
  "当社が提供する本サービスの料金は、別紙 4 に定める料金表（以下、料金表）に定めるところによります。",
);
export const MONTHLY_FEE = cite("別紙4 1.", "月額料金 2,500 円 (税込 2,750 円) / 契約");
export const LICENSED_WAIVER = cite(
  "別紙4 1.",
  "※ライセンス付ゲートウェイ端末を導入のお客さまは、最長契約期間分の月額料金を免除するものとします。",
);

export const INVOICE_FEES_SCOPE = cite(
  "別紙4 2.(1)",
  "発行手数料及び収納手数料は、本サービス（フレッツ 光ネクスト/クロスが光コラボレーションモデルに関する契約に基づき提供されるものである場合に限り、以下この表において同じとします。）の料金その他の債務の支払い（本サービスの提供を開始した日を含む料金月及びその翌料金月分に係るものを除きます。）において支払いを要するものとし、次の場合に適用します。",
);
export const ISSUE_FEE_WHEN = cite(
  "別紙4 2.(1)",
  "発行手数料 請求書又は口座振替通知書の発行を要する場合に適用します。",
);
export const COLLECTION_FEE_WHEN = cite(
  "別紙4 2.(1)",
  "収納手数料 請求書によって本サービスの料金、その他の債務を支払う場合に適用します。",
);
export const INVOICE_FEES_SUM = cite(
  "別紙4 2.(2)",
  "請求書等の発行に関する料金は、以下の発行手数料及び収納手数料を合計して算定します。",
);
export const ISSUE_FEE = cite("別紙4 2.(2)", "発行手数料 請求書又は口座振替通知書の発行ごとに 150 円 (税込 165 円)");
export const COLLECTION_FEE = cite(
  "別紙4 2.(2)",
  "収納手数料 請求書による本サービスの料金その他の債務の支払いごとに 50 円 (税込 55 円)",
);
export const INVOICE_FEES_EXEMPT = cite(
  "別紙4 2.(3)",
  "次の場合については、請求書等の発行に関する料金は適用しません。",
);
export const EXEMPT_BILLING_AGENT = cite(
  "別紙4 2.(3)i",
  "請求事業者が当社から譲渡した債権及び他社が請求事業者に譲渡した債権を一括して請求している場合",
);
export const EXEMPT_CORPORATE = cite(
  "別紙4 2.(3)ii",
  "契約者が法人（法人に相当するものと当社が認めるものを含みます。）の場合",
);
export const EXEMPT_OTHER = cite(
  "別紙4 2.(3)iii",
  "IP 通信網サービス契約約款 第 1 表 第 1 類 第 1 1 (23) 請求書等の発行に関する料金の適用に規定する当社が別に定める場合又は当社がやむを得ないと認める理由により請求書の発行を行う場合",
);

export const QUALIFIED_INVOICE = cite(
  "別紙4 3.(1)",
  "当社は、契約者等から請求があったときは、本サービスの料金等の請求額情報について消費税法第 57 条の 4 の規定に基づく適格請求書を発行します。",
);
export const QUALIFIED_INVOICE_FEE = cite(
  "別紙4 3.(2)",
  "契約者等は、(1) の請求をし、その適格請求書の発行を受けたときは、手数料 400 円 (税込 440 円) 及び郵送料等の支払いを要します。",
);
export const QUALIFIED_INVOICE_EXPENSES = cite(
  "別紙4 3.",
  "(注) 適格請求書の発行を受けようとするときは、上記の手数料のほか、その他経費（実費）が必要な場合があります。",
);
export const PAYMENT_CERTIFICATE = cite(
  "別紙4 4.(1)",
  "当社は、契約者等から請求があったときは、当社が本サービスに係る債権を請求事業者に譲渡した場合を除き、",
);
export const PAYMENT_CERTIFICATE_FEE = cite(
  "別紙4 4.(2)",
  "契約者等は、(1) の請求をし、その支払証明書の発行を受けたときは、手数料 400 円 (税込 440 円) 及び郵送料等の支払いを要します。",
);

export const TAX_ADDED = cite(
  "第32条",
  "第 25 条（利用料金の支払義務）の規定その他本規約の規定により料金表に定める料金の支払いを要するものとされている額は、当該料金表に定める額に消費税相当額を加算した額とします。",
);
export const ROUNDING = cite(
  "第29条",
  "当社は、料金その他の計算において、その計算結果に 1 円未満の端数が生じた場合は、その端数を切り捨てます。",
);

export const OUTAGE_ROW_1 = cite(
  "第25条第2項第2号",
  "1 契約者の責めによらない理由により、本サービスを全く利用できない状態が生じた場合（2 欄に該当する場合を除きます。）に、そのことを当社が知った時から起算して、24 時間以上その状態が連続したとき。",
);
export const OUTAGE_CREDIT = cite(
  "第25条第2項第2号",
  "そのことを当社が知った時以後の利用できなかった時間（24 時間の倍数である部分に限ります。）について 24 時間ごとに日数を計算し、その日数に対応するその本サービスについての月額料金の日割額",
);
export const OUTAGE_ROW_2 = cite(
  "第25条第2項第2号",
  "2 当社の故意又は重大な過失によりその本サービスを全く利用できない状態が生じたとき。",
);
export const OUTAGE_DAY_OF_BLOCK = cite(
  "第28条第3項",
  "この場合、第 25 条（利用料金の支払義務）第 2 項第 2 号の表内 1 に規定する料金の算定に当たっては、その日数計算の単位となる 24 時間をその開始時刻が属する暦日とみなします。",
);

export const LATE_INTEREST = cite(
  "第27条第1項",
  "契約者は、料金その他の債務（延滞利息を除きます。）について支払期日を経過してもなお支払いがない場合には、支払期日の翌日から起算して支払いの日の前日までの期間について法定利率の割合で計算して得た額を延滞利息として支払って頂きます。",
);
export const LATE_INTEREST_GRACE = cite(
  "第27条第1項",
  "ただし、支払期日の翌日から起算して 15 日以内に支払いがあった場合は、この限りではありません。",
);
export const LATE_INTEREST_365 = cite(
  "第27条第2項",
  "前項に定める遅滞利息の計算にあたっては、閏年であっても、1 年を 365 日とします。",
);
export const LATE_INTEREST_MAY_WAIVE = cite(
  "第27条第3項",
  "当社は、延滞利息の他に請求する料金がない場合は、延滞利息を請求しない場合があります。",
);
export const DUE_DATE = cite(
  "第30条第1項",
  "契約者は、料金について、当社が定める期日までに、当社が指定する本サービス取扱所又は金融機関等において支払って頂きます。",
);

export const SURCHARGE = cite(
  "第26条",
  "契約者は、料金の支払いを不法に免れた場合は、その免れた額のほか、その免れた額（消費税相当額を加算しない額とします。）の 2 倍に相当する額に消費税相当額を加算した額、料金表の規定により消費税相当額を加算しないこととされている料金にあっては、その免れた額の 2 倍に相当する額）を割増金として支払って頂きます。",
);

export const CHANGE_ORDER_SHEET = cite(
  "別紙1 3.2.3",
  "選択したセキュリティ機能の設定は当社にてあらかじめ決められたデフォルト値に基づきますが（デフォルト値は参考資料参照）、お客さまから提出される変更オーダーシートに基づき変更可能といたします。",
);
export const REMOTE_SETTING_CHANGE = cite(
  "別紙1 3.2.4(2)",
  "ゲートウェイ装置に対し、変更オーダーシートに基づいて当社より遠隔にて設定変更対応を行います。設定変更後、対応の完了をお客さま担当者へメールにて連絡します。",
);

export const CONTRACT_EFFECTIVE = cite(
  "第9条第1項",
  "当該書面の発行をもって本契約が成立するものとし、当該書面に記載される日付から本契約が効力を発し、契約者は本サービスの提供を受けることができるものとし、",
);

export const INITIAL_WORK = cite(
  "第9条第2項",
  "前項の契約成立後、契約者との間でゲートウェイ装置又はライセンス付ゲートウェイ装置の監視開始に必要な工事（以下、初期工事）の日程を調整し、初期工事を実施します。",
);

export const SUSPENSION_STILL_PAID = cite(
  "第25条第2項第1号",
  "利用停止があったときは、契約者は、その期間中の月額料金の支払いを要します。",
);
