// The options page's messages (background/saved-summaries.ts) through the message table, on real
// IndexedDB (fake-indexeddb): the background is the only context that opens the cache and the history.

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { MessageDeps } from '../../background/messages';
import { NO_LONGER_SAVED } from '../../background/saved-summaries';
import { RejectedMessage, type Sender } from '../../background/validate';
import { SummaryCache } from '../../db/cache';
import { VersionHistory } from '../../db/versions';
import { DEFAULT_SETTINGS } from '../../settings/sanitise';
import { messageDeps, send } from './message-deps';
import { tab } from './senders';
import { sampleSummary } from './summary-fixture';

const A = 'https://a.example/privacy';
const B = 'https://b.example/privacy';
const C = 'https://c.example/privacy';
const DAY = 86_400_000;
const options: Sender = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
const contentSender: Sender = { id: 'ext-id', tab, url: A, frameId: 0 };

let seq = 0;
let clock: number;
let cache: SummaryCache;
let history: VersionHistory;
let keepDays: number;
let deps: MessageDeps;

beforeEach(async () => {
  clock = Date.UTC(2026, 10, 1);
  keepDays = DEFAULT_SETTINGS.keepDays;
  const now = () => clock;
  cache = await SummaryCache.open({ name: `saved-cache-${seq}`, now });
  history = await VersionHistory.open({ name: `saved-cache-${seq++}`, now, onError: () => {} });
  deps = messageDeps({
    ready: Promise.resolve(cache),
    history: Promise.resolve(history),
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, keepDays }),
  });
  await cache.put(A, 'ha', sampleSummary(A));
  clock += 1_000;
  await cache.put(B, 'hb', sampleSummary(B));
  await history.record(A, 'ha1', 'version one of A');
  await history.record(A, 'ha2', 'version two of A');
  // Versions live beside their summary in one database (db/versions.ts): a policy without a saved summary
  // has none, so B has a summary and no versions, and C neither.
});

afterEach(() => {
  cache.close();
  history.close();
});

const fromOptions = <K extends Parameters<typeof send>[0]>(type: K, data?: unknown) =>
  send(type, data, options, deps);

describe('listSaved', () => {
  test('newest first, each row with its number of recorded versions, and how many policies are recorded', async () => {
    const list = await fromOptions('listSaved');
    expect(list.available).toBe(true);
    expect(list.rows.map((r) => [r.url, r.versions])).toEqual([
      [B, 0],
      [A, 2],
    ]);
    expect(list.recordedPolicies).toBe(1);
    expect(list.rows[0]).toMatchObject({ graded: true, title: 'Example Privacy Policy' });
    // The list carries no summary body: the page opens one when asked.
    expect(list.rows[0]).not.toHaveProperty('summary');
  });

  test('without a database: nothing listed, and the answer says the store is unavailable', async () => {
    const none = messageDeps({ ready: Promise.resolve(SummaryCache.none()) });
    expect(await send('listSaved', undefined, options, none)).toEqual({
      rows: [],
      recordedPolicies: 0,
      available: false,
    });
  });
});

describe('openSaved', () => {
  test('the saved summary as the popup gets it', async () => {
    const answer = await fromOptions('openSaved', { url: A });
    expect(answer).toMatchObject({ state: 'summary', fromCache: true, summary: { source: { url: A } } });
    expect(answer.state === 'summary' && answer.analysedAt).toBe(
      new Date(Date.UTC(2026, 10, 1)).toISOString(),
    );
  });

  test('a summary made by an older engine still opens (the list shows it)', async () => {
    await cache.put(C, 'hc', { ...sampleSummary(C), engine: '0.0.0-old' });
    expect(await fromOptions('openSaved', { url: C })).toMatchObject({ state: 'summary' });
  });

  test('one deleted meanwhile says so', async () => {
    await cache.delete(A);
    expect(await fromOptions('openSaved', { url: A })).toEqual({
      state: 'unreadable',
      reason: NO_LONGER_SAVED,
    });
  });
});

describe('deleting', () => {
  test('deleteSaved removes the summary and the recorded versions of that policy only', async () => {
    await history.record(B, 'hb1', 'version one of B');
    await fromOptions('deleteSaved', { url: `${A}#section` });
    expect(await cache.get(A)).toBeUndefined();
    expect(await history.get(A)).toBeUndefined();
    expect(await cache.get(B)).toBeDefined();
    expect(await history.get(B)).toBeDefined();
  });

  test('clearSaved removes every summary, and their versions with them', async () => {
    await fromOptions('clearSaved');
    expect(await cache.count()).toBe(0);
    expect(await history.count()).toBe(0);
  });

  test('clearHistory removes every recorded version and keeps the summaries', async () => {
    await fromOptions('clearHistory');
    expect(await history.count()).toBe(0);
    expect(await cache.count()).toBe(2);
  });

  test('pruneSaved applies "keep for" as it is saved now, to both stores', async () => {
    clock += 10 * DAY;
    await cache.put(C, 'hc', sampleSummary(C));
    await history.record(C, 'hc2', 'a newer version of C');
    keepDays = 7;
    await fromOptions('pruneSaved');
    expect((await cache.list()).map((r) => r.url)).toEqual([C]);
    expect([...(await history.counts()).keys()]).toEqual([C]);
  });
});

describe('refused before any work', () => {
  test.each<[string, Parameters<typeof send>[0], unknown]>([
    ['delete one', 'deleteSaved', { url: A }],
    ['clear all', 'clearSaved', undefined],
    ['clear the history', 'clearHistory', undefined],
    ['prune', 'pruneSaved', undefined],
    ['list', 'listSaved', undefined],
    ['open', 'openSaved', { url: A }],
  ])('%s, from a content script', async (_what, type, data) => {
    const list = vi.spyOn(cache, 'list');
    const get = vi.spyOn(cache, 'get');
    await expect(send(type, data, contentSender, deps)).rejects.toThrow(RejectedMessage);
    expect(list).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
    expect(await cache.count()).toBe(2);
    expect(await history.count()).toBe(1);
  });

  test.each<[string, unknown]>([
    ['no url', {}],
    ['a javascript: url', { url: 'javascript:alert(1)' }],
    ['a url that is not a string', { url: 42 }],
  ])('deleteSaved with %s', async (_what, data) => {
    await expect(fromOptions('deleteSaved', data)).rejects.toThrow(RejectedMessage);
    expect(await cache.count()).toBe(2);
    expect(await history.count()).toBe(1);
  });

  test('another extension’s page', async () => {
    await expect(
      send('clearSaved', undefined, { id: 'evil', url: 'chrome-extension://evil/options.html' }, deps),
    ).rejects.toThrow(RejectedMessage);
    expect(await cache.count()).toBe(2);
  });
});
