// Every message is untrusted: these checks run before any work. A page can talk to its content script's
// world only through the DOM, but a compromised renderer can send anything a content script can, so the
// content-script messages are checked as strictly as the rest.

import type { Browser } from 'wxt/browser';
import {
  type LinkedPage,
  type LinkRequest,
  MAX_HTML_CHARS,
  type PageChecked,
  type PageReport,
  type SummariseTabRequest,
  type UnreadablePage,
} from '../messaging/protocol';

const MAX_TITLE_CHARS = 2_000;
const MAX_URL_CHARS = 8_000;
const MAX_LINKS = 20;
/** Browsers' own practical limit for a link is larger, but a policy link longer than this is not one. */
export const MAX_LINK_CHARS = 2_048;

export class RejectedMessage extends Error {
  override name = 'RejectedMessage';
}

export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  origin: string;
}

export type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'tab' | 'frameId'>;

export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL_CHARS) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link to fetch: http(s), short, absolute, with no user:password@ part (which fetch refuses anyway). */
export function isFetchableUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_LINK_CHARS || !isHttpUrl(value)) return false;
  const url = new URL(value);
  return url.username === '' && url.password === '';
}

export function originOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '').origin;
  } catch {
    return null;
  }
}

/** A sender that passed assertFromContentScript: its tab and the web page it is on. */
export interface ContentScriptSender {
  tabId: number;
  url: string;
}

/** A sender that passed assertFromExtensionPage: the address of our page. */
export interface ExtensionPageSender {
  url: string;
}

/** A content script of ours, in the top frame of a web page in a tab. Returns its tab and page. */
export function assertFromContentScript(sender: Sender, self: ExtensionIdentity): ContentScriptSender {
  const tabId = sender.tab?.id;
  const url = sender.url;
  if (sender.id !== self.id) throw new RejectedMessage('message from another extension');
  if (typeof tabId !== 'number' || tabId < 0) throw new RejectedMessage('content message without a tab');
  if (sender.frameId !== undefined && sender.frameId !== 0) throw new RejectedMessage('not the top frame');
  if (!isHttpUrl(url)) throw new RejectedMessage('content message from a non-web page');
  return { tabId, url };
}

