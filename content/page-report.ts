// What the content script tells about its page: the page as rendered (content/rendered-page.ts), what
// detection makes of it, and when the background needs to hear of it. No browser API here beyond the
// DOM: the address and the messenger are given, so tests run it on a DOM of their own.

import {
  MAX_HTML_CHARS,
  type PageDetection,
  type PageReport,
  type UnreadablePage,
} from '../messaging/protocol';
import { detectPage } from './detect';
import { mayBePolicy } from './first-pass';
import { findPrivacyLinks } from './links';
import type { backgroundMessenger } from './messenger';
import { reportKey } from './page-key';
import { type RenderedPage, renderedPage } from './rendered-page';

const MAX_LINKS = 5;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** What keeps PolicyLens from reading the page (its protocol or media type), or null; the background words it. */
export function unreadableReason(doc: Document, href: string): string | null {
  const protocol = new URL(href).protocol;
  if (protocol !== 'http:' && protocol !== 'https:') return protocol;
  return HTML_TYPES.has(doc.contentType) ? null : doc.contentType;
}

/** The page as rendered, capped (cutting mid-tag is harmless: the background's parser reads as far as it goes), and its verdict. */
function read(doc: Document, href: string): [RenderedPage, PageDetection] {
  const page = renderedPage(doc, MAX_HTML_CHARS);
  return [page, detectPage(page, href, doc.title)];
}

/** The whole page for the popup ("Analyse anyway"), whatever detection says. */
export function readPage(doc: Document, href: string): PageReport | UnreadablePage {
  const reason = unreadableReason(doc, href);
  if (reason) return { unreadable: reason };
  const [page, detection] = read(doc, href);
  return {
    url: href,
    title: doc.title,
    html: page.html,
    htmlCut: page.htmlCut,
    hidden: page.hidden,
    detection,
    privacyLinks: findPrivacyLinks(doc, href)
      .slice(0, MAX_LINKS)
      .map((a) => ({ href: a.href, text: (a.textContent ?? '').trim().slice(0, 120) || a.href })),
  };
}

/**
 * What reports the page to the background, so the badge shows a grade or nothing; it sends nothing when
 * the address (without its #fragment) and the visible text are those of its last report (a change to
 * hidden text changes no grade).
 */
export function createPageReporter(
  doc: Document,
  send: typeof backgroundMessenger.sendMessage,
): (href: string, afterNavigation: boolean) => Promise<void> {
  let reported: string | null = null;
  return async (href, afterNavigation) => {
    if (unreadableReason(doc, href)) return;
    // An ordinary page is not walked: the no-policy verdict needs no text.
    const [page, detection] = mayBePolicy(doc, href) ? read(doc, href) : [];
    const isPolicy = !!detection?.isPolicy;
    const key = reportKey(href, isPolicy ? page?.text : null);
    if (key === reported) return;
    // A full navigation already resets the tab's badge; only an in-page navigation away from a policy
    // needs the background told, and this way ordinary page loads never wake the service worker.
    if (isPolicy || afterNavigation) {
      await send('pageChecked', {
        url: href,
        title: doc.title,
        isPolicy,
        ...(isPolicy && page && { html: page.html, htmlCut: page.htmlCut, hidden: page.hidden }),
      });
    }
    reported = key;
  };
}
