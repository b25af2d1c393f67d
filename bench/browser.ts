// The two browser figures, measured in real headless Chromium (playwright-core, Debian's chromium):
// the content script's work on a page (reading it as rendered, detecting, finding links), and the popup
// opening a cached summary.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, corpusPage, launchWithExtension, requireFile, serve } from '../tests/e2e/harness';
import { median, round } from './stats';

export interface ContentScriptFigures {
  ordinaryDetectMs: number;
  ordinaryLinksMs: number;
  manyLinksDetectMs: number;
  manyLinksLinksMs: number;
  links: number;
  /** The large policy page: its HTML's size, the rendered walk + detection, and outerHTML for comparison. */
  largeBytes: number;
  largeDetectMs: number;
  largeOuterHtmlMs: number;
  largeSentChars: number;
  runs: number;
}

const LINKS = 5000;

/** A page with many links, a few of them to policies: a news front page or a shop's category list. */
function manyLinksPage(): string {
  const items: string[] = [];
  for (let i = 0; i < LINKS; i++) {
    if (i % 1000 === 999) items.push(`<li><a href="/privacy-policy?v=${i}">Privacy Policy</a></li>`);
    else if (i % 3 === 0) items.push(`<li><a href="https://example.com/item/${i}">Item number ${i}</a></li>`);
    else items.push(`<li><a href="/category/${i}#top">Category ${i} and its many products</a></li>`);
  }
  return `<!doctype html><html><head><title>All products</title></head><body><h1>Shop</h1><ul>${items.join('')}</ul></body></html>`;
}

/**
 * A 2.7 MB policy page of the kind single-page apps serve: 2,000 menu links, 1 MB of inline JSON, then
 * 2,500 sections of policy text, every tenth hidden by the stylesheet.
 */
function largePolicyPage(): string {
  const nav = Array.from(
    { length: 2000 },
    (_, i) => `<li class="menu-item"><a href="/c/${i}">Category ${i}</a></li>`,
  );
  const data = `<script type="application/json">{"items":[${'"abcdefghijklmnopqrstuvwxyz",'.repeat(36_000)}"end"]}</script>`;
  const sentence = 'We collect your email address when you register, and we may share it with our partners. ';
  const sections = Array.from(
    { length: 2500 },
    (_, i) =>
      `<section class="policy-section${i % 10 === 9 ? ' gone' : ''}" id="s${i}"><h2>Section ${i}</h2><div class="body"><p>${sentence.repeat(4)}</p><ul><li>Your <b>name</b></li><li>Your <a href="#x">email</a></li></ul></div></section>`,
  );
  return `<!doctype html><html lang="en"><head><title>Privacy Policy</title><style>.gone{display:none}</style>${data}</head><body><nav><ul>${nav.join('')}</ul></nav><main><h1>Privacy Policy</h1>${sections.join('')}</main></body></html>`;
}

/**
 * The content script's own functions (content/detect.ts and content/links.ts, bundled as the extension
 * bundles them) run inside the page; each timing is taken in the page with performance.now().
 */
