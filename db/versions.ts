// The versions of each policy the person has seen: per URL, the last few texts (with their hash and the
// date they were seen) and the change found when a new one arrived, until the person has looked at it.
//
// Its own database, beside the summary cache rather than inside it: the cache's rows and eviction are the
// cache's business, and a history that cannot be opened costs only the "what changed" view. Bounded: a
// few versions per URL, MAX_URLS URLs (the least recently seen go first), each text capped. Like the
// cache, it never throws for storage failures: a read that fails is "no history", a write that fails is
// dropped, and both are reported.

import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from 'idb';
import type { PolicyDiff } from '../engine/diff';
import { cacheKey } from './cache';

export const HISTORY_DB_NAME = 'policylens-versions';
const HISTORY_DB_VERSION = 1;
/** Versions kept per URL: the newest is what the person saw last, the others are for going back. */
export const MAX_VERSIONS = 3;
export const MAX_URLS = 100;
/** A text longer than the engine reads (engine/analyze.ts MAX_CHARS) is kept only as far as it reads. */
export const MAX_TEXT_CHARS = 600_000;

export interface SeenVersion {
  textHash: string;
  /** Epoch milliseconds when the person's browser first met this text. */
  seenAt: number;
  text: string;
}

export interface PolicyChange {
  /** When the version compared against was seen: "Changed since <date>". */
  since: number;
  diff: PolicyDiff;
  /** Set when the popup has shown it. */
  seen: boolean;
}

export interface HistoryRow {
  url: string;
  lastSeen: number;
  /** Oldest first. */
  versions: SeenVersion[];
  change?: PolicyChange;
}

interface HistoryDB extends DBSchema {
  history: { key: string; value: HistoryRow; indexes: { lastSeen: number } };
}

const isRow = (value: unknown): value is HistoryRow => {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return (
    typeof row.url === 'string' &&
    typeof row.lastSeen === 'number' &&
    Array.isArray(row.versions) &&
    row.versions.every(
      (v: unknown) =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as SeenVersion).textHash === 'string' &&
        typeof (v as SeenVersion).seenAt === 'number' &&
        typeof (v as SeenVersion).text === 'string',
    ) &&
    (row.change === undefined ||
      (typeof row.change === 'object' &&
        row.change !== null &&
        typeof (row.change as PolicyChange).since === 'number' &&
        typeof (row.change as PolicyChange).seen === 'boolean' &&
        (row.change as PolicyChange).diff?.kind === 'policy-diff'))
  );
};

export interface HistoryOptions {
  name?: string;
  now?: () => number;
  maxUrls?: number;
  onError?: (what: string, error: unknown) => void;
}

/** What `record` found: the version before, when the text is new to a URL that had one. */
export interface Recorded {
  previous?: SeenVersion;
  isNew: boolean;
}

export class VersionHistory {
  private constructor(
    private db: IDBPDatabase<HistoryDB> | null,
    private readonly now: () => number,
    private readonly maxUrls: number,
    private readonly onError: (what: string, error: unknown) => void,
  ) {}

  /** Never rejects: without IndexedDB, or when it fails, the history is empty and keeps nothing. */
  static async open(options: HistoryOptions = {}): Promise<VersionHistory> {
    const onError = options.onError ?? ((what, error) => console.warn(`PolicyLens: ${what}`, error));
    const history = new VersionHistory(null, options.now ?? Date.now, options.maxUrls ?? MAX_URLS, onError);
    const name = options.name ?? HISTORY_DB_NAME;
    const open = () =>
      openDB<HistoryDB>(name, HISTORY_DB_VERSION, {
        upgrade: (db) => {
          if (!db.objectStoreNames.contains('history')) {
            db.createObjectStore('history', { keyPath: 'url' }).createIndex('lastSeen', 'lastSeen');
          }
        },
        blocking: () => history.close(),
        terminated: () => {
          history.db = null;
        },
      });
    try {
      if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
      try {
        history.db = await open();
      } catch (error) {
        // A newer PolicyLens left a higher version: its rows may have another shape; start over.
        if ((error as { name?: unknown } | null)?.name !== 'VersionError') throw error;
        await deleteDB(name);
        history.db = await open();
      }
    } catch (error) {
      onError('cannot open the version history; changes will not be tracked', error);
    }
    return history;
  }

