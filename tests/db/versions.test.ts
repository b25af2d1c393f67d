import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { MAX_VERSIONS, type PolicyChange, VersionHistory } from '../../db/versions';
import type { PolicyDiff } from '../../engine/diff';

let seq = 0;
let clock = 1_000;
const opened: VersionHistory[] = [];

async function openHistory(maxUrls?: number) {
  const history = await VersionHistory.open({
    name: `versions-test-${seq++}`,
    now: () => clock++,
    onError: () => {},
    ...(maxUrls ? { maxUrls } : {}),
  });
  opened.push(history);
  return history;
}

afterEach(() => {
  for (const h of opened.splice(0)) h.close();
});

const URL_A = 'https://a.example/privacy';
const diff = { kind: 'policy-diff', changed: true } as PolicyDiff;

describe('record', () => {
  test('the first text of a URL has no previous version', async () => {
    const history = await openHistory();
    expect(await history.record(URL_A, 'h1', 'text one')).toEqual({ isNew: true });
  });

  test('the same text again is not new', async () => {
    const history = await openHistory();
    await history.record(URL_A, 'h1', 'text one');
    expect(await history.record(`${URL_A}#cookies`, 'h1', 'text one')).toEqual({ isNew: false });
    expect((await history.get(URL_A))?.versions).toHaveLength(1);
  });

  test('a new text returns the version before it, with its text and date', async () => {
    const history = await openHistory();
    await history.record(URL_A, 'h1', 'text one');
    const { previous, isNew } = await history.record(URL_A, 'h2', 'text two');
    expect(isNew).toBe(true);
    expect(previous).toMatchObject({ textHash: 'h1', text: 'text one' });
    expect(typeof previous?.seenAt).toBe('number');
  });

  test(`keeps the last ${MAX_VERSIONS} versions per URL, oldest first`, async () => {
    const history = await openHistory();
    for (let i = 1; i <= MAX_VERSIONS + 2; i++) await history.record(URL_A, `h${i}`, `text ${i}`);
    const hashes = (await history.get(URL_A))?.versions.map((v) => v.textHash);
    expect(hashes).toEqual(['h3', 'h4', 'h5']);
  });

  test('keeps at most maxUrls URLs, the least recently seen going first', async () => {
    const history = await openHistory(2);
    await history.record('https://a.example/p', 'a', 'a');
    await history.record('https://b.example/p', 'b', 'b');
    await history.record('https://a.example/p', 'a', 'a'); // seen again: b is now the oldest
    await history.record('https://c.example/p', 'c', 'c');
    expect(await history.count()).toBe(2);
    expect(await history.get('https://b.example/p')).toBeUndefined();
    expect(await history.get('https://a.example/p')).toBeDefined();
  });
});

describe('changes', () => {
  test('a change is unseen until marked seen, and survives a formatting-only new version', async () => {
    const history = await openHistory();
    await history.record(URL_A, 'h1', 'one');
    const change: PolicyChange = { since: 5, diff, seen: false };
    await history.setChange(URL_A, change);
    expect(await history.unseenChange(URL_A)).toEqual(change);
    await history.record(URL_A, 'h2', 'one, re-wrapped');
    expect(await history.unseenChange(URL_A)).toEqual(change);
    await history.markSeen(URL_A);
    expect(await history.unseenChange(URL_A)).toBeUndefined();
  });

  test('counts per URL, delete and clear', async () => {
    const history = await openHistory();
    await history.record(URL_A, 'h1', 'one');
    await history.record(URL_A, 'h2', 'two');
    await history.record('https://b.example/p', 'b', 'b');
    expect(Object.fromEntries(await history.counts())).toEqual({ [URL_A]: 2, 'https://b.example/p': 1 });
    await history.delete(URL_A);
    expect(await history.count()).toBe(1);
    await history.clear();
    expect(await history.count()).toBe(0);
  });
});

describe('deleteOlderThan', () => {
  test('drops the URLs last seen before the cutoff, keeps the others', async () => {
    const history = await openHistory();
    await history.record('https://old.example/p', 'o', 'old');
    clock += 10 * 86_400_000;
    await history.record('https://new.example/p', 'n', 'new');
    expect(await history.deleteOlderThan(5)).toBe(1);
    expect(await history.get('https://old.example/p')).toBeUndefined();
    expect(await history.get('https://new.example/p')).toBeDefined();
  });
});

describe('fails soft', () => {
  test('a damaged row reads as no history and is dropped', async () => {
    const name = `versions-test-${seq++}`;
    const history = await VersionHistory.open({ name, onError: () => {} });
    opened.push(history);
    const { openDB } = await import('idb');
    history.close();
    const raw = await openDB(name, 1);
    await raw.put('history', { url: URL_A, lastSeen: 'yesterday', versions: 'many' });
    raw.close();
    const again = await VersionHistory.open({ name, onError: () => {} });
    opened.push(again);
    expect(await again.get(URL_A)).toBeUndefined();
    expect(await again.count()).toBe(0);
    expect(await again.record(URL_A, 'h1', 'one')).toEqual({ isNew: true });
  });
});