export async function measureContentScript(runs: number): Promise<ContentScriptFigures> {
  requireFile(CHROMIUM, 'install Debian chromium: apt-get install -y chromium');
  const bundle = await build({
    stdin: {
      contents:
        "export { detectPage } from './content/detect';\nexport { renderedPage } from './content/rendered-page';\nexport { findPrivacyLinks } from './content/links';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'PolicyLensBench',
    write: false,
    minify: true,
    target: 'chrome120',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  if (script.includes('#Noun')) throw new Error('compromise reached the content script bundle');
  const large = largePolicyPage();
  const site = await serve({
    '/shop.html': readFileSync(path.resolve('tests/e2e/fixtures/ordinary-page.html'), 'utf8'),
    '/many-links.html': manyLinksPage(),
    '/privacy.html': large,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    // The test server's CSP forbids inline scripts; the bench's own script is let through.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const timings = async (url: string) => {
      await page.goto(url);
      await page.addScriptTag({ content: script });
      return page.evaluate((n) => {
        const api = (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)
          .PolicyLensBench;
        if (!api) throw new Error('bench bundle did not load');
        const detect: number[] = [];
        const links: number[] = [];
        const outer: number[] = [];
        let sent = 0;
        for (let i = 0; i < n + 2; i++) {
          // What the content script does at each report: read the page as rendered, then detect.
          let t = performance.now();
          const page = api.renderedPage?.(document, 3_000_000) as { html: string };
          api.detectPage?.(page, location.href, document.title);
          const d = performance.now() - t;
          sent = page.html.length;
          t = performance.now();
          api.findPrivacyLinks?.(document, location.href);
          const l = performance.now() - t;
          // What the content script sent before: the raw HTML.
          t = performance.now();
          void document.documentElement.outerHTML.length;
          const o = performance.now() - t;
          // The first two runs warm the JIT up.
          if (i >= 2) {
            detect.push(d);
            links.push(l);
            outer.push(o);
          }
        }
        return { detect, links, outer, sent };
      }, runs);
    };
    const ordinary = await timings(`${site.origin}/shop.html`);
    const many = await timings(`${site.origin}/many-links.html`);
    const policy = await timings(`${site.origin}/privacy.html`);
    return {
      ordinaryDetectMs: round(median(ordinary.detect), 3),
      ordinaryLinksMs: round(median(ordinary.links), 3),
      manyLinksDetectMs: round(median(many.detect), 3),
      manyLinksLinksMs: round(median(many.links), 3),
      links: LINKS,
      largeBytes: large.length,
      largeDetectMs: round(median(policy.detect), 1),
      largeOuterHtmlMs: round(median(policy.outer), 1),
      largeSentChars: policy.sent,
      runs,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

declare const chrome: {
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

/**
 * With .output/chrome-mv3 loaded: a saved policy page is opened so that the extension analyses and caches
 * it (the badge shows a grade), then the popup for that tab is opened `runs` times; each time runs from
 * `goto` until the grade is on screen. The first opening is left out (it loads the popup's code).
 */
export async function measurePopupFromCache(
  runs: number,
): Promise<{ ms: number; runs: number; page: string }> {
  const pageName = '105_www.amazon.com.html';
  const site = await serve({ '/privacy/policy.html': corpusPage(pageName) });
  const ext = await launchWithExtension();
  try {
    const tabIds = () =>
      ext.worker.evaluate(async () =>
        (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
      );
    const before = await tabIds();
    const page = await ext.context.newPage();
    await page.goto(`${site.origin}/privacy/policy.html`);
    let tabId: number | undefined;
    for (let i = 0; i < 100 && tabId === undefined; i++) {
      tabId = (await tabIds()).find((id) => !before.includes(id));
      if (tabId === undefined) await page.waitForTimeout(100);
    }
    if (tabId === undefined) throw new Error('no tab id for the policy page');
    const id = tabId;
    let badge = '';
    for (let i = 0; i < 300 && !/^[A-E]$/.test(badge); i++) {
      badge = await ext.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), id);
      if (!/^[A-E]$/.test(badge)) await page.waitForTimeout(100);
    }
    if (!/^[A-E]$/.test(badge)) throw new Error('the policy page was not graded within 30 s');
    const url = `chrome-extension://${ext.extensionId}/popup.html?tab=${id}`;
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const popup = await ext.context.newPage();
      const t = performance.now();
      await popup.goto(url);
      await popup.waitForSelector('.grade-card .grade');
      const ms = performance.now() - t;
      const fromCache = await popup.getAttribute('[data-from-cache]', 'data-from-cache');
      if (fromCache !== 'true') throw new Error('the popup did not read the summary from the cache');
      await popup.close();
      if (i > 0) times.push(ms);
    }
    return { ms: round(median(times), 1), runs, page: pageName };
  } finally {
    await ext.close();
    await site.close();
  }
}
