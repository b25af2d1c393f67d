// A policy page that navigates in place without end (issue 13, finding 1), in real Firefox: the MV2 build's
// content script must hold its reports as the Chromium build's does (tests/e2e/navigation-storm.test.ts).
// What is counted is what the extension already stores, read from its IndexedDB through an extension page:
// every report that reaches the background looks its summary up in the cache, which writes the entry's
// lastUsed, and every analysis writes an entry.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  readStoredRowsInExtension,
  STORM_MIN_NAVIGATIONS,
  STORM_MS,
  STORM_PAGES,
  type StoredRow,
  startStormInPage,
} from '../e2e/storm';
import { type FirefoxWithExtension, launchFirefoxWithExtension, openTabIn } from './harness';
import { type Site, serve } from './pages';

declare const browser: {
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
};

let firefox: FirefoxWithExtension;
let site: Site;
let probe: Page;

function storedRows(): Promise<StoredRow[]> {
  return probe.evaluate(readStoredRowsInExtension);
}

const openTab = (url: string) => openTabIn(firefox, probe, url);

/** A navigation every 20 ms for STORM_MS in the page's own world; then the count is in `__stormDone`. */
async function storm(page: Page, kind: 'replace' | 'push'): Promise<number> {
  await page.evaluate(startStormInPage, [kind, STORM_MS] as const);
  await page.waitForFunction(() => (window as unknown as { __stormDone?: number }).__stormDone, {
    timeout: STORM_MS + 20_000,
    polling: 100,
  });
  return page.evaluate(() => (window as unknown as { __stormDone: number }).__stormDone);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 2_500));

beforeAll(async () => {
  site = await serve(STORM_PAGES);
  firefox = await launchFirefoxWithExtension();
  probe = await firefox.openExtensionPage('options.html');
});

afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

describe('Firefox: a policy page that navigates in place every 20 ms', () => {
  test('replaceState between two #fragments for 4 s: one analysis, no report after it, and the page keeps its time', async () => {
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
    expect(navigations).toBeGreaterThanOrEqual(STORM_MIN_NAVIGATIONS);
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
    expect(navigations).toBeGreaterThanOrEqual(STORM_MIN_NAVIGATIONS);
    // The first address, then at most one report a second while the storm lasts and one more once it ends.
    expect(analysed).toBeGreaterThanOrEqual(2);
    expect(analysed).toBeLessThanOrEqual(3 + Math.ceil(STORM_MS / 1_000));
    await page.close();
  });
});
