// The browser figures, measured in real headless Chromium (playwright-core, Debian's chromium): the
// content script's work on a page (reading it as rendered, detecting, finding links), the toolbar badge
// after a policy page loads (first visit and revisit), the popup opening a cached summary, and the popup
// opening on a change.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { marked } from 'marked';
import { chromium, type Page } from 'playwright-core';
import {
  CHROMIUM,
  corpusPage,
  type LoadedExtension,
  launchWithExtension,
  requireFile,
  serve,
} from '../tests/e2e/harness';
import { median, round } from './stats';
import { closestInSize, loadModernTexts, MODERN_DIR } from './texts';

export interface ContentScriptFigures {
  /** content/first-pass.ts alone: what an ordinary page costs when it has no policy words. */
  ordinaryFirstPassMs: number;
  manyLinksFirstPassMs: number;
  /** Whether the first pass let each page through to the walk. */
  firstPassWalks: { ordinary: boolean; manyLinks: boolean; large: boolean };
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

/** The same figures of another checkout's content/, timed in the same pages, run by run in turn. */
export interface PairedContentScript {
  vs: ContentScriptFigures;
  /** Medians of this checkout's time over the other's, run by run. */
  ratios: { ordinaryDetect: number; manyLinksDetect: number; largeDetect: number };
}

/** content/detect.ts, content/rendered-page.ts, content/links.ts and content/first-pass.ts of `dir`, bundled as the extension bundles them. */
export async function contentBundle(dir: string, globalName: string): Promise<string> {
  const bundle = await build({
    stdin: {
      contents:
        "export { detectPage } from './content/detect';\nexport { renderedPage } from './content/rendered-page';\nexport { findPrivacyLinks } from './content/links';\nexport { mayBePolicy } from './content/first-pass';",
      resolveDir: dir,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
    minify: true,
    target: 'chrome120',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  if (script.includes('#Noun')) throw new Error(`compromise reached the content script bundle of ${dir}`);
  return script;
}

/** One checkout's timings on one page, each step's milliseconds run by run. */
interface PageTimings {
  first: number[];
  detect: number[];
  links: number[];
  sent: number;
  walks: boolean;
}

/**
 * The content script's own functions (content/detect.ts and content/links.ts, bundled as the extension
 * bundles them) run inside the page; each timing is taken in the page with performance.now(). With
 * `vsDir`, that checkout's functions run in the same pages too, the two in turn (A B, then B A, …), so
 * that a busy machine slows both alike and the ratio run by run holds when single figures drift.
 */
export async function measureContentScript(
  runs: number,
  vsDir?: string,
): Promise<ContentScriptFigures & { paired?: PairedContentScript }> {
  requireFile(CHROMIUM, 'install Debian chromium: apt-get install -y chromium');
  const names = vsDir ? ['PolicyLensBench', 'PolicyLensBenchVs'] : ['PolicyLensBench'];
  const scripts = [await contentBundle(process.cwd(), 'PolicyLensBench')];
  if (vsDir) scripts.push(await contentBundle(path.resolve(vsDir), 'PolicyLensBenchVs'));
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
      for (const script of scripts) {
        // Out of the page once run: its own text (which names privacy) is not the page's.
        const tag = await page.addScriptTag({ content: script });
        await tag.evaluate((element) => (element as Element).remove());
      }
      return page.evaluate(
        ({ n, globals }) => {
          type Api = Record<string, (...a: unknown[]) => unknown>;
          const apis = globals.map((name) => {
            const api = (globalThis as unknown as Record<string, Api>)[name];
            if (!api) throw new Error(`bench bundle ${name} did not load`);
            return api;
          });
          const out = apis.map(() => ({
            first: [] as number[],
            detect: [] as number[],
            links: [] as number[],
            sent: 0,
            walks: false,
          }));
          const outer: number[] = [];
          for (let i = 0; i < n + 2; i++) {
            // Each checkout in turn, the one first this time last the next.
            const order = i % 2 ? [...apis.keys()].reverse() : [...apis.keys()];
            for (const k of order) {
              const api = apis[k] as Api;
              const o = out[k] as (typeof out)[number];
              // What the content script does at each report: the first pass, then, when it lets the page
              // through, read the page as rendered and detect (timed here whatever the first pass said).
              let t = performance.now();
              o.walks = api.mayBePolicy?.(document, location.href) === true;
              const f = performance.now() - t;
              t = performance.now();
              const page = api.renderedPage?.(document, 3_000_000) as { html: string };
              api.detectPage?.(page, location.href, document.title);
              const d = performance.now() - t;
              o.sent = page.html.length;
              t = performance.now();
              api.findPrivacyLinks?.(document, location.href);
              const l = performance.now() - t;
              // The first two runs warm the JIT up.
              if (i >= 2) {
                o.first.push(f);
                o.detect.push(d);
                o.links.push(l);
              }
            }
            // What the content script sent before: the raw HTML.
            const t = performance.now();
            void document.documentElement.outerHTML.length;
            if (i >= 2) outer.push(performance.now() - t);
          }
          return { out, outer };
        },
        { n: runs, globals: names },
      );
    };
    const ordinary = await timings(`${site.origin}/shop.html`);
    const many = await timings(`${site.origin}/many-links.html`);
    const policy = await timings(`${site.origin}/privacy.html`);
    const figures = (k: number): ContentScriptFigures => {
      const [o, m, p] = [ordinary.out[k], many.out[k], policy.out[k]] as [
        PageTimings,
        PageTimings,
        PageTimings,
      ];
      return {
        ordinaryFirstPassMs: round(median(o.first), 3),
        manyLinksFirstPassMs: round(median(m.first), 3),
        firstPassWalks: { ordinary: o.walks, manyLinks: m.walks, large: p.walks },
        ordinaryDetectMs: round(median(o.detect), 3),
        ordinaryLinksMs: round(median(o.links), 3),
        manyLinksDetectMs: round(median(m.detect), 3),
        manyLinksLinksMs: round(median(m.links), 3),
        links: LINKS,
        largeBytes: large.length,
        largeDetectMs: round(median(p.detect), 1),
        largeOuterHtmlMs: round(median(policy.outer), 1),
        largeSentChars: p.sent,
        runs,
      };
    };
    const ratio = (t: { out: PageTimings[] }) => {
      const [a, b] = t.out as [PageTimings, PageTimings];
      return round(median(a.detect.map((x, i) => x / (b.detect[i] as number))), 3);
    };
    return {
      ...figures(0),
      paired: vsDir
        ? {
            vs: figures(1),
            ratios: {
              ordinaryDetect: ratio(ordinary),
              manyLinksDetect: ratio(many),
              largeDetect: ratio(policy),
            },
          }
        : undefined,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

declare const chrome: {
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    setBadgeText(details: { tabId?: number; text?: string }, ...rest: unknown[]): Promise<void>;
  };
};

const PAGE_NAME = '105_www.amazon.com.html';
const GRADE = '.grade-card .grade';
const POLICY_PATH = '/privacy/policy.html';

/** The browser a popup figure is taken in: the extension loaded, the policy page open in a tab. */
interface PolicyTab {
  ext: LoadedExtension;
  page: Page;
  tabId: number;
  popupUrl: string;
  /** Polls the tab's badge until it matches (every 100 ms, 30 s at most). */
  badge(pattern: RegExp, what: string): Promise<string>;
}

/** Opens a tab, navigates it with `go` and finds its id as the extension sees it (10 s at most). */
async function newTab(
  ext: LoadedExtension,
  go: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; tabId: number }> {
  const tabIds = () =>
    ext.worker.evaluate(async () =>
      (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
    );
  const before = await tabIds();
  const page = await ext.context.newPage();
  await go(page);
  let tabId: number | undefined;
  for (let i = 0; i < 100 && tabId === undefined; i++) {
    tabId = (await tabIds()).find((id) => !before.includes(id));
    if (tabId === undefined) await page.waitForTimeout(100);
  }
  if (tabId === undefined) throw new Error('no tab id for the new tab');
  return { page, tabId };
}

async function openPolicyTab(ext: LoadedExtension, url: string): Promise<PolicyTab> {
  const { page, tabId: id } = await newTab(ext, (p) => p.goto(url));
  const badge = async (pattern: RegExp, what: string) => {
    let text = '';
    for (let i = 0; i < 300 && !pattern.test(text); i++) {
      text = await ext.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), id);
      if (!pattern.test(text)) await page.waitForTimeout(100);
    }
    if (!pattern.test(text)) throw new Error(`${what} within 30 s (badge "${text}")`);
    return text;
  };
  await badge(/^[A-E]$/, 'the policy page was not graded');
  return {
    ext,
    page,
    tabId: id,
    popupUrl: `chrome-extension://${ext.extensionId}/popup.html?tab=${id}`,
    badge,
  };
}

export interface PopupFigure {
  /** From `goto` until Playwright finds what is timed on screen: the page's start, the reply, the render,
   * and Playwright's own probe, which waits behind whatever the page does next. */
  ms: number;
  /** When the browser painted it (Element Timing's renderTime, from the popup's navigation start). */
  paintMs: number;
  runs: number;
  page: string;
}

/** One opening: both clocks. */
interface Opening {
  ms: number;
  paintMs: number;
}

/** One browser with a build loaded, ready to time the popup again and again. */
export interface PopupSession {
  page: string;
  openOnce(): Promise<Opening>;
  close(): Promise<void>;
}

/**
 * Asks the browser when each selector's first element is painted: an init script gives the element an
 * `elementtiming` name as it is inserted (so any build can be timed, none carries the attribute) and
 * collects Element Timing entries. `paintedBy` then waits for all of them and returns the latest.
 */
async function watchPaint(popup: Page, selectors: readonly string[]): Promise<void> {
  await popup.addInitScript((wanted: readonly string[]) => {
    const painted: Record<string, number> = {};
    (window as unknown as { __painted: Record<string, number> }).__painted = painted;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { identifier: string; renderTime: number }
      >)
        painted[entry.identifier] ??= entry.renderTime;
    }).observe({ type: 'element', buffered: true });
    const named = new Set<string>();
    const observer = new MutationObserver(() => {
      for (const selector of wanted) {
        const element = named.has(selector) ? null : document.querySelector(selector);
        if (!element) continue;
        element.setAttribute('elementtiming', selector);
        named.add(selector);
      }
      if (named.size === wanted.length) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, selectors);
}

async function paintedBy(popup: Page, selectors: readonly string[]): Promise<number> {
  const handle = await popup.waitForFunction((wanted: readonly string[]) => {
    const painted = (window as unknown as { __painted?: Record<string, number> }).__painted ?? {};
    const times = wanted.map((s) => painted[s]);
    return times.every((t) => t !== undefined) ? Math.max(...(times as number[])) : null;
  }, selectors);
  return (await handle.jsonValue()) as number;
}

/** `runs` openings after one left out (it loads the popup's code), and their medians. */
async function timeSession(session: PopupSession, runs: number): Promise<PopupFigure> {
  try {
    const times: Opening[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const opening = await session.openOnce();
      if (i > 0) times.push(opening);
    }
    return figureOf(times, runs, session.page);
  } finally {
    await session.close();
  }
}

function figureOf(times: Opening[], runs: number, page: string): PopupFigure {
  return {
    ms: round(median(times.map((t) => t.ms)), 1),
    paintMs: round(median(times.map((t) => t.paintMs)), 1),
    runs,
    page,
  };
}

/**
 * Serves `pages`, loads the build (.output/chrome-mv3, or `extensionDir` to time another) and opens the
 * policy page in a tab, which the extension analyses and caches; `opener` makes one timed opening of the
 * popup for that tab. Whatever fails on the way, the browser and the server are closed.
 */
async function policyTabSession(
  pages: Record<string, string>,
  extensionDir: string | undefined,
  opener: (ext: LoadedExtension, tab: PolicyTab) => () => Promise<Opening>,
): Promise<PopupSession> {
  const site = await serve(pages);
  const ext = await launchWithExtension([], extensionDir);
  const close = async () => {
    await ext.close();
    await site.close();
  };
  try {
    const tab = await openPolicyTab(ext, `${site.origin}${POLICY_PATH}`);
    return { page: PAGE_NAME, close, openOnce: opener(ext, tab) };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Opens the tab's popup, timed from `goto` until every selector is on screen; the popup stays open for checks. */
async function openPopupTimed(
  ext: LoadedExtension,
  tab: PolicyTab,
  selectors: string[],
): Promise<Opening & { popup: Page }> {
  const popup = await ext.context.newPage();
  await watchPaint(popup, selectors);
  const t = performance.now();
  await popup.goto(tab.popupUrl);
  for (const selector of selectors) await popup.waitForSelector(selector);
  const ms = performance.now() - t;
  return { popup, ms, paintMs: await paintedBy(popup, selectors) };
}

/**
 * A saved policy page, analysed and cached once; each opening of the popup for its tab runs from `goto`
 * until the grade is on screen.
 */
export function popupFromCacheSession(extensionDir?: string): Promise<PopupSession> {
  return policyTabSession({ [POLICY_PATH]: corpusPage(PAGE_NAME) }, extensionDir, (ext, tab) => async () => {
    const { popup, ms, paintMs } = await openPopupTimed(ext, tab, [GRADE]);
    const fromCache = await popup.getAttribute('[data-from-cache]', 'data-from-cache');
    if (fromCache !== 'true') throw new Error('the popup did not read the summary from the cache');
    await popup.close();
    return { ms, paintMs };
  });
}

export async function measurePopupFromCache(runs: number, extensionDir?: string): Promise<PopupFigure> {
  return timeSession(await popupFromCacheSession(extensionDir), runs);
}

/** A sentence version B adds to the policy's first paragraph: it flips sells-data, so the change has an
 * answer as well as a clause. */
const SOLD = 'We sell your personal information to data brokers for their own marketing.';
const ANCHOR = 'This notice describes our privacy policy.';
// What shows the change in the popup: the first screen's "what changed" line, or, in builds before it
// (2026-12), the heading of the full change view the popup opened on; either lets old and new builds be
// timed alike. Text elements, which Element Timing reports.
const CHANGE_ON_SCREEN = '.change-line p, [data-state="change"] h1';

/**
 * The popup opening on a change: one policy URL serves version A, is analysed, then serves version B (A and
 * a sentence that sells data); once the badge shows the change's dot, the popup is opened and timed from
 * `goto` until the grade and the change are on screen. Opening it marks the change seen (the dot goes), so
 * each opening swaps the version first (B → A is a change too).
 */
export function changeViewSession(extensionDir?: string): Promise<PopupSession> {
  const versionA = corpusPage(PAGE_NAME);
  const versionB = versionA.replace(ANCHOR, `${ANCHOR} ${SOLD}`);
  if (versionB === versionA) throw new Error(`${PAGE_NAME} no longer says "${ANCHOR}"`);
  const pages: Record<string, string> = { [POLICY_PATH]: versionA };
  // `serve` reads the record on every request: replacing the body publishes a new version.
  let opened = 0;
  return policyTabSession(pages, extensionDir, (ext, tab) => async () => {
    pages[POLICY_PATH] = opened++ % 2 === 0 ? versionB : versionA;
    await tab.page.reload();
    await tab.badge(/^[A-E]•$/, 'no change was found');
    const { popup, ms, paintMs } = await openPopupTimed(ext, tab, [GRADE, CHANGE_ON_SCREEN]);
    if (!(await popup.textContent('.change-line, [data-state="change"]'))?.includes('sell')) {
      throw new Error('the change on screen does not mention the sale');
    }
    // Seen: the dot goes, so the next reload's change is a new one.
    await tab.badge(/^[A-E]$/, 'the change was not marked seen');
    await popup.close();
    return { ms, paintMs };
  });
}

export async function measureChangeView(runs: number, extensionDir?: string): Promise<PopupFigure> {
  return timeSession(await changeViewSession(extensionDir), runs);
}

export interface PairedFigures {
  a: PopupFigure;
  b: PopupFigure;
  /** Median of a/b, opening by opening. */
  ratio: number;
  paintRatio: number;
}

/**
 * Two builds in two browsers at once, opened in turn (A B A B …, first pair left out), so that a busy
 * machine slows both alike and the ratio pair by pair holds when single figures drift.
 */
export async function comparePopups(
  session: (extensionDir?: string) => Promise<PopupSession>,
  runs: number,
  dirA: string,
  dirB: string,
): Promise<PairedFigures> {
  const a = await session(dirA);
  try {
    const b = await session(dirB);
    try {
      const times: Array<[Opening, Opening]> = [];
      for (let i = 0; i < runs + 1; i++) {
        const pair: [Opening, Opening] = [await a.openOnce(), await b.openOnce()];
        if (i > 0) times.push(pair);
      }
      return {
        a: figureOf(
          times.map((t) => t[0]),
          runs,
          a.page,
        ),
        b: figureOf(
          times.map((t) => t[1]),
          runs,
          a.page,
        ),
        ratio: round(median(times.map(([x, y]) => x.ms / y.ms)), 3),
        paintRatio: round(median(times.map(([x, y]) => x.paintMs / y.paintMs)), 3),
      };
    } finally {
      await b.close();
    }
  } finally {
    await a.close();
  }
}

/** A policy page the badge is timed on: its name (for the row) and its HTML. */
export interface BadgePage {
  name: string;
  html: string;
}

/** Medians over the runs, from the page's navigation start and from its load event's end. */
export interface BadgeTiming {
  fromStartMs: number;
  /** Negative when the badge came before the load event ended. */
  fromLoadMs: number;
}

export interface BadgeFigures {
  /** A new address each run: nothing cached, the whole analysis. */
  firstVisit: BadgeTiming;
  /** The same address again in a new tab: the summary from the cache. */
  revisit: BadgeTiming;
  runs: number;
  page: string;
}

const GRADE_TEXT = /^[A-E]•?$/;

/**
 * Wraps the worker's chrome.action.setBadgeText (once per worker) to record, for each call that puts a
 * grade on a tab, the time of the call on the page's clock (performance.timeOrigin + performance.now():
 * the same wall clock in every process of the browser, to a fraction of a millisecond here). The built
 * background calls it as `chrome.action.setBadgeText(…)` through wxt's `browser`, which is the `chrome`
 * global, so the wrapper sees every call. Nothing polls the worker while it analyses: `badgeSetFor` waits
 * on a promise the wrapper resolves.
 */
async function hookBadge(ext: LoadedExtension): Promise<void> {
  await ext.worker.evaluate((source) => {
    const bench = globalThis as { __policylensBadge?: BadgeHook };
    if (bench.__policylensBadge) return;
    const grade = new RegExp(source);
    const hook: BadgeHook = { sets: new Map(), waiters: new Map() };
    const original = chrome.action.setBadgeText;
    chrome.action.setBadgeText = function (this: unknown, details, ...rest) {
      const id = details.tabId;
      if (id !== undefined && grade.test(details.text ?? '') && !hook.sets.has(id)) {
        const at = performance.timeOrigin + performance.now();
        hook.sets.set(id, at);
        hook.waiters.get(id)?.(at);
      }
      return original.call(this, details, ...rest);
    };
    bench.__policylensBadge = hook;
  }, GRADE_TEXT.source);
}

/**
 * What the wrapper keeps in the worker: the first grade's time per tab, and who waits for it. (No named
 * function inside an evaluated one: tsx's keepNames would wrap it in a `__name` the worker lacks.)
 */
interface BadgeHook {
  sets: Map<number, number>;
  waiters: Map<number, (at: number) => void>;
}

/** When the extension first set a grade on the tab's badge (epoch ms), waiting for it 30 s at most. */
function badgeSetFor(ext: LoadedExtension, tabId: number): Promise<number> {
  return ext.worker.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const hook = (globalThis as { __policylensBadge?: BadgeHook }).__policylensBadge;
        if (!hook) {
          reject(new Error('the badge hook is gone: the service worker restarted during the bench'));
          return;
        }
        const seen = hook.sets.get(id);
        if (seen !== undefined) {
          hook.sets.delete(id);
          resolve(seen);
          return;
        }
        const timer = setTimeout(() => {
          hook.waiters.delete(id);
          reject(new Error(`no grade on the badge of tab ${id} within 30 s`));
        }, 30_000);
        hook.waiters.set(id, (at) => {
          clearTimeout(timer);
          hook.waiters.delete(id);
          hook.sets.delete(id);
          resolve(at);
        });
      }),
    tabId,
  );
}

/** When the policy's summary was analysed, as the cache row says (undefined: not in the cache). */
function analysedAt(ext: LoadedExtension, url: string): Promise<number | undefined> {
  return ext.worker.evaluate(
    (key) =>
      new Promise<number | undefined>((resolve, reject) => {
        // The cache's own database; this connection reads one row and closes.
        const open = indexedDB.open('policylens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('summaries').objectStore('summaries').get(key);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { analysedAt?: number } | undefined)?.analysedAt);
          };
        };
      }),
    url,
  );
}

/**
 * One visit: a fresh tab (its badge starts empty: no earlier run's grade can be read) navigated to `url`;
 * from the page's navigation start (its performance.timeOrigin) and from its load event's end (the
 * navigation entry's loadEventEnd) until the extension called setBadgeText with a grade for that tab.
 */
async function visit(ext: LoadedExtension, url: string): Promise<BadgeTiming> {
  const { page, tabId } = await newTab(ext, async () => {});
  try {
    await page.goto(url);
    const at = await badgeSetFor(ext, tabId);
    const handle = await page.waitForFunction(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return nav && nav.loadEventEnd > 0
        ? { origin: performance.timeOrigin, loadEnd: nav.loadEventEnd }
        : null;
    });
    const { origin, loadEnd } = (await handle.jsonValue()) as { origin: number; loadEnd: number };
    return { fromStartMs: at - origin, fromLoadMs: at - origin - loadEnd };
  } finally {
    await page.close();
  }
}

