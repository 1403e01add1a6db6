import {
  addDays,
  canSelfServe as engineCanSelfServe,
  describeDuration,
  holds,
  termsContext,
  tokyoDate,
  withParameterLabels,
  type Citation as EngineCitation,
  type IsoDate,
  type ParameterValues,
  type Permission as EnginePermission,
  type Text,
} from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { checkDates } from "../../bounds.js";
import { badInput, withAppErrors, type Lang } from "../../errors.js";
import { toCitation } from "../common/citation.type.js";
import { withExplanation } from "../common/explanation.type.js";
import { publishedVersion } from "../terms-versions/published-version.js";
import type { Permission, SelfServiceAnswer, ServiceTerms } from "./terms-info.type.js";

function toPermission(p: EnginePermission, lang: Lang): Permission {
  return {
    operation: p.operation,
    label: p.label[lang],
    actor: p.actor ?? null,
    mode: p.mode,
    modeCode: p.mode,
    fee: p.fee?.type === "fixed" ? p.fee.amountYen : null,
    feeUnpublished: p.fee?.type === "unpriced",
    documents: p.documents.map((d) => d[lang]),
    leadTime: p.leadTime ? describeDuration(p.leadTime)[lang] : null,
    note: p.note?.[lang] ?? null,
    citations: p.cite.map(toCitation),
  };
}

/** A rule in words for people, with its clauses. */
export interface RuleSummary {
  text: Text;
  citations: EngineCitation[];
}

/**
 * The cancellation and ordering rules of the terms in force on asOf, in words (both languages):
 * what the contract page shows before any quote is asked for.
 */
export function ruleSummaries(
  ctx: ApiContext,
  serviceId: string,
  asOf?: string | null,
  /** A contract's configuration: only the term limits and deadlines that apply to it are listed. */
  parameters?: Record<string, unknown>,
): { cancellation: RuleSummary[]; order: RuleSummary[] } {
  checkDates(ctx.lang, { asOf });
  const tc = withAppErrors(ctx.lang, () => termsContext(ctx.services.get(serviceId), asOf ?? tokyoDate(ctx.now())));
  const { cancellation: c, order, limits, billing } = tc.terms;
  const notice = describeDuration(c.notice);
  const applies = (when: Parameters<typeof holds>[0]) => !parameters || holds(when, parameters as ParameterValues);
  const cancellation: RuleSummary[] = [
    {
      text:
        c.notice.amount === 0
          ? { ja: "解約の通知期限は定められていません。", en: "No minimum notice is required." }
          : {
              ja: `解約の通知は解約希望日の ${notice.ja}前までに${c.noticeForm ? `（${c.noticeForm.ja}）` : ""}当社に届く必要があります。${c.endOfMonthOnly ? "解約日は課金単位月の末日に限られます。" : ""}`,
              en: `Notice must reach the provider ${notice.en} before the desired end date${c.noticeForm ? ` (${c.noticeForm.en})` : ""}.${c.endOfMonthOnly ? " The contract can only end on the last day of a billing month." : ""}`,
            },
      citations: c.cite,
    },
    {
      text:
        c.lateNotice.type === "possibleCharge"
          ? {
              ja: `通知が遅れた場合、解約希望日を含む月の翌月分（${c.lateNotice.months}か月分）の料金が請求される場合があります。`,
              en: `A late notice may cost the following ${c.lateNotice.months} month(s)' fees.`,
            }
          : c.lateNotice.type === "moveEnd"
            ? {
                ja: "通知が遅れた場合、解約日は通知が間に合う最も早い日に移ります。",
                en: "A late notice moves the end date to the earliest date it reaches in time.",
              }
            : {
                ja: "解約日は当社の確認完了日によって変わることがあります（確認完了日の前日以前を希望した場合）。",
                en: "The end date can move with the provider's confirmation date (when the desired date falls before it).",
              },
      citations: c.lateNotice.cite,
    },
    ...limits.minimum
      .filter((m) => applies(m.when))
      .map((m) => ({
        text: {
          ja: `${m.label.ja}: 利用開始日から${describeDuration(m.duration).ja}`,
          en: `${m.label.en}: ${describeDuration(m.duration).en} from the start date`,
        },
        citations: m.cite,
      })),
    ...limits.maximum
      .filter((m) => applies(m.when))
      .map((m) => ({
        text: {
          ja: `${m.label.ja}: 利用開始日から${describeDuration(m.duration).ja}（延長不可）`,
          en: `${m.label.en}: ${describeDuration(m.duration).en} from the start date (no continuation)`,
        },
        citations: m.cite,
      })),
    ...(limits.earlyTermination
      ? [
          {
            text: {
              ja: "最低利用期間内に解約する場合は、残余期間の月額料金を一括で支払います。",
              en: "Ending inside the minimum term costs the remaining months' fees at once.",
            },
            citations: limits.earlyTermination.cite,
          },
        ]
      : []),
    {
      text:
        billing.proration.end === "daily"
          ? { ja: "最終月の料金は日割りで計算します。", en: "The final month is prorated by days." }
          : { ja: "最終月の料金は日割りしません。", en: "The final month is not prorated." },
      citations: billing.cite,
    },
    ...c.duties.map((d) => ({ text: d.text, citations: d.cite })),
  ];
  const orderRules: RuleSummary[] = [
    ...order.deadlines
      .filter((d) => applies(d.when))
      .map((d) => ({
        text: {
          ja: `${d.label.ja}: 開始希望日の ${describeDuration(d.before).ja}前まで`,
          en: `${d.label.en}: ${describeDuration(d.before).en} before the desired start`,
        },
        citations: d.cite,
      })),
    ...order.targets.map((t) => ({
      text: {
        ja: `目安（保証ではありません）: ${t.label.ja} — 受付後 ${describeDuration(t.duration).ja}`,
        en: `Target, not a guarantee: ${t.label.en} — ${describeDuration(t.duration).en} after acceptance`,
      },
      citations: t.cite,
    })),
    ...(order.note ? [{ text: order.note, citations: order.cite }] : []),
  ];
  return { cancellation, order: orderRules };
}

