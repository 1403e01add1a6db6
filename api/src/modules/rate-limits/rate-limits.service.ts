import { RateLimiterDrizzle, RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Database } from "@yakkan/db";
import { AppError, type Lang } from "../../errors.js";
import { deleteExpiredCounters, rateLimitsTable } from "./rate-limits.repository.js";

/**
 * Rate limits that hold across server processes: rate-limiter-flexible's counters live in the
 * database (`rate_limits`, one atomic upsert per attempt), so every process on it shares them.
 * Quotes, the hot path, are counted in memory first and written to the database in batches
 * (`WriteBehindBudget`): no database round trip per quote (decision 007, addendum).
 * Limits per client address guard sign-in, quotes and the expensive legal operations; sign-in is
 * also limited per account *and* address, so a stranger's failures never lock the owner out.
 */
export interface RateLimitSettings {
  /** Failed sign-ins to one account from one address before that pair pauses (default 5). */
  signInFailures: number;
  /** Sign-in attempts (failures) from one address, across accounts, per window (default 30). */
  signInPerAddress: number;
  /** The sign-in window and pause, in seconds (default 900: 15 minutes). */
  signInWindowSeconds: number;
  /** Quotes and estimates per address per minute (default 120). */
  quotesPerMinute: number;
  /** Impact analyses, draft saves and validations, diffs and publications per address per minute (default 20). */
  expensivePerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  signInFailures: 5,
  signInPerAddress: 30,
  signInWindowSeconds: 900,
  quotesPerMinute: 120,
  expensivePerMinute: 20,
};

/** What an operation costs against the per-address limits. */
export type RateClass = "quote" | "expensive";

/** Root GraphQL fields (and portal operations) that spend the per-address budgets. */
export const RATE_CLASS: Readonly<Record<string, RateClass>> = {
  feeEstimate: "quote",
  orderDeadline: "quote",
  cancellationQuote: "quote",
  changeQuote: "quote",
  lateInterest: "quote",
  evasionSurcharge: "quote",
  outageCredit: "quote",
  serviceTerms: "quote",
  canSelfServe: "quote",
  reviewCancellation: "quote",
  reviewChange: "quote",
  impactAnalysis: "expensive",
  termsDiff: "expensive",
  createDraft: "expensive",
  updateDraft: "expensive",
  requestReview: "expensive",
  approveAndPublish: "expensive",
};

const LOCKED = {
  ja: "サインインの失敗が続いたため、しばらくこのアカウントへのサインインを止めています。",
  en: "Too many failed sign-ins: sign-in to this account is paused for a while.",
};
const SLOW_DOWN = {
  ja: "短時間に多くのリクエストがありました。しばらく待ってから再度お試しください。",
  en: "Too many requests in a short time. Please wait a moment and try again.",
};

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** A sign-in attempt already counted against the limits: report its outcome when known. */
export interface SignInReservation {
  succeeded(): Promise<void>;
}

export class RateLimits {
  private readonly signInPair: RateLimiterDrizzle;
  private readonly signInAddress: RateLimiterDrizzle;
  private readonly perClass: Record<RateClass, Budget>;

  constructor(
    private readonly db: Database,
    readonly settings: RateLimitSettings,
  ) {
    const limiter = (keyPrefix: string, points: number, duration: number, blockDuration = 0) =>
      new RateLimiterDrizzle({
        storeClient: db,
        schema: rateLimitsTable,
        keyPrefix,
        points,
        duration,
        blockDuration,
        clearExpiredByTimeout: false,
      });
    this.signInPair = limiter(
      "sign-in",
      settings.signInFailures,
      settings.signInWindowSeconds,
      settings.signInWindowSeconds,
    );
    this.signInAddress = limiter(
      "sign-in-address",
      settings.signInPerAddress,
      settings.signInWindowSeconds,
      settings.signInWindowSeconds,
    );
    this.perClass = {
      quote: new WriteBehindBudget(limiter("quote", settings.quotesPerMinute, 60), settings.quotesPerMinute, 60),
      expensive: limiter("expensive", settings.expensivePerMinute, 60),
    };
  }

