// The one place where messages between the extension's parts are typed. Two messengers, because the
// background and the content script each listen for their own messages: @webext-core/messaging allows one
// listener per type per context, and a context ignores types it has no listener for.

import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { CacheListItem } from '../db/cache';
import type { PolicyDiff } from '../engine/diff';
import type { Grade } from '../engine/ids';
import type { Summary } from '../engine/types';
import type { BadgeNode } from '../lib/badge-nodes';

/** The most page HTML sent to the background (the background rejects more). Policies run 50–500 KB. */
export const MAX_HTML_CHARS = 3_000_000;

/** What the content script's detector concluded about a page. */
export interface PageDetection {
  isPolicy: boolean;
  confidence: number;
  reasons: string[];
}

export interface PrivacyLink {
  href: string;
  text: string;
}

/** The page as the content script sees it: its HTML (capped) and what detection said. */
export interface PageReport {
  url: string;
  title: string;
  html: string;
  /** The HTML was cut at the cap before sending. */
  htmlCut: boolean;
  /** Characters of the page's text left out as hidden (content/rendered-page.ts); the summary warns of them. */
  hidden?: number;
  detection: PageDetection;
  privacyLinks: PrivacyLink[];
}

/** A page the content script cannot hand over (a PDF, an image, a plain-text file). */
export interface UnreadablePage {
  /**
   * Why, as a fact: the page's protocol ("file:") or media type ("application/pdf"). The background words
   * it for the popup (background/validate.ts), which keeps the sentences out of the content script.
   */
  unreadable: string;
}

/** Content script → background after each check (load and in-page navigation). */
export interface PageChecked {
  url: string;
  title: string;
  isPolicy: boolean;
  /** Sent only when the page looks like a policy, so that the badge can show its grade. */
  html?: string;
  /** The HTML was cut at the cap before sending (the summary then says so). */
  htmlCut?: boolean;
  /** Characters of text left out as hidden, with the HTML (the summary then says so). */
  hidden?: number;
}

export type TabSummary =
  | {
      state: 'summary';
      summary: Summary;
      /** True when the cached summary was served and the engine did not run. */
      fromCache: boolean;
      /** ISO time of the analysis (the original one when served from the cache). */
      analysedAt: string;
      /** What changed since the version the person saw before (ISO date of that one), shown once. */
      change?: { since: string; diff: PolicyDiff };
    }
  | {
      state: 'not-policy';
      url: string;
      title: string;
      confidence: number;
      privacyLinks: PrivacyLink[];
    }
  | { state: 'unreadable'; reason: string };

export interface SummariseTabRequest {
  tabId: number;
  /** Analyse even though detection says the page is not a policy ("Analyse anyway"). */
  force?: boolean;
}

/** A link the person hovers or focuses: only its resolved href and the page it is on. */
export interface LinkRequest {
  href: string;
  pageUrl: string;
}

/** A linked page on the sending page's own site, fetched by the content script (no extra permission). */
export interface LinkedPage extends LinkRequest {
  /** The URL after redirects. */
  finalUrl: string;
  body: string;
  kind: 'html' | 'text';
  cut: boolean;
}

export interface TopAnswer {
  question: string;
  answer: 'yes' | 'no';
  /** The rubric's words for this answer ("Does not sell your data"). */
  text: string;
  good: boolean;
}

/** What the hover badge shows. `fetch-in-page` asks the content script to fetch a same-site link itself. */
/** `nodes`: what the badge shows, written by the background (lib/badge-nodes.ts), for every state that shows one. */
export type LinkBadge = { nodes?: BadgeNode[] } & (
  | {
      state: 'graded';
      url: string;
      title: string;
      grade: Grade;
      score: number;
      top: TopAnswer[];
      /** The policy's text differs from the version the person saw before, and they have not looked yet. */
      changed?: boolean;
    }
  | { state: 'not-a-policy'; url: string }
  | { state: 'needs-permission'; origin: string }
  | { state: 'error'; message: string }
  | { state: 'fetch-in-page' }
  | { state: 'off' }
);

