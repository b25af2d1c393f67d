// A hostile page against the built extension, in real headless Chromium: its own scripts must not make
// PolicyLens analyse, fetch or reveal anything, and text from a fetched policy is never rendered as HTML.
// The page's script runs before the content script (document_idle) and does what a hostile page can: it
// overrides fetch, JSON.parse, DOM methods and attachShadow, posts messages shaped like the extension's,
// dispatches synthetic pointer and focus events, and links "Privacy Policy" to URLs that are not web pages.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  corpusPage,
  EXTENSION_DIR,
  type LoadedExtension,
  type LoggedSite,
  launchWithExtension,
  openTab,
  serveLogged,
} from './harness';
import { HOSTILE_JS } from './hostile-page';

declare const chrome: {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const BADGE = '[data-policylens-badge]';
const EVIL = '/legal/privacy-policy.html';
const FORGED = '/forged/privacy-policy.html';

// Text of the policy that must stay text: an HTML payload (as entities, so that it survives extraction as
// text), a Markdown link and a Markdown table row. Real tags too, which extraction must drop unrun.
const PAYLOAD = (origin: string) =>
  `&lt;img src="${origin}/pwned-img" onerror="window.__pwned='img'"&gt; ` +
  `&lt;script&gt;window.__pwned='script'&lt;/script&gt; [click here](javascript:window.__pwned='md') | evil | table |`;

function evilPolicy(origin: string): string {
  const policy = corpusPage('105_www.amazon.com.html');
  const injected =
    `<h1>Privacy Policy ${PAYLOAD(origin)}</h1>` +
    `<p>We sell your personal information to advertisers ${PAYLOAD(origin)}.</p>` +
    `<p>We share your email address with third parties for their own marketing ${PAYLOAD(origin)}.</p>` +
    `<img src="${origin}/pwned-raw" onerror="window.__pwned='raw'"><script>window.__pwned='raw-script'</script>`;
  return policy
    .replace(/<title>[\s\S]*?<\/title>/i, `<title>${PAYLOAD(origin)} Evil Privacy Policy</title>`)
    .replace(/<body([^>]*)>/i, `<body$1>${injected}`);
}

let ext: LoadedExtension;
let site: LoggedSite;

const count = (p: string) => site.requests.filter((r) => r === p).length;

async function badgeState(tab: Page): Promise<string | null> {
  return tab
    .locator(BADGE)
    .getAttribute('data-policylens-badge', { timeout: 1_000 })
    .catch(() => null);
}

/** Every node inside every shadow root of the page, closed ones included (CDP pierces them). */
async function shadowContent(cdp: CDPSession): Promise<{ names: string[]; text: string }> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: CdpNode;
  };
  const names: string[] = [];
  let text = '';
  const walk = (node: CdpNode, inShadow: boolean) => {
    if (inShadow) {
      names.push(node.nodeName);
      if (node.nodeType === 3) text += node.nodeValue ?? '';
    }
    for (const child of node.children ?? []) walk(child, inShadow);
    for (const shadow of node.shadowRoots ?? []) walk(shadow, true);
  };
  walk(root, false);
  return { names, text };
}

