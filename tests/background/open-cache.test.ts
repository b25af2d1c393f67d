// The background's `ready`: it resolves in time whatever the database does, and the popup still gets a
// fresh summary when there is no cache.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type BackgroundDeps, handleSummariseTab } from '../../background/handlers';
import { openCacheAndPrune } from '../../background/open-cache';
import type { Sender } from '../../background/validate';
import { DB_NAME } from '../../db/schema';
import type { PageReport } from '../../messaging/protocol';
import { POLICY_HTML } from './summary-fixture';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const popupSender: Sender = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const report: PageReport = {
  url: 'https://a.example/privacy',
  title: 'Privacy Policy',
  html: POLICY_HTML,
  htmlCut: false,
  detection: { isPolicy: true, confidence: 0.9, reasons: [] },
  privacyLinks: [],
};

function depsWith(ready: BackgroundDeps['ready']): BackgroundDeps {
  return {
    self,
    ready,
    setBadge: async () => {},
    requestPage: async () => report,
    requestPageUrl: async () => ({ url: report.url }),
    tabs: new Map(),
  };
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
    const answer = await handleSummariseTab({ tabId: 7 }, popupSender, depsWith(ready));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer).toMatchObject({ state: 'summary', fromCache: false });
    expect((await ready).available).toBe(false);
    release();
    (await ready).close();
  });
});
