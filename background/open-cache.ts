// Opening the cache is also when old entries go: the worker starts often enough (MV3 stops it when idle)
// that "keep for N days" needs no alarm, and so no `alarms` permission.

import { OPEN_TIMEOUT_MS, SummaryCache } from '../db/cache';
import { VersionHistory } from '../db/versions';
import { loadSettings } from '../settings/settings';

/**
 * Resolves within about `timeoutMs`, always: with the database, or (IndexedDB missing, failing, or blocked
 * by another context) with a cache that has none, so that every summary is computed fresh and shown.
 */
export async function openCacheAndPrune(timeoutMs = OPEN_TIMEOUT_MS): Promise<SummaryCache> {
  const cache = await SummaryCache.openWithin(timeoutMs);
  try {
    const { keepDays } = await loadSettings();
    await cache.deleteOlderThan(keepDays);
  } catch (error) {
    console.warn('PolicyLens: cannot prune the summary cache', error);
  }
  return cache;
}

/** The version history, pruned by the same "keep for N days" as the cache; never rejects. */
export async function openHistoryAndPrune(): Promise<VersionHistory> {
  const history = await VersionHistory.open();
  try {
    await history.deleteOlderThan((await loadSettings()).keepDays);
  } catch (error) {
    console.warn('PolicyLens: cannot prune the version history', error);
  }
  return history;
}
