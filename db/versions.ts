// The versions of each policy the person has seen: per URL, the last few texts (with their hash and the
// date they were seen) and the change found when a new one arrived, until the person has looked at it.
//
// A store of the summary cache's database (db/schema.ts, v5), keyed by the same URL: a URL has versions
// only while the cache holds its summary, they count against the cache's byte budget, and they go in the
// same transaction as the summary (db/cache.ts, db/evict.ts). Bounded: a few versions per URL, each text
// capped, each URL's row capped. Like the cache, it never throws for storage failures: a read that fails
// is "no history", a write that fails is dropped, and both are reported.

import { cacheKey, MAX_TOTAL_BYTES, OPEN_TIMEOUT_MS } from './cache';
import { BOTH_STORES, keepWithin, type WriteTx } from './evict';
import { type Db, openDatabase } from './open';
import { DB_NAME, type HistoryRow, isHistoryRow, type PolicyChange, type SeenVersion } from './schema';

export type { HistoryRow, PolicyChange, SeenVersion } from './schema';

/** Versions kept per URL: the newest is what the person saw last, the others are for going back. */
export const MAX_VERSIONS = 3;
/** A text longer than the engine reads (engine/analyze.ts MAX_CHARS) is kept only as far as it reads. */
export const MAX_TEXT_CHARS = 600_000;
/** The most one URL's versions may weigh (UTF-8 JSON): older versions go first, the newest always stays. */
export const MAX_ROW_BYTES = 4 * 1024 * 1024;

export interface HistoryOptions {
  /** The database: the summary cache's (its versions are kept only beside a summary of theirs). */
  name?: string;
  now?: () => number;
  /** The cache's budget, summaries and versions together (db/cache.ts MAX_TOTAL_BYTES). */
  maxTotalBytes?: number;
  maxRowBytes?: number;
  /** How long `open` waits for the database before going on without it (it is taken when it comes). */
  timeoutMs?: number;
  onError?: (what: string, error: unknown) => void;
}

/** What `record` found: the version before, when the text is new to a URL that had one. */
export interface Recorded {
  previous?: SeenVersion;
  isNew: boolean;
}

const encoder = new TextEncoder();

/** The row with its count and weight as stored. */
function weighed(row: HistoryRow): HistoryRow {
  const { bytes: _old, ...rest } = { ...row, count: row.versions.length };
  return { ...rest, bytes: encoder.encode(JSON.stringify(rest)).length };
}

export class VersionHistory {
  private constructor(
    private db: Db | null,
    private readonly now: () => number,
    private readonly maxTotalBytes: number,
    private readonly maxRowBytes: number,
    private readonly onError: (what: string, error: unknown) => void,
  ) {}

