import type { Database, DbHandle } from "@yakkan/db";
import { addDays, loadService, ServiceRegistry, type ServiceDefinition, type TermsVersionDef } from "@yakkan/terms";
import { versionKey } from "./content-hash.js";
import {
  contentOf,
  liveSignature,
  liveVersions,
  signatureOf,
  TERMS_CHANGED_CHANNEL,
} from "./terms-versions.repository.js";

/** A published (or scheduled) version as stored: its row id and when it was published. */
export interface VersionRow {
  id: string;
  publishedAt: Date | null;
}

export interface TermsSnapshot {
  registry: ServiceRegistry;
  /** Row of each version in force or scheduled, keyed by versionKey(serviceId, version). */
  rows: Map<string, VersionRow>;
}

/**
 * Orders versions and closes each one the day before the next starts: a published version's row is
 * immutable, so a later version cannot rewrite its effectiveTo — it is derived instead.
 */
export function withDerivedEnds(versions: TermsVersionDef[]): TermsVersionDef[] {
  const sorted = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return sorted.map((v, i) => {
    const next = sorted[i + 1];
    if (!next) return v;
    const dayBefore = addDays(next.effectiveFrom, -1);
    return { ...v, effectiveTo: v.effectiveTo && v.effectiveTo < dayBefore ? v.effectiveTo : dayBefore };
  });
}

/** 00:00 in Japan (UTC+9 all year: Japan has no daylight saving time) after an instant. */
export function nextTokyoMidnight(instant: Date): Date {
  const JST = 9 * 3_600_000;
  const DAY = 86_400_000;
  return new Date(Math.floor((instant.getTime() + JST) / DAY) * DAY + DAY - JST);
}

export interface TermsStoreOptions {
  /** The clock (tests pin it): a snapshot is never used past the Tokyo midnight after it was built. */
  now?: () => Date;
  /** While listening, how often to compare the snapshot with the database anyway, in case a notification was lost (ms). */
  recheckMs?: number;
  log?: Pick<Console, "warn">;
  /** Runs `fn` after `ms` (setTimeout, unref'd); returns the cancel function. Tests drive the midnight timer with it. */
  setTimer?: (fn: () => void, ms: number) => () => void;
}

