import {
  priceLeaves,
  TERMS_BLOCKS,
  type Citation,
  type Condition,
  type Duration,
  type FeeItem,
  type ParameterSpec,
  type PriceQualifier,
  type TermsBody,
  type TermsVersionDef,
  type Text,
} from "../dsl/index.js";
import { describeDuration } from "./durations.js";
import { groupDigits } from "./format.js";
import { yen as yenAmount } from "./money.js";
import { caseConditions, caseName } from "./parameter-words.js";

/** One difference between two versions, in plain language, with the clause it concerns. */
export interface DiffLine {
  /** The block it belongs to: "fees", "cancellation", "order", "limits", … */
  area: string;
  text: Text;
  citations: Citation[];
}

const yen = (amount: string) => ({ ja: `${groupDigits(amount)}円`, en: `¥${groupDigits(amount)}` });
const durationText = (d: Duration | undefined) => (d ? describeDuration(d) : { ja: "なし", en: "none" });

/** A priced leaf's label: the item's, then what tells the leaf apart ("Core 1,001–3,000", "（単価）"). */
function leafLabel(
  prefix: Text,
  qualifiers: readonly PriceQualifier[],
  whens: readonly (Condition | undefined)[],
  parameters: readonly ParameterSpec[],
): Text {
  let { ja, en } = prefix;
  let c = 0;
  for (const q of qualifiers) {
    switch (q.kind) {
      case "case": {
        const name = caseName(q.tag, whens[c++], parameters);
        ja += ` ${name.ja}`;
        en += ` ${name.en}`;
        break;
      }
      case "row":
        ja += ` ${String(q.value)}`;
        en += ` ${String(q.value)}`;
        break;
      case "band": {
        const range = `${groupDigits(q.from)}–${q.to === null ? "" : groupDigits(q.to)}`;
        ja += ` ${range}`;
        en += ` ${range}`;
        break;
      }
      case "unitPrice":
        ja += "（単価）";
        en += " (unit price)";
        break;
      case "monthlyCap":
        ja += "（月額上限）";
        en += " (monthly cap)";
        break;
    }
  }
  return { ja, en };
}

/** Every priced leaf of an item, by its key, with its label and amount ("—" where unpriced). */
function leavesOf(item: FeeItem, parameters: readonly ParameterSpec[]): Map<string, { label: Text; amount: string }> {
  return new Map(
    priceLeaves(item.price).map((l) => [
      l.key,
      {
        label: leafLabel(item.label, l.qualifiers, caseConditions(item.price, l.path), parameters),
        amount: l.amountYen ?? "—",
      },
    ]),
  );
}

function diffFees(
  a: FeeItem[],
  b: FeeItem[],
  lines: DiffLine[],
  parameters: { before: readonly ParameterSpec[]; after: readonly ParameterSpec[] },
) {
  const before = new Map(a.map((f) => [f.code, f]));
  const after = new Map(b.map((f) => [f.code, f]));
  for (const [code, item] of after) {
    const old = before.get(code);
    if (!old) {
      lines.push({
        area: "fees",
        text: { ja: `料金項目の追加: ${item.label.ja}`, en: `Fee added: ${item.label.en}` },
        citations: item.cite,
      });
      continue;
    }
    const oldLeaves = leavesOf(old, parameters.before);
    const newLeaves = leavesOf(item, parameters.after);
    for (const [key, leaf] of newLeaves) {
      const was = oldLeaves.get(key);
      if (!was) {
        lines.push({
          area: "fees",
          text: {
            ja: `${leaf.label.ja}: 追加 ${yen(leaf.amount).ja}`,
            en: `${leaf.label.en}: added at ${yen(leaf.amount).en}`,
          },
          citations: item.cite,
        });
      } else if (was.amount !== leaf.amount) {
        const [from, to] = [
          was.amount === "—" ? { ja: "価格未掲載", en: "unpublished" } : yen(was.amount),
          leaf.amount === "—" ? { ja: "価格未掲載", en: "unpublished" } : yen(leaf.amount),
        ];
        lines.push({
          area: "fees",
          text: { ja: `${leaf.label.ja}: ${from.ja} → ${to.ja}`, en: `${leaf.label.en}: ${from.en} → ${to.en}` },
          citations: item.cite,
        });
      }
    }
    for (const [key, leaf] of oldLeaves) {
      if (!newLeaves.has(key))
        lines.push({
          area: "fees",
          text: { ja: `${leaf.label.ja}: 削除`, en: `${leaf.label.en}: removed` },
          citations: old.cite,
        });
    }
    const oldFactors = JSON.stringify(old.multipliers ?? []);
    if (oldFactors !== JSON.stringify(item.multipliers ?? [])) {
      lines.push({
        area: "fees",
        text: { ja: `${item.label.ja}: 倍率の条件を変更`, en: `${item.label.en}: multiplier rules changed` },
        citations: item.cite,
      });
    }
    if (JSON.stringify(old.waivers ?? []) !== JSON.stringify(item.waivers ?? [])) {
      lines.push({
        area: "fees",
        text: { ja: `${item.label.ja}: 免除の条件を変更`, en: `${item.label.en}: waiver rules changed` },
        citations: item.cite,
      });
    }
    if (JSON.stringify(old.when ?? null) !== JSON.stringify(item.when ?? null)) {
      lines.push({
        area: "fees",
        text: { ja: `${item.label.ja}: 適用条件を変更`, en: `${item.label.en}: when it applies changed` },
        citations: item.cite,
      });
    }
  }
  for (const [code, item] of before) {
    if (!after.has(code))
      lines.push({
        area: "fees",
        text: { ja: `料金項目の削除: ${item.label.ja}`, en: `Fee removed: ${item.label.en}` },
        citations: item.cite,
      });
  }
}

