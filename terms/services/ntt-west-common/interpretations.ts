import type { Cited, Entry } from "./index.js";

type Interpretation = Entry<"interpretations">;

/** The clauses the shared interpretations rest on, as a document states them. */
export interface InterpretationClauses {
  /** 第9条第1項・第2項, 第25条第1項. */
  serviceStart: Cited;
  /** 第25条第1項, 第28条第1項・第3項・第4項. */
  billingMonth: Cited;
  /** 第29条. */
  rounding: Cited;
  /** 第32条 and a tax-inclusive figure of 別紙4. */
  tax: Cited;
  /** 第24条 / 別紙4 1. and 第9条第2項. */
  noInitialFee: Cited;
  /** 第26条. */
  surcharge: Cited;
  /** 第27条第1項・第2項. */
  lateInterest: Cited;
  /** 別紙4 2.(1), 第28条第2項. */
  paymentMethodChange: Cited;
}

/** Choices made where the two documents' identical clauses are ambiguous: the same choice for both. */
export function interpretations(c: InterpretationClauses) {
  return {
    serviceStart: {
      topic: "service-start",
      text: {
        ja: "料金の起算日「当社が本サービスの提供を開始した日」（第25条第1項）は定義がないため、初期工事を完了した日（利用開始日、第9条第2項）とします。承諾の書面の日付（第9条第1項）は契約の効力発生日で、課金は始まりません。申込みから開通までの期間は定められていません。",
        en: '"The day NTT West started providing the service" (第25条第1項), from which fees run, is not defined; Yakkan uses the day the initial work completes (the usage start date, 第9条第2項). The date of the acceptance document (第9条第1項) is when the contract takes effect; billing does not start then. No lead time is stated.',
      },
      cite: c.serviceStart,
    },
    billingMonth: {
      topic: "billing-month",
      text: {
        ja: "料金月は定義がないため暦月（1日～末日）とします（当社は起算日を変更できます、第28条第4項）。日割は「暦日数により」行うため、その料金月の日数（28～31日）を分母とし、利用日数を分子とします。解約日の前日まで課金し、開始日と解約日が同じなら 1 日分です（第25条第1項）。",
        en: 'The billing month (料金月) is not defined; Yakkan uses the calendar month (NTT West may move its start day, 第28条第4項). Proration is "by calendar days": the days used over the days of that billing month (28–31). Fees run to the day before the end date; one day if start and end coincide (第25条第1項).',
      },
      cite: c.billingMonth,
    },
    roundingOrder: {
      topic: "rounding-order",
      text: {
        ja: "端数処理の段階は定めがないため、日割額などの計算結果ごとに 1 円未満を切り捨て、合計に消費税を加算して再度切り捨てます。",
        en: "The stage of truncation is not stated; Yakkan truncates each computed amount (such as a prorated fee) to the yen, then adds consumption tax to the total and truncates again.",
      },
      cite: c.rounding,
    },
    consumptionTax: {
      topic: "consumption-tax",
      text: {
        ja: "消費税率は規約に書かれていません（税込額の併記から 10% と読めるのみです）。税率は法令による日付付きデータ（2019年10月1日から 10%）とし、税抜額から計算します（第32条）。",
        en: "The terms do not state the tax rate (only the tax-inclusive figures imply 10%). The rate is dated statutory data (10% from 2019-10-01), applied to tax-exclusive amounts (第32条).",
      },
      cite: c.tax,
    },
    noInitialFee: {
      topic: "no-initial-fee",
      text: {
        ja: "料金表（別紙4）には月額料金と請求書等に関する料金しかなく、初期費用・工事に関する費用・設定変更の手数料・機器代・割引の定めはありません。新規の一時費用は 0 円とし、規約にない料金は計上しません。",
        en: "The price table (別紙4) lists only the monthly fee and the invoice-related fees: no initial, construction, setting-change or device fee and no discount. A new contract has no one-off charge; nothing not in the terms is charged.",
      },
      cite: c.noInitialFee,
    },
    surcharge: {
      topic: "surcharge",
      text: {
        ja: "第26条は「（」が 1 つ欠けています（「料金表の規定により」の前）。NTT の約款の定型どおり、免れた額のほか、免れた額（税抜）の 2 倍に消費税相当額を加算した額を割増金とし、消費税を加算しない料金ではその 2 倍と読みます（別紙4 の料金はすべて課税のため後者は該当しません）。不法に免れた事実の認定が前提のため、自動では請求しません。",
        en: '第26条 lacks an opening "（" before "料金表の規定により"; read as NTT\'s standard clause: besides the evaded amount, a surcharge of twice the evaded amount (tax-exclusive) plus consumption tax, or just twice it for fees without tax (all 別紙4 fees are taxed, so the latter branch is empty). It presupposes a finding of unlawful evasion and is never charged automatically.',
      },
      cite: c.surcharge,
    },
    lateInterest: {
      topic: "late-interest",
      text: {
        ja: "延滞利息は法定利率で、支払期日の翌日から支払日の前日まで、閏年も 365 日で計算します。支払期日の翌日から起算して 15 日以内（支払期日の 15 日後まで）の支払いには生じず、16 日後の支払いで 15 日分が生じます。利率は利息が生じる最初の日に有効な法定利率とします（解釈）。",
        en: "Interest is at the statutory rate from the day after the due date to the day before payment, on a 365-day year also in leap years. None when paid within 15 days counting from the day after the due date (up to due date + 15); paid on due date + 16, 15 days accrue. The rate is the statutory rate in force on the first day of interest (interpretation).",
      },
      cite: c.lateInterest,
    },
    paymentMethodChange: {
      topic: "payment-method-change",
      text: {
        ja: "支払方法の変更は規約の変更手続の対象ではなく、請求書等の料金が変更後の方法に従ってかかるだけとします（変更費用なし。第28条第2項により日割しません）。",
        en: "A payment-method change is not a change procedure of the terms; the invoice fees simply follow the method in use (no change fee; not prorated, 第28条第2項).",
      },
      cite: c.paymentMethodChange,
    },
  } satisfies Record<string, Interpretation>;
}
