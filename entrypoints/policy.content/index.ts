// Runs on every page, so it stays tiny: the detector, the link finder and the hover badge from content/, the
// messaging shim, nothing of the engine. A page that looks like a privacy policy is sent to the background
// for analysis (the toolbar badge shows its grade); the popup asks for any other page only when the user
// says "Analyse anyway"; a hovered or focused privacy link gets a badge of its own (content/link-badges.ts).

import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectPage } from '../../content/detect';
import { highlightQuote } from '../../content/highlight';
import { installLinkBadges } from '../../content/link-badges';
import { findPrivacyLinks } from '../../content/links';
import { backgroundMessenger, contentMessenger } from '../../content/messenger';
import { reportKey } from '../../content/page-key';
import { type RenderedPage, renderedPage } from '../../content/rendered-page';
import { createReportGate } from '../../content/report-gate';
import { fetchPage, PageFetchError } from '../../lib/fetch-page';
import {
  type LinkBadge,
  MAX_HTML_CHARS,
  type PageDetection,
  type PageReport,
  type UnreadablePage,
} from '../../messaging/protocol';
import { badgesShownOnStored } from '../../settings/sanitise';

const MAX_LINKS = 5;
/** At most one page report starts per this many milliseconds, whatever the page's navigations. */
const REPORT_INTERVAL_MS = 1_000;
const REJECTED = 'PolicyLens: rejected a message not from PolicyLens';
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** What keeps PolicyLens from reading this page (its protocol or media type), or null; the background words it. */
function unreadableReason(): string | null {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return location.protocol;
  return HTML_TYPES.has(document.contentType) ? null : document.contentType;
}

const detect = (page: RenderedPage): PageDetection => detectPage(page, location.href, document.title);

/** The page as rendered, capped. Cutting mid-tag is harmless: the background's parser reads as far as it goes. */
const readRendered = () => renderedPage(document, MAX_HTML_CHARS);

function readPage(): PageReport | UnreadablePage {
  const reason = unreadableReason();
  if (reason) return { unreadable: reason };
  const page = readRendered();
  return {
    url: location.href,
    title: document.title,
    html: page.html,
    htmlCut: page.htmlCut,
    detection: detect(page),
    privacyLinks: findPrivacyLinks(document, location.href)
      .slice(0, MAX_LINKS)
      .map((a) => ({ href: a.href, text: (a.textContent ?? '').trim().slice(0, 120) || a.href })),
  };
}

/** The key of the last report the background received; the same page again is not sent. */
let reported: string | null = null;

/**
 * Tells the background what this page is, so the badge shows a grade or nothing; not when the address
 * (without its #fragment) and the text are those of the last report.
 */
async function reportPage(afterNavigation: boolean): Promise<void> {
  if (unreadableReason()) return;
  const page = readRendered();
  const detection = detect(page);
  // The visible text: a change to hidden text changes no grade.
  const key = reportKey(location.href, detection.isPolicy ? page.text : null);
  if (key === reported) return;
  // A full navigation already resets the tab's badge; only an in-page navigation away from a policy needs
  // the background told, and this way ordinary page loads never wake the service worker.
  if (detection.isPolicy || afterNavigation) {
    await backgroundMessenger.sendMessage('pageChecked', {
      url: location.href,
      title: document.title,
      isPolicy: detection.isPolicy,
      ...(detection.isPolicy ? { html: page.html, htmlCut: page.htmlCut } : {}),
    });
  }
  reported = key;
}

/** Links in this page, fetched here: one fetch per link however often it is hovered meanwhile. */
const inPageFetches = new Map<string, Promise<LinkBadge>>();

/**
 * The badge for a hovered link. The background answers from its cache or fetches other sites itself; a link
 * to this page's own site it hands back, because this script may fetch its own origin with no permission.
 */
