// The cache when storage misbehaves: every fault costs the cache, never the summary.
import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { summarisePage } from '../../background/summarise';
import { SummaryCache } from '../../db/cache';
import { type CacheEntry, DB_VERSION, isCacheEntry } from '../../db/schema';
import { POLICY_HTML } from '../background/summary-fixture';
import { entry, summary } from './entry-fixture';

let seq = 0;
const opened: SummaryCache[] = [];
const URL_A = 'https://a.example/privacy';
const errors: string[] = [];
const onError = (what: string) => void errors.push(what);

async function openCache(options: Parameters<typeof SummaryCache.open>[0] = {}) {
  const cache = await SummaryCache.open({ name: `faults-${seq++}`, onError, ...options });
  opened.push(cache);
  return cache;
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  errors.length = 0;
  for (const cache of opened.splice(0)) cache.close();
});

describe('upgrade and rebuild', () => {
  test('a version-1 database that lost its store (a failed upgrade) gets it back', async () => {
    const name = `faults-${seq++}`;
    (await openDB(name, 1)).close();
    const cache = await openCache({ name });
    await cache.put(URL_A, 'h', summary);
    expect(await cache.getFresh(URL_A, 'h')).toBeDefined();
  });

  test('a database from a newer PolicyLens (downgrade) is rebuilt, not an error', async () => {
    const name = `faults-${seq++}`;
    const newer = await openDB(name, DB_VERSION + 5, {
      upgrade: (db) => void db.createObjectStore('other'),
    });
    newer.close();
    const cache = await openCache({ name });
    await cache.put(URL_A, 'h', summary);
    expect(await cache.count()).toBe(1);
  });
});

describe('quota exceeded on put', () => {
  test('evicts the least recently used quarter, retries once, and keeps the new entry', async () => {
    let clock = 0;
    const cache = await openCache({ now: () => clock++ });
    for (let n = 0; n < 8; n++) await cache.put(`https://a.example/${n}`, 'h', summary);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    put.mockImplementationOnce(() => {
      throw quotaError();
    });
    const stored = await cache.put('https://a.example/new', 'h', summary);
    expect(stored.url).toBe('https://a.example/new');
    expect(await cache.get('https://a.example/new')).toBeDefined();
    expect(await cache.count()).toBe(7);
    // 0 and 1 were the least recently used.
    expect(await cache.get('https://a.example/0')).toBeUndefined();
    expect(await cache.get('https://a.example/1')).toBeUndefined();
    expect(await cache.get('https://a.example/2')).toBeDefined();
  });

  test('when the retry fails too, put still returns the entry; the summary is shown, not kept', async () => {
    const cache = await openCache();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    const result = await summarisePage({ url: URL_A, title: '', html: POLICY_HTML }, cache);
    expect(result.fromCache).toBe(false);
    expect(result.summary.grade).toMatch(/^[A-E]$/);
    vi.restoreAllMocks();
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(errors).toContain('the disk is full; the summary is shown but not kept');
  });

  test('any other write error is reported and the summary still returned', async () => {
    const cache = await openCache();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('broken', 'UnknownError');
    });
    const result = await summarisePage({ url: URL_A, title: '', html: POLICY_HTML }, cache);
    expect(result.summary.isPolicy).toBe(true);
    expect(errors).toContain('cannot write to the summary cache');
  });
});