function changed(lines: DiffLine[], area: string, label: Text, from: Text, to: Text, citations: Citation[]) {
  if (from.ja === to.ja && from.en === to.en) return;
  lines.push({
    area,
    text: { ja: `${label.ja}: ${from.ja} → ${to.ja}`, en: `${label.en}: ${from.en} → ${to.en}` },
    citations,
  });
}

const before = (d: Text): Text => ({ ja: `${d.ja}前`, en: `${d.en} before` });
const plain = (s: string): Text => ({ ja: s, en: s });

/**
 * Which blocks the lines above describe in words; every other block, when it changes, is reported as
 * a changed block. One entry per block of a terms body: a new block must be placed here.
 */
const DESCRIBED: { readonly [K in keyof TermsBody]-?: boolean } = {
  calendars: true,
  parameters: false,
  fees: true,
  tax: false,
  rounding: false,
  billing: true,
  order: true,
  cancellation: true,
  limits: true,
  lateInterest: true,
  outageCredit: false,
  surcharge: false,
  parties: false,
  responsibilities: true,
  permissions: true,
  changeRules: false,
  outline: false,
  crossReferences: false,
  interpretations: false,
};

/**
 * The differences between two versions' terms in plain language, each with its clause, e.g.
 * 「解約通知期限: 60日前 → 90日前（第7条第1項）」 or 「Core 1,001–3,000: 700円 → 750円（別紙1）」.
 * Anything not described by a specific rule below is reported as a changed block, never dropped.
 */
