// The summary cache: one entry per page URL, fresh while the text hash and the engine and rubric versions
// match, bounded by a count (least recently used goes first), by a count per site (so that one site's pages
// cannot push out everyone else's summaries), by a weight per summary and in all, and by an age the user
// chooses. An entry scored under an older
// rubric is rescored from its answers when read (the answers depend on the engine only), so a new rubric
// does not cost every saved summary its page.
//
// The versions of a policy the person has seen (db/versions.ts) live beside its summary in the same
// database, count against the same byte budget, and go with it: whatever drops a summary (eviction, age,
// the person deleting it or clearing all) drops its URL's versions in the same transaction.
//
// A write and the evictions it causes are one readwrite transaction: IndexedDB runs readwrite transactions
// on one store one after the other, so concurrent writers each see the count the previous one left. (Counting
// in one transaction and evicting in another let 50 concurrent writers on a full cache delete all 500.)
//
// The cache is an optimisation, never a condition: every read fails soft (a missing, broken or wrongly
// shaped row is a miss and gets recomputed), every write is best effort (a full disk costs the cache, not
// the summary), and a database that cannot be opened, or opens too slowly, leaves a cache without a
// database that answers "not cached" until the database arrives (`openWithin`).

import { RUBRIC_VERSION } from '../engine/rubric';
import { isGraded, rescore } from '../engine/score';
import type { Summary } from '../engine/types';
import { ENGINE_VERSION } from '../engine/version';
import { abandon, BOTH_STORES, dropLeastUsed, dropUrl, keepWithin, type WriteTx } from './evict';
import { type Db, openDatabase } from './open';
import { type CacheEntry, DB_NAME, isCacheEntry, siteOf } from './schema';
import { fitForCache, MAX_SUMMARY_BYTES } from './summary-size';

export const MAX_ENTRIES = 500;
/** Entries one site (host) may hold; its least recently used go first. Ten sites fill the cache. */
export const MAX_ENTRIES_PER_SITE = 50;
/**
 * The most the stored summaries and the versions of db/versions.ts may weigh together (UTF-8 JSON); least
 * recently used URLs go first beyond it, each with its versions.
 */
export const MAX_TOTAL_BYTES = 50 * 1024 * 1024;
/** How long a handler waits for the database before answering without it. */
export const OPEN_TIMEOUT_MS = 3_000;
/** On QuotaExceededError: the share of entries (least recently used first) dropped before the one retry. */
export const QUOTA_EVICT_SHARE = 0.25;
/**
 * How old an entry's last use must be for the popup's read to write down a new one. Rewriting the whole row
 * (lastUsed is one field of it) held the popup's reply 14–20 ms for a large policy in a trace of the popup
 * from cache, and the popup mostly opens within a minute of the page's report, which marked the entry
 * used. Eviction ranks uses a minute apart at worst.
 */
export const TOUCH_AFTER_MS = 60_000;

export interface CacheOptions {
  name?: string;
  maxEntries?: number;
  maxEntriesPerSite?: number;
  /** The most one stored summary may weigh (db/summary-size.ts). */
  maxSummaryBytes?: number;
  /** The most all stored summaries and versions may weigh together. */
  maxTotalBytes?: number;
  now?: () => number;
  versions?: { engine: string; rubric: string };
  /** Scores a summary of another rubric again: the engine's `rescore`, which yields the current rubric. */
  rescore?: (summary: Summary) => Summary;
  /** Where failures are reported (the cache itself never throws for them). */
  onError?: (what: string, error: unknown) => void;
}

/** A row of the options page's list: everything but the summary itself, and whether it has a grade. */
export type CacheListItem = Omit<CacheEntry, 'summary'> & { graded: boolean };

export function cacheKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

const reportToConsole = (what: string, error: unknown) => console.warn(`PolicyLens: ${what}`, error);

export class SummaryCache {
  private constructor(
    private db: Db | null,
    private readonly maxEntries: number,
    private readonly maxPerSite: number,
    private readonly maxSummaryBytes: number,
    private readonly maxTotalBytes: number,
    private readonly now: () => number,
    private readonly versions: { engine: string; rubric: string },
    private readonly rescore: (summary: Summary) => Summary,
    private readonly onError: (what: string, error: unknown) => void,
  ) {}

  private static make(db: Db | null, options: CacheOptions): SummaryCache {
    return new SummaryCache(
      db,
      options.maxEntries ?? MAX_ENTRIES,
      options.maxEntriesPerSite ?? MAX_ENTRIES_PER_SITE,
      options.maxSummaryBytes ?? MAX_SUMMARY_BYTES,
      options.maxTotalBytes ?? MAX_TOTAL_BYTES,
      options.now ?? Date.now,
      options.versions ?? { engine: ENGINE_VERSION, rubric: RUBRIC_VERSION },
      options.rescore ?? rescore,
      options.onError ?? reportToConsole,
    );
  }

  /** Opens the database; rejects if it cannot be opened (no IndexedDB, an error). Waits while blocked. */
  static async open(options: CacheOptions = {}): Promise<SummaryCache> {
    const cache = SummaryCache.make(null, options);
    cache.db = await openDatabase(options.name ?? DB_NAME, () => {
      cache.db = null;
    });
    return cache;
  }