describe('a damaged row is detected on read, dropped and recomputed', () => {
  const { summary: _s, ...withoutSummary } = entry(URL_A);
  const badSummaries: Array<[string, unknown]> = [
    ['no summary', withoutSummary],
    ['grade not a grade', entry(URL_A, { grade: 'Z' as never })],
    ['score a string', entry(URL_A, { score: '90' as never })],
    ['analysedAt missing', { ...entry(URL_A), analysedAt: undefined }],
    ['summary.answers missing', entry(URL_A, { summary: { ...summary, answers: undefined as never } })],
    [
      'an answer of the wrong kind',
      entry(URL_A, {
        summary: {
          ...summary,
          answers: { ...summary.answers, 'sells-data': { answer: 'maybe', evidence: [] } as never },
        },
      }),
    ],
    [
      'evidence that is not a quote',
      entry(URL_A, {
        summary: {
          ...summary,
          answers: { ...summary.answers, 'sells-data': { answer: 'no', evidence: [{ text: 5 }] } as never },
        },
      }),
    ],
    ['warnings not strings', entry(URL_A, { summary: { ...summary, warnings: [{}] as never } })],
    ['a category missing', entry(URL_A, { summary: { ...summary, categories: {} as never } })],
    ['a string instead of an object', { url: URL_A, summary: '<img src=x onerror=alert(1)>' }],
  ];

  test.each(badSummaries)('%s', async (_what, row) => {
    const name = `faults-${seq++}`;
    const cache = await openCache({ name });
    const raw = await openDB(name, DB_VERSION);
    await raw.put('summaries', row as CacheEntry);
    raw.close();
    expect(isCacheEntry(row)).toBe(false);
    expect(await cache.getFresh(URL_A, 'h')).toBeUndefined();
    expect(await cache.getCurrent(URL_A)).toBeUndefined();
    expect(await cache.list()).toEqual([]);
    // Dropped, so the next analysis writes a whole one.
    expect(await cache.count()).toBe(0);
    const result = await summarisePage({ url: URL_A, title: '', html: POLICY_HTML }, cache);
    expect(result.fromCache).toBe(false);
    expect(isCacheEntry(await cache.get(URL_A))).toBe(true);
  });

  test('a whole entry passes the check (the check is not what rejects everything)', () => {
    expect(isCacheEntry(entry(URL_A))).toBe(true);
  });
});

describe('openWithin: a database that cannot be had still gives a cache, in time', () => {
  async function expectWithout(cache: SummaryCache) {
    expect(cache.available).toBe(false);
    expect(await cache.getFresh(URL_A, 'h')).toBeUndefined();
    const result = await summarisePage({ url: URL_A, title: '', html: POLICY_HTML }, cache);
    expect(result.fromCache).toBe(false);
    expect(result.summary.grade).toMatch(/^[A-E]$/);
    expect(await cache.list()).toEqual([]);
  }

  test('indexedDB undefined', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expectWithout(await SummaryCache.openWithin(1_000, { name: `faults-${seq++}`, onError }));
    expect(errors).toContain('cannot open the summary cache; going on without it');
  });

  test('open rejects', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    await expectWithout(await SummaryCache.openWithin(1_000, { name: `faults-${seq++}`, onError }));
  });

  test('blocked by an older connection that never lets go: on time without it, then with it once freed', async () => {
    const name = `faults-${seq++}`;
    // An old context at version 1 that ignores versionchange: our upgrade to v2 is blocked.
    const old = await openDB(name, 1, {
      upgrade: (db) => void db.createObjectStore('summaries', { keyPath: 'url' }),
    });
    const started = Date.now();
    const cache = await SummaryCache.openWithin(150, { name, onError });
    opened.push(cache);
    expect(Date.now() - started).toBeLessThan(1_000);
    await expectWithout(cache);
    expect(errors).toContain('the summary cache did not open within 150 ms; going on without it');

    old.close();
    await vi.waitFor(() => expect(cache.available).toBe(true));
    await cache.put(URL_A, 'h', summary);
    expect(await cache.getFresh(URL_A, 'h')).toBeDefined();
  });

  test('a database the browser closes (storage cleared) leaves a cache without one', async () => {
    const name = `faults-${seq++}`;
    const cache = await SummaryCache.openWithin(1_000, { name, onError });
    opened.push(cache);
    expect(cache.available).toBe(true);
    // Another context deleting the database sends versionchange: ours lets go instead of blocking it.
    await deleteDB(name);
    expect(cache.available).toBe(false);
    await expectWithout(cache);
  });
});
