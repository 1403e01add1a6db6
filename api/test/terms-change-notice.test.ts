import { customerVersionName } from "@yakkan/terms";
import { describe, expect, it } from "vitest";
import { AppError } from "../src/errors.js";
import { localiseDraftIssue } from "../src/modules/legal/draft-issues.js";
import { decideNoticePeriod } from "../src/modules/legal/notice-period.js";
import { buildTermsChangeNotice } from "../src/modules/notices/terms-change-notice.js";

const change = {
  area: "cancellation",
  text: { ja: "解約通知期限: 60日前 → 90日前", en: "Cancellation notice: 60 days → 90 days" },
  citations: [{ document: "qtpro-flex-mobility", clause: "第7条" }],
};

describe("the notice period before a terms change (民法548条の4)", () => {
  it("keeps 30 days without a reason and refuses 29 at the effective date", () => {
    expect(decideNoticePeriod("ja", { today: "2026-12-01", effectiveFrom: "2026-12-31", minNoticeDays: 30 })).toEqual({
      noticeDays: 30,
      minNoticeDays: 30,
      overrideReason: null,
    });
    let error: unknown;
    try {
      decideNoticePeriod("en", { today: "2026-12-01", effectiveFrom: "2026-12-30", minNoticeDays: 30 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOTICE_PERIOD_TOO_SHORT");
    expect((error as AppError).issues[0]?.path).toEqual(["effectiveFrom"]);
    // 2026-12-01 + 30 days = 2026-12-31, the first date that keeps the minimum.
    expect((error as AppError).text.en).toContain("2026-12-31");
  });

  it("allows less with a reason, trimmed; refuses a reason of a few characters at its field", () => {
    expect(
      decideNoticePeriod("ja", {
        today: "2026-12-01",
        effectiveFrom: "2026-12-05",
        minNoticeDays: 30,
        overrideReason: "  法令改正への対応のため  ",
      }),
    ).toEqual({
      noticeDays: 4,
      minNoticeDays: 30,
      overrideReason: "法令改正への対応のため",
    });
    expect(() =>
      decideNoticePeriod("ja", {
        today: "2026-12-01",
        effectiveFrom: "2026-12-05",
        minNoticeDays: 30,
        overrideReason: "急ぎ",
      }),
    ).toThrow(AppError);
  });
});

describe("the terms-change notice", () => {
  const input = {
    serviceId: "qtpro-flex-mobility",
    serviceName: { ja: "QT PRO Flex Mobility", en: "QT PRO Flex Mobility" },
    announcedOn: "2026-12-01",
    effectiveFrom: "2027-01-01",
    changes: [change],
    contracts: [],
  };

  it("states that the terms change, what changes (with the clause) and from when, under the customer-facing name", () => {
    const notice = buildTermsChangeNotice(input);
    expect(notice.body["versionName"]).toEqual({ ja: "2027年1月1日施行版", en: "Terms effective 1 January 2027" });
    expect(notice.text.ja).toContain("利用規約を変更します");
    expect(notice.text.ja).toContain("解約通知期限: 60日前 → 90日前（第7条）");
    expect(notice.text.ja).toContain("効力発生日: 2027-01-01");
    expect(notice.text.en).toContain("Effective date: 2027-01-01");
    expect(notice.subject.ja).toBe("【規約変更のお知らせ】QT PRO Flex Mobility（2027-01-01 から）");
    expect("version" in notice.body).toBe(false);
  });

  it("refuses a notice with no change or given after the effective date", () => {
    expect(() => buildTermsChangeNotice({ ...input, changes: [] })).toThrow();
    expect(() => buildTermsChangeNotice({ ...input, announcedOn: "2027-01-02" })).toThrow();
  });

  it("names versions for customers from the effective date", () => {
    expect(customerVersionName("2022-05-09")).toEqual({ ja: "2022年5月9日施行版", en: "Terms effective 9 May 2022" });
  });
});

describe("draft validation messages", () => {
  it("says what to enter, in both languages, instead of the DSL's English", () => {
    const yen = localiseDraftIssue({
      code: "invalid_format",
      format: "regex",
      pattern: "^\\d+(\\.\\d+)?$",
      message: "expected yen as a decimal string",
      path: [],
      input: "abc",
    } as never);
    expect(yen).toEqual({
      ja: "円の金額を半角数字で入力してください（例: 1200）",
      en: "enter an amount in yen, in digits (e.g. 1200)",
    });
    const small = localiseDraftIssue({
      code: "too_small",
      origin: "number",
      minimum: 0,
      inclusive: true,
      message: "Too small: expected number to be >=0",
      path: [],
      input: -5,
    } as never);
    expect(small.ja).toBe("0 以上の数を入力してください");
  });
});
