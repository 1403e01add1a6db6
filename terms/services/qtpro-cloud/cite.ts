import type { Citation } from "../../src/dsl/index.js";

/** 利用規約 Ver1.0: `../shared/seeds/qtpro-cloud.terms.ja.txt`. Clauses as "第18条第1項". */
export const TERMS_DOCUMENT = "qtpro-cloud.terms";
/** 別紙 サービススペックシート: `../shared/seeds/qtpro-cloud.spec-sheet.ja.txt`. Sections as "§12①". */
export const SPEC_DOCUMENT = "qtpro-cloud.spec-sheet";

/** A citation of the terms; `text` is verbatim from one line of the seed (whitespace aside). */
export function terms(clause: string, text: string): Citation {
  return { document: TERMS_DOCUMENT, clause, text };
}

/** A citation of the spec sheet; `text` is verbatim from one line of the seed (whitespace aside). */
export function spec(clause: string, text: string): Citation {
  return { document: SPEC_DOCUMENT, clause, text };
}

// Clauses cited from several places, quoted once.

export const EFFECTIVE_DATE = terms("附則", "附 則 この利用規約は、2026 年 3 月 1 日から実施します。");
export const COVER_VERSION = terms("表紙", "Ver1.0");

/** 第5条第1項: the 1-month minimum term and, for a dedicated cluster, 3 years. */
export const MINIMUM_TERM = terms(
  "第5条第1項",
  "QT PRO Cloud サービスの最低利用期間は、課金開始日から起算して 1 ヶ月を最低利用期間とします。",
);
export const MINIMUM_TERM_CLUSTER = terms("第5条第1項", "但し、専有クラスターの場合は最低利用期間を 3 年とする。");
export const SPEC_MINIMUM_TERM = spec("§18④", "最低利用期間は課金開始月から 1 ヶ月とする。");
export const SPEC_MINIMUM_TERM_CLUSTER = spec(
  "§18④",
  "専有クラスターは追加でサーバーを新設するため、最低利用期間を 3 年とする。",
);
export const SPEC_CLUSTER = spec("§10 ■OCF ⑪", "“OCX Compute Fabric Fabric 個別規定 2.1.4 専有クラスター” の通り。");

/** Spec §12① and §18③: the application lead times. */
export const LEAD_TIMES = spec(
  "§12①",
  "閉域接続の開通を希望する場合は 30 営業日前までに、閉域接続が不要な場合は 20 営業日前までに申込書の提出を必須とする。",
);
export const LEAD_TIME_MONTH = spec("§18③", "原則、サービス提供開始希望日の 1 ヶ月までに申込書を提出するものとする。");
export const LEAD_TIME_CLOSED = spec(
  "§18③",
  "ただし、閉域接続の開通を希望する場合は 30 営業日前までに申込書を提出するものとし、初期構成や変更の規模が大きい場合は個別調整とする。",
);
export const WRITTEN_APPLICATION = spec("§12①", "契約者より、②～④の内容を網羅した申込書を書面にて受領する。");
export const INITIAL_BUILD_ADJUSTED = spec(
  "§12①",
  "閉域接続以外で当社に初期構築を依頼する内容に応じて納期は調整となる。",
);

/** Spec §16①: billing and service start on a chosen 1st, no proration. */
export const BILLING_START = spec(
  "§16①",
  "契約者から利用申込書を受領した日からサービス提供に必要な構築日数以降の任意の月初日を課金開始日及びサービス提供開始日とする。",
);
export const BILLING_START_NO_PRORATION = spec("§16①", "課金開始日を含む月から課金し、日割りは実施しない。");
export const BILLING_STOP = spec(
  "§16②",
  "契約者から解約申込書を受領した日から1ヶ月以降の任意の日を課金停止日及びサービス提供終了日とする。",
);
export const BILLING_STOP_NO_PRORATION = spec("§16②", "課金終了日を含む月で課金終了し、日割りは実施しない。");
export const CALENDAR_MONTHS = terms(
  "第24条第2項",
  "当社は、QT PRO Cloud サービス契約者がその QT PRO Cloud サービス利用規約に基づき支払う料金を暦月に従って計算します。",
);

/** 第18条第1項: written notice one month ahead, ending on the last day of a billing month. */
export const CANCELLATION = terms(
  "第18条第1項",
  "契約者は、1ヶ月前までに書面で当社に通知することにより、課金単位月の末日付で利用契約を解除することができるものとします。",
);
export const DELETE_RESOURCES = terms(
  "第18条第1項",
  "また利用契約を解除するにあたり、契約者は利用終了日までにOCFリソースの削除を実施するものとします。",
);
export const SPEC_CANCELLATION_FORM = spec("§14①", "解約申込書は課金停止日より 1 ヶ月前までに受領する。");

/** 第26条: hourly metered fees and fees with a monthly cap. */
export const HOURLY = terms(
  "第26条第1項",
  "別紙料金表にて定める時間従量課金については利用時間に応じた料金のお支払いが月単位で発生します。",
);
export const MONTHLY_CAP = terms(
  "第26条第2項",
  "別紙料金表にて定める月額上限料金は利用時間に応じて料金が加算されますが、当該月の利用時間が料金項目ごとに定める上限時間に達した場合は定額でのお支払いになるもので、月単位で発生します。",
);
export const PRICE_LIST = terms(
  "第24条第1項",
  "QT PRO Cloud サービスの料金及び関連費用（以下「サービス料金」といいます。）は、別紙料金表で定める金額とします。",
);
export const SERVICE_FEE_DEFINITION = terms(
  "第3条",
  "本利用契約に基づき本サービスの利用の対価として契約者が当社に支払う料金（初期費用、時間従量課金、月額上限料金及びその他料金のすべてを含みます）",
);
export const SPEC_MENU = spec("§9", "別紙料金表の通り");
export const WORK_FEE_PRICE_LIST = spec("§13②", "当社への作業依頼費用は別紙価格表に記載する金額とする。");

/** Spec §13①: what the power user may set in the OCF console. */
export const POWER_USER_SCOPE = spec(
  "§11 ■OCF ①",
  "パワーユーザー権限では、契約申し込み（拠点追加）及びアカウント全体のユーザー管理以外のすべての操作が可能である。",
);
export const POWER_USER_SELF = spec(
  "§13①",
  "契約者に引き渡したパワーユーザーの権限内で操作可能な設定は、契約者自身で設定いただく。",
);
export const OUTSIDE_SCOPE = spec("§13②", "①の範囲外となる下記変更（OCX 含む）は「6. 開通」の記載内容に則り実施する。");
export const IN_SCOPE_PAID = spec(
  "§13②",
  "①の範囲内の変更においても、契約者から当社に変更作業を依頼された場合は、有償で対応する。ただし、すべてのリソース情報を記載したパラメータシートの提出を必須とする。",
);

/** The two documents' answers to "is the price list here?": it is not. */
export const UNPRICED_REASON = {
  ja: "料金は別紙料金表（別紙価格表）で定められますが、その料金表は資料に含まれていません。契約の料金は契約記録から取得してください。",
  en: "The price is set by the separate price list (別紙料金表 / 別紙価格表), which is not in the sources. Take the contract's amounts from the contract record.",
};

export const BANDWIDTH_BY_BUILDER = spec(
  "§19①",
  "※当社にて構築する場合は当社が設定し、契約者にて構築される場合は契約者自身で設定するものとする。",
);