async function summariseLink(href: string): Promise<LinkBadge> {
  const request = { href, pageUrl: location.href };
  const answer = await backgroundMessenger.sendMessage('linkSummary', request);
  if (answer.state !== 'fetch-in-page') return answer;
  let running = inPageFetches.get(href);
  if (!running) {
    running = fetchPage(href)
      .then((page) =>
        backgroundMessenger.sendMessage('linkPage', {
          ...request,
          finalUrl: page.url,
          body: page.body.slice(0, MAX_HTML_CHARS),
          kind: page.kind,
          cut: page.cut,
        }),
      )
      .catch(
        (error: unknown): LinkBadge => ({
          state: 'error',
          message: error instanceof PageFetchError ? error.message : 'PolicyLens could not read this page.',
        }),
      )
      .finally(() => inPageFetches.delete(href));
    inPageFetches.set(href, running);
  }
  return running;
}

async function badgesEnabled(): Promise<boolean> {
  const stored = await browser.storage.local.get('settings');
  return badgesShownOnStored(stored.settings, location.hostname);
}

/** Our background or our popup (which may sit in a tab of its own, so sender.tab proves nothing). */
function fromOurExtension(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && (sender.url?.startsWith(browser.runtime.getURL('/')) ?? false);
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT's default also announces the script with window.postMessage({ type: '<extension id>:policy:…' }),
  // which any page can read: it would tell every site that PolicyLens is installed, and its id.
  noScriptStartedPostMessage: true,
  main(ctx: ContentScriptContext) {
    // WXT stops this script when a newer copy announces itself with this event on document; a page can
    // fire it too (its name holds the public extension id) and switch PolicyLens off on itself. Stopped
    // here, in the capture phase on window, while this copy's extension lives; an orphaned copy (its
    // extension reloaded: no runtime id) still lets a newer copy's event stop it.
    // The name is WXT's (private in its types, public at run time); tests/e2e/script-started.test.ts fails
    // if it ever stops being the event's.
    addEventListener(
      (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
        .SCRIPT_STARTED_MESSAGE_TYPE,
      (event) => browser.runtime?.id && event.stopImmediatePropagation(),
      true,
    );
    contentMessenger.onMessage('getPage', ({ sender }) => {
      if (!fromOurExtension(sender)) throw new Error(REJECTED);
      return readPage();
    });
    contentMessenger.onMessage('getPageUrl', ({ sender }) => {
      if (!fromOurExtension(sender)) throw new Error(REJECTED);
      return { url: location.href };
    });
    contentMessenger.onMessage('highlightQuote', ({ data, sender }) => {
      if (!fromOurExtension(sender) || typeof data?.text !== 'string') {
        throw new Error(REJECTED);
      }
      return { found: highlightQuote(document, data.text.slice(0, 5_000)) };
    });
    ctx.onInvalidated(() => contentMessenger.removeAllListeners());

    if (!unreadableReason()) {
      const ignore = () => {};
      const send = (type: 'openFullSummary' | 'askSiteAccess', href: string) =>
        void backgroundMessenger.sendMessage(type, { href, pageUrl: location.href }).catch(ignore);
      const badges = installLinkBadges({
        doc: document,
        enabled: badgesEnabled,
        summarise: summariseLink,
        openSummary: (href) => send('openFullSummary', href),
        askAccess: (href) => send('askSiteAccess', href),
        hideOnSite: () =>
          void backgroundMessenger.sendMessage('hideBadgesOnSite', { pageUrl: location.href }).catch(ignore),
        // Generated at build time (wxt.config.ts), so WXT's typed message names do not list it.
        style: (browser.i18n.getMessage as (name: string) => string)('badgeStyle'),
      });
      ctx.onInvalidated(badges.teardown);
    }

    let navigated = false;
    const gate = createReportGate(
      () => reportPage(navigated),
      REPORT_INTERVAL_MS,
      () => performance.now(),
      (run, ms) => void ctx.setTimeout(run, ms),
    );
    gate.request();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      navigated = true;
      gate.request();
    });
  },
});