export interface CalendarDay {
  date: IsoDate;
  businessDay: boolean;
  reason: Text | null;
}

/**
 * Days from `from` to `to` in the calendar a service's cancellation counts business days with (or
 * its first calendar): for date pickers that mark business days.
 */
export function businessDays(
  ctx: ApiContext,
  serviceId: string,
  from: IsoDate,
  to: IsoDate,
): { calendar: Text | null; days: CalendarDay[] } {
  checkDates(ctx.lang, { from, to });
  if (to < from)
    throw badInput(ctx.lang, [{ path: ["to"], message: { ja: "終了日が開始日より前です", en: "to is before from" } }]);
  return withAppErrors(ctx.lang, () => {
    const tc = termsContext(ctx.services.get(serviceId), from);
    // Only a calendar the cancellation counts with: marking bank holidays on a 60-calendar-day rule would mislead.
    const id = tc.terms.cancellation.notice.calendar ?? tc.terms.cancellation.confirmation?.calendar;
    if (!id) return { calendar: null, days: [] };
    const calendar = tc.calendars.get(id);
    const days: CalendarDay[] = [];
    for (let d = from; d <= to && days.length < 400; d = addDays(d, 1)) {
      const off = calendar.dayOff(d);
      days.push({ date: d, businessDay: off === null, reason: off?.reason ?? null });
    }
    return { calendar: calendar.def.name, days };
  });
}

/** Responsibilities, permissions, change rules, calendars and interpretations in force on asOf. */
export async function serviceTerms(ctx: ApiContext, serviceId: string, asOf?: string | null): Promise<ServiceTerms> {
  checkDates(ctx.lang, { asOf });
  const { lang } = ctx;
  const tc = withAppErrors(lang, () => termsContext(ctx.services.get(serviceId), asOf ?? tokyoDate(ctx.now())));
  const { terms } = tc;
  const partyName = new Map(terms.parties.map((p) => [p.id, p.name[lang]]));
  return {
    termsVersion: await publishedVersion(ctx, tc.ref),
    parties: terms.parties.map((p) => ({ id: p.id, name: p.name[lang] })),
    responsibilities: terms.responsibilities.map((r) => ({
      area: r.area[lang],
      duty: r.duty[lang],
      party: r.party,
      partyName: partyName.get(r.party) ?? r.party,
      citations: r.cite.map(toCitation),
    })),
    permissions: terms.permissions.map((p) => toPermission(p, lang)),
    changeRules: terms.changeRules.map((c) => ({
      param: c.param,
      label: c.label[lang],
      forbiddenWhen: c.forbiddenWhen ?? null,
      reason: c.reason?.[lang] ?? null,
      fees: c.fees.map((f) => f.fee),
      citations: c.cite.map(toCitation),
    })),
    interpretations: terms.interpretations.map((i) => ({
      topic: i.topic,
      // Parameters by their labels: interpretations are written naming keys (hikariCollaboration).
      text: withParameterLabels(i.text, terms.parameters)[lang],
      citations: i.cite.map(toCitation),
    })),
    calendars: terms.calendars.map((c) => ({
      id: c.id,
      version: c.version,
      name: c.name[lang],
      workdays: c.workdays,
      nationalHolidays: c.nationalHolidays,
      closures: c.closures.map((x) => ({ from: x.from, to: x.to, label: x.label[lang] })),
      assumption: c.assumption?.[lang] ?? null,
      citations: c.cite.map(toCitation),
    })),
  };
}

export async function canSelfServe(
  ctx: ApiContext,
  serviceId: string,
  operation: string,
  asOf?: string | null,
): Promise<SelfServiceAnswer> {
  checkDates(ctx.lang, { asOf });
  const r = withAppErrors(ctx.lang, () =>
    engineCanSelfServe({ service: ctx.services.get(serviceId), operation, asOf: asOf ?? tokyoDate(ctx.now()) }),
  );
  return withExplanation(
    {
      termsVersion: await publishedVersion(ctx, r.termsVersion),
      operation: r.operation,
      mode: r.mode,
      modeCode: r.mode,
      permission: r.permission ? toPermission(r.permission, ctx.lang) : null,
    },
    r.trace,
    ctx.lang,
  );
}
