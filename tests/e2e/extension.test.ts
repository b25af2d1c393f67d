// The extension as a person uses it, in real headless Chromium: badge, popup, cache, export, states.

import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusPage, type LoadedExtension, launchWithExtension, serve } from './harness';
import { axeViolations } from './layout-checks';

const POLICY_PATH = '/privacy/policy.html';
const ORDINARY_PATH = '/shop.html';
const SHOTS = path.resolve(process.cwd(), 'test-output');

// The service worker's global, typed just enough for the calls made through worker.evaluate.
declare const chrome: {
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

let ext: LoadedExtension;
let site: Awaited<ReturnType<typeof serve>>;
let policyTab: { page: Page; tabId: number };

async function tabIds(): Promise<number[]> {
  return ext.worker.evaluate(async () =>
    (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  );
}

/** Opens a page in a new tab and finds its tab id as the extension sees it. */
async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const before = await tabIds();
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = (await tabIds()).find((id) => !before.includes(id));
  if (tabId === undefined) throw new Error(`no new tab for ${url}`);
  return { page, tabId };
}

async function badgeText(tabId: number): Promise<string> {
  return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-state]:not([data-state="loading"])');
  return popup;
}

async function cachedEntry(page: Page, url: string) {
  return page.evaluate(
    (key) =>
      new Promise<{ grade: string; engine: string; textHash: string; analysedAt: number } | undefined>(
        (resolve, reject) => {
          const open = indexedDB.open('policylens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('summaries').objectStore('summaries').get(key);
            get.onsuccess = () => {
              resolve(get.result);
              open.result.close();
            };
          };
        },
      ),
    url,
  );
}

