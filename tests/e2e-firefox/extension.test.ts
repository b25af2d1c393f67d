// The Firefox build as a person uses it, in real headless Firefox: the content script detects a served
// policy, the toolbar badge shows its grade, the popup page shows the summary, and the summary sits in
// Firefox's IndexedDB. Everything is read through the extension's own pages (moz-extension://).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FirefoxWithExtension, launchFirefoxWithExtension, openTabIn, tabIds } from './harness';
import { corpusPage, type Site, serve } from './pages';

const POLICY_PATH = '/privacy/policy.html';
const ORDINARY_PATH = '/shop.html';

// The extension pages' global (Firefox's promise-based WebExtension API), typed for the calls made here.
declare const browser: {
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

let firefox: FirefoxWithExtension;
let site: Site;
let origin: string;
/** An extension page kept open to ask the extension APIs (tab ids, badge). */
let probe: Page;

const openTab = (url: string) => openTabIn(firefox, probe, url);

function badgeText(tabId: number): Promise<string> {
  return probe.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-state]:not([data-state="loading"])', { timeout: 20_000 });
  return popup;
}

/** The cached row for a URL, read from the extension's IndexedDB in the extension page's own realm. */
function cachedEntry(page: Page, url: string) {
  return page.evaluate(
    (key) =>
      new Promise<{ grade: string; textHash: string; summary: { url?: string } } | undefined>(
        (resolve, reject) => {
          const open = indexedDB.open('policylens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('summaries').objectStore('summaries').get(key);
            get.onsuccess = () => {
              resolve(get.result);
              open.result.close();
            };
            get.onerror = () => reject(get.error);
          };
        },
      ),
    url,
  );
}

beforeAll(async () => {
  site = await serve(
    {
      [POLICY_PATH]: corpusPage('105_www.amazon.com.html'),
      [ORDINARY_PATH]: readFileSync(path.resolve(__dirname, '../e2e/fixtures/ordinary-page.html'), 'utf8'),
    },
    "default-src 'none'; style-src 'unsafe-inline'",
  );
  origin = site.origin;
  firefox = await launchFirefoxWithExtension();
  // Any extension page answers the API calls; options.html asks for no tab.
  probe = await firefox.openExtensionPage('options.html');
});

afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

