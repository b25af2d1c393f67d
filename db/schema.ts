// The IndexedDB schema of the summary cache, versioned. Each version's step in `upgradeSchema` runs once,
// in order, so a browser that skipped versions still ends up with the current shape.

import type { DBSchema, IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { PolicyDiff } from '../engine/diff';
import { ANSWERS, CATEGORY_IDS, GRADES, type Grade, QUESTION_IDS } from '../engine/ids';
import type { Summary } from '../engine/types';
import { summaryBytes } from './summary-size';

export const DB_NAME = 'policylens';
/**
 * v1: summaries keyed by URL, index on lastUsed. v2: index on analysedAt (for "keep for N days"). v3: each
 * row names its site (the URL's host) and an index on [site, lastUsed] finds a site's least recently used
 * entry, so that one site's pages cannot push every other site's summaries out. v4: each row carries its
 * summary's weight in bytes and an index on it sums the cache's weight without reading the summaries. v5:
 * the versions of each policy the person has seen, a `versions` store keyed by the same URL, so that they
 * count against the same budget and go in the same transaction as their summary (they were a database of
 * their own, `policylens-versions`, which the upgrade deletes: see db/open.ts).
 */
export const DB_VERSION = 5;

/** The site a cache entry counts against: the host, so http and https of one site share a cap. */
export function siteOf(url: string): string {
  return new URL(url).host;
}

export interface CacheEntry {
  /** The page URL without its #fragment. */
  url: string;
  /** `siteOf(url)`, stored so that the [site, lastUsed] index can rank one site's entries. */
  site: string;
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
  /** The stored summary's weight as UTF-8 JSON (db/summary-size.ts), counted against the cache's budget. */
  bytes: number;
}

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

/** The versions of one policy URL the person has seen; kept only while the cache holds its summary. */
export interface HistoryRow {
  /** The same key as the URL's cache entry (`cacheKey`). */
  url: string;
  lastSeen: number;
  /** Oldest first. */
  versions: SeenVersion[];
  change?: PolicyChange;
  /** `versions.length`, indexed, so that the options page counts them without reading every text. */
  count: number;
  /** The row's weight as UTF-8 JSON, counted against the cache's budget with the summaries'. */
  bytes: number;
}

export interface PolicyLensDB extends DBSchema {
  summaries: {
    key: string;
    value: CacheEntry;
    indexes: { lastUsed: number; analysedAt: number; siteLastUsed: [string, number]; bytes: number };
  };
  versions: {
    key: string;
    value: HistoryRow;
    indexes: { lastSeen: number; bytes: number; count: number };
  };
}

export type StoreName = StoreNames<PolicyLensDB>;

/**
 * Each step runs once, in order. The steps also repair: a database whose store or index went missing (a
 * failed upgrade, a hand-edited profile) gets them back, because each step checks before it creates.
 */
export function upgradeSchema(
  db: IDBPDatabase<PolicyLensDB>,
  oldVersion: number,
  tx: IDBPTransaction<PolicyLensDB, StoreName[], 'versionchange'>,
): void {
  // v1: the store. Also created when missing whatever the old version says.
  if (oldVersion < 1 || !db.objectStoreNames.contains('summaries')) {
    db.createObjectStore('summaries', { keyPath: 'url' });
  }
  const store = tx.objectStore('summaries');
  // v1 → v2 adds the analysedAt index; v1 rows already carry analysedAt, so they are kept and indexed.
  for (const index of ['lastUsed', 'analysedAt'] as const) {
    if (!store.indexNames.contains(index)) store.createIndex(index, index);
  }
  // v2 → v3: rows gain `site` and the [site, lastUsed] index. Existing rows are kept: each is given its site
  // inside the upgrade transaction (a row without one would be missing from the index, so never counted
  // against its site's cap). A row whose URL does not parse is left as it is: reading it drops it.
  const addSite = !store.indexNames.contains('siteLastUsed');
  if (addSite) store.createIndex('siteLastUsed', ['site', 'lastUsed']);
  // v3 → v4: rows gain `bytes` and its index, in the upgrade transaction, for the same reason.
  const addBytes = !store.indexNames.contains('bytes');
  if (addBytes) store.createIndex('bytes', 'bytes');
  // One pass for both: two cursors rewriting the same rows would each write back the other's old row.
  if (addSite || addBytes) {
    void completeRows(store).catch((error: unknown) =>
      console.warn('PolicyLens: cannot complete the rows of an older version', error),
    );
  }
  // v4 → v5: the versions store, empty (the older rows of versions were in a database of their own).
  if (!db.objectStoreNames.contains('versions')) db.createObjectStore('versions', { keyPath: 'url' });
  const versions = tx.objectStore('versions');
  for (const index of ['lastSeen', 'bytes', 'count'] as const) {
    if (!versions.indexNames.contains(index)) versions.createIndex(index, index);
  }
}

type UpgradeStore = IDBPObjectStore<PolicyLensDB, StoreName[], 'summaries', 'versionchange'>;

/** Gives each older row the `site` and `bytes` it lacks. */
async function completeRows(store: UpgradeStore): Promise<void> {
  let cursor = await store.openCursor();
  while (cursor) {
    const row: unknown = cursor.value;
    if (isRow(row)) {
      const added: Partial<CacheEntry> = {};
      if (isString(row.url) && !isString(row.site) && URL.canParse(row.url)) added.site = siteOf(row.url);
      if (!isNumber(row.bytes) && isStoredSummary(row.summary)) added.bytes = summaryBytes(row.summary);
      if (Object.keys(added).length > 0) await cursor.update({ ...(row as unknown as CacheEntry), ...added });
    }
    cursor = await cursor.continue();
  }
}

// A row is read back from disk, where another version of PolicyLens, a crash mid-write or a person with
// DevTools may have left anything: it is checked before anything of it is shown, and recomputed if wrong.

type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isArrayOf = (value: unknown, check: (item: unknown) => boolean): boolean =>
  Array.isArray(value) && value.every(check);
const isQuote = (value: unknown): boolean =>
  isRow(value) && isString(value.text) && isNumber(value.start) && isNumber(value.end);
const oneOf = (values: readonly string[], value: unknown): boolean =>
  isString(value) && values.includes(value);

/** Whether a stored summary has every field the popup, the badge and the export read, with their types. */
export function isStoredSummary(value: unknown): value is Summary {
  if (!isRow(value)) return false;
  const { answers, categories, language, source, stats } = value;
  return (
    isString(value.engine) &&
    isString(value.rubric) &&
    typeof value.isPolicy === 'boolean' &&
    isNumber(value.policyConfidence) &&
    isNumber(value.score) &&
    oneOf(GRADES, value.grade) &&
    isArrayOf(value.warnings, isString) &&
    isRow(language) &&
    typeof language.english === 'boolean' &&
    isRow(source) &&
    (source.title === undefined || isString(source.title)) &&
    (source.url === undefined || isString(source.url)) &&
    isRow(stats) &&
    isArrayOf(value.scoreLines, (line) => isRow(line) && isString(line.reason) && isNumber(line.points)) &&
    isArrayOf(value.dataTypes, isString) &&
    isArrayOf(value.dataTypeEvidence, isQuote) &&
    isRow(answers) &&
    QUESTION_IDS.every((id) => {
      const answer = answers[id];
      return isRow(answer) && oneOf(ANSWERS, answer.answer) && isArrayOf(answer.evidence, isQuote);
    }) &&
    isRow(categories) &&
    CATEGORY_IDS.every((id) => {
      const category = categories[id];
      return (
        isRow(category) && typeof category.mentioned === 'boolean' && isArrayOf(category.clauses, isQuote)
      );
    })
  );
}

/** Whether a row read from the store is a whole cache entry; anything else is dropped and recomputed. */
export function isCacheEntry(value: unknown): value is CacheEntry {
  return (
    isRow(value) &&
    isString(value.url) &&
    isString(value.site) &&
    isString(value.textHash) &&
    isString(value.engine) &&
    isString(value.rubric) &&
    isNumber(value.analysedAt) &&
    isNumber(value.lastUsed) &&
    isString(value.title) &&
    oneOf(GRADES, value.grade) &&
    isNumber(value.score) &&
    isNumber(value.bytes) &&
    isStoredSummary(value.summary)
  );
}

const isVersion = (value: unknown): boolean =>
  isRow(value) && isString(value.textHash) && isNumber(value.seenAt) && isString(value.text);

/** Whether a row read from the versions store is whole; anything else is dropped. */
export function isHistoryRow(value: unknown): value is HistoryRow {
  if (!isRow(value)) return false;
  const { change } = value;
  return (
    isString(value.url) &&
    isNumber(value.lastSeen) &&
    isNumber(value.bytes) &&
    isArrayOf(value.versions, isVersion) &&
    value.count === (value.versions as unknown[]).length &&
    (change === undefined ||
      (isRow(change) &&
        isNumber(change.since) &&
        typeof change.seen === 'boolean' &&
        isRow(change.diff) &&
        change.diff.kind === 'policy-diff'))
  );
}
