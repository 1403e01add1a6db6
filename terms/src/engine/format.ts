import type { Money } from "./money.js";

/** "1274000" → "1,274,000" without passing through a float. */
export function groupDigits(amount: Money | string | number): string {
  const s = typeof amount === "object" ? amount.toFixed() : String(amount);
  const [int = "", frac] = s.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

export const yenJa = (amount: Money | string) => `${groupDigits(amount)}円`;
export const yenEn = (amount: Money | string) => `¥${groupDigits(amount)}`;
