// The handlers of the page's reports and of the popup's tab summary, as plain functions of (payload, sender,
// deps). They get what background/messages.ts has already checked: the sender's kind and the payload.

import { cacheKey, type SummaryCache, TOUCH_AFTER_MS } from '../db/cache';
import type { PolicyChange, VersionHistory } from '../db/versions';
import type { Grade } from '../engine/ids';
import type { Summary } from '../engine/types';
import type { PageChecked, SummariseTabRequest, TabSummary } from '../messaging/protocol';
import { type BadgeState, badgeState } from './badge';
import { changeTitle, trackChange } from './changes';
import { sha256Hex, summarisePage } from './summarise';
import { summaryReply } from './summary-reply';
import { createTabCoalescer, type TabCoalescer } from './tab-coalescer';
import {
  type ContentScriptSender,
  type ExtensionIdentity,
  type ExtensionPageSender,
  parsePageReport,
  parsePageUrl,
} from './validate';

export interface BackgroundDeps {
  self: ExtensionIdentity;
  /** Resolves once the database is open; every handler awaits it (MV3 may wake the worker for a message). */
  ready: Promise<SummaryCache>;
  setBadge: (tabId: number, state: BadgeState, change?: { title: string; changed: boolean }) => Promise<void>;
  /** The versions of each policy the person has seen; without it no change is tracked. */
  history?: Promise<VersionHistory>;
  /** Asks the tab's content script for its page; rejects when no content script answers. */
  requestPage: (tabId: number) => Promise<unknown>;
  /** Asks the tab's content script for its address only (cheap: no HTML). */
  requestPageUrl: (tabId: number) => Promise<unknown>;
  /** What was last analysed in each tab, so the popup is answered without the page's HTML. */
  tabs: Map<number, KeptTab>;
}

export interface KeptTab {
  url: string;
  textHash: string;
  /** For an automatic report: SHA-256 of the HTML it sent and the grade it got, so the same page again is
   * answered without extracting it (even with no cache to ask). */
  htmlHash?: string;
  grade?: Grade | null;
}

/** What a tab's content script reported: a policy's HTML, or no HTML for a page that is not one. */
interface ReportedPage {
  url: string;
  title: string;
  html?: string;
  htmlCut?: boolean;
  hidden?: number;
}

// One coalescer per set of deps (one per worker; one per unit test): at most one analysis in flight per tab.
const reportQueues = new WeakMap<BackgroundDeps, TabCoalescer<ReportedPage, Grade | null>>();

function reportQueue(deps: BackgroundDeps): TabCoalescer<ReportedPage, Grade | null> {
  let queue = reportQueues.get(deps);
  if (!queue) {
    queue = createTabCoalescer((tabId, page) => gradeReportedPage(tabId, page, deps));
    reportQueues.set(deps, queue);
  }
  return queue;
}

export const UNREADABLE_REASON =
  'PolicyLens cannot read this page. Browser pages, extension pages, the extension store and PDFs are off limits; a tab opened before PolicyLens was installed needs a reload.';

/** `page` is on the sender's own origin (validate.ts parseReportedPage). */
export async function handlePageChecked(
  page: PageChecked,
  { tabId }: ContentScriptSender,
  deps: BackgroundDeps,
): Promise<{ grade: Grade | null }> {
  // A page that is no longer a policy goes through the same queue, so that an analysis still running for
  // the tab cannot put its grade back on the badge after it was cleared.
  const html = page.isPolicy ? page.html : undefined;
  const grade = await reportQueue(deps).submit(tabId, {
    url: page.url,
    title: page.title,
    ...(html === undefined ? {} : { html, htmlCut: page.htmlCut === true, hidden: page.hidden ?? 0 }),
  });
  // null also when a later report of this tab replaced this one before it was read: that one sets the badge.
  return { grade };
}

/** Analyses (or finds) the summary of a page the tab's content script reported, and shows its grade. */
async function gradeReportedPage(
  tabId: number,
  page: ReportedPage,
  deps: BackgroundDeps,
): Promise<Grade | null> {
  if (page.html === undefined) {
    deps.tabs.delete(tabId);
    await deps.setBadge(tabId, null);
    return null;
  }
  const htmlHash = await sha256Hex(page.html);
  const kept = deps.tabs.get(tabId);
  if (kept?.htmlHash === htmlHash && kept.grade !== undefined && cacheKey(kept.url) === cacheKey(page.url)) {
    return kept.grade;
  }
  const cache = await deps.ready;
  const { summary, textHash, text } = await summarisePage({ ...page, html: page.html }, cache);
  const state = badgeState(summary);
  const grade = state === 'not-graded' ? null : state;
  deps.tabs.set(tabId, { url: page.url, textHash, htmlHash, grade });
  const change = await changeOf(summary, text, textHash, deps);
  await deps.setBadge(tabId, state, change ? { title: changeTitle(change), changed: true } : undefined);
  return grade;
}

