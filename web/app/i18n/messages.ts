/** Every string of the portal's chrome, Japanese first. Terms content comes bilingual from the data. */
export const messages = {
  appName: { ja: "Yakkan 約款", en: "Yakkan" },
  tagline: {
    ja: "利用規約を、期限と料金の答えに。",
    en: "Contract terms, turned into deadlines and fees you can check.",
  },
  skipToContent: { ja: "本文へ移動", en: "Skip to content" },
  switchLanguage: { ja: "English", en: "日本語" },
  servicesHeading: { ja: "サービス", en: "Services" },
  provider: { ja: "提供事業者", en: "Provider" },
  termsInForce: { ja: "適用中の規約", en: "Terms in force" },
  estimateFees: { ja: "料金を試算する", en: "Estimate fees" },
  noServices: { ja: "登録されたサービスはありません。", en: "No services are registered." },
  estimateTitle: { ja: "料金試算", en: "Fee estimate" },
  configuration: { ja: "構成", en: "Configuration" },
  calculate: { ja: "再計算", en: "Recalculate" },
  calculating: { ja: "計算中…", en: "Calculating…" },
  required: { ja: "必須", en: "required" },
  optionNone: { ja: "なし", en: "None" },
  range: { ja: "範囲", en: "Range" },
  pricedInBlocks: { ja: "{n} 単位で料金計算（切り上げ）", en: "priced in blocks of {n}, rounded up" },
  errorSummary: { ja: "設定に誤りがあります", en: "Please correct the configuration" },
  monthly: { ja: "月額費用", en: "Monthly fee" },
  initial: { ja: "初期費用", en: "Initial fee" },
  taxExcluded: { ja: "税抜", en: "excl. tax" },
  taxIncluded: { ja: "税込", en: "incl. tax" },
  breakdown: { ja: "内訳", en: "Breakdown" },
  item: { ja: "項目", en: "Item" },
  quantity: { ja: "数量", en: "Quantity" },
  unitPrice: { ja: "単価", en: "Unit price" },
  amount: { ja: "金額（税抜）", en: "Amount (excl. tax)" },
  clause: { ja: "根拠", en: "Clause" },
  kindMonthly: { ja: "月額", en: "Monthly" },
  kindOneOff: { ja: "一時", en: "One-off" },
  kindPossible: { ja: "発生の可能性", en: "Possible" },
  explanation: { ja: "計算の根拠", en: "How this was computed" },
  unpriced: { ja: "規約に価格が掲載されていない項目", en: "Items whose price the terms do not publish" },
  termsVersion: { ja: "規約の版", en: "Terms version" },
  effectiveFrom: { ja: "{date} から有効", en: "in force from {date}" },
  notComputable: { ja: "本文なし（計算不可）", en: "text not available (cannot compute)" },
  notFoundTitle: { ja: "ページが見つかりません", en: "Page not found" },
  notFoundBody: { ja: "お探しのページは存在しないか、表示する権限がありません。", en: "This page does not exist, or you may not see it." },
  errorTitle: { ja: "問題が発生しました", en: "Something went wrong" },
  errorBody: { ja: "時間をおいて再度お試しください。", en: "Please try again in a moment." },
  backHome: { ja: "トップへ戻る", en: "Back to the start page" },
  yen: { ja: "{amount}円", en: "¥{amount}" },
} as const;

export type MessageKey = keyof typeof messages;
export type Lang = "ja" | "en";

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

const grouping = { ja: new Intl.NumberFormat("ja-JP"), en: new Intl.NumberFormat("en-US") };

/**
 * Yen for display. Amounts arrive as exact decimal strings; Intl formats a string without turning
 * it into a float (ES2023 Intl.NumberFormat v3).
 */
export function formatYen(lang: Lang, amount: string): string {
  const formatted = grouping[lang].format(amount as unknown as number);
  return t(lang, "yen", { amount: formatted });
}

export function formatCount(lang: Lang, value: string | number): string {
  return grouping[lang].format(String(value) as unknown as number);
}
