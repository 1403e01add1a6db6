import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, schema } from "@yakkan/db";
import { backends, openTestDb } from "@yakkan/db/testing";
import { AppError } from "../src/errors.js";
import { DEFAULT_RATE_LIMITS, RateLimits } from "../src/modules/rate-limits/rate-limits.service.js";

// Quotes are counted in memory first and written to the shared counters in batches (decision 007,
// addendum): two RateLimits on one database stand for two server processes.
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

describe.each(backends())("quote budgets on %s", (kind) => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  beforeAll(async () => {
    db = await openTestDb(kind);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("refuses the quote past the budget within one process, without waiting for the database", async () => {
    const limits = new RateLimits(db.as(ANONYMOUS), { ...DEFAULT_RATE_LIMITS, quotesPerMinute: 5 });
    for (let i = 0; i < 5; i++) expect(await codeOf(limits.consume("quote", "198.51.100.1", 1, "en"))).toBe("ok");
    expect(await codeOf(limits.consume("quote", "198.51.100.1", 1, "en"))).toBe("TOO_MANY_REQUESTS");
    expect(await codeOf(limits.consume("quote", "198.51.100.2", 1, "en"))).toBe("ok");
  });

  it("writes the counts in one batch per address, and a budget spent on one process is refused on the other after it", async () => {
    const settings = { ...DEFAULT_RATE_LIMITS, quotesPerMinute: 6 };
    const first = new RateLimits(db.as(ANONYMOUS), settings);
    const second = new RateLimits(db.as(ANONYMOUS), settings);
    const address = "198.51.100.9";
    for (let i = 0; i < 4; i++) expect(await codeOf(first.consume("quote", address, 1, "en"))).toBe("ok");
    await first.flush();
    const rows = await db.maintenance((owner) => owner.select().from(schema.rateLimits));
    expect(rows.filter((r) => r.key.includes(address)).map((r) => r.points)).toEqual([4]);
    // The second process has its own memory: it accepts 3 more, which together with the first's 4 overspend the shared 6.
    for (let i = 0; i < 3; i++) expect(await codeOf(second.consume("quote", address, 1, "en"))).toBe("ok");
    await second.flush();
    expect(await codeOf(second.consume("quote", address, 1, "en"))).toBe("TOO_MANY_REQUESTS");
    // The first learns it at its next write-behind; then it refuses too.
    expect(await codeOf(first.consume("quote", address, 1, "en"))).toBe("ok");
    await first.flush();
    expect(await codeOf(first.consume("quote", address, 1, "en"))).toBe("TOO_MANY_REQUESTS");
  });
});
