import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Database } from "@yakkan/db";
import { backends } from "@yakkan/db/testing";
import { builtInServices } from "@yakkan/terms";
import { nextTokyoMidnight, TermsStore } from "../src/modules/terms-versions/terms-store.js";
import { notifyTermsChanged, TERMS_CHANGED_CHANNEL } from "../src/modules/terms-versions/terms-versions.repository.js";
import { gql, GENEROUS_LIMITS, signInAs, startInProcess, type InProcessApi } from "./helpers/in-process.js";

// The terms snapshot is kept in memory (decision 013): invalidated by the NOTIFY a publication sends,
// and never used past the Tokyo midnight after it was built.

describe("nextTokyoMidnight (Japan is UTC+9 all year)", () => {
  it("is 15:00 UTC of the same UTC day until 15:00, then of the next", () => {
    // 2027-03-31 23:59:59.999 in Japan → 2027-04-01 00:00 in Japan = 2027-03-31T15:00Z.
    expect(nextTokyoMidnight(new Date("2027-03-31T14:59:59.999Z")).toISOString()).toBe("2027-03-31T15:00:00.000Z");
    // Exactly midnight in Japan: the next one is a day later.
    expect(nextTokyoMidnight(new Date("2027-03-31T15:00:00.000Z")).toISOString()).toBe("2027-04-01T15:00:00.000Z");
    // 2027-04-01 08:59 in Japan (2027-03-31T23:59Z) → 2027-04-02 00:00 in Japan.
    expect(nextTokyoMidnight(new Date("2027-03-31T23:59:00.000Z")).toISOString()).toBe("2027-04-01T15:00:00.000Z");
    // A year end: 2026-12-31 20:00 in Japan → 2027-01-01 00:00 in Japan = 2026-12-31T15:00Z.
    expect(nextTokyoMidnight(new Date("2026-12-31T11:00:00.000Z")).toISOString()).toBe("2026-12-31T15:00:00.000Z");
  });
});

const FLEX_CORE_1050 = '{ plan: "core", licenses: 1050, serverBandwidth: "200M", accessBandwidth: "200M" }';
const FEE = `{ feeEstimate(serviceId: "qtpro-flex-mobility", parameters: ${FLEX_CORE_1050}) { monthly termsVersion { version } } }`;

