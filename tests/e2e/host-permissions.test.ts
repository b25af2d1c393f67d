// What Chromium answers about the extension's access to other sites, which docs/privacy.md states: the
// content script's <all_urls> match already opens every site to the background, but permissions.contains
// answers false until a site is granted, so the link badges' "Allow reading <site>" check
// (entrypoints/background.ts, hasHostPermission) asks the person. Checked in Chromium 156.0.8078.114.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LoadedExtension, launchWithExtension, serve } from './harness';

// The service worker's global, typed just enough for the calls made through worker.evaluate.
declare const chrome: {
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    getAll(): Promise<{ origins?: string[]; permissions?: string[] }>;
    request(p: { origins: string[] }): Promise<boolean>;
  };
};

let ext: LoadedExtension;
let site: { origin: string; close: () => Promise<void> };

beforeAll(async () => {
  site = await serve({ '/privacy': '<h1>Privacy policy</h1><p>We collect your email address.</p>' });
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await site?.close();
});

describe('before any site is granted', () => {
  test('permissions.contains answers false for a site, for another, and for <all_urls> itself', async () => {
    const answers = await ext.worker.evaluate(async (origin) => {
      const contains = (o: string) => chrome.permissions.contains({ origins: [o] });
      return [
        await contains(`${origin}/*`),
        await contains('https://example.com/*'),
        await contains('<all_urls>'),
      ];
    }, site.origin);
    expect(answers).toEqual([false, false, false]);
  });

  test('permissions.getAll lists <all_urls> among the origins all the same (from the content script)', async () => {
    const all = await ext.worker.evaluate(() => chrome.permissions.getAll());
    expect(all.origins).toEqual(['<all_urls>']);
  });

  test('and the background can read another origin that sends no CORS header', async () => {
    const read = await ext.worker.evaluate(async (url) => {
      const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
      return { type: response.type, body: await response.text() };
    }, `${site.origin}/privacy`);
    expect(read.type).toBe('basic');
    expect(read.body).toContain('We collect your email address.');
  });

  test('a request for a site needs a real user gesture', async () => {
    const error = await ext.worker.evaluate(async (origin) => {
      try {
        await chrome.permissions.request({ origins: [`${origin}/*`] });
        return 'granted';
      } catch (e) {
        return String(e);
      }
    }, site.origin);
    expect(error).toContain('user gesture');
  });
});
