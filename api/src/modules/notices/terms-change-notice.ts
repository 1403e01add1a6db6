import type { DiffLine, Text } from "@yakkan/terms";
import type { JsonObject } from "@yakkan/db";
import { toJsonObject } from "../common/json.js";
import type { ImpactRow } from "../legal/impact.compute.js";
import { customerVersionName } from "@yakkan/terms";

/** What one affected contract's key outputs are before and after the change: the impact analysis's row. */
export type NoticeContractRow = Omit<ImpactRow, "organizationId" | "organizationName" | "organizationNameEn">;

export interface TermsChangeNoticeInput {
  serviceId: string;
  serviceName: Text;
  /** The day the change is made known (publication), Asia/Tokyo. */
  announcedOn: string;
  effectiveFrom: string;
  /** The changes in plain language with their clauses (diff from the version in force). */
  changes: DiffLine[];
  /** The organisation's affected contracts. */
  contracts: NoticeContractRow[];
}

/** A terms-change notice, ready to store (portal) and to send (e-mail). */
export interface TermsChangeNotice {
  /** The stored notice body (notices.body): never the draft's working name. */
  body: JsonObject;
  /** E-mail subject and plain text, in both languages. */
  subject: Text;
  text: Text;
}

/**
 * Builds the notice 民法548条の4 asks for when standard terms change: that the terms change, what
 * the change is, and from when it applies — here the service, the customer-facing version name
 * (derived from the effective date), each change in words with its clause, and the effective date.
 * Refuses (throws) a notice that could not state those: no changes, or an effective date before
 * the announcement.
 */
export function buildTermsChangeNotice(input: TermsChangeNoticeInput): TermsChangeNotice {
  if (input.changes.length === 0) throw new Error("a terms-change notice states at least one change");
  if (input.effectiveFrom < input.announcedOn)
    throw new Error("a terms-change notice is given before the effective date");
  const versionName = customerVersionName(input.effectiveFrom);
  const summary: Text = {
    ja: `${input.serviceName.ja} の利用規約を変更します。変更後の規約（${versionName.ja}）は ${input.effectiveFrom} から適用されます。`,
    en: `The terms of ${input.serviceName.en} are changing. The changed terms (${versionName.en}) apply from ${input.effectiveFrom}.`,
  };
  const line = (lang: "ja" | "en", c: DiffLine) =>
    `・${c.text[lang]}（${c.citations.map((x) => x.clause).join(lang === "ja" ? "、" : ", ")}）`;
  const text = (lang: "ja" | "en"): string =>
    [
      summary[lang],
      "",
      lang === "ja" ? "変更の内容:" : "What changes:",
      ...input.changes.map((c) => line(lang, c)),
      "",
      lang === "ja" ? `効力発生日: ${input.effectiveFrom}` : `Effective date: ${input.effectiveFrom}`,
      lang === "ja"
        ? "ご契約への影響はポータルのお知らせでご確認ください。"
        : "See the notice in the portal for what this means for your contracts.",
    ].join("\n");
  return {
    body: toJsonObject({
      kind: "terms-change",
      serviceId: input.serviceId,
      serviceName: input.serviceName,
      versionName,
      announcedOn: input.announcedOn,
      effectiveFrom: input.effectiveFrom,
      summary,
      changes: input.changes,
      contracts: input.contracts,
    }),
    subject: {
      ja: `【規約変更のお知らせ】${input.serviceName.ja}（${input.effectiveFrom} から）`,
      en: `Notice of a change to the terms: ${input.serviceName.en} (from ${input.effectiveFrom})`,
    },
    text: { ja: text("ja"), en: text("en") },
  };
}
