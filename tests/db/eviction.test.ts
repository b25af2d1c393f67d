// Eviction under concurrent writers and under one site writing many pages (issue 13, finding 2): the caps
// hold exactly, only least recently used entries go, and one site cannot evict another's summaries.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, test } from 'vitest';
import { MAX_ENTRIES, MAX_ENTRIES_PER_SITE, SummaryCache } from '../../db/cache';
import { DB_VERSION, type HistoryRow, type PolicyLensDB } from '../../db/schema';
import { VersionHistory } from '../../db/versions';
import { entry, summary } from './entry-fixture';

let seq = 0;
const opened: Array<{ close(): void }> = [];

afterEach(() => {
  for (const cache of opened.splice(0)) cache.close();
});

async function openCache(name: string, options: Parameters<typeof SummaryCache.open>[0] = {}) {
  const cache = await SummaryCache.open({ name, ...options });
  opened.push(cache);
  return cache;
}

/** Writes rows as they would be on disk, in one transaction, without going through put. */
async function seed(name: string, rows: ReturnType<typeof entry>[], withVersions = false): Promise<void> {
  const db = await openDB<PolicyLensDB>(name, DB_VERSION);
  const tx = db.transaction(['summaries', 'versions'], 'readwrite');
  for (const row of rows) {
    void tx.objectStore('summaries').put(row);
    if (withVersions) void tx.objectStore('versions').put(versionsRow(row.url, row.lastUsed));
  }
  await tx.done;
  db.close();
}

function versionsRow(url: string, lastSeen: number): HistoryRow {
  return {
    url,
    lastSeen,
    versions: [{ textHash: 'v', seenAt: lastSeen, text: `text of ${url}` }],
    count: 1,
    bytes: 100,
  };
}

/** The URLs of each store as on disk. */
async function stored(name: string): Promise<{ summaries: string[]; versions: string[] }> {
  const db = await openDB<PolicyLensDB>(name, DB_VERSION);
  const out = {
    summaries: (await db.getAllKeys('summaries')).sort(),
    versions: (await db.getAllKeys('versions')).sort(),
  };
  db.close();
  return out;
}

async function openHistory(name: string, now?: () => number) {
  const history = await VersionHistory.open({ name, onError: () => {}, ...(now ? { now } : {}) });
  opened.push(history);
  return history;
}

/** What the background does for a policy page: its summary cached, then its text recorded. */
async function readPolicy(cache: SummaryCache, history: VersionHistory, url: string, text = url) {
  await cache.put(url, 'h', summary);
  await history.record(url, 'h', text);
}

const urlsBySite = async (cache: SummaryCache) => {
  const bySite = new Map<string, string[]>();
  for (const row of await cache.list()) {
    const host = new URL(row.url).host;
    bySite.set(host, [...(bySite.get(host) ?? []), row.url]);
  }
  return bySite;
};

describe('a full cache and concurrent writers', () => {
  test('500 entries plus 50 concurrent puts leave exactly 500: the 50 least recently used go', async () => {
    const name = `eviction-${seq++}`;
    let clock = 1_000_000;
    const cache = await openCache(name, { now: () => clock++ });
    // 500 entries over 50 sites (10 each, under the per-site cap); entry n was last used at time n.
    const full = Array.from({ length: MAX_ENTRIES }, (_, n) =>
      entry(`https://site${n % 50}.example/page${n}`, { lastUsed: n, analysedAt: n }),
    );
    await seed(name, full);
    expect(await cache.count()).toBe(MAX_ENTRIES);

    const fresh = Array.from({ length: 50 }, (_, n) => `https://new${n}.example/privacy`);
    await Promise.all(fresh.map((url) => cache.put(url, 'h', summary)));

    expect(await cache.count()).toBe(MAX_ENTRIES);
    for (const url of fresh) expect(await cache.get(url), url).toBeDefined();
    for (const row of full.slice(0, 50)) expect(await cache.get(row.url), row.url).toBeUndefined();
    for (const row of full.slice(50)) expect(await cache.get(row.url), row.url).toBeDefined();
  });

  test('concurrent puts of the same few URLs never shrink the cache', async () => {
    const name = `eviction-${seq++}`;
    const cache = await openCache(name, { maxEntries: 20 });
    await seed(
      name,
      Array.from({ length: 20 }, (_, n) => entry(`https://s${n}.example/`, { lastUsed: n })),
    );
    const urls = Array.from({ length: 60 }, (_, n) => `https://busy.example/${n % 3}`);
    await Promise.all(urls.map((url) => cache.put(url, 'h', summary)));
    expect(await cache.count()).toBe(20);
  });
});

