// The summary behind a hovered link's badge. The background answers from its cache or fetches other sites
// itself; a link to this page's own site it hands back, because the content script may fetch its own
// origin with no permission. One fetch per link, however often it is hovered meanwhile.

import { fetchPage, PageFetchError } from '../lib/fetch-page';
import { type LinkBadge, MAX_HTML_CHARS } from '../messaging/protocol';
import type { backgroundMessenger } from './messenger';

/** `fetch` is lib/fetch-page.ts's in the extension; tests give their own. */
export function createLinkSummariser(
  send: typeof backgroundMessenger.sendMessage,
  fetch = fetchPage,
): (href: string, pageUrl: string) => Promise<LinkBadge> {
  const fetches = new Map<string, Promise<LinkBadge>>();
  return async (href, pageUrl) => {
    const request = { href, pageUrl };
    const answer = await send('linkSummary', request);
    if (answer.state !== 'fetch-in-page') return answer;
    let running = fetches.get(href);
    if (!running) {
      running = fetch(href)
        .then((page) =>
          send('linkPage', {
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
        .finally(() => fetches.delete(href));
      fetches.set(href, running);
    }
    return running;
  };
}
