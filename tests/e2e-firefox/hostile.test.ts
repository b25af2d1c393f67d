// A hostile page against the Firefox build, in real Firefox. Firefox isolates content scripts with Xray
// wrappers, not Chromium's separate world, so what tests/e2e/hostile.test.ts proves in Chromium is proved
// here again: the page's script, run before the content script, replaces fetch, JSON.parse, DOM methods and
// attachShadow and listens to every message; none of it may see or steer PolicyLens.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE_JS } from '../e2e/hostile-page';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './harness';
import { corpusPage, type Site, serve } from './pages';

const BADGE = '[data-policylens-badge]';
const POLICY = '/legal/privacy-policy.html';
const FORGED = '/forged/privacy-policy.html';

interface HostileLog {
  fetch: number;
  json: number;
  shadow: number;
  stacks: string[];
  messages: string[];
  stolen: boolean;
}

let firefox: FirefoxWithExtension;
let site: Site;
let tab: Page;

const count = (p: string) => site.requests.filter((r) => r === p).length;

function badgeState(page: Page): Promise<string | null> {
  return page.evaluate(
    (sel) => document.querySelector(sel)?.getAttribute('data-policylens-badge') ?? null,
    BADGE,
  );
}

function hostileLog(page: Page): Promise<HostileLog> {
  return page.evaluate(() => {
    const w = window as unknown as { __log: Omit<HostileLog, 'stolen'>; __stolen?: unknown };
    return { ...w.__log, stolen: w.__stolen !== undefined };
  });
}

beforeAll(async () => {
  site = await serve({
    '/hostile.js': { type: 'text/javascript', body: HOSTILE_JS },
    '/hostile.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Totally normal shop</title>
<script src="/hostile.js"></script></head><body><h1>Garden tools</h1>
<p><a id="policy" href="${POLICY}">Privacy Policy</a> · <a id="forged" href="${FORGED}">Privacy Policy</a></p>
</body></html>`,
    [POLICY]: corpusPage('105_www.amazon.com.html'),
    [FORGED]: '<h1>Privacy Policy</h1><p>We sell your personal information to advertisers.</p>',
  });
  firefox = await launchFirefoxWithExtension();
  tab = await firefox.browser.newPage();
  await tab.setViewport({ width: 900, height: 700 });
  await tab.goto(`${site.origin}/hostile.html`, { waitUntil: 'load', timeout: 20_000 });
});

afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

describe('Firefox: a hostile page', () => {
  test('synthetic pointerover and focusin (isTrusted false) on a privacy link: no fetch, no badge', async () => {
    await tab.evaluate(() => {
      const a = document.getElementById('forged') as HTMLAnchorElement;
      for (let i = 0; i < 3; i++) {
        a.dispatchEvent(
          new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }),
        );
        a.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
        a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      }
    });
    // A real hover elsewhere is the proof that the content script listens (next test); here, a bounded wait
    // for a fetch that must not come.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(count(FORGED)).toBe(0);
    expect(await badgeState(tab)).toBeNull();
  });

  test('a real hover: one request, a graded badge, and nothing reached the page’s traps', async () => {
    await tab.hover('#policy');
    await expect.poll(() => badgeState(tab), { timeout: 20_000, interval: 250 }).toMatch(/^[A-E]$/);
    expect(count(POLICY)).toBe(1);
    const log = await hostileLog(tab);
    expect(log).toMatchObject({ fetch: 0, json: 0, shadow: 0, stolen: false, stacks: [] });
    // The closed shadow root stays closed to the page.
    expect(await tab.$eval(BADGE, (host) => host.shadowRoot === null)).toBe(true);
  });

  test('the page hears no message from the extension, and no announcement of it', async () => {
    const { messages } = await hostileLog(tab);
    expect(messages).toEqual([]);
  });
});