const realTimer = (fn: () => void, ms: number) => {
  const timer = setTimeout(fn, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

interface Built extends TermsSnapshot {
  /** Count and latest change of the live rows it was built from. */
  signature: string;
  /** The invalidation it reflects. */
  generation: number;
  /** Epoch ms of the Tokyo midnight after it was built. */
  validUntil: number;
}

/**
 * The terms the engine computes with come from `terms_versions` (published and scheduled rows), not
 * from code: what legal publishes is what quotes use. Service names and documents come from the
 * shipped definitions.
 *
 * The snapshot is kept in memory and rebuilt only when it is invalidated (decision 013):
 * - by a notification: publishing (or recording a shipped version) sends NOTIFY in its transaction,
 *   which every server process on the database receives when it commits (`listen`); the process
 *   that published also invalidates at once (`changed`), and ignores its own notification when it
 *   arrives (the version's id names the change), so a publication costs one rebuild;
 * - when listening (re)starts, since notifications sent meanwhile are lost, and every `recheckMs`
 *   by comparing the rows' signature in the background, as a second line;
 * - at midnight in Japan (a timer, and a check of the clock on every use), so that nothing in it
 *   outlives the day it was built on.
 * Until `listen` has run (tests that build a store by hand) every call compares the signature with
 * one small query, as before.
 */
export class TermsStore {
  private cache: Built | undefined;
  private building: { generation: number; promise: Promise<Built> } | undefined;
  private generation = 0;
  private listening = false;
  private readonly now: () => Date;
  private readonly stops: (() => unknown)[] = [];
  /** Named changes heard once (from this process or a NOTIFY): the second hearing is not applied again. */
  private readonly heard = new Set<string>();
  /** How many snapshots were built (a publication must cost one rebuild, not two). */
  builds = 0;

  constructor(
    private readonly shipped: ServiceRegistry,
    private readonly options: TermsStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** The snapshot: from memory unless it was invalidated or a Tokyo midnight passed since it was built. */
  async current(db: Database): Promise<TermsSnapshot> {
    const cache = this.cache;
    if (cache && cache.generation === this.generation && this.now().getTime() < cache.validUntil) {
      if (this.listening) return cache;
      if ((await liveSignature(db)) === cache.signature) return cache;
    }
    return this.rebuild(db);
  }

  /** Forgets the snapshot: the next use reads the live versions again. */
  invalidate(): void {
    this.generation++;
  }

  /**
   * A change this process committed (publishing a version): the next use reads the live versions.
   * Its NOTIFY reaches this process too; the change's name (the version's id) makes the one that
   * comes second a no-op, so a publication rebuilds the snapshot once.
   */
  changed(change?: string): void {
    if (change && !this.firstHearing(change)) return;
    this.invalidate();
  }

  /** True the first time a change is heard; the second time it is forgotten and false. */
  private firstHearing(change: string): boolean {
    if (this.heard.delete(change)) return false;
    // Other processes' changes are heard once only: the set is cleared now and then.
    if (this.heard.size >= 1_000) this.heard.clear();
    this.heard.add(change);
    return true;
  }

  /**
   * Listens for changes to the live versions and starts the midnight timer and the background
   * check. `db` is the anonymous application database the snapshot is read with.
   */
  async listen(handle: Pick<DbHandle, "listen">, db: Database): Promise<void> {
    const refresh = () => {
      this.invalidate();
      this.rebuild(db).catch((error: unknown) =>
        this.options.log?.warn(`could not reload the terms versions: ${String(error)}`),
      );
    };
    const onNotify = (change: string) => {
      if (change && !this.firstHearing(change)) return;
      refresh();
    };
    const unlisten = await handle.listen(TERMS_CHANGED_CHANNEL, onNotify, refresh);
    this.stops.push(unlisten);
    this.listening = true;

    const recheck = setInterval(() => {
      const cache = this.cache;
      if (!cache) return;
      liveSignature(db).then(
        (signature) => {
          if (signature !== cache.signature && this.cache === cache) refresh();
        },
        () => {},
      );
    }, this.options.recheckMs ?? 30_000);
    recheck.unref();
    this.stops.push(() => clearInterval(recheck));

    // At 00:00 in Japan the snapshot is rebuilt ahead of the day's first request (at least 1 s apart,
    // should the clock stand still).
    const setTimer = this.options.setTimer ?? realTimer;
    let cancelMidnight = () => {};
    const atMidnight = () => {
      const now = this.now();
      cancelMidnight = setTimer(
        () => {
          refresh();
          atMidnight();
        },
        Math.max(1_000, nextTokyoMidnight(now).getTime() - now.getTime()),
      );
    };
    atMidnight();
    this.stops.push(() => cancelMidnight());
  }

  /** Stops listening and the timers. */
  async close(): Promise<void> {
    this.listening = false;
    for (const stop of this.stops.splice(0)) await stop();
  }

  /** One rebuild at a time per invalidation: concurrent requests share it. */
  private rebuild(db: Database): Promise<Built> {
    const generation = this.generation;
    if (this.building?.generation === generation) return this.building.promise;
    const promise = this.load(db, generation);
    this.building = { generation, promise };
    const done = () => {
      if (this.building?.promise === promise) this.building = undefined;
    };
    promise.then(done, done);
    return promise;
  }

  private async load(db: Database, generation: number): Promise<Built> {
    this.builds++;
    const builtAt = this.now();
    const rows = await liveVersions(db);
    const byService = new Map<string, TermsVersionDef[]>();
    for (const row of rows) byService.set(row.serviceId, [...(byService.get(row.serviceId) ?? []), contentOf(row)]);
    const services: ServiceDefinition[] = [];
    for (const meta of this.shipped.list()) {
      const versions = byService.get(meta.id) ?? meta.versions;
      services.push(loadService({ ...meta, versions: withDerivedEnds(versions) }));
    }
    const rowMap = new Map(
      rows.map((r) => [versionKey(r.serviceId, r.version), { id: r.id, publishedAt: r.publishedAt }]),
    );
    const built: Built = {
      registry: new ServiceRegistry(services),
      rows: rowMap,
      signature: signatureOf(rows),
      generation,
      validUntil: nextTokyoMidnight(builtAt).getTime(),
    };
    // A slower load of an older invalidation never replaces a newer snapshot.
    if (!this.cache || this.cache.generation <= generation) this.cache = built;
    return built;
  }
}
