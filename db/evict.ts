// Eviction shared by the summary cache and the version history: the unit is a URL, its summary and its
// versions together, always inside a readwrite transaction over both stores, so that concurrent writers
// each see what the one before them left and a URL's versions never outlive its summary.

import type { IDBPTransaction } from 'idb';
import type { PolicyLensDB } from './schema';

export type WriteTx = IDBPTransaction<PolicyLensDB, ['summaries', 'versions'], 'readwrite'>;
export const BOTH_STORES = ['summaries', 'versions'] as const satisfies ['summaries', 'versions'];

const weightOf = (row: unknown): number => {
  const bytes: unknown = (row as { bytes?: unknown } | undefined)?.bytes;
  return typeof bytes === 'number' && Number.isFinite(bytes) ? bytes : 0;
};

/** The weight of every summary and every URL's versions, summed from the bytes indexes' keys. */
export async function totalBytes(tx: WriteTx): Promise<number> {
  let total = 0;
  for (const name of BOTH_STORES) {
    let cursor = await tx.objectStore(name).index('bytes').openKeyCursor();
    while (cursor) {
      total += cursor.key;
      cursor = await cursor.continue();
    }
  }
  return total;
}

/** Deletes a URL's versions; returns the weight they had. */
async function dropVersions(tx: WriteTx, url: string): Promise<number> {
  const versions = tx.objectStore('versions');
  const row = await versions.get(url);
  if (row === undefined) return 0;
  await versions.delete(url);
  return weightOf(row);
}

/** Deletes a URL's summary and versions. */
export async function dropUrl(tx: WriteTx, url: string): Promise<void> {
  await tx.objectStore('summaries').delete(url);
  await dropVersions(tx, url);
}

/** Deletes least recently used URLs until `bytes` of them are gone, never `keep`. */
export async function dropLeastUsedBytes(tx: WriteTx, bytes: number, keep: string): Promise<void> {
  let left = bytes;
  let cursor = await tx.objectStore('summaries').index('lastUsed').openCursor();
  while (cursor && left > 0) {
    if (cursor.primaryKey !== keep) {
      left -= weightOf(cursor.value);
      await cursor.delete();
      left -= await dropVersions(tx, cursor.primaryKey);
    }
    cursor = await cursor.continue();
  }
}

/**
 * Deletes the `count` least recently used URLs (of one site when `site` is a [site, lastUsed] range, else
 * of the whole cache), never `keep`.
 */
export async function dropLeastUsed(tx: WriteTx, site: IDBKeyRange | null, count: number, keep: string) {
  let left = count;
  const summaries = tx.objectStore('summaries');
  let cursor = site
    ? await summaries.index('siteLastUsed').openCursor(site)
    : await summaries.index('lastUsed').openCursor();
  while (cursor && left > 0) {
    if (cursor.primaryKey !== keep) {
      await cursor.delete();
      await dropVersions(tx, cursor.primaryKey);
      left--;
    }
    cursor = await cursor.continue();
  }
}

/** Keeps the database within `maxBytes`: least recently used URLs go first, never `keep`. */
export async function keepWithin(tx: WriteTx, maxBytes: number, keep: string): Promise<void> {
  const overweight = (await totalBytes(tx)) - maxBytes;
  if (overweight > 0) await dropLeastUsedBytes(tx, overweight, keep);
}
