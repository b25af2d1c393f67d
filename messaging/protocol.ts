// The one place where messages between the extension's parts are typed. Two messengers, because the
// background and the content script each listen for their own messages: @webext-core/messaging allows one
// listener per type per context, and a context ignores types it has no listener for.

import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Summary } from '../engine/types';

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
  detection: PageDetection;
  privacyLinks: PrivacyLink[];
}

/** A page the content script cannot hand over (a PDF, an image, a plain-text file). */
export interface UnreadablePage {
  unreadable: string;
}

/** Content script → background after each check (load and in-page navigation). */
export interface PageChecked {
  url: string;
  title: string;
  isPolicy: boolean;
  /** Sent only when the page looks like a policy, so that the badge can show its grade. */
  html?: string;
}

export const TAB_SUMMARY_STATES = ['summary', 'not-policy', 'unreadable'] as const;

export type TabSummary =
  | {
      state: 'summary';
      summary: Summary;
      /** True when the cached summary was served and the engine did not run. */
      fromCache: boolean;
      /** ISO time of the analysis (the original one when served from the cache). */
      analysedAt: string;
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

/** Messages the background answers. */
export interface BackgroundProtocol {
  pageChecked(data: PageChecked): { grade: string | null };
  summariseTab(data: SummariseTabRequest): TabSummary;
}

/** Messages the content script answers; only the extension's own pages send them. */
export interface ContentProtocol {
  getPage(): PageReport | UnreadablePage;
  highlightQuote(data: { text: string }): { found: boolean };
}

export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();
export const contentMessenger = defineExtensionMessaging<ContentProtocol>();
