import { addDays, daysBetween } from "@yakkan/terms";
import { MAX_LENGTH } from "../../bounds.js";
import { AppError, type Lang, type LocatedIssue } from "../../errors.js";

/** The default least notice, in days, between publishing a terms change and its effective date. */
export const DEFAULT_MIN_NOTICE_DAYS = 30;
/** A reason for publishing with less notice says something: at least this many characters. */
export const MIN_OVERRIDE_REASON_LENGTH = 5;

export interface NoticeDecision {
  /** Days from publication (today) to the effective date. */
  noticeDays: number;
  minNoticeDays: number;
  /** Set when legal published with less than the minimum, giving this reason. */
  overrideReason: string | null;
}

/**
 * 民法548条の4 (changing standard terms): the change takes effect only if, before the effective date,
 * the customers are told that the terms change, what the new terms say and when they apply. Yakkan
 * asks for at least `minNoticeDays` between publication (when the notices go out) and the effective
 * date; legal may publish with less only by stating why (stored with the version and audited).
 */
export function decideNoticePeriod(
  lang: Lang,
  input: { today: string; effectiveFrom: string; minNoticeDays: number; overrideReason?: string | null | undefined },
): NoticeDecision {
  const noticeDays = daysBetween(input.today, input.effectiveFrom);
  const reason = input.overrideReason?.trim() ?? "";
  if (reason.length > MAX_LENGTH.reason) {
    throw new AppError(
      "BAD_USER_INPUT",
      { ja: "入力に誤りがあります（1件）。", en: "The input has 1 problem." },
      [
        {
          path: ["noticeOverrideReason"],
          message: {
            ja: `理由は ${MAX_LENGTH.reason} 文字以内で入力してください`,
            en: `at most ${MAX_LENGTH.reason} characters`,
          },
        },
      ],
      lang,
    );
  }
  if (noticeDays >= input.minNoticeDays)
    return { noticeDays, minNoticeDays: input.minNoticeDays, overrideReason: null };
  const earliest = addDays(input.today, input.minNoticeDays);
  const issues: LocatedIssue[] = [
    {
      path: ["effectiveFrom"],
      message: {
        ja: `効力発生日（${input.effectiveFrom}）までの周知期間が ${noticeDays} 日しかありません。お客さまへの周知に ${input.minNoticeDays} 日以上必要です（${earliest} 以降にしてください）`,
        en: `the effective date (${input.effectiveFrom}) leaves customers only ${noticeDays} days' notice; at least ${input.minNoticeDays} days are required (choose ${earliest} or later)`,
      },
    },
  ];
  if (reason.length === 0) {
    throw new AppError(
      "NOTICE_PERIOD_TOO_SHORT",
      {
        ja: `周知期間が不足しています（最低 ${input.minNoticeDays} 日、民法548条の4）。効力発生日を ${earliest} 以降にするか、短い周知期間で公開する理由を入力してください。`,
        en: `The notice period is too short (at least ${input.minNoticeDays} days; Civil Code art. 548-4). Move the effective date to ${earliest} or later, or give the reason for publishing with shorter notice.`,
      },
      issues,
      lang,
    );
  }
  if (reason.length < MIN_OVERRIDE_REASON_LENGTH) {
    throw new AppError(
      "BAD_USER_INPUT",
      { ja: "入力に誤りがあります（1件）。", en: "The input has 1 problem." },
      [
        {
          path: ["noticeOverrideReason"],
          message: {
            ja: `理由を ${MIN_OVERRIDE_REASON_LENGTH} 文字以上で具体的に入力してください`,
            en: `give the reason in at least ${MIN_OVERRIDE_REASON_LENGTH} characters`,
          },
        },
      ],
      lang,
    );
  }
  return { noticeDays, minNoticeDays: input.minNoticeDays, overrideReason: reason };
}
