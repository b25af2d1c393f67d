// The hover badge on privacy links, in real headless Firefox with the built Firefox extension and no
// permission beyond what it installs with. The page's CSP allows no styles and no inline script: the badge's
// constructed stylesheet and the content script's same-site fetch must work under it. Two local servers are
// two origins: the page's own site, and another site.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './harness';
import { corpusPage, type Site, serve } from './pages';

const POLICY = '/legal/privacy-policy.html';
const BADGE = '[data-policylens-badge]';
/** The badge box's width in its own stylesheet (content/badge.css): the host has it only when styled. */
const STYLED_WIDTH = 320;

let firefox: FirefoxWithExtension;
let site: Site;
let other: Site;
let home: Page;

const count = (s: Site, p: string) => s.requests.filter((r) => r === p).length;

function badgeState(page: Page): Promise<string | null> {
  return page.evaluate(
    (sel) => document.querySelector(sel)?.getAttribute('data-policylens-badge') ?? null,
    BADGE,
  );
}

beforeAll(async () => {
  other = await serve({ '/privacy.html': corpusPage('1050_www.honda.com.html') });
  site = await serve({
    '/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme Garden Tools</title></head>
<body><h1>Acme Garden Tools</h1><p>Spades and rakes. <button id="before" type="button">Offers</button></p>
<p><a id="policy" href="${POLICY}">Privacy Policy</a> ·
<a id="partner" href="${other.origin}/privacy.html">Partner privacy policy</a> · <a href="/shop">Shop</a></p>
</body></html>`,
    [POLICY]: corpusPage('105_www.amazon.com.html'),
  });
  firefox = await launchFirefoxWithExtension();
  home = await firefox.browser.newPage();
  await home.setViewport({ width: 900, height: 700 });
  await home.goto(`${site.origin}/`, { waitUntil: 'load', timeout: 20_000 });
});

afterAll(async () => {
  await firefox?.close();
  await site?.close();
  await other?.close();
});

describe('Firefox: hover badges on privacy links', () => {
  test('nothing is fetched before the hover; after it the badge shows a grade, styled, under a strict CSP', async () => {
    expect(count(site, POLICY)).toBe(0);
    await home.hover('#policy');
    await expect.poll(() => badgeState(home), { timeout: 20_000, interval: 250 }).toMatch(/^[A-E]$/);
    expect(count(site, POLICY)).toBe(1);
    const host = await home.$eval(BADGE, (el) => {
      const rect = el.getBoundingClientRect();
      return { position: getComputedStyle(el).position, width: Math.round(rect.width) };
    });
    expect(host).toEqual({ position: 'fixed', width: STYLED_WIDTH });
  });

  test('the badge leaves when the pointer does', async () => {
    await home.mouse.move(5, 650);
    await expect.poll(() => badgeState(home), { timeout: 5_000, interval: 250 }).toBeNull();
  });

  test('a link to another site asks for permission and fetches nothing (permissions.contains is false)', async () => {
    await home.hover('#partner');
    await expect.poll(() => badgeState(home), { timeout: 10_000, interval: 250 }).toBe('needs-permission');
    expect(other.requests).toEqual([]);
    await home.mouse.move(5, 650);
    await expect.poll(() => badgeState(home), { timeout: 5_000, interval: 250 }).toBeNull();
  });

  test('keyboard focus on the link shows the cached grade without a new request', async () => {
    await home.focus('#before');
    await home.keyboard.press('Tab');
    expect(await home.evaluate(() => document.activeElement?.id)).toBe('policy');
    await expect.poll(() => badgeState(home), { timeout: 5_000, interval: 250 }).toMatch(/^[A-E]$/);
    expect(count(site, POLICY)).toBe(1);
    await home.keyboard.press('Escape');
    await expect.poll(() => badgeState(home), { timeout: 5_000, interval: 250 }).toBeNull();
    expect(await home.evaluate(() => document.activeElement?.id)).toBe('policy');
  });

  test('Tab, Enter on "Full summary" opens the saved summary in a new tab, from the cache', async () => {
    await home.focus('#before');
    await home.keyboard.press('Tab');
    await expect.poll(() => badgeState(home), { timeout: 5_000, interval: 250 }).toMatch(/^[A-E]$/);
    const grade = await badgeState(home);
    const before = new Set(await firefox.browser.pages());
    await home.keyboard.press('Tab');
    await home.keyboard.press('Enter');
    // The new tab is an extension page: its Page's url() is not kept up to date (harness.ts), ask the page.
    const summary = await findPage((href) => href.includes('/popup.html?url='), before);
    await summary.waitForSelector('[data-state="summary"]', { timeout: 10_000 });
    expect(await summary.$eval('.grade-card .grade', (el) => el.textContent)).toBe(grade);
    expect(await summary.$eval('[data-from-cache]', (el) => el.getAttribute('data-from-cache'))).toBe('true');
    expect(count(site, POLICY)).toBe(1);
    await summary.close();
  });
});

/** The page opened after `before` whose location matches, polled until it appears. */
async function findPage(matches: (href: string) => boolean, before: Set<Page>): Promise<Page> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const page of await firefox.browser.pages()) {
      if (before.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (matches(href)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('no new tab with the expected page within 10 s');
}
