// Runs on every page, so it stays tiny: the detector and link finder from content/, the messaging shim,
// nothing of the engine. A page that looks like a privacy policy is sent to the background for analysis
// (the badge shows its grade); the popup asks for any other page only when the user says "Analyse anyway".

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { collectSignals, scorePolicyPage } from '../../content/detect';
import { findPrivacyLinks } from '../../content/links';
import {
  backgroundMessenger,
  contentMessenger,
  MAX_HTML_CHARS,
  type PageDetection,
  type PageReport,
  type UnreadablePage,
} from '../../messaging/protocol';
import { highlightQuote } from './highlight';

const MAX_LINKS = 5;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function unreadableReason(): string | null {
  if (location.protocol !== 'http:' && location.protocol !== 'https:')
    return 'PolicyLens reads web pages only.';
  if (!HTML_TYPES.has(document.contentType)) {
    return document.contentType === 'application/pdf'
      ? 'PolicyLens cannot read PDF files yet.'
      : 'This is not a web page PolicyLens can read.';
  }
  return null;
}

function detect(): PageDetection {
  return scorePolicyPage(collectSignals(document));
}

function readPage(): PageReport | UnreadablePage {
  const reason = unreadableReason();
  if (reason) return { unreadable: reason };
  const full = document.documentElement.outerHTML;
  return {
    url: location.href,
    title: document.title,
    // Cutting mid-tag is harmless: the background's parser reads a truncated document as far as it goes.
    html: full.slice(0, MAX_HTML_CHARS),
    htmlCut: full.length > MAX_HTML_CHARS,
    detection: detect(),
    privacyLinks: findPrivacyLinks(document, location.href)
      .slice(0, MAX_LINKS)
      .map((a) => ({ href: a.href, text: (a.textContent ?? '').trim().slice(0, 120) || a.href })),
  };
}

/** Tells the background what this page is, so the badge shows a grade or nothing. */
async function reportPage(afterNavigation: boolean): Promise<void> {
  if (unreadableReason()) return;
  const detection = detect();
  // A full navigation already resets the tab's badge; only an in-page navigation away from a policy needs
  // the background told, and this way ordinary page loads never wake the service worker.
  if (!detection.isPolicy && !afterNavigation) return;
  const full = detection.isPolicy ? document.documentElement.outerHTML : undefined;
  await backgroundMessenger.sendMessage('pageChecked', {
    url: location.href,
    title: document.title,
    isPolicy: detection.isPolicy,
    ...(full !== undefined ? { html: full.slice(0, MAX_HTML_CHARS) } : {}),
  });
}

/** Our background or our popup (which may sit in a tab of its own, so sender.tab proves nothing). */
function fromOurExtension(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && (sender.url?.startsWith(browser.runtime.getURL('/')) ?? false);
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx: ContentScriptContext) {
    contentMessenger.onMessage('getPage', ({ sender }) => {
      if (!fromOurExtension(sender)) throw new Error('PolicyLens: rejected getPage');
      return readPage();
    });
    contentMessenger.onMessage('highlightQuote', ({ data, sender }) => {
      if (!fromOurExtension(sender) || typeof data?.text !== 'string') {
        throw new Error('PolicyLens: rejected highlightQuote');
      }
      return { found: highlightQuote(document, data.text.slice(0, 5_000)) };
    });
    ctx.onInvalidated(() => contentMessenger.removeAllListeners());

    const report = (afterNavigation: boolean) =>
      reportPage(afterNavigation).catch(() => {
        // The worker may be restarting or the extension reloading: the next check reports again.
      });
    void report(false);
    ctx.addEventListener(window, 'wxt:locationchange', () => void report(true));
  },
});
