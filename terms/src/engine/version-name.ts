import type { Text } from "../dsl/common.js";

const LONG_DATE_EN = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/**
 * The name customers see for a terms version, from its effective date: 「2027年1月1日施行版」 /
 * "Terms effective 1 January 2027". The stored `version` is legal's working label (e.g. "2027-01-01
 * 改定案 (…)") and is never shown to customers: every customer-facing version (contract pages,
 * quotes, requests, notices) is named by this function.
 */
export function customerVersionName(effectiveFrom: string): Text {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(effectiveFrom);
  if (!match) return { ja: effectiveFrom, en: effectiveFrom };
  const [, y, m, d] = match as unknown as [string, string, string, string];
  return {
    ja: `${Number(y)}年${Number(m)}月${Number(d)}日施行版`,
    en: `Terms effective ${LONG_DATE_EN.format(new Date(`${effectiveFrom}T00:00:00Z`))}`,
  };
}