  async get(url: string): Promise<HistoryRow | undefined> {
    if (!this.db) return undefined;
    const key = cacheKey(url);
    try {
      const row: unknown = await this.db.get('history', key);
      if (row === undefined) return undefined;
      if (isRow(row) && row.url === key) return row;
      this.onError(`dropped a damaged history row for ${key}`, null);
      await this.db.delete('history', key);
    } catch (error) {
      this.onError('cannot read the version history', error);
    }
    return undefined;
  }

  /**
   * Notes that the person met this text at this URL. A text already the newest changes nothing; a new one
   * is appended (the oldest beyond MAX_VERSIONS goes) and the version before it is returned for the diff.
   */
  async record(url: string, textHash: string, text: string): Promise<Recorded> {
    const row = await this.get(url);
    const now = this.now();
    const previous = row?.versions.at(-1);
    if (row && previous?.textHash === textHash) {
      row.lastSeen = now;
      await this.write(row);
      return { isNew: false };
    }
    const version: SeenVersion = { textHash, seenAt: now, text: text.slice(0, MAX_TEXT_CHARS) };
    const versions = [...(row?.versions ?? []).filter((v) => v.textHash !== textHash), version];
    const next: HistoryRow = { url: cacheKey(url), lastSeen: now, versions: versions.slice(-MAX_VERSIONS) };
    if (row?.change) next.change = row.change;
    await this.write(next);
    await this.evictOverflow();
    return previous ? { previous, isNew: true } : { isNew: true };
  }

  /** Keeps the change found for the newest version, replacing any earlier one. */
  async setChange(url: string, change: PolicyChange): Promise<void> {
    const row = await this.get(url);
    if (!row) return;
    row.change = change;
    await this.write(row);
  }

  /** The change the person has not looked at yet, if any. */
  async unseenChange(url: string): Promise<PolicyChange | undefined> {
    const change = (await this.get(url))?.change;
    return change && !change.seen ? change : undefined;
  }

  async markSeen(url: string): Promise<void> {
    const row = await this.get(url);
    if (!row?.change || row.change.seen) return;
    row.change.seen = true;
    await this.write(row);
  }

  /** How many versions are recorded per URL, for the options page. */
  async counts(): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!this.db) return out;
    try {
      for (const row of await this.db.getAll('history'))
        if (isRow(row)) out.set(row.url, row.versions.length);
    } catch (error) {
      this.onError('cannot read the version history', error);
    }
    return out;
  }

  /** Drops the URLs last seen more than `days` days ago (the "keep saved summaries" setting); returns how many. */
  async deleteOlderThan(days: number): Promise<number> {
    if (!this.db) return 0;
    const cutoff = this.now() - days * 86_400_000;
    let removed = 0;
    try {
      const tx = this.db.transaction('history', 'readwrite');
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

  async delete(url: string): Promise<void> {
    await this.db?.delete('history', cacheKey(url)).catch((e) => this.onError('cannot delete history', e));
  }

  async clear(): Promise<void> {
    await this.db?.clear('history').catch((e) => this.onError('cannot clear the version history', e));
  }

  async count(): Promise<number> {
    return this.db ? this.db.count('history') : 0;
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }

  private async write(row: HistoryRow): Promise<void> {
    try {
      await this.db?.put('history', row);
    } catch (error) {
      this.onError('cannot write to the version history', error);
    }
  }

  private async evictOverflow(): Promise<void> {
    const db = this.db;
    if (!db) return;
    try {
      let excess = (await db.count('history')) - this.maxUrls;
      if (excess <= 0) return;
      const tx = db.transaction('history', 'readwrite');
      let cursor = await tx.store.index('lastSeen').openCursor();
      while (cursor && excess > 0) {
        await cursor.delete();
        excess--;
        cursor = await cursor.continue();
      }
      await tx.done;
    } catch (error) {
      this.onError('cannot evict from the version history', error);
    }
  }
}
