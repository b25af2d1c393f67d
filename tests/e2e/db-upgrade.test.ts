// The cache database's upgrades in real Chromium, with real IndexedDB (db/open.ts, db/schema.ts). The
// databases an older PolicyLens left are written to disk from the service worker (the running background
// lets go of its own: its `blocking` handler closes its connections), the worker is stopped as Chromium
// stops an idle one, and the next background to start opens them: schema 4, with the versions in a
// database of their own, is upgraded to 5; a version above ours (a newer PolicyLens, then a downgrade) is
// rebuilt. Fake IndexedDB runs the same steps in tests/db/versions.test.ts; this is the browser's own.

import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CacheEntry, PolicyLensDB } from '../../db/schema';
import { summaryBytes } from '../../db/summary-size';
import { diffPolicies } from '../../engine/diff';
import type { Summary } from '../../engine/types';
import { analyze, analyzeVersion } from '../../rules/engine';
import { POLICY_HTML, POLICY_TEXT } from '../background/summary-fixture';
import {
  type LoadedExtension,
  launchWithExtension,
  openTab,
  runningWorker,
  serve,
  stopServiceWorker,
} from './harness';

const PATH = '/legal/privacy.html';
const DAY = 86_400_000;

// What the v4 rows were made of: the served page's text before an update, a shop that sells, and a page
// that is no policy (analysed anyway on request, so saved without a grade).
const OLDER_TEXT = POLICY_TEXT.replace('We use SSL encryption to protect your data in transit.', '');
const SHOP_TEXT = `${POLICY_TEXT}\nWe sell your personal information to data brokers for their own marketing.\n`;
const COFFEE_TEXT =
  'Fresh coffee every morning. Opening hours: Monday to Friday, 7 to 18. Try our new cakes.';

interface StoreSpec {
  name: string;
  keyPath: string;
  indexes: Array<[string, string | string[]]>;
  rows: unknown[];
}
interface DatabaseSpec {
  name: string;
  version: number;
  stores: StoreSpec[];
}

/**
 * In the service worker: deletes every database of the extension, then creates each one given, at its
 * version, with its stores, indexes and rows; returns the databases then on disk. A delete the
 * background's connections block fails here rather than wait: they must let go when asked.
 */
async function layDatabases(specs: DatabaseSpec[]): Promise<Array<{ name?: string; version?: number }>> {
  const done = (request: IDBRequest | IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      if (request instanceof IDBTransaction) {
        request.oncomplete = () => resolve();
        request.onerror = () => reject(request.error);
        request.onabort = () => reject(request.error ?? new Error('transaction aborted'));
        return;
      }
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      if (request instanceof IDBOpenDBRequest) {
        request.onblocked = () => reject(new Error('blocked: a connection did not let go'));
      }
    });
  for (const { name } of await indexedDB.databases()) {
    if (name !== undefined) await done(indexedDB.deleteDatabase(name));
  }
  for (const spec of specs) {
    // The background opens its database as it starts: on a busy machine that open can land between the
    // delete above and this open, and leave the newer version in the way. Then delete it again.
    let open = indexedDB.open(spec.name, spec.version);
    for (let attempt = 0; ; attempt++) {
      const opening = open;
      opening.onupgradeneeded = () => {
        for (const store of spec.stores) {
          const created = opening.result.createObjectStore(store.name, { keyPath: store.keyPath });
          for (const [index, keyPath] of store.indexes) created.createIndex(index, keyPath);
        }
      };
      try {
        await done(opening);
        break;
      } catch (error) {
        if ((error as DOMException | null)?.name !== 'VersionError' || attempt >= 5) throw error;
        await done(indexedDB.deleteDatabase(spec.name));
        open = indexedDB.open(spec.name, spec.version);
      }
    }
    const db = open.result;
    if (spec.stores.length > 0) {
      const tx = db.transaction(
        spec.stores.map((s) => s.name),
        'readwrite',
      );
      for (const store of spec.stores) for (const row of store.rows) tx.objectStore(store.name).put(row);
      await done(tx);
    }
    db.close();
  }
  return (await indexedDB.databases()).map(({ name, version }) => ({ name, version }));
}

type Stores = { [S in keyof PolicyLensDB]?: unknown[] } & { names: string[]; version: number };

