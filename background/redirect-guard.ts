// A request to a site the person allowed can be redirected to one they did not, and the browser follows
// the redirect before anyone can look (a manual redirect hides its Location from extensions too). This
// fetch lets the caller judge the final URL as soon as its headers arrive, and drops a refused answer
// unread: the body is cancelled, nothing of it is analysed or cached. The redirected request itself has
// been sent by then, without cookies or referrer (lib/fetch-page.ts, REQUEST_INIT).

import { PageFetchError } from '../lib/fetch-page';

export function refusingRedirects(
  accept: (finalUrl: string) => Promise<boolean>,
  base: typeof fetch = (input, init) => fetch(input, init),
): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    const requested = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const finalUrl = response.url || requested;
    if (await accept(finalUrl)) return response;
    void response.body?.cancel().catch(() => {});
    throw redirectedAway(finalUrl);
  };
}

export function redirectedAway(finalUrl: string): PageFetchError {
  let host = finalUrl;
  try {
    host = new URL(finalUrl).host;
  } catch {
    // Shown as it came.
  }
  return new PageFetchError(
    'redirected-away',
    `The link leads on to another site (${host}) that you have not allowed PolicyLens to read.`,
  );
}
