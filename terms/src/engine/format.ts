import type { Money } from "./money.js";

/** "1274000" → "1,274,000" without passing through a float. */
export function groupDigits(amount: Money | string | number): string {
  const s = typeof amount === "object" ? amount.toFixed() : String(amount);
  const dot = s.indexOf(".");
  const int = dot === -1 ? s : s.slice(0, dot);
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  let grouped = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ",";
    grouped += digits.charAt(i);
  }
  return sign + grouped + (dot === -1 ? "" : s.slice(dot));
}

export const yenJa = (amount: Money | string) => `${groupDigits(amount)}円`;
export const yenEn = (amount: Money | string) => `¥${groupDigits(amount)}`;
