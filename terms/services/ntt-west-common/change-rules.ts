import type { Cited, Entry } from "./index.js";

/** 別紙4 2.(1): the invoice fees follow the payment method in use; a change costs nothing and is not prorated. */
export function paymentMethodChange(cite: Cited): Entry<"changeRules"> {
  return {
    param: "paymentMethod",
    label: { ja: "支払方法（請求書等の発行）", en: "Payment method (invoice documents)" },
    cite,
  };
}