interface CdpNode {
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

async function hostileLog(tab: Page) {
  return tab.evaluate(() => {
    const w = window as unknown as {
      __log: { fetch: number; json: number; stacks: string[]; messages: string[]; shadow: number };
      __stolen?: unknown;
      __pwned?: unknown;
    };
    return { ...w.__log, stolen: w.__stolen !== undefined, pwned: w.__pwned ?? null };
  });
}

const pages: Record<string, string | { body: string; type: string; csp?: string }> = {
  '/hostile.js': { type: 'text/javascript', body: HOSTILE_JS },
  [FORGED]: '<h1>Privacy Policy</h1><p>We sell your personal information to advertisers.</p>',
};

beforeAll(async () => {
  // The server reads `pages` at each request: the pages that name the server's origin or the extension's
  // id are added once those are known.
  site = await serveLogged(pages);
  ext = await launchWithExtension();
  pages[EVIL] = evilPolicy(site.origin);
  pages['/hostile.html'] = hostilePage(ext.extensionId);
  // No CSP but script-src: what decides whether the page reaches the extension's files is the browser.
  pages['/probe.html'] = {
    type: 'text/html; charset=utf-8',
    csp: "script-src 'none'",
    body: '<!doctype html><title>Probe</title><p>Probe</p>',
  };
}, 60_000);

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

function hostilePage(extensionId: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Totally normal shop</title>
<script src="/hostile.js" defer></script></head><body>
<h1>Garden tools</h1><p>Spades and rakes. <button id="first" type="button">Start</button></p>
<p id="links">
<a id="evil" href="${EVIL}">Privacy Policy</a> ·
<a id="js" href="javascript:void(window.__pwned='js')">Privacy Policy</a> ·
<a id="data" href="data:text/html,%3Ch1%3EPrivacy%20Policy%3C%2Fh1%3E">Privacy Policy</a> ·
<a id="blob" href="about:blank">Privacy Policy</a> ·
<a id="file" href="file:///etc/privacy-policy.html">Privacy Policy</a> ·
<a id="ext" href="chrome-extension://${extensionId}/popup.html">Privacy Policy</a> ·
<a id="forged" href="${FORGED}">Privacy Policy</a> ·
<a id="shop" href="/shop">Shop</a></p></body></html>`;
}

/** The messages a page could post, shaped like @webext-core/messaging's and like the protocol's types. */
function forgeAll(args: { origin: string; forged: string; extensionId: string }): string[] {
  const { origin, forged, extensionId } = args;
  const href = origin + forged;
  const policyHtml = '<h1>Privacy Policy</h1><p>We sell your personal information to advertisers.</p>';
  const shapes: Array<{ type: string; data: unknown }> = [
    { type: 'linkSummary', data: { href, pageUrl: location.href } },
    {
      type: 'linkPage',
      data: { href, pageUrl: location.href, finalUrl: href, body: policyHtml, kind: 'html' },
    },
    {
      type: 'pageChecked',
      data: { url: location.href, title: 'Privacy Policy', isPolicy: true, html: policyHtml },
    },
    { type: 'summariseTab', data: { tabId: 1, force: true } },
    { type: 'summaryForUrl', data: { url: href } },
    { type: 'openFullSummary', data: { href, pageUrl: location.href } },
    { type: 'askSiteAccess', data: { href: 'https://partner.example/privacy', pageUrl: location.href } },
    { type: 'hideBadgesOnSite', data: { pageUrl: location.href } },
    { type: 'getPage', data: undefined },
    { type: 'highlightQuote', data: { text: 'Garden tools' } },
  ];
  const errors: string[] = [];
  let id = 1;
  for (const { type, data } of shapes) {
    const message = { id: id++, type, data, timestamp: Date.now() };
    window.postMessage(message, '*');
    window.postMessage(JSON.stringify(message), '*');
    document.dispatchEvent(new CustomEvent(type, { detail: message }));
    window.dispatchEvent(new CustomEvent(`${extensionId}:policy:${type}`, { detail: message }));
  }
  // The page has no extension API to send with: no externally_connectable in the manifest.
  const api = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
  if (api?.sendMessage) {
    try {
      (api.sendMessage as (id: string, m: unknown) => void)(extensionId, { type: 'linkSummary', data: {} });
      errors.push('sendMessage accepted');
    } catch (error) {
      errors.push(String(error));
    }
  }
  return errors;
}

describe('a hostile page', () => {
  let tab: Page;
  let tabId: number;
  let cdp: CDPSession;
  let anchorsBefore: string;

  test("the content script runs; nothing the extension does reaches the page's traps", async () => {
    ({ page: tab, tabId } = await openTab(ext, `${site.origin}/hostile.html`));
    cdp = await tab.context().newCDPSession(tab);
    // The content script ran (document_idle): its delegated listeners answer a real hover below.
    await tab.waitForTimeout(800);
    anchorsBefore = await tab.locator('#links').innerHTML();
    const log = await hostileLog(tab);
    expect(log.stacks).toEqual([]);
    expect(log.fetch).toBe(0);
    expect(log.shadow).toBe(0);
  });

  test('forged messages (postMessage, DOM events, chrome.runtime) make the extension do nothing', async () => {
    const pagesBefore = ext.context.pages().length;
    const errors = await tab.evaluate(forgeAll, {
      origin: site.origin,
      forged: FORGED,
      extensionId: ext.extensionId,
    });
    expect(errors.filter((e) => e === 'sendMessage accepted')).toEqual([]);
    await tab.waitForTimeout(1_500);
    expect(count(FORGED)).toBe(0);
    expect(ext.context.pages().length).toBe(pagesBefore);
    expect(await ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    const { settings } = await ext.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect((settings as { badgesOffSites?: string[] } | undefined)?.badgesOffSites ?? []).toEqual([]);
    expect(await tab.locator(BADGE).count()).toBe(0);
  });

  test('synthetic pointerover and focusin (isTrusted false) on a privacy link: no fetch, no badge', async () => {
    await tab.evaluate(() => {
      const a = document.getElementById('forged') as HTMLAnchorElement;
      const init = { bubbles: true, composed: true, pointerType: 'mouse' };
      for (let i = 0; i < 3; i++) {
        a.dispatchEvent(new PointerEvent('pointerover', init));
        a.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
        a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      }
    });
    await tab.waitForTimeout(1_500);
    expect(count(FORGED)).toBe(0);
    expect(await tab.locator(BADGE).count()).toBe(0);
  });

  test.each(['js', 'data', 'blob', 'file', 'ext'])(
    '"Privacy Policy" linking to a %s: URL, hovered for real: no badge, no request',
    async (id) => {
      const before = site.requests.length;
      await tab.hover(`#${id}`);
      await tab.waitForTimeout(900);
      expect(await tab.locator(BADGE).count()).toBe(0);
      expect(site.requests.slice(before)).toEqual([]);
      await tab.mouse.move(5, 650);
    },
  );

  test('a real hover on the injected policy: one request, a graded badge, its text never HTML', async () => {
    await tab.hover('#evil');
    await expect.poll(() => badgeState(tab), { timeout: 20_000 }).toMatch(/^[A-E]$/);
    expect(count(EVIL)).toBe(1);
    const { names, text } = await shadowContent(cdp);
    expect(text).toContain('<img src=');
    expect(names).not.toContain('IMG');
    expect(names).not.toContain('SCRIPT');
    expect(names).not.toContain('A');
    const log = await hostileLog(tab);
    expect(log).toMatchObject({ fetch: 0, shadow: 0, stolen: false, pwned: null, stacks: [] });
    // The closed shadow root stays closed to the page.
    expect(await tab.locator(BADGE).evaluate((host) => host.shadowRoot === null)).toBe(true);
    expect(site.requests.filter((r) => r.startsWith('/pwned'))).toEqual([]);
  });

  test('what the page can see: one attribute on our host element, nothing on its links, no globals, no messages', async () => {
    const seen = await tab.evaluate(() => {
      const marks: string[] = [];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) {
          if (/policylens/i.test(attr.name) || /policylens/i.test(attr.value)) {
            marks.push(`${el.tagName.toLowerCase()} ${attr.name}`);
          }
        }
      }
      const before = new Set((window as unknown as { __globals: string[] }).__globals);
      const added = Object.getOwnPropertyNames(window).filter((n) => !before.has(n));
      return { marks, added };
    });
    expect(seen.marks).toEqual(['policylens-badge data-policylens-badge']);
    expect(seen.added.filter((n) => !n.startsWith('__'))).toEqual([]);
    expect(await tab.locator('#links').innerHTML()).toBe(anchorsBefore);
    const { messages } = await hostileLog(tab);
    // Only the page's own forged messages: none from the extension, none naming it.
    expect(messages.filter((m) => m.includes(ext.extensionId) && !m.includes('timestamp'))).toEqual([]);
    expect(messages.filter((m) => /wxt|content-script-started/.test(m))).toEqual([]);
  });

  test('the manifest exposes no file and no messaging to pages; a page cannot load the extension’s files', async () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    const probe = await ext.context.newPage();
    await probe.goto(`${site.origin}/probe.html`);
    const base = `chrome-extension://${ext.extensionId}`;
    const reached = await probe.evaluate(async (root) => {
      const results: string[] = [];
      for (const file of ['/manifest.json', '/popup.html', '/content-scripts/policy.js', '/icon/16.png']) {
        try {
          await fetch(root + file);
          results.push(`fetched ${file}`);
        } catch {}
      }
      const loaded = await new Promise<boolean>((resolve) => {
        const img = new Image();
        img.onload = () => resolve(true);
        img.onerror = () => resolve(false);
        img.src = `${root}/icon/16.png`;
      });
      if (loaded) results.push('image loaded');
      return results;
    }, base);
    expect(reached).toEqual([]);
    await probe.close();
  });
});