beforeAll(async () => {
  site = await serve({
    [POLICY_PATH]: corpusPage('105_www.amazon.com.html'),
    [ORDINARY_PATH]: readFileSync(path.resolve(__dirname, 'fixtures/ordinary-page.html'), 'utf8'),
  });
  ext = await launchWithExtension();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

describe('on a privacy policy page', () => {
  test('the badge shows a grade', async () => {
    policyTab = await openTab(`${site.origin}${POLICY_PATH}`);
    // The content script detects the policy and the worker analyses it: wait for the result, not a time.
    await expect.poll(() => badgeText(policyTab.tabId), { timeout: 20_000 }).toMatch(/^[A-E]$/);
  });

  test('the popup shows the summary, served from the cache the badge filled', async () => {
    const popup = await openPopup(policyTab.tabId);
    const grade = await popup.textContent('.grade-card .grade');
    expect(grade).toBe(await badgeText(policyTab.tabId));
    expect(await popup.locator('li.answer').count()).toBe(16);
    expect(await popup.locator('[data-category]').count()).toBe(12);
    expect(await popup.getAttribute('[data-from-cache]', 'data-from-cache')).toBe('true');

    const entry = await cachedEntry(popup, `${site.origin}${POLICY_PATH}`);
    expect(entry?.grade).toBe(grade);
    expect(entry?.textHash).toMatch(/^[0-9a-f]{64}$/);
    await popup.close();
  });

  test('a summary cached under rubric 1 is rescored from its answers when read, not analysed again', async () => {
    const popup = await openPopup(policyTab.tabId);
    const grade = await popup.textContent('.grade-card .grade');
    const key = `${site.origin}${POLICY_PATH}`;
    // What rubric 1 left: another rubric version, and a grade and score that rubric 2 does not give.
    const stale = grade === 'A' ? 'B' : 'A';
    await popup.evaluate(
      ({ key, stale }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('policylens');
          open.onsuccess = () => {
            const tx = open.result.transaction('summaries', 'readwrite');
            const store = tx.objectStore('summaries');
            const get = store.get(key);
            get.onsuccess = () => {
              const row = get.result;
              Object.assign(row, { rubric: '1.0.0', grade: stale, score: 99 });
              Object.assign(row.summary, { rubric: '1.0.0', grade: stale, score: 99, scoreLines: [] });
              store.put(row);
            };
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { key, stale },
    );
    await popup.reload();
    await popup.waitForSelector('[data-state="summary"]');
    expect(await popup.textContent('.grade-card .grade')).toBe(grade);
    expect(await popup.getAttribute('[data-from-cache]', 'data-from-cache')).toBe('true');
    const entry = (await cachedEntry(popup, key)) as
      | { grade: string; rubric?: string; score: number }
      | undefined;
    expect(entry?.grade).toBe(grade);
    expect(entry?.rubric).toMatch(/^2\./);
    expect(entry?.score).not.toBe(99);
    await popup.close();
  });

  test('without a cache entry the engine runs once, then the cache serves it', async () => {
    const popup = await openPopup(policyTab.tabId);
    await popup.evaluate(
      (key) =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('policylens');
          open.onsuccess = () => {
            const tx = open.result.transaction('summaries', 'readwrite');
            tx.objectStore('summaries').delete(key);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      `${site.origin}${POLICY_PATH}`,
    );
    await popup.reload();
    await popup.waitForSelector('[data-state="summary"]');
    expect(await popup.getAttribute('[data-from-cache]', 'data-from-cache')).toBe('false');
    const first = await cachedEntry(popup, `${site.origin}${POLICY_PATH}`);

    await popup.reload();
    await popup.waitForSelector('[data-state="summary"]');
    expect(await popup.getAttribute('[data-from-cache]', 'data-from-cache')).toBe('true');
    expect((await cachedEntry(popup, `${site.origin}${POLICY_PATH}`))?.analysedAt).toBe(first?.analysedAt);
    await popup.close();
  });

  test('the popup is answered from what the worker kept for the tab (figure printed)', async () => {
    const popup = await openPopup(policyTab.tabId);
    // The request the popup sends, timed on its own (@webext-core/messaging's envelope: id, type, data,
    // timestamp → { res } or { err }). No HTML crosses: the worker asks the tab for its address only.
    const runs = await popup.evaluate(async (tabId) => {
      const { chrome: api } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<{ res?: { fromCache?: boolean } }> } };
      };
      const out: Array<{ ms: number; fromCache: boolean }> = [];
      for (let id = 0; id < 15; id++) {
        const start = performance.now();
        const reply = await api.runtime.sendMessage({
          id,
          type: 'summariseTab',
          data: { tabId },
          timestamp: Date.now(),
        });
        out.push({ ms: performance.now() - start, fromCache: reply.res?.fromCache === true });
      }
      return out;
    }, policyTab.tabId);
    expect(runs.every((r) => r.fromCache)).toBe(true);
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
    console.info(
      `popup summariseTab from the kept summary: median ${ms[Math.floor(ms.length / 2)]?.toFixed(1)} ms, ` +
        `max ${ms.at(-1)?.toFixed(1)} ms over ${ms.length} requests`,
    );
    await popup.close();
  });

  test('Copy Markdown puts the grade and the answers on the clipboard', async () => {
    const popup = await openPopup(policyTab.tabId);
    await popup.evaluate(() => {
      const copied: string[] = [];
      Object.assign(window, { copied });
      // The clipboard needs a focused document, which a headless test tab is not; record the text instead.
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: async (text: string) => {
          copied.push(text);
        },
      });
    });
    await popup.getByRole('button', { name: 'Copy Markdown' }).click();
    await popup.getByText('Markdown copied.').waitFor();
    const markdown = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied[0] ?? '');
    const grade = await popup.textContent('.grade-card .grade');
    expect(markdown).toContain(`**Grade ${grade}**`);
    expect(markdown).toContain('## Answers');
    expect(markdown).toMatch(/\| Sells your data \| (yes|no|unclear)/);
    await popup.close();
  });

  test('clicking a quote highlights it in the page', async () => {
    const popup = await openPopup(policyTab.tabId);
    // An answer's quotes are rendered when it opens (components/LazyDetails.tsx): closed, it has none.
    expect(await popup.locator('li.answer button.quote').count()).toBe(0);
    for (const summary of await popup.locator('li.answer summary').all()) await summary.click();
    const item = popup.locator('li.answer', { has: popup.locator('button.quote') }).first();
    await item.locator('button.quote').first().click();
    await expect
      .poll(() => policyTab.page.evaluate(() => CSS.highlights.has('policylens-quote')), { timeout: 5_000 })
      .toBe(true);
    expect(await popup.locator('.status').first().textContent()).toBe('');
    await popup.close();
  });

  test('the popup has no serious or critical axe violations, in light and dark mode', async () => {
    const popup = await openPopup(policyTab.tabId);
    // Open a few answers so that quotes and contradictions are checked too.
    for (const summary of await popup.locator('li.answer summary').all()) await summary.click();
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const { violations, passes } = await axeViolations(popup);
      // axe checked something (contrast, names, roles), so an empty violation list means something.
      expect(passes).toBeGreaterThan(5);
      expect(violations, scheme).toEqual([]);
    }
    await popup.close();
  });

  test('screenshots of the popup, light and dark', async () => {
    const popup = await openPopup(policyTab.tabId);
    await popup.locator('li.answer summary').first().click();
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: path.join(SHOTS, `popup-${scheme}.png`), fullPage: true });
    }
    await popup.close();
  });
});

