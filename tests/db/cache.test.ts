import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, test } from 'vitest';
import { cacheKey, SummaryCache, TOUCH_AFTER_MS } from '../../db/cache';
import { type CacheEntry, DB_VERSION } from '../../db/schema';
import { summaryBytes } from '../../db/summary-size';
import { RUBRIC_VERSION } from '../../engine/rubric';
import { scoreAnswers } from '../../engine/score';
import type { Summary } from '../../engine/types';
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
  ])(
    'an entry from another %s version that this engine cannot rescore to is stale',
    async (_what, versions) => {
      const name = `cache-test-${seq++}`;
      const writer = await SummaryCache.open({ name });
      await writer.put('https://a.example/privacy', 'hash-1', summary);
      writer.close();
      const reader = await openCache({ name, versions });
      expect(await reader.getFresh('https://a.example/privacy', 'hash-1')).toBeUndefined();
      expect(await reader.get('https://a.example/privacy')).toBeDefined();
    },
  );
});

describe('an entry scored under an older rubric', () => {
  // As rubric 1 stored it: a grade the current rubric would not give these answers.
  const old = (url: string): CacheEntry =>
    entry(url, {
      rubric: '1.0.0',
      grade: 'A',
      score: 99,
      summary: { ...summary, rubric: '1.0.0', grade: 'A', score: 99, scoreLines: [] },
    });
  const current = scoreAnswers(summary.answers);

  async function cacheWith(row: CacheEntry) {
    const name = `cache-test-${seq++}`;
    const raw = await openDB(name, DB_VERSION, {
      upgrade: (db) => {
        const store = db.createObjectStore('summaries', { keyPath: 'url' });
        store.createIndex('lastUsed', 'lastUsed');
        store.createIndex('analysedAt', 'analysedAt');
      },
    });
    await raw.put('summaries', row);
    raw.close();
    return { name, cache: await openCache({ name }) };
  }

  test('is read fresh, rescored from its answers with the current rubric', async () => {
    expect(current.score).not.toBe(99);
    const { cache } = await cacheWith(old('https://a.example/privacy'));
    const got = await cache.getFresh('https://a.example/privacy', 'h');
    expect(got?.rubric).toBe(RUBRIC_VERSION);
    expect([got?.score, got?.grade]).toEqual([current.score, current.grade]);
    expect(got?.summary.rubric).toBe(RUBRIC_VERSION);
    expect([got?.summary.score, got?.summary.grade]).toEqual([current.score, current.grade]);
    expect(got?.summary.scoreLines).toEqual(current.lines);
    expect(got?.summary.answers).toEqual(summary.answers);
  });

  test('is written back rescored, so the next read finds it current', async () => {
    const { name, cache } = await cacheWith(old('https://a.example/privacy'));
    await cache.get('https://a.example/privacy');
    const raw = await openDB(name, DB_VERSION);
    const row = (await raw.get('summaries', 'https://a.example/privacy')) as CacheEntry;
    raw.close();
    expect([row.rubric, row.score, row.summary.rubric]).toEqual([
      RUBRIC_VERSION,
      current.score,
      RUBRIC_VERSION,
    ]);
  });

  test("shows the current rubric's grade in the options page's list", async () => {
    const { cache } = await cacheWith(old('https://a.example/privacy'));
    const [row] = await cache.list();
    expect([row?.rubric, row?.grade, row?.score]).toEqual([RUBRIC_VERSION, current.grade, current.score]);
  });

  test('is left alone when its rubric is the current one', async () => {
    let calls = 0;
    const name = `cache-test-${seq++}`;
    const cache = await openCache({
      name,
      rescore: (s) => {
        calls++;
        return s;
      },
    });
    await cache.put('https://a.example/privacy', 'h', summary);
    await cache.getFresh('https://a.example/privacy', 'h');
    expect(calls).toBe(0);
  });
});

describe('bounds', () => {
  test('with touchAfterMs, a read marks its entry used only when its last use is older than that', async () => {
    let clock = 1_000;
    const cache = await openCache({ now: () => clock });
    await cache.put('https://a.example/1', 'h', summary);
    const lastUsed = async () => (await cache.list()).find((r) => r.url === 'https://a.example/1')?.lastUsed;
    const read = () => cache.getFresh('https://a.example/1', 'h', { touchAfterMs: TOUCH_AFTER_MS });
    clock += TOUCH_AFTER_MS - 1;
    expect((await read())?.lastUsed).toBe(1_000);
    expect(await lastUsed()).toBe(1_000);
    clock += 1;
    expect((await read())?.lastUsed).toBe(1_000 + TOUCH_AFTER_MS);
    expect(await lastUsed()).toBe(1_000 + TOUCH_AFTER_MS);
    // Without it, every read marks the entry used.
    clock += 1;
    await cache.getFresh('https://a.example/1', 'h');
    expect(await lastUsed()).toBe(1_001 + TOUCH_AFTER_MS);
  });

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
  test('a version-1 database keeps its entries and gains the analysedAt, per-site and bytes indexes', async () => {
    const name = `cache-test-${seq++}`;
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('summaries', { keyPath: 'url' }).createIndex('lastUsed', 'lastUsed');
      },
    });
    // A row as version 1 wrote it: no site, no weight.
    const { site: _site, bytes: _bytes, ...old } = entry('https://a.example/privacy');
    await v1.put('summaries', old as never);
    v1.close();

    const cache = await openCache({ name });
    const kept = await cache.getFresh('https://a.example/privacy', 'h');
    expect(kept?.site).toBe('a.example');
    expect(kept?.bytes).toBe(summaryBytes(kept?.summary as Summary));
    expect((await cache.list()).length).toBe(1);
    const raw = await openDB(name, DB_VERSION);
    expect([...raw.transaction('summaries').store.indexNames].sort()).toEqual([
      'analysedAt',
      'bytes',
      'lastUsed',
      'siteLastUsed',
    ]);
    raw.close();
  });
});
