// A policy page that navigates in place without end (issue 13, finding 1), in real Firefox: the MV2 build's
// content script must hold its reports as the Chromium build's does (tests/e2e/navigation-storm.test.ts).
// What is counted is what the extension already stores, read from its IndexedDB through an extension page:
// every report that reaches the background looks its summary up in the cache, which writes the entry's
// lastUsed, and every analysis writes an entry.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './harness';
import { type Site, serve } from './pages';

declare const browser: {
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
};

interface StoredRow {
  url: string;
  analysedAt: number;
  lastUsed: number;
}

const STORM_MS = 4_000;

// Our own policy sentences, repeated: to about 2.7 MB of HTML (the size in the recipe) for the page
// whose text never changes; to 30 KB for the one that changes address, so that its analyses are quick and
// what holds them back is the content script's rate, not the engine's time.
const SECTION = `<h2>Information we collect</h2>
<p>We collect your name, email address and postal address when you create an account with us.</p>
<p>We use cookies and similar technologies to remember your preferences and to measure how the service is used.</p>
<h2>Sharing</h2>
<p>We do not sell your personal information. We share your information with service providers who process it for us.</p>
<h2>Your choices</h2>
<p>You can delete your account at any time from the settings page, and you can ask us for a copy of your data.</p>
`;

function policyPage(size: number): string {
  const body = SECTION.repeat(Math.ceil(size / SECTION.length));
  return `<!doctype html><html><head><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1>${body}</main></body></html>`;
}

let firefox: FirefoxWithExtension;
let site: Site;
let probe: Page;

function storedRows(): Promise<StoredRow[]> {
  return probe.evaluate(
    () =>
      new Promise<StoredRow[]>((resolve, reject) => {
        const open = indexedDB.open('policylens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('summaries').objectStore('summaries').getAll();
          all.onsuccess = () => {
            resolve(
              (all.result as StoredRow[]).map(({ url, analysedAt, lastUsed }) => ({
                url,
                analysedAt,
                lastUsed,
              })),
            );
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

async function tabIds(): Promise<number[]> {
  return probe.evaluate(async () =>
    (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  );
}

async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const before = await tabIds();
  const page = await firefox.browser.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  const tabId = (await tabIds()).find((id) => !before.includes(id));
  if (tabId === undefined) throw new Error(`no new tab for ${url}`);
  return { page, tabId };
}

/** A navigation every 20 ms for STORM_MS in the page's own world; then the count is in `__stormDone`. */
async function storm(page: Page, kind: 'replace' | 'push'): Promise<number> {
  await page.evaluate(
    (kind, ms) => {
      let i = 0;
      const timer = setInterval(() => {
        if (kind === 'replace') history.replaceState(null, '', `#${i++ % 2}`);
        else history.pushState(null, '', `?page=${i++}`);
      }, 20);
      setTimeout(() => {
        clearInterval(timer);
        (window as unknown as { __stormDone: number }).__stormDone = i;
      }, ms);
    },
    kind,
    STORM_MS,
  );
  await page.waitForFunction(() => (window as unknown as { __stormDone?: number }).__stormDone, {
    timeout: STORM_MS + 20_000,
    polling: 100,
  });
  return page.evaluate(() => (window as unknown as { __stormDone: number }).__stormDone);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 2_500));

beforeAll(async () => {
  site = await serve({ '/replace.html': policyPage(2_700_000), '/push.html': policyPage(30_000) });
  firefox = await launchFirefoxWithExtension();
  probe = await firefox.openExtensionPage('options.html');
});

afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

describe('Firefox: a policy page that navigates in place every 20 ms', () => {
  test('replaceState between two #fragments for 4 s: one analysis, and no report after it', async () => {
    const { page, tabId } = await openTab(`${site.origin}/replace.html`);
    await expect
      .poll(() => probe.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId), {
        timeout: 30_000,
        interval: 250,
      })
      .toMatch(/^[A-E]$/);
    await expect.poll(async () => (await storedRows()).length, { timeout: 10_000 }).toBe(1);
    const [first] = await storedRows();
    const navigations = await storm(page, 'replace');
    // Time for any report still on its way (one interval, one analysis) to land.
    await settle();
    const rows = await storedRows();
    console.log(
      `Firefox replaceState storm: ${navigations} navigations in ${STORM_MS} ms; ${rows.length} entry; lastUsed ${rows[0]?.lastUsed === first?.lastUsed ? 'unchanged' : 'changed'}`,
    );
    expect(navigations).toBeGreaterThan(10);
    expect(rows).toEqual([first]);
    await page.close();
  });

  test('pushState to a new address every 20 ms for 4 s: reports held to about one a second', async () => {
    const { page } = await openTab(`${site.origin}/push.html`);
    const pushRows = async () => (await storedRows()).filter((r) => r.url.includes('/push.html')).length;
    await expect.poll(pushRows, { timeout: 30_000, interval: 250 }).toBe(1);
    const navigations = await storm(page, 'push');
    await settle();
    const analysed = await pushRows();
    console.log(
      `Firefox pushState storm: ${navigations} distinct addresses in ${STORM_MS} ms; ${analysed} addresses analysed (the first included)`,
    );
    expect(navigations).toBeGreaterThan(10);
    // The first address, then at most one report a second while the storm lasts and one more once it ends.
    expect(analysed).toBeGreaterThanOrEqual(2);
    expect(analysed).toBeLessThanOrEqual(3 + Math.ceil(STORM_MS / 1_000));
    await page.close();
  });
});
