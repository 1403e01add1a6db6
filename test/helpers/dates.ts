/**
 * Dates relative to today in Japan, computed independently of the code under test (plain UTC
 * arithmetic on the Tokyo calendar date).
 */
export function tokyoDay(offsetDays: number): string {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" })
    .format(new Date())
    .split("-")
    .map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + offsetDays)).toISOString().slice(0, 10);
}

/** The same day as the portal writes it in Japanese, without the weekday: "2027年1月21日". */
export function japaneseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