/** One of our own pages: the popup or the options page (which may be open in a tab). */
export function assertFromExtensionPage(sender: Sender, self: ExtensionIdentity): ExtensionPageSender {
  const url = sender.url;
  if (sender.id !== self.id) throw new RejectedMessage('message from another extension');
  if (typeof url !== 'string' || !url.startsWith(self.origin)) {
    throw new RejectedMessage('message not from an extension page');
  }
  return { url };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkTitle(value: unknown): string {
  if (typeof value !== 'string') throw new RejectedMessage('title must be a string');
  return value.slice(0, MAX_TITLE_CHARS);
}

function checkHtml(value: unknown): string {
  if (typeof value !== 'string') throw new RejectedMessage('html must be a string');
  if (value.length > MAX_HTML_CHARS) throw new RejectedMessage('html over the size cap');
  return value;
}

/** A message that carries nothing: anything else is a sender that does not speak our protocol. */
export function parseNoPayload(data: unknown): undefined {
  if (data !== undefined && data !== null) throw new RejectedMessage('this message carries no payload');
  return undefined;
}

/** `{ url }` of a page to look up (a saved summary): http(s) only. */
export function parseUrlRequest(data: unknown): { url: string } {
  if (!isRecord(data) || !isHttpUrl(data.url)) throw new RejectedMessage('url must be http(s)');
  return { url: data.url };
}

/** `{ pageUrl }` of the sending page itself (a page cannot speak for another). */
export function parseOwnPage(data: unknown, sender: Pick<Sender, 'url'>): { pageUrl: string } {
  const pageUrl = isRecord(data) ? data.pageUrl : undefined;
  if (!isHttpUrl(pageUrl) || originOf(pageUrl) !== originOf(sender.url)) {
    throw new RejectedMessage('page url is not on the sending page');
  }
  return { pageUrl };
}

/** The content script's answer to getPageUrl: its address, or null when it is not a web page's. */
export function parsePageUrl(data: unknown): string | null {
  const url = isRecord(data) ? data.url : undefined;
  return isHttpUrl(url) ? url : null;
}

/** A report of the sending page: its URL must be on the sender's origin (pushState cannot change one). */
export function parseReportedPage(data: unknown, sender: Pick<Sender, 'url'>): PageChecked {
  const page = parsePageChecked(data);
  // A page claiming another site's URL would poison that site's cache entry.
  if (originOf(page.url) !== originOf(sender.url))
    throw new RejectedMessage('page url is not on the sending page');
  return page;
}

/** A count of hidden characters: a positive whole number, else none. */
const hiddenChars = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;

export function parsePageChecked(data: unknown): PageChecked {
  if (!isRecord(data)) throw new RejectedMessage('payload must be an object');
  if (!isHttpUrl(data.url)) throw new RejectedMessage('url must be http(s)');
  if (typeof data.isPolicy !== 'boolean') throw new RejectedMessage('isPolicy must be a boolean');
  const checked: PageChecked = { url: data.url, title: checkTitle(data.title), isPolicy: data.isPolicy };
  if (data.html !== undefined) checked.html = checkHtml(data.html);
  if (checked.html !== undefined && data.htmlCut === true) checked.htmlCut = true;
  const hidden = hiddenChars(data.hidden);
  if (checked.html !== undefined && hidden) checked.hidden = hidden;
  return checked;
}

/** The hovered link and the page it is on; the page must be the sender's (a page cannot speak for another). */
export function parseLinkRequest(data: unknown, sender: Pick<Sender, 'url'>): LinkRequest {
  if (!isRecord(data)) throw new RejectedMessage('payload must be an object');
  if (!isFetchableUrl(data.href)) throw new RejectedMessage('href must be an http(s) link');
  if (!isHttpUrl(data.pageUrl)) throw new RejectedMessage('pageUrl must be http(s)');
  if (originOf(data.pageUrl) !== originOf(sender.url)) {
    throw new RejectedMessage('page url is not on the sending page');
  }
  return { href: data.href, pageUrl: data.pageUrl };
}

/** A page the content script fetched: only one on the sender's own site (what the content script can read). */
export function parseLinkedPage(data: unknown, sender: Pick<Sender, 'url'>): LinkedPage {
  const request = parseLinkRequest(data, sender);
  const record = isRecord(data) ? data : {};
  if (!isFetchableUrl(record.finalUrl)) throw new RejectedMessage('finalUrl must be an http(s) link');
  const origin = originOf(sender.url);
  if (originOf(request.href) !== origin || originOf(record.finalUrl) !== origin) {
    throw new RejectedMessage('a fetched page must be on the sending page’s site');
  }
  if (record.kind !== 'html' && record.kind !== 'text')
    throw new RejectedMessage('kind must be html or text');
  return {
    ...request,
    finalUrl: record.finalUrl,
    body: checkHtml(record.body),
    kind: record.kind,
    cut: record.cut === true,
  };
}

export function parseSummariseTab(data: unknown): SummariseTabRequest {
  if (!isRecord(data)) throw new RejectedMessage('payload must be an object');
  if (typeof data.tabId !== 'number' || !Number.isInteger(data.tabId) || data.tabId < 0) {
    throw new RejectedMessage('tabId must be a tab id');
  }
  if (data.force !== undefined && typeof data.force !== 'boolean') {
    throw new RejectedMessage('force must be a boolean');
  }
  return { tabId: data.tabId, force: data.force === true };
}

/** The sentence the popup shows for the content script's reason (a protocol or a media type). */
export function unreadableMessage(reason: string): string {
  if (reason.endsWith(':')) return 'PolicyLens reads web pages only.';
  if (reason === 'application/pdf') return 'PolicyLens cannot read PDF files yet.';
  return 'This is not a web page PolicyLens can read.';
}

/** The content script's answer is checked too: the page's own scripts share its DOM. */
export function parsePageReport(data: unknown): PageReport | UnreadablePage {
  if (!isRecord(data)) throw new RejectedMessage('page report must be an object');
  if (typeof data.unreadable === 'string') return { unreadable: unreadableMessage(data.unreadable) };
  if (!isHttpUrl(data.url)) throw new RejectedMessage('page url must be http(s)');
  const detection = data.detection;
  if (
    !isRecord(detection) ||
    typeof detection.isPolicy !== 'boolean' ||
    typeof detection.confidence !== 'number'
  ) {
    throw new RejectedMessage('page report without detection');
  }
  const links = Array.isArray(data.privacyLinks) ? data.privacyLinks : [];
  return {
    url: data.url,
    title: checkTitle(data.title),
    html: checkHtml(data.html),
    htmlCut: data.htmlCut === true,
    ...(hiddenChars(data.hidden) ? { hidden: hiddenChars(data.hidden) } : {}),
    detection: {
      isPolicy: detection.isPolicy,
      confidence: detection.confidence,
      reasons: Array.isArray(detection.reasons)
        ? detection.reasons.filter((r): r is string => typeof r === 'string').slice(0, 20)
        : [],
    },
    privacyLinks: links
      .filter((l): l is { href: string; text: unknown } => isRecord(l) && isHttpUrl(l.href))
      .slice(0, MAX_LINKS)
      .map((l) => ({ href: l.href, text: typeof l.text === 'string' ? l.text.slice(0, 200) : l.href })),
  };
}
