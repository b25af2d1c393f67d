// Opening the cache is also when old entries go: the worker starts often enough (MV3 stops it when idle)
// that "keep for N days" needs no alarm, and so no `alarms` permission.

import { SummaryCache } from '../db/cache';
import { loadSettings } from '../settings/settings';

export async function openCacheAndPrune(): Promise<SummaryCache> {
  const cache = await SummaryCache.open();
  const { keepDays } = await loadSettings();
  await cache.deleteOlderThan(keepDays);
  return cache;
}