export function diffTerms(a: TermsVersionDef, b: TermsVersionDef): DiffLine[] {
  const lines: DiffLine[] = [];
  if (!a.terms || !b.terms) {
    lines.push({
      area: "version",
      text: { ja: "本文のない版とは比較できません。", en: "A version without text cannot be compared." },
      citations: b.cite,
    });
    return lines;
  }
  const x: TermsBody = a.terms;
  const y: TermsBody = b.terms;
  changed(
    lines,
    "version",
    { ja: "効力発生日", en: "In force from" },
    plain(a.effectiveFrom),
    plain(b.effectiveFrom),
    b.cite,
  );
  diffFees(x.fees, y.fees, lines, { before: x.parameters, after: y.parameters });

  changed(
    lines,
    "cancellation",
    { ja: "解約通知期限", en: "Cancellation notice" },
    before(durationText(x.cancellation.notice)),
    before(durationText(y.cancellation.notice)),
    y.cancellation.cite,
  );
  changed(
    lines,
    "cancellation",
    { ja: "解約日の制限", en: "End-date rule" },
    x.cancellation.endOfMonthOnly ? { ja: "月末のみ", en: "month ends only" } : { ja: "任意の日", en: "any day" },
    y.cancellation.endOfMonthOnly ? { ja: "月末のみ", en: "month ends only" } : { ja: "任意の日", en: "any day" },
    y.cancellation.cite,
  );
  if (JSON.stringify(x.cancellation.lateNotice) !== JSON.stringify(y.cancellation.lateNotice)) {
    lines.push({
      area: "cancellation",
      text: { ja: "通知遅延時の扱いを変更", en: "What a late notice means changed" },
      citations: y.cancellation.lateNotice.cite,
    });
  }

  const deadlineText = (t: TermsBody) =>
    t.order.deadlines.length === 0
      ? { ja: "定めなし", en: "none" }
      : {
          ja: t.order.deadlines.map((d) => before(describeDuration(d.before)).ja).join("、"),
          en: t.order.deadlines.map((d) => before(describeDuration(d.before)).en).join(", "),
        };
  changed(
    lines,
    "order",
    { ja: "申込期限", en: "Application lead time" },
    deadlineText(x),
    deadlineText(y),
    y.order.cite,
  );

  for (const kind of ["minimum", "maximum"] as const) {
    const label =
      kind === "minimum" ? { ja: "最低利用期間", en: "Minimum term" } : { ja: "最大利用期間", en: "Maximum term" };
    const list = (t: TermsBody) =>
      t.limits[kind].map((l) => `${l.label.ja}:${describeDuration(l.duration).ja}`).join("、") || "なし";
    const listEn = (t: TermsBody) =>
      t.limits[kind].map((l) => `${l.label.en}: ${describeDuration(l.duration).en}`).join("; ") || "none";
    changed(
      lines,
      "limits",
      label,
      { ja: list(x), en: listEn(x) },
      { ja: list(y), en: listEn(y) },
      y.limits[kind][0]?.cite ?? y.billing.cite,
    );
  }

  const rateText = (t: TermsBody) =>
    t.lateInterest.rate.type === "fixed"
      ? plain(`${yenAmount(t.lateInterest.rate.annualRate).times(100).toFixed()}%`)
      : { ja: "法定利率", en: "statutory rate" };
  changed(
    lines,
    "interest",
    { ja: "遅延損害金の利率", en: "Late-interest rate" },
    rateText(x),
    rateText(y),
    y.lateInterest.cite,
  );
  changed(
    lines,
    "interest",
    { ja: "遅延損害金の猶予日数", en: "Late-interest grace days" },
    plain(String(x.lateInterest.graceDays)),
    plain(String(y.lateInterest.graceDays)),
    y.lateInterest.cite,
  );
  changed(
    lines,
    "billing",
    { ja: "日割り（開始/終了/変更）", en: "Proration (start/end/change)" },
    plain(`${x.billing.proration.start}/${x.billing.proration.end}/${x.billing.proration.change}`),
    plain(`${y.billing.proration.start}/${y.billing.proration.end}/${y.billing.proration.change}`),
    y.billing.cite,
  );

  const calendars = new Map(x.calendars.map((c) => [c.id, c]));
  for (const c of y.calendars) {
    const old = calendars.get(c.id);
    const describe = (cal: typeof c) =>
      plain(
        `${cal.workdays.join("")} ${cal.closures.map((z) => `${z.from}〜${z.to}`).join(",")}${cal.nationalHolidays ? " +祝日" : ""}`,
      );
    if (!old)
      lines.push({
        area: "calendars",
        text: { ja: `営業日カレンダーの追加: ${c.name.ja}`, en: `Calendar added: ${c.name.en}` },
        citations: c.cite,
      });
    else
      changed(
        lines,
        "calendars",
        { ja: `営業日（${c.name.ja}）`, en: `Business days (${c.name.en})` },
        describe(old),
        describe(c),
        c.cite,
      );
  }

  const duties = (t: TermsBody) => new Map(t.responsibilities.map((r) => [`${r.area.ja}|${r.duty.ja}`, r]));
  const [dx, dy] = [duties(x), duties(y)];
  for (const [key, r] of dy) {
    const old = dx.get(key);
    if (!old)
      lines.push({
        area: "responsibilities",
        text: { ja: `責任分担の追加: ${r.duty.ja}（${r.party}）`, en: `Duty added: ${r.duty.en} (${r.party})` },
        citations: r.cite,
      });
    else
      changed(
        lines,
        "responsibilities",
        { ja: `担当: ${r.duty.ja}`, en: `Party: ${r.duty.en}` },
        plain(old.party),
        plain(r.party),
        r.cite,
      );
  }
  for (const [key, r] of dx) {
    if (!dy.has(key))
      lines.push({
        area: "responsibilities",
        text: { ja: `責任分担の削除: ${r.duty.ja}`, en: `Duty removed: ${r.duty.en}` },
        citations: r.cite,
      });
  }
  const perms = new Map(x.permissions.map((p) => [p.operation, p]));
  for (const p of y.permissions) {
    const old = perms.get(p.operation);
    if (!old)
      lines.push({
        area: "permissions",
        text: { ja: `手続の追加: ${p.label.ja}（${p.mode}）`, en: `Operation added: ${p.label.en} (${p.mode})` },
        citations: p.cite,
      });
    else changed(lines, "permissions", p.label, plain(old.mode), plain(p.mode), p.cite);
  }

  for (const key of TERMS_BLOCKS) {
    if (DESCRIBED[key]) continue;
    if (JSON.stringify(x[key]) !== JSON.stringify(y[key])) {
      lines.push({ area: key, text: { ja: `「${key}」の定めを変更`, en: `"${key}" changed` }, citations: b.cite });
    }
  }
  return lines;
}
