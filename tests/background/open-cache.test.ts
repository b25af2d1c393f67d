// The background's `ready`: it resolves in time whatever the database does, and the popup still gets a
// fresh summary when there is no cache.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { BackgroundDeps } from '../../background/handlers';
import type { MessageDeps } from '../../background/messages';
import { openCacheAndPrune } from '../../background/open-cache';
import { DB_NAME } from '../../db/schema';
import { messageDeps, send } from './message-deps';
import { policyReport, popupSender } from './senders';

function depsWith(ready: BackgroundDeps['ready']): MessageDeps {
  return messageDeps({
    ready,
    setBadge: async () => {},
    requestPage: async () => policyReport,
    requestPageUrl: async () => ({ url: policyReport.url }),
    tabs: new Map(),
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a database that cannot be had: the popup still shows a fresh analysis, on time', () => {
  test.each<[string, () => Promise<() => void>]>([
    [
      'blocked by a context that never lets go',
      async () => {
        const old = await openDB(DB_NAME, 1, {
          upgrade: (db) => void db.createObjectStore('summaries', { keyPath: 'url' }),
        });
        return () => old.close();
      },
    ],
    [
      'indexedDB undefined',
      async () => {
        vi.stubGlobal('indexedDB', undefined);
        return () => {};
      },
    ],
    [
      'open rejects',
      async () => {
        vi.spyOn(indexedDB, 'open').mockImplementation(() => {
          throw new DOMException('denied', 'SecurityError');
        });
        return () => {};
      },
    ],
  ])('%s', async (_what, fault) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const release = await fault();
    const started = Date.now();
    const ready = openCacheAndPrune(200);
    const answer = await send('summariseTab', { tabId: 7 }, popupSender, depsWith(ready));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer).toMatchObject({ state: 'summary', fromCache: false });
    expect((await ready).available).toBe(false);
    release();
    (await ready).close();
  });
});