describe('Firefox: the built extension on a served policy page', () => {
  let policyTab: { page: Page; tabId: number };

  test('loads as a temporary add-on in real Firefox', () => {
    expect(firefox.version).toMatch(/^firefox\/\d+/);
  });

  test('the content script detects the policy and the toolbar badge shows a grade', async () => {
    policyTab = await openTab(`${origin}${POLICY_PATH}`);
    // Wait for the analysis, not a time: the badge stays empty until the worker has graded the page.
    await expect
      .poll(() => badgeText(policyTab.tabId), { timeout: 30_000, interval: 250 })
      .toMatch(/^[A-E]$/);
  });

  test('the popup page shows the summary the badge came from, served from the IndexedDB cache', async () => {
    const popup = await openPopup(policyTab.tabId);
    const state = await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'));
    expect(state).toBe('summary');
    const grade = await popup.$eval('.grade-card .grade', (el) => el.textContent);
    expect(grade).toBe(await badgeText(policyTab.tabId));
    expect(await popup.$$eval('li.answer', (els) => els.length)).toBe(16);
    expect(await popup.$$eval('[data-category]', (els) => els.length)).toBe(12);
    expect(await popup.$eval('[data-from-cache]', (el) => el.getAttribute('data-from-cache'))).toBe('true');

    const entry = await cachedEntry(popup, `${origin}${POLICY_PATH}`);
    expect(entry?.grade).toBe(grade);
    expect(entry?.textHash).toMatch(/^[0-9a-f]{64}$/);
    await popup.close();
  });

  test('clicking a quote highlights it in the page (CSS Custom Highlight API)', async () => {
    const popup = await openPopup(policyTab.tabId);
    // An answer's quotes are rendered when it opens (components/LazyDetails.tsx): closed, it has none.
    expect(await popup.$$eval('li.answer button.quote', (els) => els.length)).toBe(0);
    for (const summary of await popup.$$('li.answer summary')) await summary.click();
    await popup.waitForSelector('li.answer details[open] button.quote');
    await popup.click('li.answer details[open] button.quote');
    await expect
      .poll(() => policyTab.page.evaluate(() => CSS.highlights.has('policylens-quote')), {
        timeout: 5_000,
        interval: 100,
      })
      .toBe(true);
    expect(await popup.$eval('.status', (el) => el.textContent)).toBe('');
    await popup.close();
  });

  test("Copy Markdown, clicked, puts the summary on Firefox's clipboard", async () => {
    const popup = await openPopup(policyTab.tabId);
    const grade = await popup.$eval('.grade-card .grade', (el) => el.textContent);
    const [copy] = await popup.$$('xpath/.//button[normalize-space()="Copy Markdown"]');
    if (!copy) throw new Error('no Copy Markdown button');
    await copy.click();
    await expect
      .poll(() => popup.$eval('.export .status', (el) => el.textContent), { timeout: 5_000, interval: 100 })
      .toBe('Markdown copied.');
    // Headless Firefox keeps its own clipboard, so this reads back what the button wrote, nothing else's.
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('# PolicyLens summary: ')).toBe(true);
    expect(copied).toContain(`- Source: \`${origin}${POLICY_PATH}\``);
    expect(copied).toContain(`**Grade ${grade}**`);
    await popup.close();
  });

  test('the options page lists the saved summary, saves a setting, and opens the summary', async () => {
    const options = await firefox.openExtensionPage('options.html');
    const url = `${origin}${POLICY_PATH}`;
    const open = `button[aria-label="Open summary of ${url}"]`;
    await options.waitForSelector(open, { timeout: 10_000 });
    const grade = await badgeText(policyTab.tabId);
    const rowGrade = await options.$$eval(
      '.cached-row',
      (rows, key) => rows.find((row) => row.textContent?.includes(key))?.querySelector('.grade')?.textContent,
      url,
    );
    expect(rowGrade).toBe(grade);

    const keepDays = await options.$('input[name="keepDays"]');
    if (!keepDays) throw new Error('no keepDays input');
    await keepDays.click({ count: 3 });
    await keepDays.type('14');
    await options.keyboard.press('Tab');
    await expect
      .poll(
        () =>
          probe.evaluate(async () => {
            const { settings } = await browser.storage.local.get('settings');
            return (settings as { keepDays?: number } | undefined)?.keepDays;
          }),
        { timeout: 5_000, interval: 100 },
      )
      .toBe(14);

    await options.click(open);
    await options.waitForSelector('[data-state="summary"]', { timeout: 10_000 });
    expect(await options.$eval('.grade-card .grade', (el) => el.textContent)).toBe(grade);
    await options.close();
  });

  test('an ordinary page gets no badge and no cache entry; its popup says it is no policy', async () => {
    const shop = await openTab(`${origin}${ORDINARY_PATH}`);
    const popup = await openPopup(shop.tabId);
    expect(await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))).toBe('not-policy');
    expect(await badgeText(shop.tabId)).toBe('');
    expect(await cachedEntry(popup, `${origin}${ORDINARY_PATH}`)).toBeUndefined();
    await popup.close();
    await shop.page.close();
  });

  test('a tab the content script cannot run in (about:blank) is unreadable, and the popup says so', async () => {
    const before = await tabIds(probe);
    const blank = await firefox.browser.newPage();
    const tabId = (await tabIds(probe)).find((id) => !before.includes(id));
    if (tabId === undefined) throw new Error('no new tab for about:blank');
    const popup = await openPopup(tabId);
    expect(await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))).toBe('unreadable');
    await popup.close();
    await blank.close();
  });
});
