// Every message is untrusted: these checks run before any work. A page can talk to its content script's
// world only through the DOM, but a compromised renderer can send anything a content script can, so the
// content-script messages are checked as strictly as the rest.

import type { Browser } from 'wxt/browser';
import {
  MAX_HTML_CHARS,
  type PageChecked,
  type PageReport,
  type SummariseTabRequest,
  type UnreadablePage,
} from '../messaging/protocol';

const MAX_TITLE_CHARS = 2_000;
const MAX_URL_CHARS = 8_000;
const MAX_LINKS = 20;

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

/** A content script of ours, in the top frame of a web page in a tab. Returns the tab id. */
export function assertFromContentScript(sender: Sender, self: ExtensionIdentity): number {
  const tabId = sender.tab?.id;
  if (sender.id !== self.id) throw new RejectedMessage('message from another extension');
  if (typeof tabId !== 'number' || tabId < 0) throw new RejectedMessage('content message without a tab');
  if (sender.frameId !== undefined && sender.frameId !== 0) throw new RejectedMessage('not the top frame');
  if (!isHttpUrl(sender.url)) throw new RejectedMessage('content message from a non-web page');
  return tabId;
}

/** One of our own pages: the popup or the options page (which may be open in a tab). */
export function assertFromExtensionPage(sender: Sender, self: ExtensionIdentity): void {
  if (sender.id !== self.id) throw new RejectedMessage('message from another extension');
  if (typeof sender.url !== 'string' || !sender.url.startsWith(self.origin)) {
    throw new RejectedMessage('message not from an extension page');
  }
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

export function parsePageChecked(data: unknown): PageChecked {
  if (!isRecord(data)) throw new RejectedMessage('payload must be an object');
  if (!isHttpUrl(data.url)) throw new RejectedMessage('url must be http(s)');
  if (typeof data.isPolicy !== 'boolean') throw new RejectedMessage('isPolicy must be a boolean');
  const checked: PageChecked = { url: data.url, title: checkTitle(data.title), isPolicy: data.isPolicy };
  if (data.html !== undefined) checked.html = checkHtml(data.html);
  return checked;
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

/** The content script's answer is checked too: the page's own scripts share its DOM. */
export function parsePageReport(data: unknown): PageReport | UnreadablePage {
  if (!isRecord(data)) throw new RejectedMessage('page report must be an object');
  if (typeof data.unreadable === 'string') return { unreadable: data.unreadable.slice(0, 200) };
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
