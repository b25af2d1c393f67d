// The version history as a store of the cache's database: versions are kept only beside their URL's
// summary, go with it (eviction, age, delete, clear), and weigh in the cache's byte budget.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type CacheOptions, SummaryCache } from '../../db/cache';
import { DB_VERSION, type PolicyLensDB } from '../../db/schema';
import { type HistoryOptions, MAX_VERSIONS, type PolicyChange, VersionHistory } from '../../db/versions';
import type { PolicyDiff } from '../../engine/diff';
import { summary } from './entry-fixture';

let seq = 0;
let clock = 1_000;
const opened: Array<{ close(): void }> = [];

/** A cache and a history on one fresh database, both on the test's clock. */
async function openBoth(cacheOptions: CacheOptions = {}, historyOptions: HistoryOptions = {}) {
  const name = `versions-test-${seq++}`;
  const now = () => clock++;
  const cache = await SummaryCache.open({ name, now, onError: () => {}, ...cacheOptions });
  const history = await VersionHistory.open({ name, now, onError: () => {}, ...historyOptions });
  opened.push(cache, history);
  return { name, cache, history };
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const URL_A = 'https://a.example/privacy';
const URL_B = 'https://b.example/privacy';
const diff = { kind: 'policy-diff', changed: true } as PolicyDiff;

/** The background's order: the page's summary is cached, then its text recorded. */
async function read(cache: SummaryCache, history: VersionHistory, url: string, hash: string, text = hash) {
  await cache.put(url, hash, summary);
  return history.record(url, hash, text);
}

/** Every row of both stores, as on disk. */
async function rows(name: string) {
  const db = await openDB<PolicyLensDB>(name, DB_VERSION);
  const out = { summaries: await db.getAll('summaries'), versions: await db.getAll('versions') };
  db.close();
  return out;
}

describe('record', () => {
  test('the first text of a URL has no previous version', async () => {
    const { cache, history } = await openBoth();
    expect(await read(cache, history, URL_A, 'h1', 'text one')).toEqual({ isNew: true });
  });

  test('the same text again is not new', async () => {
    const { cache, history } = await openBoth();
    await read(cache, history, URL_A, 'h1', 'text one');
    expect(await history.record(`${URL_A}#cookies`, 'h1', 'text one')).toEqual({ isNew: false });
    expect((await history.get(URL_A))?.versions).toHaveLength(1);
  });

  test('a new text returns the version before it, with its text and date', async () => {
    const { cache, history } = await openBoth();
    await read(cache, history, URL_A, 'h1', 'text one');
    const { previous, isNew } = await read(cache, history, URL_A, 'h2', 'text two');
    expect(isNew).toBe(true);
    expect(previous).toMatchObject({ textHash: 'h1', text: 'text one' });
    expect(typeof previous?.seenAt).toBe('number');
  });

  test(`keeps the last ${MAX_VERSIONS} versions per URL, oldest first`, async () => {
    const { cache, history } = await openBoth();
    for (let i = 1; i <= MAX_VERSIONS + 2; i++) await read(cache, history, URL_A, `h${i}`, `text ${i}`);
    const hashes = (await history.get(URL_A))?.versions.map((v) => v.textHash);
    expect(hashes).toEqual(['h3', 'h4', 'h5']);
  });

  test('records nothing for a URL whose summary the cache does not hold', async () => {
    const { cache, history } = await openBoth();
    expect(await history.record(URL_A, 'h1', 'text one')).toEqual({ isNew: true });
    expect(await history.get(URL_A)).toBeUndefined();
    expect(await history.count()).toBe(0);
    // Cached afterwards: recording starts then.
    await cache.put(URL_A, 'h2', summary);
    await history.record(URL_A, 'h2', 'text two');
    expect((await history.get(URL_A))?.versions.map((v) => v.textHash)).toEqual(['h2']);
  });

  test('each row carries its weight as stored', async () => {
    const { name, cache, history } = await openBoth();
    await read(cache, history, URL_A, 'h1', 'x'.repeat(10_000));
    const [row] = (await rows(name)).versions;
    const { bytes, ...rest } = row ?? { bytes: -1 };
    expect(bytes).toBe(new TextEncoder().encode(JSON.stringify(rest)).length);
    expect(bytes).toBeGreaterThan(10_000);
  });
});

describe('changes', () => {
  test('a change is unseen until marked seen, and survives a formatting-only new version', async () => {
    const { cache, history } = await openBoth();
    await read(cache, history, URL_A, 'h1', 'one');
    const change: PolicyChange = { since: 5, diff, seen: false };
    await history.setChange(URL_A, change);
    expect(await history.unseenChange(URL_A)).toEqual(change);
    await read(cache, history, URL_A, 'h2', 'one, re-wrapped');
    expect(await history.unseenChange(URL_A)).toEqual(change);
    await history.markSeen(URL_A);
    expect(await history.unseenChange(URL_A)).toBeUndefined();
  });

  test('counts per URL', async () => {
    const { cache, history } = await openBoth();
    await read(cache, history, URL_A, 'h1', 'one');
    await read(cache, history, URL_A, 'h2', 'two');
    await read(cache, history, URL_B, 'b', 'b');
    expect(Object.fromEntries(await history.counts())).toEqual({ [URL_A]: 2, [URL_B]: 1 });
  });
});

describe('versions go with their URL', () => {
  test("the person deleting a saved summary deletes its versions, not another URL's", async () => {
    const { cache, history } = await openBoth();
    await read(cache, history, URL_A, 'a');
    await read(cache, history, URL_B, 'b');
    await cache.delete(`${URL_A}#top`);
    expect(await history.get(URL_A)).toBeUndefined();
    expect(await history.get(URL_B)).toBeDefined();
  });

  test('clearing the cache clears the versions; clearing the history keeps the summaries', async () => {
    const { cache, history } = await openBoth();
    await read(cache, history, URL_A, 'a');
    await read(cache, history, URL_B, 'b');
    await history.clear();
    expect(await history.count()).toBe(0);
    expect(await cache.count()).toBe(2);
    await read(cache, history, URL_A, 'a2');
    await cache.clear();
    expect(await history.count()).toBe(0);
    expect(await cache.count()).toBe(0);
  });

  test("history.delete drops one URL's versions and keeps its summary", async () => {
    const { cache, history } = await openBoth();
    await read(cache, history, URL_A, 'a');
    await history.delete(URL_A);
    expect(await history.get(URL_A)).toBeUndefined();
    expect(await cache.get(URL_A)).toBeDefined();
  });

  test("a summary evicted past its site's cap takes its versions with it", async () => {
    const { cache, history } = await openBoth({ maxEntriesPerSite: 2 });
    for (const n of [1, 2]) await read(cache, history, `https://a.example/${n}`, `h${n}`);
    await read(cache, history, URL_B, 'b');
    await read(cache, history, 'https://a.example/3', 'h3');
    expect(await cache.get('https://a.example/1')).toBeUndefined();
    expect(await history.get('https://a.example/1')).toBeUndefined();
    for (const url of ['https://a.example/2', 'https://a.example/3', URL_B]) {
      expect(await history.get(url), url).toBeDefined();
    }
  });

  test('a summary evicted past the count cap takes its versions with it', async () => {
    const { cache, history } = await openBoth({ maxEntries: 2 });
    await read(cache, history, URL_A, 'a');
    await read(cache, history, URL_B, 'b');
    await read(cache, history, 'https://c.example/privacy', 'c');
    expect(await history.get(URL_A)).toBeUndefined();
    expect(await history.count()).toBe(2);
  });

  test('a new summary of the same URL keeps its versions', async () => {
    const { cache, history } = await openBoth();
    await read(cache, history, URL_A, 'h1');
    await cache.put(URL_A, 'h2', summary);
    expect((await history.get(URL_A))?.versions).toHaveLength(1);
  });

  test("the cache's age limit drops the old URLs' versions with their summaries", async () => {
    const { cache, history } = await openBoth();
    await read(cache, history, 'https://old.example/p', 'o');
    clock += 10 * 86_400_000;
    await read(cache, history, 'https://new.example/p', 'n');
    expect(await cache.deleteOlderThan(5)).toBe(1);
    expect(await history.get('https://old.example/p')).toBeUndefined();
    expect(await history.get('https://new.example/p')).toBeDefined();
  });

  test("the history's own age limit drops versions last seen before the cutoff, not summaries", async () => {
    const { cache, history } = await openBoth();
    await read(cache, history, 'https://old.example/p', 'o');
    clock += 10 * 86_400_000;
    await read(cache, history, 'https://new.example/p', 'n');
    expect(await history.deleteOlderThan(5)).toBe(1);
    expect(await history.get('https://old.example/p')).toBeUndefined();
    expect(await history.get('https://new.example/p')).toBeDefined();
    expect(await cache.count()).toBe(2);
  });

  test('a change found for a URL evicted meanwhile does not bring its versions back', async () => {
    const { cache, history } = await openBoth();
    await read(cache, history, URL_A, 'h1');
    await cache.delete(URL_A);
    await history.setChange(URL_A, { since: 5, diff, seen: false });
    await history.markSeen(URL_A);
    expect(await history.count()).toBe(0);
  });
});

describe('the versions weigh in the cache budget', () => {
  const summaryWeight = async () => {
    const probe = await openBoth();
    await probe.cache.put(URL_A, 'h', summary);
    return (await rows(probe.name)).summaries[0]?.bytes ?? 0;
  };

  test('recording a heavy version evicts the least recently used URLs, never its own', async () => {
    const weight = await summaryWeight();
    // Room for four summaries and a text three times as heavy as one, with a little to spare.
    const budget = weight * 7 + 2_000;
    const { name, cache, history } = await openBoth({ maxTotalBytes: budget }, { maxTotalBytes: budget });
    for (const n of [1, 2, 3]) await read(cache, history, `https://s${n}.example/p`, `h${n}`);
    await read(cache, history, 'https://heavy.example/p', 'heavy', 'x'.repeat(weight * 3));
    const before = await rows(name);
    expect(before.summaries).toHaveLength(4);
    // A second text on the same URL, half a summary's weight: the budget holds once the oldest URL goes.
    await history.record('https://heavy.example/p', 'heavy2', 'y'.repeat(weight / 2));
    const after = await rows(name);
    const total = [...after.summaries, ...after.versions].reduce((sum, row) => sum + row.bytes, 0);
    expect(total).toBeLessThanOrEqual(budget);
    expect(after.summaries.map((r) => r.url).sort()).not.toContain('https://s1.example/p');
    expect(after.versions.map((r) => r.url)).not.toContain('https://s1.example/p');
    expect(await history.get('https://heavy.example/p')).toMatchObject({
      versions: [{ textHash: 'heavy' }, { textHash: 'heavy2' }],
    });
    for (const n of [2, 3]) expect(await history.get(`https://s${n}.example/p`)).toBeDefined();
  });

  test("a summary written into a full budget counts the versions' weight too", async () => {
    const weight = await summaryWeight();
    const budget = weight * 3 + 25_000;
    const { name, cache, history } = await openBoth({ maxTotalBytes: budget }, { maxTotalBytes: budget });
    await read(cache, history, 'https://s1.example/p', 'h1', 'x'.repeat(20_000));
    await read(cache, history, 'https://s2.example/p', 'h2');
    // Three summaries fit beside nothing else, not beside the 20 KB text: s1 (least recently used) goes.
    await read(cache, history, 'https://s3.example/p', 'h3');
    await cache.put('https://s4.example/p', 'h4', summary);
    const after = await rows(name);
    expect(after.summaries.map((r) => r.url)).not.toContain('https://s1.example/p');
    expect(after.versions.map((r) => r.url)).not.toContain('https://s1.example/p');
    const total = [...after.summaries, ...after.versions].reduce((sum, row) => sum + row.bytes, 0);
    expect(total).toBeLessThanOrEqual(budget);
  });

  test('a URL whose versions weigh more than its cap loses the oldest first, and it says so', async () => {
    const reports: string[] = [];
    const { cache, history } = await openBoth(
      {},
      { maxRowBytes: 25_000, onError: (what) => reports.push(what) },
    );
    for (const n of [1, 2, 3]) await read(cache, history, URL_A, `h${n}`, String(n).repeat(10_000));
    expect((await history.get(URL_A))?.versions.map((v) => v.textHash)).toEqual(['h2', 'h3']);
    expect(reports.some((r) => r.includes('dropped the oldest version'))).toBe(true);
  });
});

describe('upgrade from schema 4', () => {
  /** A database as PolicyLens left it at schema 4, with the versions in a database of their own. */
  async function v4WithSummaries(name: string) {
    const v4 = await openDB(name, 4, {
      upgrade(db) {
        const store = db.createObjectStore('summaries', { keyPath: 'url' });
        store.createIndex('lastUsed', 'lastUsed');
        store.createIndex('analysedAt', 'analysedAt');
        store.createIndex('siteLastUsed', ['site', 'lastUsed']);
        store.createIndex('bytes', 'bytes');
      },
    });
    const { entry } = await import('./entry-fixture');
    for (const url of [URL_A, URL_B]) await v4.put('summaries', entry(url, { lastUsed: clock++ }));
    v4.close();
    const old = await openDB(`${name}-versions`, 1, {
      upgrade(db) {
        db.createObjectStore('history', { keyPath: 'url' }).createIndex('lastSeen', 'lastSeen');
      },
    });
    await old.put('history', {
      url: URL_A,
      lastSeen: 1,
      versions: [{ textHash: 'h', seenAt: 1, text: 't' }],
    });
    old.close();
  }

  test('keeps the cached summaries, gains an empty versions store and deletes the old database', async () => {
    const name = `versions-test-${seq++}`;
    await v4WithSummaries(name);
    const history = await VersionHistory.open({ name, onError: () => {} });
    const cache = await SummaryCache.open({ name });
    opened.push(history, cache);
    for (const url of [URL_A, URL_B]) expect((await cache.get(url))?.grade, url).toBe(summary.grade);
    expect(await history.count()).toBe(0);
    expect(await history.record(URL_A, 'h2', 'text two')).toEqual({ isNew: true });
    expect((await history.get(URL_A))?.versions).toHaveLength(1);
    await expect
      .poll(async () => (await indexedDB.databases()).map((d) => d.name))
      .not.toContain(`${name}-versions`);
  });
});

describe('fails soft', () => {
  test('a damaged row reads as no history and is dropped', async () => {
    const { name, cache, history } = await openBoth();
    await cache.put(URL_A, 'h1', summary);
    history.close();
    const raw = await openDB<PolicyLensDB>(name, DB_VERSION);
    await raw.put('versions', { url: URL_A, lastSeen: 'yesterday', versions: 'many' } as never);
    raw.close();
    const again = await VersionHistory.open({ name, onError: () => {} });
    opened.push(again);
    expect(await again.get(URL_A)).toBeUndefined();
    expect(await again.count()).toBe(0);
    expect(await again.record(URL_A, 'h1', 'one')).toEqual({ isNew: true });
    expect((await again.get(URL_A))?.versions).toHaveLength(1);
  });

  test('blocked by an older connection that never lets go: on time without the database, then with it', async () => {
    const name = `versions-test-${seq++}`;
    // An older context at schema 4 that ignores versionchange: the upgrade to 5 waits for it.
    const old = await openDB(name, 4, {
      upgrade: (db) => void db.createObjectStore('summaries', { keyPath: 'url' }),
    });
    const reports: string[] = [];
    const started = Date.now();
    const history = await VersionHistory.open({
      name,
      timeoutMs: 150,
      onError: (what) => reports.push(what),
    });
    opened.push(history);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(history.available).toBe(false);
    expect(await history.record(URL_A, 'h', 't')).toEqual({ isNew: true });
    expect(reports).toContain('the version history did not open within 150 ms; going on without it');

    old.close();
    await vi.waitFor(() => expect(history.available).toBe(true));
    const cache = await SummaryCache.open({ name });
    opened.push(cache);
    await cache.put(URL_A, 'h', summary);
    await history.record(URL_A, 'h', 't');
    expect((await history.get(URL_A))?.versions).toHaveLength(1);
  });

  test('without IndexedDB the history keeps nothing and says so', async () => {
    const saved = globalThis.indexedDB;
    const reports: string[] = [];
    try {
      // @ts-expect-error: a browser without IndexedDB (a private window of some browsers).
      delete globalThis.indexedDB;
      const history = await VersionHistory.open({ onError: (what) => reports.push(what) });
      expect(await history.record(URL_A, 'h', 't')).toEqual({ isNew: true });
      expect(await history.get(URL_A)).toBeUndefined();
    } finally {
      globalThis.indexedDB = saved;
    }
    expect(reports[0]).toMatch(/cannot open the version history/);
  });
});
