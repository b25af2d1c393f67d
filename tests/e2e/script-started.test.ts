// A page cannot switch PolicyLens off on itself (issue 13, finding 10). WXT stops a content script when a
// newer copy of it announces itself with a DOM event on document, named after the extension's public id;
// a page can fire that event too. Here the page fires it again and again once the content script runs,
// and the popup must still analyse the page and show its grade.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  corpusPage,
  type LoadedExtension,
  type LoggedSite,
  launchWithExtension,
  openTab,
  serveLogged,
} from './harness';

const POLICY = '/privacy.html';

/** Fires the forged "content script started" event every 50 ms, 200 times, counting in window.__fired. */
const forger = (extensionId: string) => `
const type = ${JSON.stringify(`${extensionId}:policy:wxt:content-script-started`)};
window.__fired = 0;
const timer = setInterval(() => {
  document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'policy', messageId: 'forged' } }));
  if (++window.__fired >= 200) clearInterval(timer);
}, 50);
`;

let ext: LoadedExtension;
let site: LoggedSite;

beforeAll(async () => {
  ext = await launchWithExtension();
  const policy = corpusPage('105_www.amazon.com.html').replace(
    /<\/body>/i,
    '<script src="/forge.js"></script></body>',
  );
  site = await serveLogged({
    [POLICY]: policy,
    '/forge.js': { body: forger(ext.extensionId), type: 'text/javascript' },
  });
}, 60_000);

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

describe('a page firing WXT’s content-script-started event', () => {
  test('the popup still analyses the page and shows its grade', async () => {
    const { page, tabId } = await openTab(ext, `${site.origin}${POLICY}`);
    // Long enough that the content script has started and met many forged events.
    await page.waitForFunction(() => (window as unknown as { __fired: number }).__fired >= 40);
    const popup: Page = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-state]:not([data-state="loading"])');
    expect(await popup.getAttribute('[data-state]', 'data-state')).toBe('summary');
    expect(await popup.textContent('.grade-card .grade')).toMatch(/^[A-E]$/);
    // And the content script still answers after more forged events: a second popup reads the page again.
    await page.waitForFunction(() => (window as unknown as { __fired: number }).__fired >= 100);
    await popup.reload();
    await popup.waitForSelector('[data-state]:not([data-state="loading"])');
    expect(await popup.getAttribute('[data-state]', 'data-state')).toBe('summary');
  }, 60_000);
});
