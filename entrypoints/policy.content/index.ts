// Runs on every page, so it stays tiny: the detector, the link finder and the hover badge from content/, the
// messaging shim, nothing of the engine. This file only wires content/ to the page's events and messages. A page that looks like a privacy policy is sent to the background
// for analysis (the toolbar badge shows its grade); the popup asks for any other page only when the user
// says "Analyse anyway"; a hovered or focused privacy link gets a badge of its own (content/link-badges.ts).

import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { highlightQuote } from '../../content/highlight';
import { installLinkBadges } from '../../content/link-badges';
import { createLinkSummariser } from '../../content/link-summary';
import { backgroundMessenger, contentMessenger, fromOurExtension } from '../../content/messenger';
import { createPageReporter, readPage, unreadableReason } from '../../content/page-report';
import { createReportGate } from '../../content/report-gate';
import { badgesShownOnStored } from '../../settings/sanitise';

/** At most one page report starts per this many milliseconds, whatever the page's navigations. */
const REPORT_INTERVAL_MS = 1_000;
const REJECTED = 'PolicyLens: rejected a message not from PolicyLens';
/** A handler of our background's or popup's messages only: the page's own scripts share the runtime's origin. */
const ours =
  <D, R>(handle: (data: D) => R) =>
  ({ data, sender }: { data: D; sender: Parameters<typeof fromOurExtension>[0] }) => {
    if (!fromOurExtension(sender)) throw new Error(REJECTED);
    return handle(data);
  };
/** What each button of a hover badge asks the background (lib/badge-nodes.ts). */
const BADGE_ACTIONS = { open: 'openFullSummary', allow: 'askSiteAccess', hide: 'hideBadgesOnSite' } as const;
const message = (name: string) => (browser.i18n.getMessage as (name: string) => string)(name);

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
    contentMessenger.onMessage(
      'getPage',
      ours(() => readPage(document, location.href)),
    );
    contentMessenger.onMessage(
      'getPageUrl',
      ours(() => ({ url: location.href })),
    );
    contentMessenger.onMessage(
      'highlightQuote',
      ours((data) => {
        if (typeof data?.text !== 'string') throw new Error(REJECTED);
        return { found: highlightQuote(document, data.text.slice(0, 5_000)) };
      }),
    );
    ctx.onInvalidated(() => contentMessenger.removeAllListeners());

    if (!unreadableReason(document, location.href)) {
      const summarise = createLinkSummariser(backgroundMessenger.sendMessage);
      const badges = installLinkBadges({
        doc: document,
        enabled: async () =>
          badgesShownOnStored((await browser.storage.local.get('settings')).settings, location.hostname),
        summarise: (href) => summarise(href, location.href),
        act: (action, href) => {
          const request = { href, pageUrl: location.href };
          void backgroundMessenger.sendMessage(BADGE_ACTIONS[action], request).catch(() => {});
        },
        // Generated at build time (content/badge-messages.ts), so WXT's typed message names do not list them.
        style: message('badgeStyle'),
        text: JSON.parse(message('badgeText')),
      });
      ctx.onInvalidated(badges.teardown);
    }

    let navigated = false;
    const report = createPageReporter(document, backgroundMessenger.sendMessage);
    const gate = createReportGate(
      () => report(location.href, navigated),
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