export async function handleSummariseTab(
  { tabId, force }: SummariseTabRequest,
  _sender: ExtensionPageSender,
  deps: BackgroundDeps,
): Promise<TabSummary> {
  // The change waiting to be seen is read while the summary is: neither needs the other, and the reply
  // waited for both one after the other (1-9 ms of IndexedDB, bench/popup.ts's scratch timeline).
  const known = deps.tabs.get(tabId);
  const early = known ? { url: known.url, change: unseenChange(known.url, deps) } : undefined;
  const kept = await keptSummary(tabId, deps);
  if (kept) return withChange(tabId, kept, deps, early);
  let raw: unknown;
  try {
    raw = await deps.requestPage(tabId);
  } catch {
    return { state: 'unreadable', reason: UNREADABLE_REASON };
  }
  const report = parsePageReport(raw);
  if ('unreadable' in report) return { state: 'unreadable', reason: report.unreadable };
  if (!report.detection.isPolicy && !force) {
    return {
      state: 'not-policy',
      url: report.url,
      title: report.title,
      confidence: report.detection.confidence,
      privacyLinks: report.privacyLinks,
    };
  }
  const cache = await deps.ready;
  const { textHash, text, ...result } = await summarisePage(report, cache);
  deps.tabs.set(tabId, { url: report.url, textHash });
  await changeOf(result.summary, text, textHash, deps);
  if (report.detection.isPolicy) await deps.setBadge(tabId, badgeState(result.summary));
  return withChange(tabId, result, deps);
}

/**
 * Records this text in the history and returns the change waiting to be seen; none without a history, and
 * none for a page that the engine does not read as an English policy (it is not recorded either).
 */
async function changeOf(
  summary: Summary,
  text: string,
  textHash: string,
  deps: BackgroundDeps,
): Promise<PolicyChange | undefined> {
  const url = summary.source.url;
  if (!deps.history || !url || !summary.isPolicy || !summary.language.english) return undefined;
  try {
    return await trackChange(await deps.history, url, text, textHash);
  } catch (error) {
    // The change view is extra: a failed diff or history must not cost the summary.
    console.warn('PolicyLens: cannot track changes of this policy', error);
    return undefined;
  }
}

/**
 * The popup's answer with the change the person has not seen yet, which opening the popup marks as seen:
 * the badge's dot and the tooltip go back to the grade alone.
 */
async function withChange(
  tabId: number,
  result: TabSummary,
  deps: BackgroundDeps,
  early?: { url: string; change: Promise<PolicyChange | undefined> },
): Promise<TabSummary> {
  if (result.state !== 'summary' || !deps.history || !result.summary.source.url) return result;
  const url = result.summary.source.url;
  try {
    const history = await deps.history;
    const change = await (early && cacheKey(early.url) === cacheKey(url)
      ? early.change
      : unseenChange(url, deps));
    if (!change) return result;
    // The reply does not need the mark or the badge (7–12 ms of IndexedDB and badge calls): both follow it.
    const summary = result.summary;
    seenMarks.set(
      deps,
      history
        .markSeen(url)
        .then(() => deps.setBadge(tabId, badgeState(summary)))
        .catch((error: unknown) => console.warn('PolicyLens: cannot mark the change seen', error)),
    );
    return { ...result, change: { since: new Date(change.since).toISOString(), diff: change.diff } };
  } catch (error) {
    console.warn('PolicyLens: cannot read the change of this policy', error);
    return result;
  }
}

// The marking of the last change shown, per set of deps; it never rejects.
const seenMarks = new WeakMap<BackgroundDeps, Promise<void>>();

/** The change of `url` not seen yet; none without a history or when it cannot be read (never rejects). */
async function unseenChange(url: string, deps: BackgroundDeps): Promise<PolicyChange | undefined> {
  try {
    if (!deps.history) return undefined;
    const history = await deps.history;
    // A popup opened while the last one's change is still being marked seen must not show it again.
    await seenMarks.get(deps);
    return await history.unseenChange(url);
  } catch (error) {
    console.warn('PolicyLens: cannot read the change of this policy', error);
    return undefined;
  }
}

/**
 * The summary this tab's page already got (on its automatic analysis or an earlier popup), if the tab still
 * shows the same address and the cache still holds that text's summary (the person may have deleted it).
 * This spares the content script serialising the page and the engine re-extracting and re-hashing it.
 */
async function keptSummary(tabId: number, deps: BackgroundDeps): Promise<TabSummary | null> {
  const kept = deps.tabs.get(tabId);
  if (!kept) return null;
  // The tab's address and the cache are asked at once: neither needs the other's answer.
  const [url, entry] = await Promise.all([
    deps.requestPageUrl(tabId).then(parsePageUrl, () => null),
    deps.ready.then((cache) => cache.getFresh(kept.url, kept.textHash, { touchAfterMs: TOUCH_AFTER_MS })),
  ]);
  if (url === null || cacheKey(url) !== cacheKey(kept.url)) return null;
  return entry ? summaryReply(entry) : null;
}
