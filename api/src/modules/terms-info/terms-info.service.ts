import { canSelfServe as engineCanSelfServe, describeDuration, termsContext, tokyoDate, type Permission as EnginePermission } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { withAppErrors, type Lang } from "../../errors.js";
import { toCitation } from "../common/citation.type.js";
import { toExplanation } from "../common/explanation.type.js";
import { publishedVersion } from "../terms-versions/published-version.js";
import type { Permission, SelfServiceAnswer, ServiceTerms } from "./terms-info.types.js";

function toPermission(p: EnginePermission, lang: Lang): Permission {
  return {
    operation: p.operation,
    label: p.label[lang],
    actor: p.actor ?? null,
    mode: p.mode,
    fee: p.fee?.type === "fixed" ? p.fee.amountYen : null,
    feeUnpublished: p.fee?.type === "unpriced",
    documents: p.documents.map((d) => d[lang]),
    leadTime: p.leadTime ? describeDuration(p.leadTime)[lang] : null,
    note: p.note?.[lang] ?? null,
    citations: p.cite.map(toCitation),
  };
}

/** Responsibilities, permissions, change rules, calendars and interpretations in force on asOf. */
export async function serviceTerms(ctx: ApiContext, serviceId: string, asOf?: string | null): Promise<ServiceTerms> {
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
    interpretations: terms.interpretations.map((i) => ({ topic: i.topic, text: i.text[lang], citations: i.cite.map(toCitation) })),
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

export async function canSelfServe(ctx: ApiContext, serviceId: string, operation: string, asOf?: string | null): Promise<SelfServiceAnswer> {
  const r = withAppErrors(ctx.lang, () =>
    engineCanSelfServe({ service: ctx.services.get(serviceId), operation, asOf: asOf ?? tokyoDate(ctx.now()) }),
  );
  return {
    termsVersion: await publishedVersion(ctx, r.termsVersion),
    operation: r.operation,
    mode: r.mode,
    permission: r.permission ? toPermission(r.permission, ctx.lang) : null,
    explanation: toExplanation(r.explanation, ctx.lang),
  };
}
