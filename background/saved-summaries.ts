// The options page's side of the background: the saved summaries and the version history, which only the
// background opens (one owner per store: no second context holds the databases open, blocks an upgrade or
// writes behind the background's back). Senders and payloads are checked before these run
// (background/messages.ts).

import type { SummaryCache } from '../db/cache';
import type { VersionHistory } from '../db/versions';
import type { SavedSummaries, TabSummary } from '../messaging/protocol';
import type { Settings } from '../settings/settings';
import { summaryReply } from './summary-reply';

export interface SavedDeps {
  ready: Promise<SummaryCache>;
  history?: Promise<VersionHistory>;
  loadSettings: () => Promise<Pick<Settings, 'keepDays'>>;
}

export const NO_LONGER_SAVED = 'This summary is no longer saved: it was deleted or it expired.';

export async function listSaved(deps: SavedDeps): Promise<SavedSummaries> {
  const cache = await deps.ready;
  const counts = deps.history ? await (await deps.history).counts() : new Map<string, number>();
  const rows = (await cache.list()).map((row) => ({ ...row, versions: counts.get(row.url) ?? 0 }));
  return { rows, recordedPolicies: counts.size, available: cache.available };
}

/** Any engine's entry (the list shows them all), scored with the current rubric by the cache. */
export async function openSaved({ url }: { url: string }, deps: SavedDeps): Promise<TabSummary> {
  const entry = await (await deps.ready).get(url);
  return entry ? summaryReply(entry) : { state: 'unreadable', reason: NO_LONGER_SAVED };
}

/** A policy deleted here goes with its recorded versions. */
export async function deleteSaved({ url }: { url: string }, deps: SavedDeps): Promise<void> {
  await (await deps.ready).delete(url);
  await (await deps.history)?.delete(url);
}

/** Every saved summary, and the versions recorded beside them (they live in one database, db/versions.ts). */
export async function clearSaved(deps: SavedDeps): Promise<void> {
  await (await deps.ready).clear();
}

export async function clearHistory(deps: SavedDeps): Promise<void> {
  await (await deps.history)?.clear();
}

/** What "keep for N days" says now, applied to both stores (the options page calls it after saving). */
export async function pruneSaved(deps: SavedDeps): Promise<void> {
  const { keepDays } = await deps.loadSettings();
  await (await deps.ready).deleteOlderThan(keepDays);
  await (await deps.history)?.deleteOlderThan(keepDays);
}