  /**
   * Never rejects, and resolves within `timeoutMs`: without IndexedDB, or when it fails, the history is
   * empty and keeps nothing; when the database is slow to open (an upgrade to v5 blocked by an older
   * context), the history starts without it and takes it when it opens, so that no handler waiting on
   * the history (the badge of a policy page) waits for ever.
   */
  static open(options: HistoryOptions = {}): Promise<VersionHistory> {
    const onError = options.onError ?? ((what, error) => console.warn(`PolicyLens: ${what}`, error));
    const history = new VersionHistory(
      null,
      options.now ?? Date.now,
      options.maxTotalBytes ?? MAX_TOTAL_BYTES,
      options.maxRowBytes ?? MAX_ROW_BYTES,
      onError,
    );
    const timeoutMs = options.timeoutMs ?? OPEN_TIMEOUT_MS;
    const opening = (async () => {
      if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
      return openDatabase(options.name ?? DB_NAME, () => {
        history.db = null;
      });
    })();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        onError(`the version history did not open within ${timeoutMs} ms; going on without it`, null);
        resolve(history);
      }, timeoutMs);
      opening.then(
        (db) => {
          clearTimeout(timer);
          history.db = db;
          resolve(history);
        },
        (error: unknown) => {
          clearTimeout(timer);
          onError('cannot open the version history; changes will not be tracked', error);
          resolve(history);
        },
      );
    });
  }

  /** Whether a database is behind this history now. */
  get available(): boolean {
    return this.db !== null;
  }

  async get(url: string): Promise<HistoryRow | undefined> {
    if (!this.db) return undefined;
    const key = cacheKey(url);
    try {
      const row: unknown = await this.db.get('versions', key);
      if (row === undefined) return undefined;
      if (isHistoryRow(row) && row.url === key) return row;
      this.onError(`dropped a damaged history row for ${key}`, null);
      await this.db.delete('versions', key);
    } catch (error) {
      this.onError('cannot read the version history', error);
    }
    return undefined;
  }

  /**
   * Notes that the person met this text at this URL. A text already the newest changes nothing; a new one
   * is appended (the oldest beyond MAX_VERSIONS goes) and the version before it is returned for the diff.
   * Nothing is recorded for a URL whose summary the cache does not hold (one too large to keep, or a cache
   * without a database): its versions would be outside the cache's bounds.
   */
  async record(url: string, textHash: string, text: string): Promise<Recorded> {
    const key = cacheKey(url);
    const now = this.now();
    let recorded: Recorded = { isNew: true };
    await this.update(key, (row) => {
      const previous = row?.versions.at(-1);
      if (row && previous?.textHash === textHash) {
        recorded = { isNew: false };
        return { ...row, lastSeen: now };
      }
      if (previous) recorded = { previous, isNew: true };
      const version: SeenVersion = { textHash, seenAt: now, text: text.slice(0, MAX_TEXT_CHARS) };
      const versions = [...(row?.versions ?? []).filter((v) => v.textHash !== textHash), version];
      const kept = versions.slice(-MAX_VERSIONS);
      const next: HistoryRow = { url: key, lastSeen: now, versions: kept, count: kept.length, bytes: 0 };
      if (row?.change) next.change = row.change;
      return next;
    });
    return recorded;
  }

  /** Keeps the change found for the newest version, replacing any earlier one. */
  async setChange(url: string, change: PolicyChange): Promise<void> {
    await this.update(cacheKey(url), (row) => (row ? { ...row, change } : undefined));
  }

  /** The change the person has not looked at yet, if any. */
  async unseenChange(url: string): Promise<PolicyChange | undefined> {
    const change = (await this.get(url))?.change;
    return change && !change.seen ? change : undefined;
  }

  async markSeen(url: string): Promise<void> {
    await this.update(cacheKey(url), (row) =>
      row?.change && !row.change.seen ? { ...row, change: { ...row.change, seen: true } } : undefined,
    );
  }

  /**
   * How many versions are recorded per URL, for the options page: read from the count index's keys, so
   * that listing them does not load every stored text (up to the cache's whole budget) into memory.
   */
  async counts(): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!this.db) return out;
    try {
      let cursor = await this.db.transaction('versions').store.index('count').openKeyCursor();
      while (cursor) {
        out.set(cursor.primaryKey, cursor.key);
        cursor = await cursor.continue();
      }
    } catch (error) {
      this.onError('cannot read the version history', error);
    }
    return out;
  }

  /**
   * Drops the versions of URLs last seen more than `days` days ago (the "keep saved summaries" setting);
   * returns how many URLs lost theirs. The summaries are the cache's to prune.
   */
  async deleteOlderThan(days: number): Promise<number> {
    if (!this.db) return 0;
    const cutoff = this.now() - days * 86_400_000;
    let removed = 0;
    try {
      const tx = this.db.transaction('versions', 'readwrite');
      let cursor = await tx.store.index('lastSeen').openCursor(IDBKeyRange.upperBound(cutoff, true));
      while (cursor) {
        await cursor.delete();
        removed++;
        cursor = await cursor.continue();
      }
      await tx.done;
    } catch (error) {
      this.onError('cannot prune the version history', error);
    }
    return removed;
  }

  /** Deletes the versions of one URL; its summary stays. */
  async delete(url: string): Promise<void> {
    await this.db?.delete('versions', cacheKey(url)).catch((e) => this.onError('cannot delete history', e));
  }

  /** Deletes every URL's versions (the options page's "clear history"); the summaries stay. */
  async clear(): Promise<void> {
    await this.db?.clear('versions').catch((e) => this.onError('cannot clear the version history', e));
  }

  async count(): Promise<number> {
    return this.db ? this.db.count('versions') : 0;
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }

  /**
   * Reads the URL's row, lets `change` make the next one (undefined: nothing to write) and writes it, in one
   * transaction over both stores: only while the cache holds the URL's summary (one evicted meanwhile
   * takes its versions along, and they must not come back without it), within the row's cap, and then
   * within the cache's budget, least recently used URLs going first, never this one.
   */
  private async update(key: string, change: (row: HistoryRow | undefined) => HistoryRow | undefined) {
    const db = this.db;
    if (!db) return;
    try {
      const tx: WriteTx = db.transaction(BOTH_STORES, 'readwrite');
      const done = tx.done;
      try {
        if ((await tx.objectStore('summaries').getKey(key)) === undefined) {
          await tx.objectStore('versions').delete(key);
        } else {
          const stored: unknown = await tx.objectStore('versions').get(key);
          const row = isHistoryRow(stored) && stored.url === key ? stored : undefined;
          if (stored !== undefined && !row) this.onError(`dropped a damaged history row for ${key}`, null);
          const next = change(row);
          if (next) {
            await tx.objectStore('versions').put(this.fitted(next));
            await keepWithin(tx, this.maxTotalBytes, key);
          }
        }
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already aborted by the failed request.
        }
        await done.catch(() => {});
        throw error;
      }
      await done;
    } catch (error) {
      this.onError('cannot write to the version history', error);
    }
  }

  /** The row within maxRowBytes: its oldest versions dropped while it is over (the newest always stays). */
  private fitted(row: HistoryRow): HistoryRow {
    let out = weighed(row);
    while (out.bytes > this.maxRowBytes && out.versions.length > 1) {
      out = weighed({ ...out, versions: out.versions.slice(1) });
      this.onError(`dropped the oldest version of ${row.url}: its versions weigh too much to keep`, null);
    }
    return out;
  }
}