describe('concurrent writers with versions', () => {
  // Smaller than the cache's real caps: fake-indexeddb walks both weight indexes on every write slowly.
  test('a full cache with versions and 20 concurrent policy reads: the 20 least recently used URLs go, each with its versions', async () => {
    const name = `eviction-${seq++}`;
    let clock = 1_000_000;
    const now = () => clock++;
    const cache = await openCache(name, { now, maxEntries: 100 });
    const history = await openHistory(name, now);
    const full = Array.from({ length: 100 }, (_, n) =>
      entry(`https://site${n % 10}.example/page${n}`, { lastUsed: n, analysedAt: n }),
    );
    await seed(name, full, true);

    const fresh = Array.from({ length: 20 }, (_, n) => `https://new${n}.example/privacy`);
    await Promise.all(fresh.map((url) => readPolicy(cache, history, url)));

    const after = await stored(name);
    expect(after.summaries).toHaveLength(100);
    // No URL keeps versions without its summary, and every summary kept its versions.
    expect(after.versions).toEqual(after.summaries);
    for (const row of full.slice(0, 20)) expect(after.summaries, row.url).not.toContain(row.url);
    for (const row of full.slice(20)) expect(after.summaries, row.url).toContain(row.url);
    for (const url of fresh) expect((await history.get(url))?.versions, url).toHaveLength(1);
  });

  test("a site storming with new policies never takes another site's summaries or versions", async () => {
    const name = `eviction-${seq++}`;
    let clock = 0;
    const now = () => clock++;
    const cache = await openCache(name, { now, maxEntriesPerSite: 20 });
    const history = await openHistory(name, now);
    const others = Array.from({ length: 30 }, (_, n) => `https://other${n % 10}.example/policy${n}`);
    for (const url of others) await readPolicy(cache, history, url);
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          readPolicy(cache, history, `https://storm.example/p${batch * 10 + n}`),
        ),
      );
    }
    const after = await stored(name);
    expect(after.versions).toEqual(after.summaries);
    expect(after.summaries.filter((url) => url.startsWith('https://storm.example/'))).toHaveLength(20);
    for (const url of others) expect(await history.get(url), url).toBeDefined();
  });

  test('versions recorded while their URLs are being evicted never outlive their summaries', async () => {
    const name = `eviction-${seq++}`;
    let clock = 0;
    const now = () => clock++;
    const cache = await openCache(name, { now, maxEntriesPerSite: 5 });
    const history = await openHistory(name, now);
    const urls = Array.from({ length: 40 }, (_, n) => `https://busy.example/${n}`);
    // Every read races the puts of the reads after it, which evict it from the site's five.
    await Promise.all(
      urls.map(async (url, n) => {
        await cache.put(url, 'h', summary);
        await Promise.all([
          history.record(url, 'h', url),
          cache.put(urls[(n + 7) % 40] ?? url, 'h', summary),
        ]);
        await history.setChange(url, { since: 1, diff: { kind: 'policy-diff' } as never, seen: false });
      }),
    );
    const after = await stored(name);
    expect(after.summaries).toHaveLength(5);
    for (const url of after.versions) expect(after.summaries, url).toContain(url);
  });
});

describe('one site cannot evict the others', () => {
  test('700 distinct URLs of one site leave every other site intact and that site at its cap', async () => {
    const name = `eviction-${seq++}`;
    let clock = 0;
    const cache = await openCache(name, { now: () => clock++ });
    const others = Array.from({ length: 30 }, (_, n) => `https://other${n % 10}.example/policy${n}`);
    for (const url of others) await cache.put(url, 'h', summary);
    // Ten at a time, as a page racing pushState would send them.
    for (let batch = 0; batch < 70; batch++) {
      await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          cache.put(`https://storm.example/p${batch * 10 + n}`, 'h', summary),
        ),
      );
    }
    const bySite = await urlsBySite(cache);
    expect(bySite.get('storm.example')?.length).toBe(MAX_ENTRIES_PER_SITE);
    for (const url of others) expect(await cache.get(url), url).toBeDefined();
    expect(await cache.count()).toBe(others.length + MAX_ENTRIES_PER_SITE);
  });

  test("the site's least recently used entry goes, not its oldest analysed", async () => {
    const name = `eviction-${seq++}`;
    let clock = 0;
    const cache = await openCache(name, { maxEntriesPerSite: 3, now: () => clock++ });
    for (const n of [1, 2, 3]) await cache.put(`https://a.example/${n}`, 'h', summary);
    await cache.put('https://b.example/1', 'h', summary);
    // Reading a.example/1 makes a.example/2 that site's least recently used.
    expect(await cache.getFresh('https://a.example/1', 'h')).toBeDefined();
    await cache.put('https://a.example/4', 'h', summary);
    expect((await urlsBySite(cache)).get('a.example')?.sort()).toEqual([
      'https://a.example/1',
      'https://a.example/3',
      'https://a.example/4',
    ]);
    expect(await cache.get('https://b.example/1')).toBeDefined();
  });

  test('http and https of one host share the cap', async () => {
    const name = `eviction-${seq++}`;
    let clock = 0;
    const cache = await openCache(name, { maxEntriesPerSite: 2, now: () => clock++ });
    await cache.put('http://a.example/1', 'h', summary);
    await cache.put('https://a.example/2', 'h', summary);
    await cache.put('https://a.example/3', 'h', summary);
    expect(await cache.get('http://a.example/1')).toBeUndefined();
    expect(await cache.count()).toBe(2);
  });
});

describe('upgrade to the per-site index', () => {
  test('version-2 rows keep their summaries, gain their site and count against its cap', async () => {
    const name = `eviction-${seq++}`;
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        const store = db.createObjectStore('summaries', { keyPath: 'url' });
        store.createIndex('lastUsed', 'lastUsed');
        store.createIndex('analysedAt', 'analysedAt');
      },
    });
    for (const n of [1, 2, 3]) {
      const { site: _site, ...row } = entry(`https://a.example/${n}`, { lastUsed: n });
      await v2.put('summaries', row);
    }
    await v2.put('summaries', { url: 'not a url', lastUsed: 0 });
    v2.close();

    let clock = 100;
    const cache = await openCache(name, { maxEntriesPerSite: 3, now: () => clock++ });
    for (const n of [1, 2, 3]) {
      expect((await cache.get(`https://a.example/${n}`))?.site).toBe('a.example');
    }
    await cache.put('https://a.example/4', 'h', summary);
    expect(await cache.get('https://a.example/1')).toBeUndefined();
    for (const n of [2, 3, 4]) expect(await cache.get(`https://a.example/${n}`)).toBeDefined();
  });
});