describe('the injected policy in the popup and the export', () => {
  async function checkPopup(popup: Page) {
    await popup.waitForSelector('[data-state="summary"]', { timeout: 20_000 });
    const dom = await popup.evaluate(() => ({
      imgs: document.querySelectorAll('img').length,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      links: Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? ''),
      text: document.body.textContent ?? '',
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    }));
    expect(dom.imgs).toBe(0);
    expect(dom.inlineScripts).toBe(0);
    expect(dom.links.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    expect(dom.pwned).toBeNull();
    expect(dom.text).toContain('<img src=');
    expect(site.requests.filter((r) => r.startsWith('/pwned'))).toEqual([]);
  }

  test('popup.html?url= (the saved summary) and its Markdown export', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(
      `chrome-extension://${ext.extensionId}/popup.html?url=${encodeURIComponent(site.origin + EVIL)}`,
    );
    await checkPopup(popup);
    await popup.evaluate(() => {
      const copied: string[] = [];
      Object.assign(window, { copied });
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: async (text: string) => void copied.push(text),
      });
    });
    await popup.getByRole('button', { name: 'Copy Markdown' }).click();
    await popup.getByText('Markdown copied.').waitFor();
    const markdown = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied[0] ?? '');
    expect(markdown).toContain('\\<img src');
    expect(markdown).not.toMatch(/(^|[^\\])<(img|script)/);
    expect(markdown).not.toMatch(/(^|[^\\])\]\(javascript:/);
    // The injected table row stays inside its cell: in every table row, the only unescaped pipes are the
    // borders of its three columns (outside a table a pipe is plain text, and is left alone).
    for (const row of markdown.split('\n').filter((line) => line.startsWith('| '))) {
      expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(3);
    }
    await popup.close();
  });

  test('popup.html?tab= on the policy opened in a tab', async () => {
    const { page, tabId } = await openTab(ext, `${site.origin}${EVIL}`);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await checkPopup(popup);
    const pagePwned = await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);
    expect(pagePwned).toBeNull();
    await popup.close();
    await page.close();
  });
});
