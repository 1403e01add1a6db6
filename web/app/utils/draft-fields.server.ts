import { priceLeaves, termsVersionSchema } from "@yakkan/api";
import {
  caseConditions,
  caseName,
  type Condition,
  type Duration,
  type PriceQualifier,
  type TermsBody,
  type Text,
} from "@yakkan/terms";
import { t } from "~/i18n/messages";

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
  /** The choices of a select: stored value and the label people read. */
  options?: { value: string; label: string }[];
}

type Lang = "ja" | "en";

const UNITS: Record<Duration["unit"], Text> = {
  calendarDays: { ja: "日（暦日）", en: "calendar days" },
  businessDays: { ja: "営業日", en: "business days" },
  months: { ja: "か月", en: "months" },
  years: { ja: "年", en: "years" },
};
const MODES: Record<string, Text> = {
  "self-service": { ja: "お客さま自身で操作できる", en: "the customer does it themselves" },
  request: { ja: "申請が必要", en: "needs a request" },
  "not-allowed": { ja: "できない", en: "not allowed" },
};
const WORDS = {
  unit: { ja: "（単位）", en: " (unit)" },
  amount: { ja: "（数）", en: " (number)" },
  unitPrice: { ja: "（単価）", en: " (unit price)" },
  cap: { ja: "（月額上限）", en: " (monthly cap)" },
  workdays: { ja: "（営業する曜日: 1=月 … 7=日）", en: " (working weekdays: 1=Mon … 7=Sun)" },
  from: { ja: "（開始 月-日）", en: " (from, MM-DD)" },
  to: { ja: "（終了 月-日）", en: " (to, MM-DD)" },
} satisfies Record<string, Text>;

/** "fees[0].price" + ["cases", 1, "price", "amountYen"] → "fees[0].price.cases[1].price.amountYen". */
const join = (base: string, path: readonly (string | number)[]) =>
  path.reduce<string>((p, s) => (typeof s === "number" ? `${p}[${s}]` : `${p}.${s}`), base);

/**
 * What tells a price's amount from its siblings, as the editor labels it ("Core 1001–3000",
 * "プラン Complete・ログ保存期間 90 (unit price)"): a case by the labels of the values it tests, or by
 * its condition in words — never by a stored value ("core") or its position ("#3").
 */
function qualifierText(q: PriceQualifier, when: Condition | undefined, terms: TermsBody, lang: Lang): string {
  switch (q.kind) {
    case "case":
      return ` ${caseName(q.tag, when, terms.parameters)[lang]}`;
    case "row":
      return ` ${String(q.value)}`;
    case "band":
      return ` ${q.from}–${q.to === null ? "" : q.to}`;
    case "unitPrice":
      return WORDS.unitPrice[lang];
    case "monthlyCap":
      return WORDS.cap[lang];
  }
}

function durationFields(d: Duration, path: string, group: string, label: string, out: DraftField[], lang: Lang) {
  out.push({
    path: `${path}.amount`,
    group,
    label: `${label}${WORDS.amount[lang]}`,
    kind: "int",
    value: String(d.amount),
  });
  const options = Object.entries(UNITS).map(([value, text]) => ({ value, label: text[lang] }));
  out.push({ path: `${path}.unit`, group, label: `${label}${WORDS.unit[lang]}`, kind: "unit", value: d.unit, options });
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
      const whens = caseConditions(fee.price, leaf.path);
      let c = 0;
      const label =
        text(fee.label) +
        leaf.qualifiers.map((q) => qualifierText(q, q.kind === "case" ? whens[c++] : undefined, terms, lang)).join("");
      out.push({
        path: join(`terms.fees[${i}].price`, leaf.path),
        group: groups.fees,
        label,
        kind: "yen",
        value: leaf.amountYen,
      });
    }
  });
  durationFields(
    terms.cancellation.notice,
    "terms.cancellation.notice",
    groups.notice,
    t(lang, "draftCancellationNotice"),
    out,
    lang,
  );
  for (const kind of ["minimum", "maximum"] as const) {
    terms.limits[kind].forEach((l, i) =>
      durationFields(l.duration, `terms.limits.${kind}[${i}].duration`, groups.notice, text(l.label), out, lang),
    );
  }
  terms.order.deadlines.forEach((d, i) =>
    durationFields(d.before, `terms.order.deadlines[${i}].before`, groups.lead, text(d.label), out, lang),
  );
  terms.calendars.forEach((c, i) => {
    out.push({
      path: `terms.calendars[${i}].workdays`,
      group: groups.calendars,
      label: `${text(c.name)}${WORDS.workdays[lang]}`,
      kind: "workdays",
      value: c.workdays.join(","),
    });
    c.closures.forEach((z, j) => {
      out.push({
        path: `terms.calendars[${i}].closures[${j}].from`,
        group: groups.calendars,
        label: `${text(z.label)}${WORDS.from[lang]}`,
        kind: "monthDay",
        value: z.from,
      });
      out.push({
        path: `terms.calendars[${i}].closures[${j}].to`,
        group: groups.calendars,
        label: `${text(z.label)}${WORDS.to[lang]}`,
        kind: "monthDay",
        value: z.to,
      });
    });
  });
  const interest = terms.lateInterest;
  if (interest.rate.type === "fixed")
    out.push({
      path: "terms.lateInterest.rate.annualRate",
      group: groups.interest,
      label: t(lang, "draftAnnualRate"),
      kind: "rate",
      value: interest.rate.annualRate,
    });
  out.push({
    path: "terms.lateInterest.graceDays",
    group: groups.interest,
    label: t(lang, "draftGraceDays"),
    kind: "int",
    value: String(interest.graceDays),
  });
  const parties = terms.parties.map((p) => ({ value: p.id, label: p.name[lang] }));
  const modes = Object.entries(MODES).map(([value, label]) => ({ value, label: label[lang] }));
  terms.responsibilities.forEach((r, i) =>
    out.push({
      path: `terms.responsibilities[${i}].party`,
      group: groups.duties,
      label: text(r.duty),
      kind: "party",
      value: r.party,
      options: parties,
    }),
  );
  terms.permissions.forEach((p, i) =>
    out.push({
      path: `terms.permissions[${i}].mode`,
      group: groups.permissions,
      label: text(p.label),
      kind: "mode",
      value: p.mode,
      options: modes,
    }),
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
