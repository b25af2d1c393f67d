import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, test } from 'vitest';
import { cacheKey, SummaryCache } from '../../db/cache';
import { DB_VERSION } from '../../db/schema';
import { entry, summary } from './entry-fixture';

let seq = 0;
const opened: SummaryCache[] = [];

async function openCache(options: Parameters<typeof SummaryCache.open>[0] = {}) {
  const cache = await SummaryCache.open({ name: `cache-test-${seq++}`, ...options });
  opened.push(cache);
  return cache;
}

afterEach(() => {
  for (const cache of opened.splice(0)) cache.close();
});

describe('cacheKey', () => {
  test.each([
    ['https://a.example/privacy#cookies', 'https://a.example/privacy'],
    ['https://a.example/privacy?lang=en', 'https://a.example/privacy?lang=en'],
    ['HTTPS://A.EXAMPLE/privacy', 'https://a.example/privacy'],
  ])('%s → %s', (url, key) => expect(cacheKey(url)).toBe(key));
});

describe('put and get', () => {
  test('a summary put is read back fresh for the same text hash', async () => {
    const cache = await openCache();
    await cache.put('https://a.example/privacy', 'hash-1', summary);
    const entry = await cache.getFresh('https://a.example/privacy#top', 'hash-1');
    expect(entry?.summary.grade).toBe(summary.grade);
    expect(entry?.summary.analysedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(entry?.textHash).toBe('hash-1');
  });

  test('a different text hash is stale', async () => {
    const cache = await openCache();
    await cache.put('https://a.example/privacy', 'hash-1', summary);
    expect(await cache.getFresh('https://a.example/privacy', 'hash-2')).toBeUndefined();
  });

  test.each([
    ['engine', { engine: '999.0.0', rubric: summary.rubric }],
    ['rubric', { engine: summary.engine, rubric: '999.0.0' }],
  ])('an entry from another %s version is stale', async (_what, versions) => {
    const name = `cache-test-${seq++}`;
    const writer = await SummaryCache.open({ name });
    await writer.put('https://a.example/privacy', 'hash-1', summary);
    writer.close();
    const reader = await openCache({ name, versions });
    expect(await reader.getFresh('https://a.example/privacy', 'hash-1')).toBeUndefined();
    expect(await reader.get('https://a.example/privacy')).toBeDefined();
  });
});

describe('bounds', () => {
  test('the least recently used entries go past maxEntries', async () => {
    let clock = 1_000;
    const cache = await openCache({ maxEntries: 3, now: () => clock++ });
    for (const n of [1, 2, 3]) await cache.put(`https://a.example/${n}`, 'h', summary);
    // Reading /1 makes /2 the least recently used.
    expect(await cache.getFresh('https://a.example/1', 'h')).toBeDefined();
    await cache.put('https://a.example/4', 'h', summary);
    expect(await cache.count()).toBe(3);
    expect(await cache.get('https://a.example/2')).toBeUndefined();
    for (const n of [1, 3, 4]) expect(await cache.get(`https://a.example/${n}`)).toBeDefined();
  });

  test('deleteOlderThan drops entries analysed before the cutoff', async () => {
    const day = 86_400_000;
    let clock = 0;
    const cache = await openCache({ now: () => clock });
    await cache.put('https://a.example/old', 'h', summary);
    clock = 10 * day;
    await cache.put('https://a.example/new', 'h', summary);
    expect(await cache.deleteOlderThan(5)).toBe(1);
    expect((await cache.list()).map((r) => r.url)).toEqual(['https://a.example/new']);
  });

  test('list is newest first, without the summaries; delete and clear remove', async () => {
    let clock = 0;
    const cache = await openCache({ now: () => clock++ });
    await cache.put('https://a.example/1', 'h', summary);
    await cache.put('https://a.example/2', 'h', summary);
    const rows = await cache.list();
    expect(rows.map((r) => r.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
    expect(rows[0]).not.toHaveProperty('summary');
    await cache.delete('https://a.example/2');
    expect(await cache.count()).toBe(1);
    await cache.clear();
    expect(await cache.count()).toBe(0);
  });
});

describe('upgrade', () => {
  test('a version-1 database keeps its entries and gains the analysedAt and per-site indexes', async () => {
    const name = `cache-test-${seq++}`;
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('summaries', { keyPath: 'url' }).createIndex('lastUsed', 'lastUsed');
      },
    });
    await v1.put('summaries', entry('https://a.example/privacy'));
    v1.close();

    const cache = await openCache({ name });
    expect(await cache.getFresh('https://a.example/privacy', 'h')).toBeDefined();
    expect((await cache.list()).length).toBe(1);
    const raw = await openDB(name, DB_VERSION);
    expect([...raw.transaction('summaries').store.indexNames].sort()).toEqual([
      'analysedAt',
      'lastUsed',
      'siteLastUsed',
    ]);
    raw.close();
  });
});
