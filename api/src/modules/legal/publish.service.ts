import { z } from "zod";
import { customerVersionName, diffTerms, tokyoDate, versionInForce, type DiffLine } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { AppError, badInput } from "../../errors.js";
import { recordAudit } from "../audit/audit.repository.js";
import { requireRole } from "../auth/viewer.js";
import { idempotent } from "../idempotency/idempotency.service.js";
import { contractEffect, enqueueTermsChangeMails } from "../mail/mail.enqueue.js";
import { insertNotice } from "../notices/notices.repository.js";
import { buildTermsChangeNotice } from "../notices/terms-change-notice.js";
import {
  contentOf,
  latestLiveEffectiveFrom,
  lockVersion,
  markPublished,
} from "../terms-versions/terms-versions.repository.js";
import { getVersion, lintDraft, type VersionRecord } from "./drafts.service.js";
import { impactOfDraft } from "./impact.service.js";
import { DEFAULT_MIN_NOTICE_DAYS, decideNoticePeriod, type NoticeDecision } from "./notice-period.js";

const publishResultSchema = z.object({
  id: z.string(),
  version: z.string(),
  status: z.enum(["scheduled", "published"]),
  effectiveFrom: z.string(),
  noticesSent: z.number().int(),
  noticeDays: z.number().int().nullable().optional(),
  noticeOverrideReason: z.string().nullable().optional(),
});
export type PublishResult = z.infer<typeof publishResultSchema>;

/**
 * A second legal user approves and publishes a draft whose author asked for review: from an
 * effective date today or later, after every published version, with no lint errors, and with at
 * least the minimum notice period before the effective date (民法548条の4) unless the approver gives
 * a reason for less. In the same transaction every organisation with an active contract of the
 * service gets a portal notice (the change, its content and the effective date, and what they mean
 * for its contracts) and its users an e-mail in the outbox, each in the user's language.
 */
export async function approveAndPublish(
  ctx: ApiContext,
  input: { id: string; idempotencyKey: string; noticeOverrideReason?: string | null | undefined },
): Promise<PublishResult> {
  const viewer = requireRole(ctx, "legal");
  const draft = await getVersion(ctx, input.id);
  const today = tokyoDate(ctx.now());
  const notice =
    draft.status === "draft"
      ? await checkPublishable(ctx, draft, viewer.userId, today, input.noticeOverrideReason)
      : null;

  const impact = draft.status === "draft" ? await impactOfDraft(ctx, draft) : null;
  const service = ctx.services.get(draft.serviceId);
  const previous = (() => {
    try {
      return versionInForce(service, draft.effectiveFrom);
    } catch {
      return null;
    }
  })();
  const changes: DiffLine[] = previous ? diffTerms(previous, contentOf(draft)) : [];
  if (draft.status === "draft" && previous && changes.length === 0) {
    throw badInput(ctx.lang, [
      {
        path: ["content"],
        message: {
          ja: "この改定案には現行の規約との違いがありません（お知らせする変更内容がありません）",
          en: "this draft does not differ from the terms in force: there is no change to announce",
        },
      },
    ]);
  }

  const fingerprint = { id: draft.id, noticeOverrideReason: input.noticeOverrideReason?.trim() || null };
  const result = await idempotent(
    ctx,
    viewer.userId,
    "approveAndPublish",
    input.idempotencyKey,
    fingerprint,
    publishResultSchema,
    async (tx) => {
      const locked = await lockVersion(tx, draft.id);
      if (!locked || locked.status !== "draft" || !notice) {
        throw new AppError(
          "CONFLICT",
          { ja: "この版はすでに公開されています。", en: "This version is already published." },
          [],
          ctx.lang,
        );
      }
      const status: PublishResult["status"] = draft.effectiveFrom > today ? "scheduled" : "published";
      await markPublished(tx, draft.id, {
        status,
        approvedBy: viewer.userId,
        at: ctx.now(),
        noticeDays: notice.noticeDays,
        noticeOverrideReason: notice.overrideReason,
      });

      const byOrg = new Map<string, NonNullable<typeof impact>["rows"]>();
      for (const row of impact?.rows ?? [])
        byOrg.set(row.organizationId, [...(byOrg.get(row.organizationId) ?? []), row]);
      for (const [organizationId, rows] of byOrg) {
        const built = buildTermsChangeNotice({
          serviceId: draft.serviceId,
          serviceName: { ja: service.name, en: service.nameEn },
          announcedOn: today,
          effectiveFrom: draft.effectiveFrom,
          changes,
          contracts: rows,
        });
        await insertNotice(tx, { organizationId, termsVersionId: draft.id, body: built.body });
        await enqueueTermsChangeMails(ctx, tx, {
          termsVersionId: draft.id,
          organizationId,
          serviceName: { ja: service.name, en: service.nameEn },
          version: customerVersionName(draft.effectiveFrom),
          effectiveFrom: draft.effectiveFrom,
          changes: changes.map((c) => ({ text: c.text, clauses: c.citations.map((x) => x.clause) })),
          contracts: rows.map((r) => ({ contractNumber: r.contractNumber, effect: contractEffect(r) })),
        });
      }
      await recordAudit(tx, {
        actorUserId: viewer.userId,
        organizationId: viewer.organizationId,
        action: "terms.publish",
        entityType: "terms_version",
        entityId: draft.id,
        before: { status: "draft" },
        after: {
          status,
          effectiveFrom: draft.effectiveFrom,
          approvedBy: viewer.userId,
          notices: byOrg.size,
          noticeDays: notice.noticeDays,
          minNoticeDays: notice.minNoticeDays,
          noticeOverrideReason: notice.overrideReason,
        },
      });
      return {
        id: draft.id,
        version: draft.version,
        status,
        effectiveFrom: draft.effectiveFrom,
        noticesSent: byOrg.size,
        noticeDays: notice.noticeDays,
        noticeOverrideReason: notice.overrideReason,
      };
    },
  );
  // Committed: this process's next request computes with it (the others hear the NOTIFY sent in the
  // transaction; this process hears it too and knows the change by the version's id: one rebuild).
  ctx.termsChanged?.(result.id);
  return result;
}

