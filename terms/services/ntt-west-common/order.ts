import type { Block, Cited } from "./index.js";

/** 第7条, 第9条第1項・第2項: no lead time is stated; the start date follows the initial work. */
export function order(cite: Cited): Block<"order"> {
  return {
    deadlines: [],
    targets: [],
    note: {
      ja: "規約は申込みから承諾・初期工事・開通までの期間を定めていません。契約は承諾の書面の発行で成立し、書面に記載の日付から効力を生じます（第9条第1項）。利用開始日（料金の起算日）は、契約成立後に契約者と日程を調整して行う初期工事を完了した日です（第9条第2項）。Yakkan は利用開始日を計算せず、開始希望日を申込みの期限として示します（解釈）。",
      en: "The terms set no lead time from application to acceptance, the initial work or service. The contract is formed when the written acceptance is issued and takes effect from the date written on it (第9条第1項); the usage start date, from which fees run, is the day the initial work, scheduled with the customer after formation, is completed (第9条第2項). Yakkan does not compute the start date and shows the desired start date as the last day to apply (interpretation).",
    },
    cite,
  };
}
