import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { BadgeState } from '../../background/badge';
import type { MessageDeps } from '../../background/messages';
import { RejectedMessage, type Sender } from '../../background/validate';
import { SummaryCache, TOUCH_AFTER_MS } from '../../db/cache';
import { messageDeps, send } from './message-deps';
import { policyReport, popupSender, tab } from './senders';
import { POLICY_HTML } from './summary-fixture';

const contentSender: Sender = { id: 'ext-id', tab, url: 'https://a.example/privacy', frameId: 0 };

let seq = 0;
let cache: SummaryCache;
let badges: Array<[number, BadgeState]>;
let deps: MessageDeps;
let page: unknown;

beforeEach(async () => {
  cache = await SummaryCache.open({ name: `handlers-${seq++}` });
  badges = [];
  page = policyReport;
  deps = messageDeps({
    ready: Promise.resolve(cache),
    setBadge: async (tabId, grade) => {
      badges.push([tabId, grade]);
    },
    requestPage: vi.fn(async () => page),
    requestPageUrl: vi.fn(async () => ({ url: (page as { url?: string }).url })),
    tabs: new Map(),
  });
});

afterEach(() => cache.close());

describe('handlePageChecked', () => {
  test('a policy page gets its grade on the badge and a cache entry', async () => {
    const { grade } = await send(
      'pageChecked',
      { url: 'https://a.example/privacy', title: 'P', isPolicy: true, html: POLICY_HTML },
      contentSender,
      deps,
    );
    expect(grade).toMatch(/^[A-E]$/);
    expect(badges).toEqual([[7, grade]]);
    expect(await cache.count()).toBe(1);
  });

  test('a page the content script cut at the cap: its summary says only the first part was read', async () => {
    const report = { url: 'https://a.example/privacy', title: 'P', isPolicy: true, html: POLICY_HTML };
    await send('pageChecked', { ...report, htmlCut: true }, contentSender, deps);
    const cut = await cache.get(report.url);
    expect(cut?.summary.warnings).toContain('The page is very long; only its first part was read.');
    await cache.clear();
    await send('pageChecked', { ...report, url: 'https://a.example/privacy?whole' }, contentSender, deps);
    const whole = await cache.get('https://a.example/privacy?whole');
    expect(whole?.summary.warnings).not.toContain('The page is very long; only its first part was read.');
  });

  test('a page the content script takes for a policy but the engine does not is not graded', async () => {
    const shop = `<!doctype html><html lang="en"><head><title>Privacy Coffee Shop</title></head><body><main>
<h1>Fresh coffee, roasted daily</h1><p>Our beans come from small farms and are roasted every morning.</p>
<p>Order before noon and your coffee ships the same day. Free shipping on orders over 30 dollars.</p>
<p>Visit our shop on Main Street, open every day from 7 to 7.</p></main></body></html>`;
    const { grade } = await send(
      'pageChecked',
      { url: 'https://a.example/privacy', title: 'Privacy Coffee Shop', isPolicy: true, html: shop },
      contentSender,
      deps,
    );
    expect(grade).toBeNull();
    expect(badges).toEqual([[7, 'not-graded']]);
  });

  test('a non-policy page clears the badge and analyses nothing', async () => {
    expect(
      await send(
        'pageChecked',
        { url: 'https://a.example/', title: '', isPolicy: false },
        contentSender,
        deps,
      ),
    ).toEqual({
      grade: null,
    });
    expect(badges).toEqual([[7, null]]);
    expect(await cache.count()).toBe(0);
  });

  test('the same page reported again in a tab is not analysed again, not even read from the cache', async () => {
    const report = { url: 'https://a.example/privacy#0', title: 'P', isPolicy: true, html: POLICY_HTML };
    const put = vi.spyOn(cache, 'put');
    const getFresh = vi.spyOn(cache, 'getFresh');
    const first = await send('pageChecked', report, contentSender, deps);
    for (const hash of ['#1', '#0', '#1']) {
      const again = await send(
        'pageChecked',
        { ...report, url: `https://a.example/privacy${hash}` },
        contentSender,
        deps,
      );
      expect(again).toEqual(first);
    }
    expect(put).toHaveBeenCalledTimes(1);
    expect(getFresh).toHaveBeenCalledTimes(1);
  });

  test('50 reports of one tab at once: at most one analysis in flight, the latest page graded last', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const put = cache.put.bind(cache);
    const puts: string[] = [];
    vi.spyOn(cache, 'put').mockImplementation(async (url, hash, summary) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      puts.push(url);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return put(url, hash, summary);
    });
    const reports = Array.from({ length: 50 }, (_, n) => ({
      url: `https://a.example/privacy?v=${n}`,
      title: 'P',
      isPolicy: true,
      html: `${POLICY_HTML}<p>Version ${n}.</p>`,
    }));
    const answers = await Promise.all(reports.map((r) => send('pageChecked', r, contentSender, deps)));
    expect(maxInFlight).toBe(1);
    // The first, then only the latest of the 49 that arrived while it ran.
    expect(puts).toEqual(['https://a.example/privacy?v=0', 'https://a.example/privacy?v=49']);
    expect(answers.filter((a) => a.grade === null).length).toBe(48);
    expect(deps.tabs.get(7)?.url).toBe('https://a.example/privacy?v=49');
  });

  test('leaving the policy while its analysis runs: the badge ends cleared, not graded', async () => {
    const analysis = send(
      'pageChecked',
      { url: 'https://a.example/privacy', title: 'P', isPolicy: true, html: POLICY_HTML },
      contentSender,
      deps,
    );
    const away = send(
      'pageChecked',
      { url: 'https://a.example/', title: '', isPolicy: false },
      contentSender,
      deps,
    );
    await Promise.all([analysis, away]);
    expect(badges.at(-1)).toEqual([7, null]);
    expect(deps.tabs.has(7)).toBe(false);
  });

  describe('rejects before any work', () => {
    test.each<[string, unknown, Sender]>([
      ['a message from the popup', { url: 'https://a.example/', title: '', isPolicy: false }, popupSender],
      [
        'another extension',
        { url: 'https://a.example/', title: '', isPolicy: false },
        { ...contentSender, id: 'evil' },
      ],
      ['a bad payload', { url: 'ftp://a.example/', title: '', isPolicy: true, html: '' }, contentSender],
      [
        'a URL of another site than the sender',
        { url: 'https://bank.example/privacy', title: '', isPolicy: true, html: POLICY_HTML },
        contentSender,
      ],
    ])('%s', async (_what, data, sender) => {
      await expect(send('pageChecked', data, sender, deps)).rejects.toThrow(RejectedMessage);
      expect(badges).toEqual([]);
      expect(await cache.count()).toBe(0);
    });
  });
});

