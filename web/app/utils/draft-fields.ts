/**
 * The editable values of a terms version's common blocks (fees, notice periods, lead times, term
 * limits, calendars, interest, responsibilities, permissions), found by walking its JSON: the
 * structured editor renders one input per field and saves them back by path.
 */
export interface DraftField {
  /** Path inside the content, e.g. "terms.fees[0].price.amountYen". */
  path: string;
  group: string;
  label: string;
  kind: "yen" | "int" | "rate" | "unit" | "workdays" | "monthDay" | "party" | "mode";
  value: string;
  options?: string[];
}

type Json = Record<string, unknown>;
type Lang = "ja" | "en";

const text = (t: unknown, lang: Lang) => (t && typeof t === "object" ? String((t as Json)[lang] ?? "") : "");
const UNITS = ["calendarDays", "businessDays", "months", "years"];

function priceFields(rule: Json | undefined, path: string, group: string, label: string, out: DraftField[]) {
  if (!rule) return;
  switch (rule["type"]) {
    case "fixed":
      out.push({ path: `${path}.amountYen`, group, label, kind: "yen", value: String(rule["amountYen"]) });
      return;
    case "metered":
      out.push({ path: `${path}.unitPriceYen`, group, label: `${label} (unit)`, kind: "yen", value: String(rule["unitPriceYen"]) });
      if (rule["monthlyCapYen"] !== undefined) out.push({ path: `${path}.monthlyCapYen`, group, label: `${label} (cap)`, kind: "yen", value: String(rule["monthlyCapYen"]) });
      return;
    case "table":
      (rule["rows"] as Json[]).forEach((row, i) =>
        out.push({ path: `${path}.rows[${i}].amountYen`, group, label: `${label} ${String(row["value"])}`, kind: "yen", value: String(row["amountYen"]) }),
      );
      return;
    case "bands":
      (rule["bands"] as Json[]).forEach((band, i) =>
        out.push({
          path: `${path}.bands[${i}].unitPriceYen`,
          group,
          label: `${label} ${String(band["from"])}–${band["to"] === null ? "" : String(band["to"])}`,
          kind: "yen",
          value: String(band["unitPriceYen"]),
        }),
      );
      return;
    case "cases":
      (rule["cases"] as Json[]).forEach((c, i) => {
        const when = c["when"] as Json | undefined;
        const tag = when && Array.isArray(when["in"]) ? (when["in"] as unknown[]).join("/") : `#${i + 1}`;
        priceFields(c["price"] as Json, `${path}.cases[${i}].price`, group, `${label} ${tag}`, out);
      });
      return;
    default:
      return;
  }
}

function durationFields(d: Json | undefined, path: string, group: string, label: string, out: DraftField[]) {
  if (!d) return;
  out.push({ path: `${path}.amount`, group, label, kind: "int", value: String(d["amount"]) });
  out.push({ path: `${path}.unit`, group, label: `${label} (unit)`, kind: "unit", value: String(d["unit"]), options: UNITS });
}

export function draftFields(content: unknown, lang: Lang): DraftField[] {
  const terms = (content as Json | null)?.["terms"] as Json | undefined;
  if (!terms) return [];
  const out: DraftField[] = [];
  const groups = {
    fees: lang === "ja" ? "料金" : "Fees",
    notice: lang === "ja" ? "解約・期間" : "Notice and terms",
    lead: lang === "ja" ? "申込期限" : "Lead times",
    calendars: lang === "ja" ? "営業日カレンダー" : "Calendars",
    interest: lang === "ja" ? "遅延損害金" : "Late interest",
    duties: lang === "ja" ? "責任分担" : "Responsibilities",
    permissions: lang === "ja" ? "お客さま自身の操作" : "Permissions",
  };
  (terms["fees"] as Json[]).forEach((fee, i) => priceFields(fee["price"] as Json, `terms.fees[${i}].price`, groups.fees, text(fee["label"], lang), out));
  const cancellation = terms["cancellation"] as Json;
  durationFields(cancellation["notice"] as Json, "terms.cancellation.notice", groups.notice, lang === "ja" ? "解約通知期限" : "Cancellation notice", out);
  const limits = terms["limits"] as Json;
  for (const kind of ["minimum", "maximum"] as const) {
    ((limits[kind] as Json[] | undefined) ?? []).forEach((l, i) => durationFields(l["duration"] as Json, `terms.limits.${kind}[${i}].duration`, groups.notice, text(l["label"], lang), out));
  }
  const order = terms["order"] as Json;
  ((order["deadlines"] as Json[] | undefined) ?? []).forEach((d, i) => durationFields(d["before"] as Json, `terms.order.deadlines[${i}].before`, groups.lead, text(d["label"], lang), out));
  ((terms["calendars"] as Json[] | undefined) ?? []).forEach((c, i) => {
    out.push({ path: `terms.calendars[${i}].workdays`, group: groups.calendars, label: `${text(c["name"], lang)} (1=Mon … 7=Sun)`, kind: "workdays", value: (c["workdays"] as number[]).join(",") });
    ((c["closures"] as Json[] | undefined) ?? []).forEach((z, j) => {
      out.push({ path: `terms.calendars[${i}].closures[${j}].from`, group: groups.calendars, label: `${text(z["label"], lang)} from`, kind: "monthDay", value: String(z["from"]) });
      out.push({ path: `terms.calendars[${i}].closures[${j}].to`, group: groups.calendars, label: `${text(z["label"], lang)} to`, kind: "monthDay", value: String(z["to"]) });
    });
  });
  const interest = terms["lateInterest"] as Json;
  const rate = interest["rate"] as Json;
  if (rate["type"] === "fixed") out.push({ path: "terms.lateInterest.rate.annualRate", group: groups.interest, label: lang === "ja" ? "年利" : "Annual rate", kind: "rate", value: String(rate["annualRate"]) });
  out.push({ path: "terms.lateInterest.graceDays", group: groups.interest, label: lang === "ja" ? "猶予日数" : "Grace days", kind: "int", value: String(interest["graceDays"]) });
  const parties = ((terms["parties"] as Json[] | undefined) ?? []).map((p) => String(p["id"]));
  ((terms["responsibilities"] as Json[] | undefined) ?? []).forEach((r, i) =>
    out.push({ path: `terms.responsibilities[${i}].party`, group: groups.duties, label: text(r["duty"], lang), kind: "party", value: String(r["party"]), options: parties }),
  );
  ((terms["permissions"] as Json[] | undefined) ?? []).forEach((p, i) =>
    out.push({ path: `terms.permissions[${i}].mode`, group: groups.permissions, label: text(p["label"], lang), kind: "mode", value: String(p["mode"]), options: ["self-service", "request", "not-allowed"] }),
  );
  return out;
}

/** Form values back into typed values for the API ("1,2,3" → [1, 2, 3]; amounts to integers). */
export function parseDraftValue(kind: DraftField["kind"], raw: string): unknown {
  const value = raw.trim();
  switch (kind) {
    case "int":
      return /^-?\d+$/.test(value) ? Number(value) : value;
    case "workdays":
      return value
        .split(/[,\s]+/)
        .filter(Boolean)
        .map((d) => (/^\d+$/.test(d) ? Number(d) : d));
    default:
      return value;
  }
}
