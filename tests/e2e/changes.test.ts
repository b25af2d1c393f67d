// "Changed since you last read it" in real Chromium: one policy URL served with version A, then version B.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { POLICY_HTML } from '../background/summary-fixture';
import { type LoadedExtension, launchWithExtension, openTab, serve } from './harness';
import { checkState, SHOTS } from './layout-checks';

const PATH = '/legal/privacy.html';
const OTHER_PATH = '/other/privacy.html';
const SELLS = 'We sell your personal information to data brokers for their own marketing.';
const VERSION_B = POLICY_HTML.replace(
  '<p>We may disclose your information if required by law or in response to a subpoena.</p>',
  `<p>${SELLS}</p>\n<p>We may disclose your information if required by law or in response to a subpoena.</p>`,
);

// The service worker's global, typed just enough for the calls made through worker.evaluate.
declare const chrome: {
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
};

const pages: Record<string, string> = { [PATH]: POLICY_HTML, [OTHER_PATH]: POLICY_HTML };
let ext: LoadedExtension;
let site: Awaited<ReturnType<typeof serve>>;
let tab: { page: Page; tabId: number };

const badge = (tabId: number) =>
  ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const title = (tabId: number) => ext.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

beforeAll(async () => {
  // `serve` reads the record on every request, so replacing the page's body publishes a new version.
  site = await serve(pages);
  ext = await launchWithExtension();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

test('version A: a grade, and a tooltip that tells the grade and no change', async () => {
  tab = await openTab(ext, `${site.origin}${PATH}`);
  await expect.poll(() => badge(tab.tabId), { timeout: 20_000 }).toMatch(/^[A-E]$/);
  expect(await title(tab.tabId)).toMatch(/^PolicyLens: grade [A-E]$/);
});

test('version B at the same URL: the badge gets its dot, the tooltip says since when', async () => {
  pages[PATH] = VERSION_B;
  await tab.page.reload();
  await expect.poll(() => badge(tab.tabId), { timeout: 20_000 }).toMatch(/^[A-E]•$/);
  expect(await title(tab.tabId)).toMatch(/^Changed since [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
});

test('the first screen of the popup says what changed, the full change view is one click away, then it is seen', async () => {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  const started = performance.now();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab.tabId}`);
  await popup.waitForSelector('.change-line');
  const ms = performance.now() - started;
  console.log(`"what changed" line on screen ${ms.toFixed(0)} ms after the popup was opened`);
  // Version A denies selling and B keeps the denial beside the new sale: the answer goes no → unclear.
  expect(await popup.textContent('.change-line p')).toMatch(
    /^Changed since [A-Z][a-z]{2} \d{1,2}, \d{4}: no longer says clearly whether it sells your data/,
  );
  // One line on the first screen, with the grade, the findings and the export: none pushed below 600 px.
  await popup.waitForSelector('[data-state="summary"]');
  const bottoms = await popup.evaluate(() =>
    ['.grade-card .score-line', '.change-line', '.top-findings', '.export button'].map((s) => {
      const boxes = [...document.querySelectorAll(s)].map((e) => e.getBoundingClientRect().bottom);
      return [s, boxes.length === 0 ? null : Math.max(...boxes)] as const;
    }),
  );
  for (const [selector, bottom] of bottoms) {
    expect(bottom, `${selector} on screen`).not.toBeNull();
    expect(bottom, `${selector} within 600 px`).toBeLessThanOrEqual(600);
  }
  expect(await popup.locator('[data-state="change"]').count()).toBe(0);
  // Nothing sticks out, axe is clean, light and dark; screenshots under test-output/layout/.
  await checkState(popup, 'popup-change-first-screen', false);

  await popup.getByRole('button', { name: 'See what changed' }).click();
  await popup.waitForSelector('[data-state="change"]');
  await checkState(popup, 'popup-change-view', false);
  expect(await popup.textContent('[data-state="change"] h1')).toMatch(/^What changed since /);
  const sells = await popup.textContent('[data-question="sells-data"]');
  expect(sells).toContain('No longer says clearly whether it sells your data');
  expect(sells).toContain(SELLS);
  expect(await popup.textContent('[data-state="change"]')).toContain(SELLS);
  // Back: the summary of version B, whole.
  await popup.getByRole('button', { name: 'Back to the summary' }).click();
  await popup.waitForSelector('[data-state="summary"]');
  expect(await popup.locator('[data-state="summary"] li.answer').count()).toBe(16);
  // Seen: the dot and the tooltip go; the next popup shows the summary alone.
  await expect.poll(() => badge(tab.tabId), { timeout: 5_000 }).toMatch(/^[A-E]$/);
  expect(await title(tab.tabId)).toMatch(/^PolicyLens: grade [A-E]$/);
  await popup.reload();
  await popup.waitForSelector('[data-state="summary"]');
  expect(await popup.locator('.change-line, [data-state="change"]').count()).toBe(0);
  await popup.close();
});

test('the same words again after a reload are no change', async () => {
  await tab.page.reload();
  await expect.poll(() => badge(tab.tabId), { timeout: 20_000 }).toMatch(/^[A-E]$/);
  expect(await title(tab.tabId)).toMatch(/^PolicyLens: grade [A-E]$/);
});

/** The URLs each store of the extension's database holds, read from an extension page. */
function storedUrls(page: Page): Promise<{ summaries: string[]; versions: Record<string, number> }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('policylens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['summaries', 'versions']);
          const summaries = tx.objectStore('summaries').getAllKeys();
          const versions = tx.objectStore('versions').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve({
              summaries: (summaries.result as string[]).sort(),
              versions: Object.fromEntries(
                (versions.result as Array<{ url: string; versions: unknown[] }>).map((r) => [
                  r.url,
                  r.versions.length,
                ]),
              ),
            });
          };
        };
      }),
  );
}

test('the options page: versions per policy; clearing the history keeps the summaries; deleting a summary takes its versions', async () => {
  const url = `${site.origin}${PATH}`;
  const other = await openTab(ext, `${site.origin}${OTHER_PATH}`);
  await expect.poll(() => badge(other.tabId), { timeout: 20_000 }).toMatch(/^[A-E]$/);
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const row = (u: string) => options.locator('li.cached-row', { hasText: u });
  await expect.poll(() => row(url).textContent()).toContain('2 versions recorded');
  expect(await row(`${site.origin}${OTHER_PATH}`).textContent()).toContain('1 version recorded');

  await options.getByRole('button', { name: `Delete summary of ${url}` }).click();
  await expect.poll(() => row(url).count()).toBe(0);
  const afterDelete = await storedUrls(options);
  expect(afterDelete.summaries).not.toContain(url);
  expect(afterDelete.versions).toEqual({ [`${site.origin}${OTHER_PATH}`]: 1 });

  await options.getByRole('button', { name: 'Clear version history' }).click();
  await options.getByRole('button', { name: 'Delete the history' }).click();
  await expect.poll(() => row(`${site.origin}${OTHER_PATH}`).textContent()).not.toContain('recorded');
  const afterClear = await storedUrls(options);
  expect(afterClear.summaries).toEqual([`${site.origin}${OTHER_PATH}`]);
  expect(afterClear.versions).toEqual({});
  await options.close();
  await other.page.close();
});
