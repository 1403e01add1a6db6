import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../../context.js";
import { toCitation } from "../common/citation.type.js";
import { listNotices, markNoticeRead } from "../notices/notices.service.js";
import * as drafts from "./drafts.service.js";
import { impactAnalysis, impactProgress } from "./impact.service.js";
import {
  DiffLineType,
  DraftSaveResult,
  ImpactProgressType,
  ImpactReportType,
  NoticeType,
  PublishResultType,
  StoredTermsVersion,
  UpdateDraftInput,
} from "./legal.type.js";
import { approveAndPublish } from "./publish.service.js";

@Resolver()
export class LegalResolver {
  @Authorized("legal")
  @Query(() => [StoredTermsVersion], { description: "Every stored version, drafts included (legal)." })
  termsVersions(
    @Arg("serviceId", () => ID, { nullable: true }) serviceId: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<StoredTermsVersion[]> {
    return drafts.listVersions(ctx, serviceId);
  }

  @Authorized("legal")
  @Query(() => StoredTermsVersion)
  termsVersion(@Arg("id", () => ID) id: string, @Ctx() ctx: ApiContext): Promise<StoredTermsVersion> {
    return drafts.getVersion(ctx, id);
  }

  @Authorized("legal")
  @Query(() => [DiffLineType], { description: "The plain-language differences from version a to version b." })
  async termsDiff(
    @Arg("a", () => ID) a: string,
    @Arg("b", () => ID) b: string,
    @Ctx() ctx: ApiContext,
  ): Promise<DiffLineType[]> {
    return (await drafts.diffVersions(ctx, a, b)).map((l) => ({
      area: l.area,
      text: l.text[ctx.lang],
      citations: l.citations.map(toCitation),
    }));
  }

  @Authorized("legal")
  @Query(() => ImpactReportType, {
    description: "What publishing a draft would change for every active contract of its service.",
  })
  async impactAnalysis(
    @Arg("versionId", () => ID) versionId: string,
    @Ctx() ctx: ApiContext,
  ): Promise<ImpactReportType> {
    return impactAnalysis(ctx, versionId);
  }

  @Authorized("legal")
  @Query(() => ImpactProgressType, {
    nullable: true,
    description:
      "How far the viewer's impact analysis of a version has come while it runs on this server process; null when none runs.",
  })
  impactProgress(@Arg("versionId", () => ID) versionId: string, @Ctx() ctx: ApiContext): ImpactProgressType | null {
    return impactProgress(ctx, versionId);
  }

  @Authorized("legal")
  @Mutation(() => StoredTermsVersion, { description: "Starts a draft from any version with text." })
  createDraft(
    @Arg("fromVersionId", () => ID) fromVersionId: string,
    @Ctx() ctx: ApiContext,
  ): Promise<StoredTermsVersion> {
    return drafts.createDraft(ctx, { fromVersionId });
  }

  @Authorized("legal")
  @Mutation(() => DraftSaveResult, {
    description: "Saves a draft (whole content and/or single values); returns lint findings.",
  })
  async updateDraft(
    @Arg("input", () => UpdateDraftInput) input: UpdateDraftInput,
    @Ctx() ctx: ApiContext,
  ): Promise<DraftSaveResult> {
    const { row, findings } = await drafts.updateDraft(ctx, input);
    // Findings in the reader's language (the linter writes both).
    return { version: row, findings: findings.map((f) => ({ ...f, message: f.text[ctx.lang] })) };
  }

  @Authorized("legal")
  @Mutation(() => StoredTermsVersion, { description: "The author asks a second legal user to approve the draft." })
  requestReview(@Arg("id", () => ID) id: string, @Ctx() ctx: ApiContext): Promise<StoredTermsVersion> {
    return drafts.requestReview(ctx, id);
  }

  @Authorized("legal")
  @Mutation(() => Boolean)
  deleteDraft(@Arg("id", () => ID) id: string, @Ctx() ctx: ApiContext): Promise<boolean> {
    return drafts.deleteDraft(ctx, id);
  }

  @Authorized("legal")
  @Mutation(() => PublishResultType, {
    description:
      "A second legal user approves and publishes a draft; affected customers are notified. With less than the minimum notice period before the effective date (民法548条の4) it needs noticeOverrideReason (stored and audited), else NOTICE_PERIOD_TOO_SHORT.",
  })
  approveAndPublish(
    @Arg("id", () => ID) id: string,
    @Arg("idempotencyKey", () => String) idempotencyKey: string,
    @Arg("noticeOverrideReason", () => String, { nullable: true }) noticeOverrideReason: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<PublishResultType> {
    return approveAndPublish(ctx, { id, idempotencyKey, noticeOverrideReason });
  }

  @Authorized()
  @Query(() => [NoticeType], { description: "Terms-change notices for the viewer's organisation." })
  notices(@Ctx() ctx: ApiContext): Promise<NoticeType[]> {
    return listNotices(ctx);
  }

  @Authorized()
  @Mutation(() => NoticeType)
  markNoticeRead(@Arg("id", () => ID) id: string, @Ctx() ctx: ApiContext): Promise<NoticeType> {
    return markNoticeRead(ctx, id);
  }
}