/** In an extension page: every row of every store of `policylens`, as on disk, and its version. */
function readDatabase(): Promise<Stores> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('policylens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      const out: Record<string, unknown> = { names, version: db.version };
      const tx = db.transaction(names);
      for (const name of names) {
        const all = tx.objectStore(name).getAll();
        all.onsuccess = () => {
          out[name] = all.result;
        };
      }
      tx.oncomplete = () => {
        db.close();
        resolve(out as Stores);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function v4Row(url: string, text: string, summary: Summary, analysedAt: number): CacheEntry {
  return {
    url,
    site: new URL(url).host,
    textHash: sha256(text),
    engine: summary.engine,
    rubric: summary.rubric,
    analysedAt,
    lastUsed: analysedAt,
    title: summary.source.title ?? '',
    grade: summary.grade,
    score: summary.score,
    summary: { ...summary, analysedAt: new Date(analysedAt).toISOString() },
    bytes: summaryBytes(summary),
  };
}

// The stores and indexes of schema 4 (db/schema.ts before 1414c5f), and of the old version history
// (db/versions.ts before 1414c5f: `policylens-versions` at version 1, store `history`).
const V4_SUMMARIES_STORE = {
  name: 'summaries',
  keyPath: 'url',
  indexes: [
    ['lastUsed', 'lastUsed'],
    ['analysedAt', 'analysedAt'],
    ['siteLastUsed', ['site', 'lastUsed']],
    ['bytes', 'bytes'],
  ] as Array<[string, string | string[]]>,
};

let ext: LoadedExtension;
let site: Awaited<ReturnType<typeof serve>>;
/** Whatever the extension's contexts report as an error or a warning, and what they throw. */
const complaints: string[] = [];

beforeAll(async () => {
  site = await serve({ [PATH]: POLICY_HTML });
  ext = await launchWithExtension();
  ext.context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      complaints.push(`${message.type()}: ${message.text()}`);
    }
  });
  ext.context.on('weberror', (error) => complaints.push(`thrown: ${error.error().message}`));
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

const optionsPage = async (): Promise<Page> => {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  return page;
};

const badge = async (tabId: number) =>
  (await runningWorker(ext)).evaluate(
    (id) =>
      (
        globalThis as unknown as {
          chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        }
      ).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );

describe('schema 4, as an older PolicyLens left it', () => {
  const now = Date.now();
  let policyUrl: string;
  let rows: CacheEntry[];
  let expected: Record<string, string>;

  test('the databases are written and the background stopped', async () => {
    policyUrl = `${site.origin}${PATH}`;
    const older = analyze(OLDER_TEXT, { url: policyUrl, title: 'Example Privacy Policy' });
    const shop = analyze(SHOP_TEXT, { url: 'https://shop.example/privacy', title: 'Shop privacy' });
    const coffee = analyze(COFFEE_TEXT, { url: 'https://coffee.example/', title: 'Coffee' });
    expect(coffee.isPolicy, 'the coffee page reads as no policy').toBe(false);
    expect(shop.grade, 'the saved summaries differ in grade').not.toBe(older.grade);
    rows = [
      v4Row(policyUrl, OLDER_TEXT, older, now - 3 * DAY),
      v4Row('https://shop.example/privacy', SHOP_TEXT, shop, now - 2 * DAY),
      v4Row('https://coffee.example/', COFFEE_TEXT, coffee, now - DAY),
    ];
    expected = {
      [policyUrl]: `Grade ${older.grade}`,
      'https://shop.example/privacy': `Grade ${shop.grade}`,
      'https://coffee.example/': 'Not graded',
    };
    // The versions the old database held: the served page's older text, and a change at the shop that
    // the person had not looked at yet (its diff as the engine makes it).
    const shopChange = diffPolicies(
      analyzeVersion(POLICY_TEXT, { url: 'https://shop.example/privacy' }),
      analyzeVersion(SHOP_TEXT, { url: 'https://shop.example/privacy' }),
    );
    expect(shopChange.changed).toBe(true);
    const history = [
      {
        url: policyUrl,
        lastSeen: now - 3 * DAY,
        versions: [{ textHash: sha256(OLDER_TEXT), seenAt: now - 3 * DAY, text: OLDER_TEXT }],
      },
      {
        url: 'https://shop.example/privacy',
        lastSeen: now - 2 * DAY,
        versions: [
          { textHash: sha256(POLICY_TEXT), seenAt: now - 9 * DAY, text: POLICY_TEXT },
          { textHash: sha256(SHOP_TEXT), seenAt: now - 2 * DAY, text: SHOP_TEXT },
        ],
        change: { since: now - 9 * DAY, diff: shopChange, seen: false },
      },
    ];
    const onDisk = await ext.worker.evaluate(layDatabases, [
      { name: 'policylens', version: 4, stores: [{ ...V4_SUMMARIES_STORE, rows }] },
      {
        name: 'policylens-versions',
        version: 1,
        stores: [{ name: 'history', keyPath: 'url', indexes: [['lastSeen', 'lastSeen']], rows: history }],
      },
    ] satisfies DatabaseSpec[]);
    expect(onDisk).toEqual(
      expect.arrayContaining([
        { name: 'policylens', version: 4 },
        { name: 'policylens-versions', version: 1 },
      ]),
    );
    await stopServiceWorker(ext);
  });

  test('the next background upgrades to 5: every saved summary is listed, with its grade or none', async () => {
    const options = await optionsPage();
    const listed = options.locator('li.cached-row');
    await expect.poll(() => listed.count(), { timeout: 15_000 }).toBe(rows.length);
    for (const [url, label] of Object.entries(expected)) {
      const row = options.locator('li.cached-row', { hasText: url });
      expect(await row.locator('.grade').getAttribute('aria-label'), url).toBe(label);
      // The old database's versions are not carried over: no row counts any.
      expect(await row.textContent(), url).not.toContain('recorded');
    }
    const stored = await options.evaluate(readDatabase);
    expect(stored.version).toBe(5);
    expect(stored.names.sort()).toEqual(['summaries', 'versions']);
    // Every row as it was written: nothing cut, nothing rewritten by the upgrade or by listing.
    const byUrl = (list: unknown[] = []) =>
      [...(list as CacheEntry[])].sort((a, b) => a.url.localeCompare(b.url));
    expect(byUrl(stored.summaries)).toEqual(byUrl(rows));
    expect(stored.versions).toEqual([]);
    await options.close();
  });

  test('the old version history database is deleted', async () => {
    const worker = await runningWorker(ext);
    await expect
      .poll(
        async () => (await worker.evaluate(() => indexedDB.databases())).map((d) => `${d.name}@${d.version}`),
        { timeout: 10_000 },
      )
      .toEqual(['policylens@5']);
  });

  test("a saved summary opens in the popup, with its grade and without the old database's change", async () => {
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    const url = 'https://shop.example/privacy';
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?url=${encodeURIComponent(url)}`);
    await popup.waitForSelector('.grade-card');
    expect(await popup.locator('.grade-card .grade').getAttribute('aria-label')).toBe(expected[url]);
    expect(await popup.textContent('.grade-card')).toContain('Shop privacy');
    expect(await popup.textContent('.grade-card')).toContain('(saved summary)');
    expect(await popup.locator('.change-line').count()).toBe(0);
    await popup.close();
  });

  test('a new visit analyses the page again and records its version in the new store', async () => {
    const tab = await openTab(ext, policyUrl);
    // A grade without the change dot: the older text the old database held was dropped with it.
    await expect.poll(() => badge(tab.tabId), { timeout: 20_000 }).toMatch(/^[A-E]$/);
    const options = await optionsPage();
    const row = options.locator('li.cached-row', { hasText: policyUrl });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('1 version recorded');
    const stored = await options.evaluate(readDatabase);
    const versions = stored.versions as Array<{ url: string; versions: Array<{ text: string }> }>;
    expect(versions.map((v) => [v.url, v.versions.length])).toEqual([[policyUrl, 1]]);
    expect(versions[0]?.versions[0]?.text).toContain(
      'We use SSL encryption to protect your data in transit.',
    );
    const summary = (stored.summaries as CacheEntry[]).find((r) => r.url === policyUrl);
    expect(summary?.textHash, 'the page was read again: its text is not the older one').not.toBe(
      rows[0]?.textHash,
    );
    expect((stored.summaries as CacheEntry[]).map((r) => r.url).sort()).toEqual(Object.keys(expected).sort());
    await options.close();
    await tab.page.close();
  });

  test('nothing complained or threw', () => {
    expect(complaints).toEqual([]);
  });
});

describe('a version above ours, as a newer PolicyLens left it', () => {
  test('is rebuilt empty at 5 when the next background starts, and works', async () => {
    complaints.length = 0;
    const onDisk = await (await runningWorker(ext)).evaluate(layDatabases, [
      {
        name: 'policylens',
        version: 6,
        stores: [
          // Rows of a shape this version does not know, and a store it has never heard of.
          { name: 'summaries', keyPath: 'url', indexes: [], rows: [{ url: 'https://new.example/', v: 6 }] },
          { name: 'future', keyPath: 'id', indexes: [], rows: [{ id: 1 }] },
        ],
      },
    ] satisfies DatabaseSpec[]);
    expect(onDisk).toEqual([{ name: 'policylens', version: 6 }]);
    await stopServiceWorker(ext);

    const options = await optionsPage();
    await options.waitForSelector('#cache-heading');
    await expect
      .poll(() => options.textContent('body'), { timeout: 15_000 })
      .toContain('No saved summaries.');
    // Empty because rebuilt, not because the background went on without a database.
    expect(await options.textContent('body')).not.toContain('cannot use this browser');
    const rebuilt = await options.evaluate(readDatabase);
    expect({ version: rebuilt.version, names: rebuilt.names.sort() }).toEqual({
      version: 5,
      names: ['summaries', 'versions'],
    });
    expect(rebuilt.summaries).toEqual([]);

    const tab = await openTab(ext, `${site.origin}${PATH}`);
    await expect.poll(() => badge(tab.tabId), { timeout: 20_000 }).toMatch(/^[A-E]$/);
    await options.reload();
    const row = options.locator('li.cached-row', { hasText: `${site.origin}${PATH}` });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('1 version recorded');
    await options.close();
    await tab.page.close();
    expect(complaints).toEqual([]);
  });
});