async function checkPublishable(
  ctx: ApiContext,
  draft: VersionRecord,
  approverId: string,
  today: string,
  overrideReason: string | null | undefined,
): Promise<NoticeDecision> {
  // Four eyes: the approver neither wrote nor edited what they approve (the database checks it too).
  if (draft.authorId === approverId || draft.editorIds.includes(approverId)) {
    throw new AppError(
      "FORBIDDEN",
      {
        ja: "自分が作成・編集した改定案は承認できません（作成にも編集にも関わっていない法務担当者の承認が必要です）。",
        en: "You cannot approve a draft you wrote or edited: a legal user who did neither must.",
      },
      [],
      ctx.lang,
    );
  }
  if (!draft.reviewRequestedAt) {
    throw new AppError(
      "CONFLICT",
      { ja: "作成者が承認を依頼していません。", en: "The author has not asked for approval." },
      [],
      ctx.lang,
    );
  }
  if (draft.effectiveFrom < today) {
    throw badInput(ctx.lang, [
      {
        path: ["effectiveFrom"],
        message: {
          ja: `効力発生日は本日（${today}）以降にしてください`,
          en: `the effective date must be today (${today}) or later`,
        },
      },
    ]);
  }
  const latest = await latestLiveEffectiveFrom(ctx.db, draft.serviceId);
  if (latest && draft.effectiveFrom <= latest) {
    throw badInput(ctx.lang, [
      {
        path: ["effectiveFrom"],
        message: {
          ja: `効力発生日は公開済みの最新の版（${latest}）より後にしてください`,
          en: `the effective date must be after the latest published version (${latest})`,
        },
      },
    ]);
  }
  const notice = decideNoticePeriod(ctx.lang, {
    today,
    effectiveFrom: draft.effectiveFrom,
    minNoticeDays: ctx.termsChangeMinNoticeDays ?? DEFAULT_MIN_NOTICE_DAYS,
    overrideReason,
  });
  const errors = (await lintDraft(ctx, draft)).filter((f) => f.severity === "error");
  if (errors.length > 0) {
    throw badInput(
      ctx.lang,
      errors.map((f) => ({ path: f.path.split("."), message: { ja: f.message, en: f.message } })),
    );
  }
  return notice;
}
