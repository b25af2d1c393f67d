// The popup's and the options page's answer for a summary that a cache entry holds: written once, so that
// every path (the tab's kept summary, popup.html?url=, the options page, a fresh analysis) answers alike.

import type { CacheEntry } from '../db/schema';
import type { TabSummary } from '../messaging/protocol';

export type SummaryReply = Extract<TabSummary, { state: 'summary' }>;

/** `fromCache` is false only for the entry an analysis has just written. */
export function summaryReply(entry: CacheEntry, fromCache = true): SummaryReply {
  return {
    state: 'summary',
    summary: entry.summary,
    fromCache,
    analysedAt: new Date(entry.analysedAt).toISOString(),
  };
}
