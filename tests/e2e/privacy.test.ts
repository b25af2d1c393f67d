// Our users' privacy, measured: browsing ordinary pages with PolicyLens installed makes no network request
// on its behalf, and hovering a same-site privacy link makes exactly one, to the policy. Three witnesses:
// the server's own log, every request the browser context reports (service worker ones included), and
// per page the DevTools initiator of each request (a content script's fetch names chrome-extension://).
// Then the real IndexedDB: a damaged cache row is never shown and is recomputed.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  corpusPage,
  type LoadedExtension,
  type LoggedSite,
  launchWithExtension,
  openTab,
  serveLogged,
} from './harness';

const ORDINARY = path.resolve(process.cwd(), 'tests/fixtures/ordinary');
const POLICY = '/privacy';

let ext: LoadedExtension;
let site: LoggedSite;
const contextRequests: Array<{ url: string; fromWorker: boolean }> = [];
const extensionInitiated: string[] = [];

function onRequest(request: Request): void {
  contextRequests.push({ url: request.url(), fromWorker: request.serviceWorker() !== null });
}

/** Records the requests of one page whose initiator is extension code (a content script's fetch). */
async function watchInitiators(tab: Page): Promise<CDPSession> {
  const cdp = await tab.context().newCDPSession(tab);
  cdp.on('Network.requestWillBeSent', (event) => {
    const initiator = JSON.stringify(event.initiator ?? {});
    if (initiator.includes('chrome-extension://')) extensionInitiated.push(event.request.url);
  });
  await cdp.send('Network.enable');
  return cdp;
}

const ordinaryPages = readdirSync(ORDINARY).filter((f) => f.endsWith('.html'));

beforeAll(async () => {
  const pages: Record<string, string> = { [POLICY]: corpusPage('105_www.amazon.com.html') };
  for (const file of ordinaryPages) pages[`/${file}`] = readFileSync(path.join(ORDINARY, file), 'utf8');
  site = await serveLogged(pages);
  ext = await launchWithExtension();
  ext.context.on('request', onRequest);
  // Counts the service worker's own fetch calls too, however they are made.
  await ext.worker.evaluate(() => {
    const g = globalThis as unknown as { fetch: typeof fetch; __fetches: string[] };
    g.__fetches = [];
    const original = g.fetch;
    g.fetch = (input, init) => {
      g.__fetches.push(String(input instanceof Request ? input.url : input));
      return original(input, init);
    };
  });
}, 60_000);

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

const workerFetches = () =>
  ext.worker.evaluate(() => (globalThis as unknown as { __fetches: string[] }).__fetches);

describe('browsing ordinary pages', () => {
  test(`${ordinaryPages.length} pages, read, scrolled and moused over: zero requests by the extension`, async () => {
    const visited: string[] = [];
    for (const file of ordinaryPages) {
      const tab = await ext.context.newPage();
      await watchInitiators(tab);
      await tab.setViewportSize({ width: 900, height: 700 });
      await tab.goto(`${site.origin}/${file}`);
      visited.push(`/${file}`);
      // A person reads: moves over the page's links (none that names a policy, the badge's keywords), scrolls.
      let hovered = 0;
      for (const link of await tab.locator('a').all()) {
        const words = `${await link.getAttribute('href')} ${await link.textContent()}`;
        if (/privacy|datenschutz|data.?protection|cookie/i.test(words)) continue;
        if (
          await link.hover({ timeout: 500 }).then(
            () => true,
            () => false,
          )
        )
          hovered++;
        if (hovered === 5) break;
      }
      await tab.mouse.wheel(0, 600);
      await tab.waitForTimeout(400);
      await tab.close();
    }
    const extensionRequests = [
      ...extensionInitiated,
      ...contextRequests.filter((r) => r.fromWorker || !r.url.startsWith(site.origin)).map((r) => r.url),
      ...(await workerFetches()),
    ];
    console.info(
      `privacy: ${ordinaryPages.length} ordinary pages → server saw ${site.requests.length} requests ` +
        `(the page loads), extension requests: ${extensionRequests.length}`,
    );
    expect(extensionRequests).toEqual([]);
    // The server saw the page loads and nothing else (a browser's own /favicon.ico excepted).
    expect(site.requests.filter((p) => p !== '/favicon.ico')).toEqual(visited);
  });

  test('hovering a same-site privacy link makes exactly one request, to the policy, from the content script', async () => {
    const tab = await ext.context.newPage();
    await watchInitiators(tab);
    await tab.setViewportSize({ width: 900, height: 700 });
    await tab.goto(`${site.origin}/blog-post.html`);
    const before = site.requests.length;
    const link = tab.locator(`a[href="${POLICY}"]`).first();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await expect
      .poll(() => tab.locator('[data-policylens-badge]').getAttribute('data-policylens-badge'), {
        timeout: 20_000,
      })
      .toMatch(/^[A-E]$/);
    // Hover again, and elsewhere and back: the cache answers.
    await tab.mouse.move(5, 5);
    await tab.waitForTimeout(600);
    await link.hover();
    await tab.waitForTimeout(800);
    expect(site.requests.slice(before)).toEqual([POLICY]);
    expect(extensionInitiated).toEqual([`${site.origin}${POLICY}`]);
    expect(await workerFetches()).toEqual([]);
    expect(contextRequests.filter((r) => r.fromWorker)).toEqual([]);
    console.info(`privacy: hover of a same-site privacy link → ${site.requests.length - before} request`);
    await tab.close();
  });
});

declare const chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };

describe('the real IndexedDB', () => {
  test('a damaged cache row is not shown: the saved view says so, the tab view recomputes and repairs it', async () => {
    const url = `${site.origin}${POLICY}`;
    const { page, tabId } = await openTab(ext, url);
    await expect
      .poll(() => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), {
        timeout: 20_000,
      })
      .toMatch(/^[A-E]$/);

    // An extension page shares the extension's origin, so its IndexedDB is the background's.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const rowGrade = (key: string) =>
      options.evaluate(
        (k) =>
          new Promise<unknown>((resolve, reject) => {
            const open = indexedDB.open('policylens');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const get = open.result.transaction('summaries').objectStore('summaries').get(k);
              get.onsuccess = () => {
                resolve((get.result as { grade?: unknown } | undefined)?.grade);
                open.result.close();
              };
            };
          }),
        key,
      );
    expect(await rowGrade(url)).toMatch(/^[A-E]$/);
    await options.evaluate(
      (k) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('policylens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('summaries', 'readwrite');
            const store = tx.objectStore('summaries');
            const get = store.get(k);
            get.onsuccess = () => {
              // Same engine and text hash (so it would be served), but a summary of the wrong shape.
              store.put({ ...get.result, grade: 'Z', summary: { grade: '<img src=x onerror=alert(1)>' } });
            };
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      url,
    );
    expect(await rowGrade(url)).toBe('Z');

    const saved = await ext.context.newPage();
    await saved.goto(`chrome-extension://${ext.extensionId}/popup.html?url=${encodeURIComponent(url)}`);
    await saved.waitForSelector('[data-state="unreadable"]', { timeout: 10_000 });
    expect(await saved.locator('img').count()).toBe(0);
    await saved.close();

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-state="summary"]', { timeout: 20_000 });
    expect(await popup.getAttribute('[data-from-cache]', 'data-from-cache')).toBe('false');
    expect(await popup.textContent('.grade-card .grade')).toMatch(/^[A-E]$/);
    expect(await rowGrade(url)).toMatch(/^[A-E]$/);
    await popup.close();
    await options.close();
    await page.close();
  });
});