describe('handleSummariseTab', () => {
  test('analyses a policy page, then serves it from the cache', async () => {
    const first = await send('summariseTab', { tabId: 7 }, popupSender, deps);
    expect(first).toMatchObject({ state: 'summary', fromCache: false });
    const second = await send('summariseTab', { tabId: 7 }, popupSender, deps);
    expect(second).toMatchObject({ state: 'summary', fromCache: true });
    if (first.state === 'summary' && second.state === 'summary') {
      expect(second.analysedAt).toBe(first.analysedAt);
      expect(second.summary.grade).toBe(first.summary.grade);
    }
    expect(deps.requestPage).toHaveBeenCalledWith(7);
    expect(badges.every(([tabId, grade]) => tabId === 7 && grade !== null)).toBe(true);
  });

  test('a changed page at the same URL is analysed again after it loads again', async () => {
    await send('summariseTab', { tabId: 7 }, popupSender, deps);
    // What the background's tabs.onUpdated listener does when the tab starts loading.
    deps.tabs.delete(7);
    page = {
      ...policyReport,
      html: POLICY_HTML.replace('SSL encryption', 'TLS encryption and access controls'),
    };
    expect(await send('summariseTab', { tabId: 7 }, popupSender, deps)).toMatchObject({ fromCache: false });
  });

  test('the tab analysed on load is answered from memory and cache, without its HTML', async () => {
    await send(
      'pageChecked',
      { url: 'https://a.example/privacy', title: 'P', isPolicy: true, html: POLICY_HTML },
      contentSender,
      deps,
    );
    const answer = await send('summariseTab', { tabId: 7 }, popupSender, deps);
    expect(answer).toMatchObject({ state: 'summary', fromCache: true });
    expect(deps.requestPageUrl).toHaveBeenCalledWith(7);
    expect(deps.requestPage).not.toHaveBeenCalled();
  });

  test('the popup within a minute of the report does not rewrite the entry; later it marks it used', async () => {
    let clock = 1_000_000;
    const timed = await SummaryCache.open({ name: `handlers-${seq++}`, now: () => clock });
    const timedDeps: MessageDeps = { ...deps, ready: Promise.resolve(timed), tabs: new Map() };
    try {
      const report = { url: 'https://a.example/privacy', title: 'P', isPolicy: true, html: POLICY_HTML };
      await send('pageChecked', report, contentSender, timedDeps);
      const lastUsed = async () => (await timed.list())[0]?.lastUsed;
      clock += TOUCH_AFTER_MS - 1;
      const popup = () => send('summariseTab', { tabId: 7 }, popupSender, timedDeps);
      expect(await popup()).toMatchObject({ state: 'summary', fromCache: true });
      expect(await lastUsed()).toBe(1_000_000);
      clock += 1;
      expect(await popup()).toMatchObject({ state: 'summary', fromCache: true });
      expect(await lastUsed()).toBe(1_000_000 + TOUCH_AFTER_MS);
    } finally {
      timed.close();
    }
  });

  describe('falls back to reading the page', () => {
    beforeEach(async () => {
      await send(
        'pageChecked',
        { url: 'https://a.example/privacy', title: 'P', isPolicy: true, html: POLICY_HTML },
        contentSender,
        deps,
      );
    });
    test.each<[string, () => Promise<void> | void]>([
      [
        'when the tab shows another address',
        () => {
          deps.requestPageUrl = vi.fn(async () => ({ url: 'https://a.example/other' }));
        },
      ],
      [
        'when the content script does not answer',
        () => {
          deps.requestPageUrl = vi.fn(async () => {
            throw new Error('No response');
          });
        },
      ],
      [
        'when the address it sends is not a web address',
        () => {
          deps.requestPageUrl = vi.fn(async () => ({ url: 'javascript:1' }));
        },
      ],
      ['when the saved summary was deleted', () => cache.clear()],
    ])('%s', async (_what, change) => {
      await change();
      await send('summariseTab', { tabId: 7 }, popupSender, deps);
      expect(deps.requestPage).toHaveBeenCalledWith(7);
    });
  });

  test('a page detection calls ordinary gets the not-policy state with its links', async () => {
    page = {
      ...policyReport,
      url: 'https://a.example/',
      detection: { isPolicy: false, confidence: 0.1, reasons: [] },
      privacyLinks: [{ href: 'https://a.example/privacy', text: 'Privacy' }],
    };
    expect(await send('summariseTab', { tabId: 7 }, popupSender, deps)).toEqual({
      state: 'not-policy',
      url: 'https://a.example/',
      title: 'Privacy Policy',
      confidence: 0.1,
      privacyLinks: [{ href: 'https://a.example/privacy', text: 'Privacy' }],
    });
    expect(await cache.count()).toBe(0);
  });

  test('"Analyse anyway" analyses a page detection calls ordinary, and leaves the badge alone', async () => {
    page = { ...policyReport, detection: { isPolicy: false, confidence: 0.1, reasons: [] } };
    expect(await send('summariseTab', { tabId: 7, force: true }, popupSender, deps)).toMatchObject({
      state: 'summary',
    });
    expect(badges).toEqual([]);
  });

  test('a tab without a content script is unreadable', async () => {
    deps.requestPage = async () => {
      throw new Error('No response');
    };
    expect(await send('summariseTab', { tabId: 7 }, popupSender, deps)).toMatchObject({
      state: 'unreadable',
    });
  });

  test("the content script's own unreadable answer is passed on", async () => {
    page = { unreadable: 'application/pdf' };
    expect(await send('summariseTab', { tabId: 7 }, popupSender, deps)).toEqual({
      state: 'unreadable',
      reason: 'PolicyLens cannot read PDF files yet.',
    });
  });

  describe('rejects before any work', () => {
    test.each<[string, unknown, Sender]>([
      ['a content script', { tabId: 7 }, contentSender],
      ['another extension', { tabId: 7 }, { id: 'evil', url: 'chrome-extension://evil/popup.html' }],
      ['a bad tab id', { tabId: 'seven' }, popupSender],
    ])('%s', async (_what, data, sender) => {
      await expect(send('summariseTab', data, sender, deps)).rejects.toThrow(RejectedMessage);
      expect(deps.requestPage).not.toHaveBeenCalled();
    });
    test('a malformed page report from the tab', async () => {
      page = { ...policyReport, url: 'javascript:alert(1)' };
      await expect(send('summariseTab', { tabId: 7 }, popupSender, deps)).rejects.toThrow(RejectedMessage);
      expect(await cache.count()).toBe(0);
    });
  });
});