const medianTiming = (times: BadgeTiming[]): BadgeTiming => ({
  fromStartMs: round(median(times.map((t) => t.fromStartMs)), 1),
  fromLoadMs: round(median(times.map((t) => t.fromLoadMs)), 1),
});

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * Today's policy closest to `chars` characters of text (../shared/corpus/modern-dev, the one the engine's
 * "64 KB modern policy" row analyses), its archived Markdown made a page with marked, as
 * tests/e2e/layout-modern.test.ts serves them.
 */
export function modernPolicyPage(chars = 65536): BadgePage & { textChars: number } {
  const chosen = closestInSize(loadModernTexts(), chars);
  const name = chosen.file.replace(/\.md$/, '');
  const body = marked.parse(readFileSync(path.join(MODERN_DIR, chosen.file), 'utf8'), { async: false });
  return {
    name: chosen.file,
    textChars: chosen.text.length,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(
      `${name} Privacy Policy`,
    )}</title></head><body><main>${body}</main></body></html>`,
  };
}

/**
 * The toolbar badge after a policy page loads, in headless Chromium with the build (.output/chrome-mv3,
 * or `extensionDir`) and the page served by the local test server. Each run visits a new address (a new
 * `?run=` query: the cache is keyed by URL, so the whole analysis runs), then the same address again in a
 * new tab (checked to come from the cache: the row's analysedAt does not move). `runs` of each after one
 * left out (it warms the worker). `page` defaults to the saved policy page the popup figures use.
 */
export async function measureBadgeAfterLoad(
  runs: number,
  extensionDir?: string,
  page: BadgePage = { name: PAGE_NAME, html: corpusPage(PAGE_NAME) },
): Promise<BadgeFigures> {
  const site = await serve({ [POLICY_PATH]: page.html });
  try {
    const ext = await launchWithExtension([], extensionDir);
    try {
      await hookBadge(ext);
      const first: BadgeTiming[] = [];
      const again: BadgeTiming[] = [];
      // A new address per bench too: a cache the browser kept would make a first visit a revisit.
      const stamp = Date.now().toString(36);
      for (let i = 0; i < runs + 1; i++) {
        const url = `${site.origin}${POLICY_PATH}?run=${stamp}-${i}`;
        if ((await analysedAt(ext, url)) !== undefined) throw new Error(`${url} is already in the cache`);
        const a = await visit(ext, url);
        const analysed = await analysedAt(ext, url);
        if (analysed === undefined) throw new Error(`the first visit of ${url} left no summary in the cache`);
        const b = await visit(ext, url);
        if ((await analysedAt(ext, url)) !== analysed) {
          throw new Error(`the revisit of ${url} analysed the page again instead of reading the cache`);
        }
        if (i > 0) {
          first.push(a);
          again.push(b);
        }
      }
      return { firstVisit: medianTiming(first), revisit: medianTiming(again), runs, page: page.name };
    } finally {
      await ext.close();
    }
  } finally {
    await site.close();
  }
}
