// The navigation storm of issue 13, finding 1, shared by the Chromium and the Firefox suites: the pages,
// the storm run in the page's own world, and the reading of what the extension stored. The two page-world
// functions are self-contained: each browser driver serialises them into the page.

export const STORM_MS = 4_000;
/**
 * Of the storm's 200 navigations (one every 20 ms), at least this many happen: the content script reads
 * the page for at most a tenth of its time (content/report-gate.ts). Reading the 2.7 MB page once a second
 * left the page 26 of them on a quiet machine and 5 on a busy one.
 */
export const STORM_MIN_NAVIGATIONS = 80;

export interface StoredRow {
  url: string;
  analysedAt: number;
  lastUsed: number;
}

// Our own policy sentences, repeated: to about 2.7 MB of HTML (the size in the recipe) for the
// page whose text never changes; to 30 KB for the one that changes address, so that its analyses are quick
// and what holds them back is the content script's rate, not the engine's time.
const SECTION = `<h2>Information we collect</h2>
<p>We collect your name, email address and postal address when you create an account with us.</p>
<p>We use cookies and similar technologies to remember your preferences and to measure how the service is used.</p>
<h2>Sharing</h2>
<p>We do not sell your personal information. We share your information with service providers who process it for us.</p>
<h2>Your choices</h2>
<p>You can delete your account at any time from the settings page, and you can ask us for a copy of your data.</p>
`;

export function stormPolicyPage(size: number): string {
  const body = SECTION.repeat(Math.ceil(size / SECTION.length));
  return `<!doctype html><html><head><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1>${body}</main></body></html>`;
}

/** The storm pages, by path. */
export const STORM_PAGES = {
  '/replace.html': stormPolicyPage(2_700_000),
  '/push.html': stormPolicyPage(30_000),
};

/**
 * In the page's world: a navigation every 20 ms for `ms`, replacing between two #fragments or pushing ever
 * new addresses; then the count is left in `window.__stormDone`.
 */
export function startStormInPage([kind, ms]: readonly ['replace' | 'push', number]): void {
  let i = 0;
  const timer = setInterval(() => {
    if (kind === 'replace') history.replaceState(null, '', `#${i++ % 2}`);
    else history.pushState(null, '', `?page=${i++}`);
  }, 20);
  setTimeout(() => {
    clearInterval(timer);
    (window as unknown as { __stormDone: number }).__stormDone = i;
  }, ms);
}

/** In an extension realm: every cached summary's url, analysedAt and lastUsed, from its IndexedDB. */
export function readStoredRowsInExtension(): Promise<StoredRow[]> {
  return new Promise<StoredRow[]>((resolve, reject) => {
    const open = indexedDB.open('policylens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('summaries').objectStore('summaries').getAll();
      all.onsuccess = () => {
        resolve(
          (all.result as StoredRow[]).map(({ url, analysedAt, lastUsed }) => ({ url, analysedAt, lastUsed })),
        );
        open.result.close();
      };
      all.onerror = () => reject(all.error);
    };
  });
}