/** Messages the background answers. */
export interface BackgroundProtocol {
  pageChecked(data: PageChecked): { grade: string | null };
  summariseTab(data: SummariseTabRequest): TabSummary;
  /** Content script: the badge for a hovered link (from the cache, or fetched now). */
  linkSummary(data: LinkRequest): LinkBadge;
  /** Content script: a same-site linked page it fetched, to analyse. */
  linkPage(data: LinkedPage): LinkBadge;
  /** Content script: open popup.html?url=… in a new tab. */
  openFullSummary(data: LinkRequest): void;
  /** Content script: open the page that asks for access to the link's site. */
  askSiteAccess(data: LinkRequest): void;
  /** Content script: switch link badges off on the sending page's site. */
  hideBadgesOnSite(data: { pageUrl: string }): void;
  /** Extension page (popup.html?url=…): the saved summary of a URL. */
  summaryForUrl(data: { url: string }): TabSummary;
  /** Options page: the saved summaries, newest first, each with the versions the history holds of it. */
  listSaved(): SavedSummaries;
  /** Options page: one saved summary, whatever engine made it (scored with the current rubric). */
  openSaved(data: { url: string }): TabSummary;
  /** Options page: delete one saved summary and the recorded versions of its policy. */
  deleteSaved(data: { url: string }): void;
  /** Options page: delete every saved summary (the version history stays). */
  clearSaved(): void;
  /** Options page: delete every recorded version of every policy. */
  clearHistory(): void;
  /** Options page, after "keep for" changed: delete the summaries and versions older than it. */
  pruneSaved(): void;
}

export type BackgroundMessage = keyof BackgroundProtocol;
/** What a message of this type carries, and what the background answers to it. */
export type BackgroundPayload<K extends BackgroundMessage> = GetDataType<BackgroundProtocol[K]>;
export type BackgroundReply<K extends BackgroundMessage> = GetReturnType<BackgroundProtocol[K]>;

/**
 * Every message type of BackgroundProtocol, for what needs them at run time (the background's wiring, the
 * tests). `satisfies` refuses a type the protocol lacks; `EVERY_TYPE_LISTED` refuses a missing one.
 */
export const BACKGROUND_MESSAGE_TYPES = [
  'pageChecked',
  'summariseTab',
  'linkSummary',
  'linkPage',
  'openFullSummary',
  'askSiteAccess',
  'hideBadgesOnSite',
  'summaryForUrl',
  'listSaved',
  'openSaved',
  'deleteSaved',
  'clearSaved',
  'clearHistory',
  'pruneSaved',
] as const satisfies readonly (keyof BackgroundProtocol)[];

type UnlistedType = Exclude<keyof BackgroundProtocol, (typeof BACKGROUND_MESSAGE_TYPES)[number]>;
/** Fails to compile while a type of BackgroundProtocol is missing from BACKGROUND_MESSAGE_TYPES. */
export const EVERY_TYPE_LISTED: [UnlistedType] extends [never] ? true : UnlistedType = true;

/** A saved summary as the options page lists it: no summary body, and how many versions are recorded. */
export type SavedRow = CacheListItem & { versions: number };

export interface SavedSummaries {
  rows: SavedRow[];
  /** How many policies the version history holds versions of (saved here or not). */
  recordedPolicies: number;
  /** False when the background has no database (IndexedDB missing, failing or blocked): nothing is kept. */
  available: boolean;
}

/** Messages the content script answers; only the extension's own pages send them. */
export interface ContentProtocol {
  getPage(): PageReport | UnreadablePage;
  /** The page's address, so the background can serve the popup from what it kept for this tab. */
  getPageUrl(): { url: string };
  highlightQuote(data: { text: string }): { found: boolean };
}