describe('the options page', () => {
  test('lists the saved summary and opens it; settings are saved', async () => {
    const options = await ext.context.newPage();
    await options.setViewportSize({ width: 800, height: 700 });
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const row = options.locator('.cached-row', { hasText: `${site.origin}${POLICY_PATH}` });
    await row.waitFor();
    await options.emulateMedia({ colorScheme: 'light' });
    await options.screenshot({ path: path.join(SHOTS, 'options-light.png') });

    await options.getByLabel('Keep saved summaries for').fill('14');
    await options.getByLabel('Keep saved summaries for').press('Tab');
    await expect
      .poll(() => ext.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings))
      .toMatchObject({ keepDays: 14 });

    await row.getByRole('button', { name: /^Open/ }).click();
    await options.waitForSelector('[data-state="summary"]');
    await options.close();
  });

  test('deletes a saved summary through the background: gone from IndexedDB, and analysed afresh', async () => {
    const url = `${site.origin}${POLICY_PATH}`;
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const row = options.locator('.cached-row', { hasText: url });
    await row.waitFor();
    expect(await cachedEntry(options, url)).toBeDefined();
    await row.getByRole('button', { name: /^Delete/ }).click();
    await row.waitFor({ state: 'detached' });
    expect(await cachedEntry(options, url)).toBeUndefined();
    await options.close();

    // The background kept nothing of it either: the popup analyses the page again.
    const popup = await openPopup(policyTab.tabId);
    expect(await popup.getAttribute('[data-state]', 'data-state')).toBe('summary');
    expect(await popup.getAttribute('[data-from-cache]', 'data-from-cache')).toBe('false');
    expect(await cachedEntry(popup, url)).toBeDefined();
    await popup.close();
  });
});

describe('on an ordinary page', () => {
  test('the badge is empty, also after the policy tab navigates there', async () => {
    const shop = await openTab(`${site.origin}${ORDINARY_PATH}`);
    expect(await badgeText(shop.tabId)).toBe('');
    await policyTab.page.goto(`${site.origin}${ORDINARY_PATH}`);
    await expect.poll(() => badgeText(policyTab.tabId), { timeout: 10_000 }).toBe('');
    await shop.page.close();
  });

  test('the popup says it is not a policy, offers its privacy link and "Analyse anyway"', async () => {
    const shop = await openTab(`${site.origin}${ORDINARY_PATH}`);
    const popup = await openPopup(shop.tabId);
    expect(await popup.getAttribute('[data-state]', 'data-state')).toBe('not-policy');
    expect(await popup.getByRole('button', { name: 'Privacy Policy' }).count()).toBe(1);
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: path.join(SHOTS, 'popup-not-policy.png'), fullPage: true });
    await popup.getByRole('button', { name: 'Analyse anyway' }).click();
    await popup.waitForSelector('[data-state="summary"]');
    // Analysed on request, an ordinary page gets answers but no grade: not in the popup, not in its
    // export, not in the options page's saved list, not on the toolbar badge.
    expect(await popup.textContent('.grade-card .grade')).toBe('?');
    expect(await popup.getAttribute('.grade-card', 'data-graded')).toBe('false');
    expect(await popup.textContent('.grade-card')).toContain('Not graded');
    expect(await popup.textContent('.grade-card')).not.toMatch(/\/100/);
    await popup.evaluate(() => {
      const copied: string[] = [];
      Object.assign(window, { copied });
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: async (text: string) => {
          copied.push(text);
        },
      });
    });
    await popup.getByRole('button', { name: 'Copy Markdown' }).click();
    await popup.getByText('Markdown copied.').waitFor();
    const markdown = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied[0] ?? '');
    expect(markdown).toContain('**Not graded**');
    expect(markdown).not.toMatch(/\*\*Grade [A-E]\*\*|\/100/);
    expect(await badgeText(shop.tabId)).toBe('');
    await popup.close();

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const row = options.locator('.cached-row', { hasText: `${site.origin}${ORDINARY_PATH}` });
    await row.waitFor();
    expect(await row.locator('.grade').textContent()).toBe('?');
    expect(await row.textContent()).toContain('Not graded');
    await options.close();
    await shop.page.close();
  });

  test('a tab the content script cannot run in is unreadable', async () => {
    const blank = await openTab('about:blank');
    const popup = await openPopup(blank.tabId);
    expect(await popup.getAttribute('[data-state]', 'data-state')).toBe('unreadable');
    await popup.close();
    await blank.page.close();
  });
});
