// Page HTML → text → summary, served from the cache when the same text was already analysed by the
// same engine and rubric.

import type { SummaryCache } from '../db/cache';
import { htmlToText } from '../engine/html-to-text';
import { analyze } from '../rules/engine';
import { type SummaryReply, summaryReply } from './summary-reply';

/** The popup's answer, and what the background keeps of the page beside it. */
export interface SummaryResult extends SummaryReply {
  /** SHA-256 of the analysed text: what the background keeps per tab to answer the popup at once. */
  textHash: string;
  /** The extracted text, for the version history; never sent to the popup. */
  text: string;
}

export interface PageInput {
  url: string;
  title: string;
  html: string;
  htmlCut?: boolean;
  /** Characters of the page's text the content script left out as hidden. */
  hidden?: number;
  /** A text/plain page is analysed as it is, not parsed as HTML. */
  kind?: 'html' | 'text';
}

/**
 * Hidden text worth telling of: a hidden menu label or "Skip to content" is not; a collapsed section is.
 * Collapsed sections a control says it opens (<details>, aria-expanded buttons, tabs) were read; these were
 * not (content/rendered-page.ts, docs/limits.md).
 */
export const HIDDEN_WARNING_CHARS = 200;

export const hiddenWarning = (chars: number) =>
  `The page keeps about ${chars.toLocaleString('en')} characters of text out of sight (collapsed with no button that says it opens them, or hidden); they were not read.`;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function summarisePage(page: PageInput, cache: SummaryCache): Promise<SummaryResult> {
  const extracted =
    page.kind === 'text' ? { text: page.html, truncated: false, title: undefined } : htmlToText(page.html);
  const textHash = await sha256Hex(extracted.text);
  const cached = await cache.getFresh(page.url, textHash);
  if (cached) return { ...summaryReply(cached), textHash, text: extracted.text };
  const title = page.title.trim() || extracted.title?.trim() || '';
  const summary = analyze(extracted.text, { url: page.url, ...(title ? { title } : {}) });
  if (page.htmlCut || extracted.truncated) {
    summary.warnings.push('The page is very long; only its first part was read.');
  }
  if ((page.hidden ?? 0) >= HIDDEN_WARNING_CHARS) summary.warnings.push(hiddenWarning(page.hidden ?? 0));
  const entry = await cache.put(page.url, textHash, summary);
  return { ...summaryReply(entry, false), textHash, text: extracted.text };
}
