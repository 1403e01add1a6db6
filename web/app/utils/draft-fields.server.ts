import { priceLeaves, termsVersionSchema } from "@yakkan/api";
import type { Duration, PriceQualifier, TermsBody, Text } from "@yakkan/terms";
import { t, type Lang } from "~/i18n/messages";

/**
 * The editable values of a terms version's common blocks (fees, notice periods, lead times, term
 * limits, calendars, interest, responsibilities, permissions), read from the parsed terms: the
 * structured editor renders one input per field and saves them back by path. Where the amounts of a
 * price sit is the DSL's own traversal (`priceLeaves`), shared with the linter, the diff and pricing.
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

const UNITS: Duration["unit"][] = ["calendarDays", "businessDays", "months", "years"];
const MODES = ["self-service", "request", "not-allowed"];

/** "fees[0].price" + ["cases", 1, "price", "amountYen"] → "fees[0].price.cases[1].price.amountYen". */
const join = (base: string, path: readonly (string | number)[]) => path.reduce<string>((p, s) => (typeof s === "number" ? `${p}[${s}]` : `${p}.${s}`), base);

/** What tells a price's amount from its siblings, as the editor labels it ("core 1001–3000", "(unit)"). */
function qualifierText(q: PriceQualifier): string {
  switch (q.kind) {
    case "case":
      return ` ${q.tag}`;
    case "row":
      return ` ${String(q.value)}`;
    case "band":
      return ` ${q.from}–${q.to === null ? "" : q.to}`;
    case "unitPrice":
      return " (unit)";
    case "monthlyCap":
      return " (cap)";
  }
}

function durationFields(d: Duration, path: string, group: string, label: string, out: DraftField[]) {
  out.push({ path: `${path}.amount`, group, label, kind: "int", value: String(d.amount) });
  out.push({ path: `${path}.unit`, group, label: `${label} (unit)`, kind: "unit", value: d.unit, options: UNITS });
}

function termsOf(content: unknown): TermsBody | undefined {
  const parsed = termsVersionSchema.safeParse(content);
  return parsed.success ? parsed.data.terms : undefined;
}

export function draftFields(content: unknown, lang: Lang): DraftField[] {
  const terms = termsOf(content);
  if (!terms) return [];
  const text = (t: Text) => t[lang];
  const out: DraftField[] = [];
  const groups = {
    fees: t(lang, "draftGroupFees"),
    notice: t(lang, "draftGroupNotice"),
    lead: t(lang, "draftGroupLead"),
    calendars: t(lang, "draftGroupCalendars"),
    interest: t(lang, "draftGroupInterest"),
    duties: t(lang, "draftGroupDuties"),
    permissions: t(lang, "draftGroupPermissions"),
  };
  terms.fees.forEach((fee, i) => {
    for (const leaf of priceLeaves(fee.price)) {
      if (leaf.amountYen === null) continue;
      const label = text(fee.label) + leaf.qualifiers.map(qualifierText).join("");
      out.push({ path: join(`terms.fees[${i}].price`, leaf.path), group: groups.fees, label, kind: "yen", value: leaf.amountYen });
    }
  });
  durationFields(terms.cancellation.notice, "terms.cancellation.notice", groups.notice, t(lang, "draftCancellationNotice"), out);
  for (const kind of ["minimum", "maximum"] as const) {
    terms.limits[kind].forEach((l, i) => durationFields(l.duration, `terms.limits.${kind}[${i}].duration`, groups.notice, text(l.label), out));
  }
  terms.order.deadlines.forEach((d, i) => durationFields(d.before, `terms.order.deadlines[${i}].before`, groups.lead, text(d.label), out));
  terms.calendars.forEach((c, i) => {
    out.push({ path: `terms.calendars[${i}].workdays`, group: groups.calendars, label: `${text(c.name)} (1=Mon … 7=Sun)`, kind: "workdays", value: c.workdays.join(",") });
    c.closures.forEach((z, j) => {
      out.push({ path: `terms.calendars[${i}].closures[${j}].from`, group: groups.calendars, label: `${text(z.label)} from`, kind: "monthDay", value: z.from });
      out.push({ path: `terms.calendars[${i}].closures[${j}].to`, group: groups.calendars, label: `${text(z.label)} to`, kind: "monthDay", value: z.to });
    });
  });
  const interest = terms.lateInterest;
  if (interest.rate.type === "fixed") out.push({ path: "terms.lateInterest.rate.annualRate", group: groups.interest, label: t(lang, "draftAnnualRate"), kind: "rate", value: interest.rate.annualRate });
  out.push({ path: "terms.lateInterest.graceDays", group: groups.interest, label: t(lang, "draftGraceDays"), kind: "int", value: String(interest.graceDays) });
  const parties = terms.parties.map((p) => p.id);
  terms.responsibilities.forEach((r, i) =>
    out.push({ path: `terms.responsibilities[${i}].party`, group: groups.duties, label: text(r.duty), kind: "party", value: r.party, options: parties }),
  );
  terms.permissions.forEach((p, i) =>
    out.push({ path: `terms.permissions[${i}].mode`, group: groups.permissions, label: text(p.label), kind: "mode", value: p.mode, options: MODES }),
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
