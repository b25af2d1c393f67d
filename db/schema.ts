// The IndexedDB schema of the summary cache, versioned. Each version's step in `upgradeSchema` runs once,
// in order, so a browser that skipped versions still ends up with the current shape.

import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { Grade } from '../engine/ids';
import type { Summary } from '../engine/types';

export const DB_NAME = 'policylens';
/** v1: summaries keyed by URL, index on lastUsed. v2: index on analysedAt (for "keep for N days"). */
export const DB_VERSION = 2;

export interface CacheEntry {
  /** The page URL without its #fragment. */
  url: string;
  /** SHA-256 (hex) of the extracted text: a changed policy at the same URL is analysed again. */
  textHash: string;
  engine: string;
  rubric: string;
  /** Epoch milliseconds. */
  analysedAt: number;
  lastUsed: number;
  title: string;
  grade: Grade;
  score: number;
  summary: Summary;
}

export interface PolicyLensDB extends DBSchema {
  summaries: {
    key: string;
    value: CacheEntry;
    indexes: { lastUsed: number; analysedAt: number };
  };
}

export function upgradeSchema(
  db: IDBPDatabase<PolicyLensDB>,
  oldVersion: number,
  tx: IDBPTransaction<PolicyLensDB, 'summaries'[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const store = db.createObjectStore('summaries', { keyPath: 'url' });
    store.createIndex('lastUsed', 'lastUsed');
  }
  if (oldVersion < 2) {
    tx.objectStore('summaries').createIndex('analysedAt', 'analysedAt');
  }
}
