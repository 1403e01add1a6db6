import { backends } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokyoDay } from "../helpers/dates.js";
import { createDraft, requestReview, signInLegal, updateDraft, versionIdOf } from "../helpers/legal.js";
import { graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";

/**
 * 民法548条の4: a change of standard terms binds the customer only if, before it takes effect, the
 * customer is told that the terms change, what they will say and from when. Yakkan asks for a
 * minimum notice period (TERMS_CHANGE_MIN_NOTICE_DAYS, default 30) between publication and the
 * effective date, which legal may shorten only by giving a reason that is stored and audited.
 */

const PUBLISH = `mutation($id: ID!, $k: String!, $r: String) {
  approveAndPublish(id: $id, idempotencyKey: $k, noticeOverrideReason: $r) { status effectiveFrom noticeDays noticeOverrideReason noticesSent }
}`;
const VERSION = "query($id: ID!) { termsVersion(id: $id) { status noticeDays noticeOverrideReason customerName } }";
const TRAIL = "query($id: ID!) { auditTrail(entityId: $id) { action after } }";
type GqlError = { message: string; extensions?: Record<string, unknown> };

let n = 0;
const key = () => `notice-${Date.now()}-${++n}`;
/** 「2027年1月1日施行版」, written out here from the date's parts (not by the code under test). */
const japaneseName = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日施行版`;
};
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const englishName = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `Terms effective ${d} ${MONTHS[m! - 1]} ${y}`;
};

describe.each(backends())("publishing a terms change with notice on %s", (kind) => {
  let server: RunningServer;
  let legal: string;
  let legal2: string;
  let customer: string;
  let currentId: string;
  /** Legal's working label: customers must never see it. */
  const WORKING_NAME = `社内作業名 ${Date.now()} 改定案`;
  const shortDate = tokyoDay(29);
  const boundaryDate = tokyoDay(30);

  const draftFrom = async (fromId: string, effectiveFrom: string, label: string, noticeDays: number) => {
    const id = await createDraft(server, legal, fromId);
    const saved = await updateDraft(server, legal, id, {
      version: label,
      effectiveFrom,
      sets: [{ path: "terms.cancellation.notice.amount", value: noticeDays }],
    });
    expect(saved.errors).toBeUndefined();
    expect((await requestReview(server, legal, id)).errors).toBeUndefined();
    return id;
  };
  const noticesOfCustomer = async () =>
    (
      await graphql<{ notices: { termsVersionId: string; body: Record<string, unknown> }[] }>(
        server,
        "{ notices { termsVersionId body } }",
        {},
        { cookie: customer },
      )
    ).data!.notices;

  beforeAll(async () => {
    server = await startServer(kind);
    [{ legal, legal2 }, customer] = await Promise.all([
      signInLegal(server),
      signIn(server, "admin@kyushu-logistics.example"),
    ]);
    currentId = await versionIdOf(server, legal, "qtpro-flex-mobility", "2022-05-09 改訂");
  });
  afterAll(async () => {
    await server?.stop();
  });

  let shortId: string;

  it("refuses 29 days' notice without a reason (default minimum 30 days), at the effective date, and writes nothing", async () => {
    shortId = await draftFrom(currentId, shortDate, WORKING_NAME, 90);
    const noticesBefore = (await noticesOfCustomer()).length;

    const refused = await graphql(server, PUBLISH, { id: shortId, k: key(), r: null }, { cookie: legal2 });
    const error = refused.errors?.[0] as GqlError;
    expect(error.extensions?.["code"]).toBe("NOTICE_PERIOD_TOO_SHORT");
    expect((error.extensions?.["issues"] as { path: string[] }[])[0]?.path).toEqual(["effectiveFrom"]);
    // The message names the minimum and the first date that would keep it.
    expect(error.message).toContain("30");
    expect(error.message).toContain(tokyoDay(30));

    // A blank reason is no reason; a reason of a few characters is refused at its field.
    const blank = await graphql(server, PUBLISH, { id: shortId, k: key(), r: "   " }, { cookie: legal2 });
    expect(blank.errors?.[0]?.extensions?.["code"]).toBe("NOTICE_PERIOD_TOO_SHORT");
    const tooShort = await graphql(server, PUBLISH, { id: shortId, k: key(), r: "急ぎ" }, { cookie: legal2 });
    expect(tooShort.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    expect((tooShort.errors?.[0]?.extensions?.["issues"] as { path: string[] }[])[0]?.path).toEqual([
      "noticeOverrideReason",
    ]);

    // Nothing was written: still a draft, no notice period recorded, no notice, no audit row.
    const v = await graphql<{
      termsVersion: { status: string; noticeDays: number | null; noticeOverrideReason: string | null };
    }>(server, VERSION, { id: shortId }, { cookie: legal });
    expect(v.data?.termsVersion).toMatchObject({ status: "draft", noticeDays: null, noticeOverrideReason: null });
    expect((await noticesOfCustomer()).length).toBe(noticesBefore);
    const trail = await graphql<{ auditTrail: { action: string }[] }>(
      server,
      TRAIL,
      { id: shortId },
      { cookie: legal },
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.auditTrail.map((a) => a.action)).not.toContain("terms.publish");
  });

  it("publishes with less notice when the approver gives a reason, which is stored, audited and shown", async () => {
    const reason = "法令改正（2026年12月施行）に合わせるため、周知期間を短縮して公開します。";
    const published = await graphql<{
      approveAndPublish: { status: string; noticeDays: number; noticeOverrideReason: string; noticesSent: number };
    }>(server, PUBLISH, { id: shortId, k: key(), r: `  ${reason}  ` }, { cookie: legal2 });
    expect(published.errors).toBeUndefined();
    expect(published.data?.approveAndPublish).toMatchObject({
      status: "scheduled",
      noticeDays: 29,
      noticeOverrideReason: reason,
    });

    const v = await graphql<{
      termsVersion: { status: string; noticeDays: number; noticeOverrideReason: string; customerName: string };
    }>(server, VERSION, { id: shortId }, { cookie: legal });
    expect(v.data?.termsVersion).toEqual({
      status: "scheduled",
      noticeDays: 29,
      noticeOverrideReason: reason,
      customerName: japaneseName(shortDate),
    });

    const trail = await graphql<{ auditTrail: { action: string; after: Record<string, unknown> }[] }>(
      server,
      TRAIL,
      { id: shortId },
      { cookie: legal },
    );
    const row = trail.data!.auditTrail.find((a) => a.action === "terms.publish");
    expect(row?.after).toMatchObject({
      noticeDays: 29,
      minNoticeDays: 30,
      noticeOverrideReason: reason,
      effectiveFrom: shortDate,
    });

    // The legal console shows the reason on the version's page.
    const page = await (await fetch(`${server.url}/legal/versions/${shortId}`, { headers: { cookie: legal2 } })).text();
    expect(page).toContain(reason);
  });

  it("tells customers that the terms change, what changes and from when — under the customer-facing name, never the working name", async () => {
    const notice = (await noticesOfCustomer()).find((x) => x.termsVersionId === shortId);
    expect(notice).toBeDefined();
    const body = notice!.body;
    expect(body["effectiveFrom"]).toBe(shortDate);
    expect(body["versionName"]).toEqual({ ja: japaneseName(shortDate), en: englishName(shortDate) });
    expect((body["summary"] as { ja: string })["ja"]).toContain(shortDate);
    // 解約通知期限 60日前 → 90日前 (the draft's one change), with its clause.
    const changes = body["changes"] as { text: { ja: string }; citations: { clause: string }[] }[];
    expect(changes.map((c) => c.text.ja)).toContain("解約通知期限: 60日前 → 90日前");
    expect(changes.every((c) => c.citations.length > 0)).toBe(true);
    expect(JSON.stringify(body)).not.toContain(WORKING_NAME);
    expect("version" in body).toBe(false);

    // The portal's dashboard, in both languages.
    const ja = await (await fetch(`${server.url}/contracts`, { headers: { cookie: customer } })).text();
    expect(ja).toContain(japaneseName(shortDate));
    expect(ja).not.toContain(WORKING_NAME);
    const en = await (
      await fetch(`${server.url}/contracts`, { headers: { cookie: `${customer}; lang=en`, "accept-language": "en" } })
    ).text();
    expect(en).not.toContain(WORKING_NAME);

    // Quotes under the new version name it the customer way, in GraphQL too.
    const fee = await graphql<{ feeEstimate: { termsVersion: { displayName: string } } }>(
      server,
      'query($d: Date) { feeEstimate(serviceId: "qtpro-flex-mobility", parameters: {plan: "core", licenses: 1001, serverBandwidth: "200M", accessBandwidth: "200M"}, asOf: $d) { termsVersion { displayName } } }',
      { d: shortDate },
      { "accept-language": "en" },
    );
    expect(fee.data?.feeEstimate.termsVersion.displayName).toBe(englishName(shortDate));
  });

  it("accepts exactly the minimum (30 days) without a reason", async () => {
    const id = await draftFrom(shortId, boundaryDate, `${WORKING_NAME} 2`, 60);
    const published = await graphql<{
      approveAndPublish: { status: string; noticeDays: number; noticeOverrideReason: string | null };
    }>(server, PUBLISH, { id, k: key(), r: null }, { cookie: legal2 });
    expect(published.errors).toBeUndefined();
    expect(published.data?.approveAndPublish).toMatchObject({
      status: "scheduled",
      noticeDays: 30,
      noticeOverrideReason: null,
    });
  });
});

describe("the minimum notice period is configurable", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer("pglite", { TERMS_CHANGE_MIN_NOTICE_DAYS: "45" });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("refuses 44 days' notice under TERMS_CHANGE_MIN_NOTICE_DAYS=45", async () => {
    const { legal, legal2 } = await signInLegal(server);
    const id = await createDraft(
      server,
      legal,
      await versionIdOf(server, legal, "qtpro-flex-mobility", "2022-05-09 改訂"),
    );
    await updateDraft(server, legal, id, {
      effectiveFrom: tokyoDay(44),
      sets: [{ path: "terms.cancellation.notice.amount", value: 90 }],
    });
    await requestReview(server, legal, id);
    const refused = await graphql(server, PUBLISH, { id, k: key(), r: null }, { cookie: legal2 });
    expect(refused.errors?.[0]?.extensions?.["code"]).toBe("NOTICE_PERIOD_TOO_SHORT");
    expect(refused.errors?.[0]?.message).toContain(tokyoDay(45));
  });
});