  /**
   * Counts a sign-in attempt *before* the password is checked (one atomic upsert per counter), so
   * parallel guesses cannot all reach the check. Refused: TOO_MANY_ATTEMPTS with Retry-After.
   */
  async reserveSignIn(email: string, address: string, lang: Lang): Promise<SignInReservation> {
    const pairKey = `${email}|${address}`;
    try {
      await Promise.all([this.signInPair.consume(pairKey), this.signInAddress.consume(address)]);
    } catch (rejection) {
      throw this.refusal(rejection, "TOO_MANY_ATTEMPTS", LOCKED, lang);
    }
    return {
      // A success clears this account's failures from this address and gives the address its attempt back.
      succeeded: async () => {
        await Promise.all([this.signInPair.delete(pairKey), this.signInAddress.reward(address, 1)]);
      },
    };
  }

  /** Spends `points` of an address's per-minute budget of a class; refused: TOO_MANY_REQUESTS. */
  async consume(rateClass: RateClass, address: string, points: number, lang: Lang): Promise<void> {
    if (points <= 0) return;
    try {
      await this.perClass[rateClass].consume(address, points);
    } catch (rejection) {
      throw this.refusal(rejection, "TOO_MANY_REQUESTS", SLOW_DOWN, lang);
    }
  }

  /** Writes the quote counts still held in memory to the database (shutdown, tests). */
  async flush(): Promise<void> {
    await (this.perClass.quote as WriteBehindBudget).flush();
  }

  /** Drops counters that expired more than an hour ago (start-up housekeeping). */
  static async prune(db: Database, now: Date): Promise<void> {
    await deleteExpiredCounters(db, new Date(now.getTime() - 3_600_000));
  }

  private refusal(
    rejection: unknown,
    code: "TOO_MANY_ATTEMPTS" | "TOO_MANY_REQUESTS",
    text: typeof LOCKED,
    lang: Lang,
  ): unknown {
    // The limiter rejects with a RateLimiterRes when over the limit, with an Error when the store fails.
    if (!(rejection instanceof RateLimiterRes)) return rejection;
    return new AppError(code, text, [], lang, seconds(rejection.msBeforeNext));
  }
}

/** What the limits ask of a counter: spend points or be refused with a RateLimiterRes. */
interface Budget {
  consume(key: string, points: number): Promise<unknown>;
}

/** How often counts held in memory are written to the shared counters. */
const WRITE_BEHIND_MS = 250;

/**
 * A per-address budget counted in this process's memory and written to the shared database
 * counter in batches (one upsert per address per WRITE_BEHIND_MS, whatever the number of requests).
 * The memory tier alone enforces the budget within a process, with no database round trip; the
 * shared counter adds up every process's spending, and when it is exhausted the address is refused
 * here too until its window ends. With N processes an address can therefore overspend by what the
 * other processes accept in one batch interval (at most N × budget if it spreads a whole budget
 * over them inside 250 ms) — the price of not asking the database on every quote.
 */
export class WriteBehindBudget implements Budget {
  private readonly local: RateLimiterMemory;
  private readonly pending = new Map<string, number>();
  /** Addresses the shared counter refused, until when (epoch ms). */
  private readonly refusedUntil = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly shared: RateLimiterDrizzle,
    points: number,
    durationSeconds: number,
  ) {
    this.local = new RateLimiterMemory({ points, duration: durationSeconds });
  }

  async consume(key: string, points: number): Promise<unknown> {
    const until = this.refusedUntil.get(key);
    if (until !== undefined) {
      const left = until - Date.now();
      // rate-limiter-flexible's contract: a refusal rejects with a RateLimiterRes, not an Error.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (left > 0) throw new RateLimiterRes(0, left, points, false);
      this.refusedUntil.delete(key);
    }
    const result = await this.local.consume(key, points);
    this.pending.set(key, (this.pending.get(key) ?? 0) + points);
    this.timer ??= setTimeout(() => void this.flush(), WRITE_BEHIND_MS).unref();
    return result;
  }

  /** Writes what is pending; a refusal of the shared counter blocks the address here too. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = [...this.pending];
    this.pending.clear();
    this.writing = this.writing.then(() =>
      Promise.all(
        batch.map(([key, points]) =>
          this.shared.consume(key, points).then(
            () => undefined,
            (rejection: unknown) => {
              // Over the shared budget: refuse here until the shared window ends. A store failure
              // loses this batch's counts (the memory tier still limits this process).
              if (rejection instanceof RateLimiterRes) this.refusedUntil.set(key, Date.now() + rejection.msBeforeNext);
            },
          ),
        ),
      ).then(() => undefined),
    );
    return this.writing;
  }
}
