// The summary cache: one entry per page URL, fresh while the text hash and the engine and rubric versions
// match, bounded by a count (least recently used goes first) and by an age the user chooses.

import { type IDBPDatabase, openDB } from 'idb';
import { RUBRIC_VERSION } from '../engine/rubric';
import type { Summary } from '../engine/types';
import { ENGINE_VERSION } from '../engine/version';
import { type CacheEntry, DB_NAME, DB_VERSION, type PolicyLensDB, upgradeSchema } from './schema';

export const MAX_ENTRIES = 500;

export interface CacheOptions {
  name?: string;
  maxEntries?: number;
  now?: () => number;
  versions?: { engine: string; rubric: string };
}

/** A row of the options page's list: everything but the summary itself. */
export type CacheListItem = Omit<CacheEntry, 'summary'>;

export function cacheKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

export class SummaryCache {
  private constructor(
    private readonly db: IDBPDatabase<PolicyLensDB>,
    private readonly maxEntries: number,
    private readonly now: () => number,
    private readonly versions: { engine: string; rubric: string },
  ) {}

  static async open(options: CacheOptions = {}): Promise<SummaryCache> {
    const db = await openDB<PolicyLensDB>(options.name ?? DB_NAME, DB_VERSION, {
      upgrade: (database, oldVersion, _newVersion, tx) => upgradeSchema(database, oldVersion, tx),
      // Another context (an older service worker, an options tab) must let go so the upgrade can run.
      blocking: () => db.close(),
    });
    return new SummaryCache(
      db,
      options.maxEntries ?? MAX_ENTRIES,
      options.now ?? Date.now,
      options.versions ?? { engine: ENGINE_VERSION, rubric: RUBRIC_VERSION },
    );
  }

  /** The entry for this URL if it was made from the same text by the current engine and rubric. */
  async getFresh(url: string, textHash: string): Promise<CacheEntry | undefined> {
    const entry = await this.db.get('summaries', cacheKey(url));
    if (!entry || !this.isFresh(entry, textHash)) return undefined;
    entry.lastUsed = this.now();
    await this.db.put('summaries', entry);
    return entry;
  }

  /**
   * The entry for this URL if the current engine and rubric made it, whatever text it came from: for a
   * link's badge, where the page has not been fetched (that is the point of asking).
   */
  async getCurrent(url: string): Promise<CacheEntry | undefined> {
    const entry = await this.db.get('summaries', cacheKey(url));
    if (!entry || entry.engine !== this.versions.engine || entry.rubric !== this.versions.rubric) {
      return undefined;
    }
    entry.lastUsed = this.now();
    await this.db.put('summaries', entry);
    return entry;
  }

  isFresh(entry: CacheEntry, textHash: string): boolean {
    return (
      entry.textHash === textHash &&
      entry.engine === this.versions.engine &&
      entry.rubric === this.versions.rubric
    );
  }

  async get(url: string): Promise<CacheEntry | undefined> {
    return this.db.get('summaries', cacheKey(url));
  }

  async put(url: string, textHash: string, summary: Summary): Promise<CacheEntry> {
    const now = this.now();
    const entry: CacheEntry = {
      url: cacheKey(url),
      textHash,
      engine: summary.engine,
      rubric: summary.rubric,
      analysedAt: now,
      lastUsed: now,
      title: summary.source.title ?? '',
      grade: summary.grade,
      score: summary.score,
      summary: { ...summary, analysedAt: new Date(now).toISOString() },
    };
    await this.db.put('summaries', entry);
    await this.evictOverflow();
    return entry;
  }

  async list(): Promise<CacheListItem[]> {
    const rows: CacheListItem[] = [];
    let cursor = await this.db.transaction('summaries').store.index('analysedAt').openCursor(null, 'prev');
    while (cursor) {
      const { summary: _summary, ...row } = cursor.value;
      rows.push(row);
      cursor = await cursor.continue();
    }
    return rows;
  }

  async delete(url: string): Promise<void> {
    await this.db.delete('summaries', cacheKey(url));
  }

  async clear(): Promise<void> {
    await this.db.clear('summaries');
  }

  async count(): Promise<number> {
    return this.db.count('summaries');
  }

  /** Drops entries analysed more than `days` days ago; returns how many went. */
  async deleteOlderThan(days: number): Promise<number> {
    const cutoff = this.now() - days * 86_400_000;
    const tx = this.db.transaction('summaries', 'readwrite');
    let removed = 0;
    let cursor = await tx.store.index('analysedAt').openCursor(IDBKeyRange.upperBound(cutoff, true));
    while (cursor) {
      await cursor.delete();
      removed++;
      cursor = await cursor.continue();
    }
    await tx.done;
    return removed;
  }

  close(): void {
    this.db.close();
  }

  private async evictOverflow(): Promise<void> {
    const tx = this.db.transaction('summaries', 'readwrite');
    let excess = (await tx.store.count()) - this.maxEntries;
    let cursor = excess > 0 ? await tx.store.index('lastUsed').openCursor() : null;
    while (cursor && excess > 0) {
      await cursor.delete();
      excess--;
      cursor = await cursor.continue();
    }
    await tx.done;
  }
}