  /** A cache with no database: every read misses, every write is dropped. */
  static none(options: CacheOptions = {}): SummaryCache {
    return SummaryCache.make(null, options);
  }

  /**
   * The cache within `timeoutMs`, whatever happens: the database if it opens in time; otherwise a cache
   * without one, which takes the database if it opens later (a blocked upgrade that gets unblocked). Never
   * rejects, so that the background never waits on `ready` for ever.
   */
  static openWithin(timeoutMs = OPEN_TIMEOUT_MS, options: CacheOptions = {}): Promise<SummaryCache> {
    const cache = SummaryCache.none(options);
    const opening = (async () => {
      if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
      return openDatabase(options.name ?? DB_NAME, () => {
        cache.db = null;
      });
    })();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        cache.onError(`the summary cache did not open within ${timeoutMs} ms; going on without it`, null);
        resolve(cache);
      }, timeoutMs);
      opening.then(
        (db) => {
          clearTimeout(timer);
          cache.db = db;
          resolve(cache);
        },
        (error: unknown) => {
          clearTimeout(timer);
          cache.onError('cannot open the summary cache; going on without it', error);
          resolve(cache);
        },
      );
    });
  }

  /** Whether a database is behind this cache now. */
  get available(): boolean {
    return this.db !== null;
  }

  /**
   * The entry for this URL if it was made from the same text by the current engine and rubric. It is marked
   * used now, unless `touchAfterMs` is given and its last use is more recent than that: the popup passes
   * TOUCH_AFTER_MS, so that its reply does not wait on rewriting a row the page's report has just marked.
   */
  async getFresh(
    url: string,
    textHash: string,
    { touchAfterMs = 0 }: { touchAfterMs?: number } = {},
  ): Promise<CacheEntry | undefined> {
    const entry = await this.get(url);
    if (!entry || !this.isFresh(entry, textHash)) return undefined;
    if (this.now() - entry.lastUsed < touchAfterMs) return entry;
    return this.touch(entry);
  }

  /**
   * The entry for this URL if the current engine and rubric made it, whatever text it came from: for a
   * link's badge, where the page has not been fetched (that is the point of asking).
   */
  async getCurrent(url: string): Promise<CacheEntry | undefined> {
    const entry = await this.get(url);
    if (!entry || entry.engine !== this.versions.engine || entry.rubric !== this.versions.rubric) {
      return undefined;
    }
    return this.touch(entry);
  }

  isFresh(entry: CacheEntry, textHash: string): boolean {
    return (
      entry.textHash === textHash &&
      entry.engine === this.versions.engine &&
      entry.rubric === this.versions.rubric
    );
  }

  /**
   * The stored entry, if there is a whole one, scored with the current rubric (rescored and written back if
   * it was not); a row of the wrong shape is deleted and reads as a miss.
   */
  async get(url: string): Promise<CacheEntry | undefined> {
    const db = this.db;
    if (!db) return undefined;
    const key = cacheKey(url);
    let row: unknown;
    try {
      row = await db.get('summaries', key);
    } catch (error) {
      this.onError('cannot read the summary cache', error);
      return undefined;
    }
    if (row === undefined) return undefined;
    if (isCacheEntry(row) && row.url === key) {
      const current = this.rescored(row);
      if (current !== row) await this.store(current);
      return current;
    }
    this.onError(`dropped a damaged cache entry for ${key}`, null);
    await this.dropUrls((tx) => dropUrl(tx, key)).catch(() => {});
    return undefined;
  }

  /**
   * Stores a summary and returns the entry, stored or not, with the summary whole. What is stored is the
   * summary within maxSummaryBytes (its quotes shortened if need be: db/summary-size.ts; not stored at all
   * when even that is too big). The least recently used entries beyond the site's cap, the cache's count
   * and its byte budget go in the same transaction. A full disk (QuotaExceededError) evicts the least
   * recently used quarter of the entries and tries once more; if that fails too the summary is still
   * returned, only not kept.
   */
  async put(url: string, textHash: string, summary: Summary): Promise<CacheEntry> {
    const now = this.now();
    const key = cacheKey(url);
    const entry: CacheEntry = {
      url: key,
      site: siteOf(key),
      textHash,
      engine: summary.engine,
      rubric: summary.rubric,
      analysedAt: now,
      lastUsed: now,
      title: summary.source.title ?? '',
      grade: summary.grade,
      score: summary.score,
      summary: { ...summary, analysedAt: new Date(now).toISOString() },
      bytes: 0,
    };
    const db = this.db;
    if (!db) return entry;
    const fitted = fitForCache(entry.summary, this.maxSummaryBytes);
    if (!fitted) {
      this.onError(`the summary of ${key} is too large to keep; it is shown but not stored`, null);
      return entry;
    }
    entry.bytes = fitted.bytes;
    const row: CacheEntry = { ...entry, summary: fitted.summary };
    try {
      await this.writeWithin(db, row, 0);
      return entry;
    } catch (error) {
      if (!isQuotaError(error)) {
        this.onError('cannot write to the summary cache', error);
        return entry;
      }
    }
    try {
      await this.writeWithin(db, row, QUOTA_EVICT_SHARE);
    } catch (error) {
      this.onError('the disk is full; the summary is shown but not kept', error);
    }
    return entry;
  }

  async list(): Promise<CacheListItem[]> {
    const db = this.db;
    if (!db) return [];
    const rows: CacheListItem[] = [];
    let cursor = await db.transaction('summaries').store.index('analysedAt').openCursor(null, 'prev');
    while (cursor) {
      if (isCacheEntry(cursor.value)) {
        // Rescored in memory only: the list must not write, and reading the entry writes it back anyway.
        const { summary, ...row } = this.rescored(cursor.value);
        rows.push({ ...row, graded: isGraded(summary) });
      }
      cursor = await cursor.continue();
    }
    return rows;
  }

  /** Deletes the URL's summary and the versions recorded for it. */
  async delete(url: string): Promise<void> {
    const key = cacheKey(url);
    await this.dropUrls((tx) => dropUrl(tx, key));
  }

  /** Deletes every summary and every recorded version. */
  async clear(): Promise<void> {
    await this.dropUrls(async (tx) => {
      await tx.objectStore('summaries').clear();
      await tx.objectStore('versions').clear();
    });
  }

  async count(): Promise<number> {
    return this.db ? this.db.count('summaries') : 0;
  }

  /** Drops entries analysed more than `days` days ago, with their versions; returns how many went. */
  async deleteOlderThan(days: number): Promise<number> {
    const cutoff = this.now() - days * 86_400_000;
    let removed = 0;
    await this.dropUrls(async (tx) => {
      const range = IDBKeyRange.upperBound(cutoff, true);
      let cursor = await tx.objectStore('summaries').index('analysedAt').openCursor(range);
      while (cursor) {
        await cursor.delete();
        await tx.objectStore('versions').delete(cursor.primaryKey);
        removed++;
        cursor = await cursor.continue();
      }
    });
    return removed;
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }

  /** Runs `work` in one readwrite transaction over the summaries and the versions. */
  private async dropUrls(work: (tx: WriteTx) => Promise<void>): Promise<void> {
    const db = this.db;
    if (!db) return;
    const tx = db.transaction(BOTH_STORES, 'readwrite');
    await Promise.all([work(tx), tx.done]);
  }

  /** The entry with the current rubric's score and grade; the same object when it already has them. */
  private rescored(entry: CacheEntry): CacheEntry {
    if (entry.rubric === this.versions.rubric) return entry;
    const summary = this.rescore(entry.summary);
    if (summary.rubric === entry.rubric) return entry;
    return { ...entry, rubric: summary.rubric, grade: summary.grade, score: summary.score, summary };
  }

  /** Marks the entry used now; failing to write that down changes nothing for the caller. */
  private async touch(entry: CacheEntry): Promise<CacheEntry> {
    entry.lastUsed = this.now();
    await this.store(entry);
    return entry;
  }

  /**
   * Rewrites an entry that is still stored (its lastUsed). One that was evicted since it was read stays
   * evicted: writing it back would put the cache over its caps with nothing evicted in exchange.
   */
  private async store(entry: CacheEntry): Promise<void> {
    const db = this.db;
    if (!db) return;
    try {
      const tx = db.transaction('summaries', 'readwrite');
      if ((await tx.store.getKey(entry.url)) !== undefined) await tx.store.put(entry);
      await tx.done;
    } catch (error) {
      this.onError('cannot write to the summary cache', error);
    }
  }

  /**
   * One transaction over the summaries and the versions: first drops `share` of the entries (least recently
   * used; the disk-full retry), then writes the entry, then drops the site's and the cache's least recently
   * used entries beyond their caps; each dropped entry takes its URL's versions with it. The entry's own
   * versions stay: a new summary of the same URL is the page the person keeps reading. Rejects (and
   * nothing of it is kept) when any step fails, QuotaExceededError at commit included.
   */
  private async writeWithin(db: Db, entry: CacheEntry, share: number): Promise<void> {
    const tx = db.transaction(BOTH_STORES, 'readwrite');
    const done = tx.done;
    try {
      const store = tx.objectStore('summaries');
      if (share > 0) {
        const drop = Math.max(1, Math.ceil((await store.count()) * share));
        await dropLeastUsed(tx, null, drop, entry.url);
      }
      await store.put(entry);
      const ofSite = IDBKeyRange.bound([entry.site, -Infinity], [entry.site, Infinity]);
      const siteExcess = (await store.index('siteLastUsed').count(ofSite)) - this.maxPerSite;
      if (siteExcess > 0) await dropLeastUsed(tx, ofSite, siteExcess, entry.url);
      const excess = (await store.count()) - this.maxEntries;
      if (excess > 0) await dropLeastUsed(tx, null, excess, entry.url);
      await keepWithin(tx, this.maxTotalBytes, entry.url);
    } catch (error) {
      await abandon(tx, done, error);
    }
    await done;
  }
}