/** A database that answers nothing: what is served from memory never reaches it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- a stand-in whose every use fails: proves no query is made
const refusingDb = new Proxy({} as Database, {
  get: () => {
    throw new Error("the database was asked");
  },
});

describe.each(backends())("the terms snapshot on %s", (kind) => {
  // 2027-03-31 23:59:59.999 in Japan; the clock moves only when a test moves it.
  let clock = new Date("2027-03-31T14:59:59.999Z");
  let server: InProcessApi;
  let legal: string;
  let legal2: string;

  beforeAll(async () => {
    server = await startInProcess(kind, { now: () => clock, rateLimits: GENEROUS_LIMITS });
    [legal, legal2] = await Promise.all([
      signInAs(server.url, "legal@yakkan.example"),
      signInAs(server.url, "legal2@yakkan.example"),
    ]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers from memory once built: no query until a publication or midnight", async () => {
    const store = new TermsStore(builtInServices(), { now: () => clock });
    const anonymous = server.api.db.as(ANONYMOUS);
    await store.listen(server.api.db, anonymous);
    try {
      const built = await store.current(anonymous);
      // Served without the database (the store before issue 12 asked it on every request).
      expect(await store.current(refusingDb)).toBe(built);
      // A snapshot that is not listening still checks, and so does a listening one after an invalidation.
      await expect(new TermsStore(builtInServices(), { now: () => clock }).current(refusingDb)).rejects.toThrow(
        "the database was asked",
      );
      store.invalidate();
      await expect(store.current(refusingDb)).rejects.toThrow("the database was asked");
      expect(await store.current(anonymous)).not.toBe(built);
    } finally {
      await store.close();
    }
  });

  it("sets a timer for the next 00:00 in Japan and rebuilds the snapshot when it fires", async () => {
    let now = new Date("2027-03-31T12:00:00.000Z"); // 21:00 in Japan: midnight is 3 hours away
    const timers: { fn: () => void; ms: number }[] = [];
    const store = new TermsStore(builtInServices(), {
      now: () => now,
      setTimer: (fn, ms) => (timers.push({ fn, ms }), () => {}),
    });
    const anonymous = server.api.db.as(ANONYMOUS);
    await store.listen(server.api.db, anonymous);
    try {
      expect(timers.map((t) => t.ms)).toEqual([3 * 3_600_000]);
      const built = await store.current(anonymous);
      expect(await store.current(refusingDb)).toBe(built);
      now = new Date("2027-03-31T15:00:00.000Z");
      timers[0]!.fn();
      // Rebuilt by the timer (not by a request), and the next timer is a day away.
      expect(timers.map((t) => t.ms)).toEqual([3 * 3_600_000, 24 * 3_600_000]);
      const rebuilt = await store.current(anonymous);
      expect(rebuilt).not.toBe(built);
      expect(await store.current(refusingDb)).toBe(rebuilt);
    } finally {
      await store.close();
    }
  });

  it("is rebuilt once for a change this process made: its own call and its NOTIFY, in either order", async () => {
    const store = new TermsStore(builtInServices(), { now: () => clock, setTimer: () => () => {} });
    const anonymous = server.api.db.as(ANONYMOUS);
    const heard: string[] = [];
    const stopHearing = await server.api.db.listen(TERMS_CHANGED_CHANNEL, (payload) => heard.push(payload));
    await store.listen(server.api.db, anonymous);
    const until = async (done: () => boolean) => {
      const deadline = Date.now() + 1_000;
      while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(done()).toBe(true);
    };
    try {
      await store.current(anonymous);
      const start = store.builds;
      // The NOTIFY comes first (it is delivered on commit): rebuilt by it; the call after it is not applied again.
      await server.api.db.maintenance((owner) => notifyTermsChanged(owner, "change-1"));
      await until(() => heard.includes("change-1") && store.builds === start + 1);
      const first = await store.current(anonymous);
      store.changed("change-1");
      expect(await store.current(refusingDb)).toBe(first);
      // The call comes first: the next use rebuilds; the NOTIFY after it is not applied again.
      store.changed("change-2");
      const second = await store.current(anonymous);
      expect(second).not.toBe(first);
      await server.api.db.maintenance((owner) => notifyTermsChanged(owner, "change-2"));
      await until(() => heard.includes("change-2"));
      expect(await store.current(refusingDb)).toBe(second);
      expect(store.builds).toBe(start + 2);
      // A change named by another process is applied when its NOTIFY arrives.
      await server.api.db.maintenance((owner) => notifyTermsChanged(owner, "change-3"));
      await until(() => heard.includes("change-3") && store.builds === start + 3);
    } finally {
      await store.close();
      await stopHearing();
    }
  });

  it("is rebuilt when another publication is announced, and a scheduled version takes effect at 00:00 in Japan without a restart", async () => {
    // A second store on the same database, as another process would hold it.
    const watcher = new TermsStore(builtInServices(), { now: () => clock, setTimer: () => () => {} });
    const anonymous = server.api.db.as(ANONYMOUS);
    await watcher.listen(server.api.db, anonymous);
    try {
      const before = await watcher.current(anonymous);
      const builds = watcher.builds;
      expect(before.registry.get("qtpro-flex-mobility").versions.map((v) => v.version)).not.toContain(
        "2027-04-01 改訂",
      );

      const versions = await gql(
        server.url,
        '{ termsVersions(serviceId: "qtpro-flex-mobility") { id version } }',
        {},
        { cookie: legal },
      );
      const current = (versions.body?.data as { termsVersions: { id: string; version: string }[] }).termsVersions.find(
        (v) => v.version === "2022-05-09 改訂",
      )!;
      const created = await gql(
        server.url,
        "mutation($id: ID!) { createDraft(fromVersionId: $id) { id } }",
        { id: current.id },
        { cookie: legal },
      );
      const draftId = (created.body?.data as { createDraft: { id: string } }).createDraft.id;
      const saved = await gql(
        server.url,
        "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { findings { severity } } }",
        {
          i: {
            id: draftId,
            version: "2027-04-01 改訂",
            effectiveFrom: "2027-04-01",
            sets: [{ path: "terms.fees[0].price.cases[1].price.bands[1].unitPriceYen", value: "750" }],
          },
        },
        { cookie: legal },
      );
      expect(saved.body?.errors).toBeUndefined();
      await gql(server.url, "mutation($id: ID!) { requestReview(id: $id) { id } }", { id: draftId }, { cookie: legal });
      const published = await gql(
        server.url,
        // Effective within the minimum notice period (民法548条の4) of this test's clock: legal gives a reason.
        'mutation($id: ID!) { approveAndPublish(id: $id, idempotencyKey: "store-publish-1", noticeOverrideReason: "test: a version scheduled for the coming midnight") { status effectiveFrom } }',
        { id: draftId },
        { cookie: legal2 },
      );
      expect(published.body?.data).toEqual({ approveAndPublish: { status: "scheduled", effectiveFrom: "2027-04-01" } });

      // The NOTIFY sent in the publishing transaction reached the other store: rebuilt, with the new version.
      const flexVersions = (s: typeof before) => s.registry.get("qtpro-flex-mobility").versions.map((v) => v.version);
      const deadline = Date.now() + 1_000;
      let after = await watcher.current(anonymous);
      while (!flexVersions(after).includes("2027-04-01 改訂") && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 10));
        after = await watcher.current(anonymous);
      }
      expect(flexVersions(after)).toContain("2027-04-01 改訂");
      // One rebuild for one publication.
      await new Promise((r) => setTimeout(r, 100));
      expect(watcher.builds).toBe(builds + 1);

      // 23:59:59.999 in Japan on 2027-03-31: the version in force. 1,050 × 700 + 539,000 = 1,274,000 (料金表 band 1,001–3,000).
      const lastMoment = await gql(server.url, FEE);
      expect(lastMoment.body?.data).toEqual({
        feeEstimate: { monthly: "1274000", termsVersion: { version: "2022-05-09 改訂" } },
      });
      // 00:00 in Japan on 2027-04-01 (15:00 UTC the day before): the scheduled version. 1,050 × 750 + 539,000 = 1,326,500.
      const lastBefore = await watcher.current(anonymous);
      expect(await watcher.current(refusingDb)).toBe(lastBefore);
      clock = new Date("2027-03-31T15:00:00.000Z");
      const midnight = await gql(server.url, FEE);
      expect(midnight.body?.data).toEqual({
        feeEstimate: { monthly: "1326500", termsVersion: { version: "2027-04-01 改訂" } },
      });
      // And a snapshot of the day before is not used past that midnight, even with no timer.
      expect(await watcher.current(refusingDb).catch(() => "asked the database")).toBe("asked the database");
      const nextDay = await watcher.current(anonymous);
      expect(nextDay).not.toBe(lastBefore);
      expect(await watcher.current(refusingDb)).toBe(nextDay);
    } finally {
      await watcher.close();
    }
  });
});
