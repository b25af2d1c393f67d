// Hover badges on links to another host of the page's own site, in real headless Chromium with the built
// extension and no host permission granted. Chromium resolves every name under acme.test and
// other-shop.test to 127.0.0.1 (--host-resolver-rules), so two local servers can be two hosts of one
// site (www.acme.test, policies.acme.test) and one host of another site (other-shop.test).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  corpusPage,
  type LoadedExtension,
  type LoggedSite,
  launchWithExtension,
  serveLogged,
} from './harness';

const BADGE = '[data-policylens-badge]';

let ext: LoadedExtension;
let shop: LoggedSite;
let policies: LoggedSite;
let home: Page;

const port = (site: LoggedSite) => new URL(site.origin).port;

async function badgeState(tab: Page): Promise<string | null> {
  return tab
    .locator(BADGE)
    .getAttribute('data-policylens-badge', { timeout: 1_000 })
    .catch(() => null);
}

beforeAll(async () => {
  policies = await serveLogged({ '/privacy.html': corpusPage('1050_www.honda.com.html') });
  const policyPort = port(policies);
  shop = await serveLogged({
    '/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme shop</title></head><body>
<h1>Acme Garden Tools</h1>
<p><a id="same-site" href="http://policies.acme.test:${policyPort}/privacy.html">Privacy Policy</a></p>
<p><a id="other-site" href="http://other-shop.test:${policyPort}/privacy.html">Partner privacy policy</a></p>
<p><a id="shop" href="/shop">Shop</a></p></body></html>`,
  });
  ext = await launchWithExtension([
    '--host-resolver-rules=MAP *.acme.test 127.0.0.1, MAP other-shop.test 127.0.0.1',
  ]);
  home = await ext.context.newPage();
  await home.setViewportSize({ width: 900, height: 700 });
  await home.goto(`http://www.acme.test:${port(shop)}/`);
}, 60_000);

afterAll(async () => {
  await ext?.close();
  await shop?.close();
  await policies?.close();
});

describe('a link to another host of the same site', () => {
  test('is graded on hover with no permission asked and no prompt', async () => {
    expect(policies.requests).toEqual([]);
    await home.hover('#same-site');
    await expect.poll(() => badgeState(home), { timeout: 20_000 }).toMatch(/^[A-E]$/);
    expect(policies.requests).toEqual(['/privacy.html']);
    expect(ext.context.pages()).toHaveLength(2); // about:blank and the shop: no permission tab opened
    await home.mouse.move(5, 5);
    await expect.poll(() => home.locator(BADGE).count(), { timeout: 3_000 }).toBe(0);
  });

  test('a link to another site on the same server still needs permission, and nothing is fetched', async () => {
    await home.mouse.move(5, 5);
    await expect.poll(() => home.locator(BADGE).count(), { timeout: 3_000 }).toBe(0);
    const before = policies.requests.length;
    await home.hover('#other-site');
    await expect.poll(() => badgeState(home), { timeout: 10_000 }).toBe('needs-permission');
    expect(policies.requests).toHaveLength(before);
  });
});
