import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  badgeView,
  createLinkPreviews,
  type LinkDeps,
  type LinkPreviews,
  NO_SAVED_SUMMARY,
  topAnswers,
} from '../../background/link-preview';
import type { MessageType } from '../../background/messages';
import { RejectedMessage, type Sender } from '../../background/validate';
import { SummaryCache } from '../../db/cache';
import { DB_VERSION, type PolicyLensDB } from '../../db/schema';
import { QUESTION_IDS } from '../../engine/ids';
import type { Summary } from '../../engine/types';
import { badgeNodes } from '../../lib/badge-nodes';
import { type FetchedPage, PageFetchError } from '../../lib/fetch-page';
import type { LinkBadge } from '../../messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/sanitise';
import { messageDeps, send } from './message-deps';
import { self, tab } from './senders';
import { POLICY_HTML, sampleSummary } from './summary-fixture';

const PAGE = 'https://shop.example/products/42';
const sender: Sender = { id: 'ext-id', tab, url: PAGE, frameId: 0 };
const popupSender: Sender = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html?url=x' };
const SAME = 'https://shop.example/privacy';
const OTHER = 'https://partner.example/privacy';

let seq = 0;
let cacheName: string;
let cache: SummaryCache;
let settings: Settings;
let fetched: FetchedPage | Error;
let deps: LinkDeps & { fetchPage: ReturnType<typeof vi.fn>; openTab: ReturnType<typeof vi.fn> };
let links: ReturnType<typeof createLinkPreviews>;

beforeEach(async () => {
  cacheName = `links-${seq++}`;
  cache = await SummaryCache.open({ name: cacheName });
  settings = { ...DEFAULT_SETTINGS, readSites: ['https://partner.example'] };
  fetched = { url: OTHER, body: POLICY_HTML, kind: 'html', cut: false };
  deps = {
    self,
    ready: Promise.resolve(cache),
    loadSettings: async () => settings,
    updateSettings: async (change) => {
      settings = change(settings);
    },
    fetchPage: vi.fn(async () => {
      if (fetched instanceof Error) throw fetched;
      return fetched;
    }),
    hasHostPermission: async () => true,
    openTab: vi.fn(async () => {}),
  };
  links = createLinkPreviews(deps);
});

afterEach(() => cache.close());

/**
 * A message to these link previews, through the background's table (sender, then payload, then handler).
 * A badge's reply carries its drawing for the content script (lib/badge-nodes.ts): it must be the one its
 * state gives, and is left out of what the tests compare.
 */
async function ask<K extends MessageType>(to: LinkPreviews, type: K, data: unknown, from: Sender) {
  const reply = await send(type, data, from, messageDeps({ ready: deps.ready, links: to }));
  if (type !== 'linkSummary' && type !== 'linkPage') return reply;
  const { nodes, ...badge } = reply as LinkBadge;
  expect(nodes).toEqual(
    badge.state === 'off' || badge.state === 'fetch-in-page' ? undefined : badgeNodes(badge),
  );
  return badge as typeof reply;
}

function withAnswers(answers: Partial<Record<string, 'yes' | 'no' | 'unclear'>>): Summary {
  const summary = sampleSummary();
  for (const q of QUESTION_IDS) summary.answers[q] = { answer: answers[q] ?? 'unclear', evidence: [] };
  return summary;
}

describe('topAnswers: the three largest rubric weights among answers that are not unclear', () => {
  test.each<[string, Partial<Record<string, 'yes' | 'no' | 'unclear'>>, string[]]>([
    [
      'the heaviest three when all are answered',
      Object.fromEntries(QUESTION_IDS.map((q) => [q, 'yes'])),
      ['sells-data', 'shares-with-third-parties', 'third-party-tracking'],
    ],
    [
      'unclear answers are skipped',
      { 'sells-data': 'unclear', 'opt-out': 'yes', 'uses-cookies': 'yes', 'do-not-track': 'no' },
      ['opt-out', 'uses-cookies', 'do-not-track'],
    ],
    [
      'a tie keeps the rubric order (data deletion before retention)',
      { 'retention-period': 'yes', 'data-deletion': 'yes' },
      ['data-deletion', 'retention-period'],
    ],
    ['nothing answered: none', {}, []],
  ])('%s', (_what, answers, expected) => {
    expect(topAnswers(withAnswers(answers)).map((a) => a.question)).toEqual(expected);
  });

  test('words and tone follow the protective answer', () => {
    expect(topAnswers(withAnswers({ 'sells-data': 'no', 'targeted-advertising': 'yes' }))).toEqual([
      { question: 'sells-data', answer: 'no', good: true, text: 'Does not sell your data' },
      {
        question: 'targeted-advertising',
        answer: 'yes',
        good: false,
        text: 'Uses your data for targeted ads',
      },
    ]);
  });
});

describe('badgeView', () => {
  test('a policy gets its grade; a page that is not one says so; a non-English one gets no grade', () => {
    const summary = sampleSummary(SAME);
    expect(badgeView(summary, SAME)).toMatchObject({ state: 'graded', grade: summary.grade, url: SAME });
    expect(badgeView({ ...summary, isPolicy: false }, SAME)).toEqual({ state: 'not-a-policy', url: SAME });
    expect(badgeView({ ...summary, language: { english: false, confidence: 0.1 } }, SAME)).toEqual({
      state: 'error',
      message: 'Not graded: this policy is not in English.',
    });
  });
});

describe('linkSummary: a redirect must not leave the sites the person allowed', () => {
  const EVIL = 'https://tracker.example/landing';

  test('a redirect to a site not allowed: an error naming it, nothing analysed or cached', async () => {
    fetched = { url: EVIL, body: POLICY_HTML, kind: 'html', cut: false };
    const badge = await ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender);
    expect(badge).toEqual({
      state: 'error',
      message:
        'The link leads on to another site (tracker.example) that you have not allowed PolicyLens to read.',
    });
    expect(await cache.get(EVIL)).toBeUndefined();
    expect(await cache.get(OTHER)).toBeUndefined();
  });

  test('a redirect to another site the person allowed (and the browser granted) is read', async () => {
    settings = { ...settings, readSites: ['https://partner.example', 'https://policies.example'] };
    fetched = { url: 'https://policies.example/partner', body: POLICY_HTML, kind: 'html', cut: false };
    expect(await ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender)).toMatchObject({
      state: 'graded',
    });
    expect(await cache.get('https://policies.example/partner')).toBeDefined();
  });

  test('the fetch is given the same judge of final URLs, before any body is read', async () => {
    settings = { ...settings, readSites: ['https://partner.example', 'https://policies.example'] };
    await ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender);
    const accept = deps.fetchPage.mock.calls[0]?.[1] as (url: string) => Promise<boolean>;
    expect(await accept('https://partner.example/legal/privacy')).toBe(true);
    expect(await accept('https://policies.example/partner')).toBe(true);
    expect(await accept(EVIL)).toBe(false);
    expect(await accept('http://partner.example/privacy')).toBe(false);
    expect(await accept('not a url')).toBe(false);
    deps.hasHostPermission = async (origin) => origin === 'https://partner.example';
    expect(await accept('https://policies.example/partner')).toBe(false);
  });
});

/** Rewrites the URL's cache row as an older PolicyLens would have left it. */
async function olderEngine(url: string): Promise<void> {
  const { openDB } = await import('idb');
  const db = await openDB<PolicyLensDB>(cacheName, DB_VERSION);
  const row = await db.get('summaries', url);
  if (!row) throw new Error(`no cache row for ${url}`);
  await db.put('summaries', { ...row, engine: '0.0.1', summary: { ...row.summary, engine: '0.0.1' } });
  db.close();
}

describe('linkSummary: a hovered policy that changed since the person last saw it', () => {
  const SELLS = 'We sell your personal information to data brokers.';
  const VERSION_B = POLICY_HTML.replace('<p>We may disclose', `<p>${SELLS}</p>\n<p>We may disclose`);

  test('says so on the badge, from the fetch and then from the cache, until the change is seen', async () => {
    const { VersionHistory } = await import('../../db/versions');
    const history = await VersionHistory.open({ name: cacheName });
    const withHistory = createLinkPreviews({ ...deps, history: Promise.resolve(history) });
    const hover = () => ask(withHistory, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender);

    const first = await hover();
    expect(first).toMatchObject({ state: 'graded' });
    expect(first).not.toHaveProperty('changed');

    // The cached summary is of an older engine (PolicyLens was updated since), so the next hover fetches
    // the page again, and the site now serves version B. (A summary evicted or cleared takes its versions
    // with it: then there is nothing to compare with.)
    await olderEngine(OTHER);
    fetched = { url: OTHER, body: VERSION_B, kind: 'html', cut: false };
    expect(await hover()).toMatchObject({ state: 'graded', changed: true });
    expect(deps.fetchPage).toHaveBeenCalledTimes(2);
    // Served from the cache now, and still a change the person has not looked at.
    expect(await hover()).toMatchObject({ state: 'graded', changed: true });
    expect(deps.fetchPage).toHaveBeenCalledTimes(2);

    await history.markSeen(OTHER);
    expect(await hover()).not.toHaveProperty('changed');
    history.close();
  });

  test('without a history the badge is as before', async () => {
    await ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender);
    await cache.clear();
    fetched = { url: OTHER, body: VERSION_B, kind: 'html', cut: false };
    expect(await ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender)).not.toHaveProperty(
      'changed',
    );
  });
});

describe('linkSummary', () => {
  test('a link on the page’s own site is handed back to the content script to fetch', async () => {
    expect(await ask(links, 'linkSummary', { href: SAME, pageUrl: PAGE }, sender)).toEqual({
      state: 'fetch-in-page',
    });
    expect(deps.fetchPage).not.toHaveBeenCalled();
  });

  test('another site the person allowed is fetched here, cached under the final and the requested URL', async () => {
    fetched = {
      url: 'https://partner.example/legal/privacy-policy',
      body: POLICY_HTML,
      kind: 'html',
      cut: false,
    };
    const first = await ask(links, 'linkSummary', { href: `${OTHER}#top`, pageUrl: PAGE }, sender);
    expect(first).toMatchObject({ state: 'graded', url: OTHER });
    expect(deps.fetchPage).toHaveBeenCalledWith(OTHER, expect.any(Function));
    expect(await cache.get('https://partner.example/legal/privacy-policy')).toBeDefined();
    expect(await cache.get(OTHER)).toBeDefined();

    // The next hover, from any site, is answered by the cache: no second request.
    const elsewhere: Sender = { ...sender, url: 'https://news.example/' };
    expect(
      await ask(links, 'linkSummary', { href: OTHER, pageUrl: 'https://news.example/' }, elsewhere),
    ).toEqual(first);
    expect(deps.fetchPage).toHaveBeenCalledTimes(1);
  });

  test('concurrent hovers of one URL share one fetch', async () => {
    let release: () => void = () => {};
    deps.fetchPage.mockImplementation(
      () => new Promise<FetchedPage>((resolve) => (release = () => resolve(fetched as FetchedPage))),
    );
    const a = ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender);
    const b = ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender);
    await vi.waitFor(() => expect(deps.fetchPage).toHaveBeenCalled());
    release();
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra).toEqual(rb);
    expect(deps.fetchPage).toHaveBeenCalledTimes(1);
  });

  test('a failed fetch becomes an error badge, and the next hover tries again', async () => {
    fetched = new PageFetchError('timeout', 'The site took too long to answer.');
    expect(await ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender)).toEqual({
      state: 'error',
      message: 'The site took too long to answer.',
    });
    fetched = { url: OTHER, body: POLICY_HTML, kind: 'html', cut: false };
    expect(await ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender)).toMatchObject({
      state: 'graded',
    });
    expect(deps.fetchPage).toHaveBeenCalledTimes(2);
  });

  test('a page that is not a policy', async () => {
    fetched = { url: OTHER, body: '<h1>Shop</h1><p>Spades and rakes on sale.</p>', kind: 'html', cut: false };
    expect(await ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender)).toEqual({
      state: 'not-a-policy',
      url: OTHER,
    });
  });

  describe('another site needs permission, and nothing is fetched', () => {
    test.each<[string, () => void]>([
      ['when the person never allowed it', () => (settings = { ...settings, readSites: [] })],
      ['when the browser does not grant it (Firefox)', () => (deps.hasHostPermission = async () => false)],
    ])('%s', async (_what, change) => {
      change();
      links = createLinkPreviews(deps);
      expect(await ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender)).toEqual({
        state: 'needs-permission',
        origin: 'https://partner.example',
      });
      expect(deps.fetchPage).not.toHaveBeenCalled();
    });
  });

  test('a saved summary of another site is not shown where that site may not be read (it would tell the page the person’s history)', async () => {
    await cache.put(OTHER, 'hash', sampleSummary());
    settings = { ...settings, readSites: [] };
    expect(await ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender)).toEqual({
      state: 'needs-permission',
      origin: 'https://partner.example',
    });
    settings = { ...settings, readSites: ['https://partner.example'] };
    expect(await ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender)).toMatchObject({
      state: 'graded',
    });
    expect(deps.fetchPage).not.toHaveBeenCalled();
  });

  test('badges switched off (everywhere, or on this site) answer off and do nothing', async () => {
    settings = { ...settings, badgesOffSites: ['shop.example'] };
    expect(await ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender)).toEqual({ state: 'off' });
    settings = { ...settings, badgesOffSites: [], showLinkBadges: false };
    expect(await ask(links, 'linkSummary', { href: OTHER, pageUrl: PAGE }, sender)).toEqual({ state: 'off' });
    expect(deps.fetchPage).not.toHaveBeenCalled();
  });

  describe('rejects before any work', () => {
    test.each<[string, unknown, Sender]>([
      ['javascript: links', { href: 'javascript:alert(1)', pageUrl: PAGE }, sender],
      ['data: links', { href: 'data:text/html,<p>privacy</p>', pageUrl: PAGE }, sender],
      ['file: links', { href: 'file:///etc/passwd', pageUrl: PAGE }, sender],
      ['a link that does not parse', { href: 'http://[broken', pageUrl: PAGE }, sender],
      ['a relative link (the content script resolves links)', { href: '/privacy', pageUrl: PAGE }, sender],
      [
        'a link with a password in it',
        { href: 'https://u:p@partner.example/privacy', pageUrl: PAGE },
        sender,
      ],
      ['a huge link', { href: `https://partner.example/${'a'.repeat(3_000)}`, pageUrl: PAGE }, sender],
      ['a missing href', { pageUrl: PAGE }, sender],
      ['a non-object payload', 'https://partner.example/privacy', sender],
      ['a page URL that is not the sender’s', { href: OTHER, pageUrl: 'https://bank.example/' }, sender],
      ['no tab', { href: OTHER, pageUrl: PAGE }, { ...sender, tab: undefined }],
      ['another extension', { href: OTHER, pageUrl: PAGE }, { ...sender, id: 'evil' }],
      ['a subframe', { href: OTHER, pageUrl: PAGE }, { ...sender, frameId: 3 }],
      ['an extension page', { href: OTHER, pageUrl: PAGE }, popupSender],
    ])('%s', async (_what, data, from) => {
      await expect(ask(links, 'linkSummary', data, from)).rejects.toThrow(RejectedMessage);
      expect(deps.fetchPage).not.toHaveBeenCalled();
      expect(await cache.count()).toBe(0);
    });
  });
});

describe('linkSummary: another host of the page’s own site (same registrable domain)', () => {
  const WWW = 'https://www.example.co.uk/shop';
  const fromWww: Sender = { ...sender, url: WWW };
  const POLICIES = 'https://policies.example.co.uk/privacy';

  beforeEach(() => {
    // Nothing allowed and nothing granted: the site's own hosts need neither.
    settings = { ...DEFAULT_SETTINGS };
    deps.hasHostPermission = async () => false;
    fetched = { url: POLICIES, body: POLICY_HTML, kind: 'html', cut: false };
  });

  test('is fetched here, with no permission and no prompt, and graded', async () => {
    expect(await ask(links, 'linkSummary', { href: POLICIES, pageUrl: WWW }, fromWww)).toMatchObject({
      state: 'graded',
      url: POLICIES,
    });
    expect(deps.fetchPage).toHaveBeenCalledWith(POLICIES, expect.any(Function));
    expect(await cache.get(POLICIES)).toBeDefined();
  });

  test('a redirect may stay within the site; leaving it needs the other site allowed', async () => {
    await ask(links, 'linkSummary', { href: POLICIES, pageUrl: WWW }, fromWww);
    const accept = deps.fetchPage.mock.calls[0]?.[1] as (url: string) => Promise<boolean>;
    expect(await accept('https://legal.example.co.uk/privacy')).toBe(true);
    expect(await accept('https://example.co.uk/privacy')).toBe(true);
    expect(await accept('https://other.co.uk/privacy')).toBe(false);
    expect(await accept('https://partner.example/privacy')).toBe(false);
  });

  test('a redirect off the site is refused before anything is analysed', async () => {
    fetched = { url: 'https://tracker.example/landing', body: POLICY_HTML, kind: 'html', cut: false };
    expect(await ask(links, 'linkSummary', { href: POLICIES, pageUrl: WWW }, fromWww)).toMatchObject({
      state: 'error',
    });
    expect(await cache.count()).toBe(0);
  });

  test('another name under the same public suffix is another site: permission first, nothing fetched', async () => {
    expect(
      await ask(links, 'linkSummary', { href: 'https://other.co.uk/privacy', pageUrl: WWW }, fromWww),
    ).toEqual({
      state: 'needs-permission',
      origin: 'https://other.co.uk',
    });
    expect(deps.fetchPage).not.toHaveBeenCalled();
  });

  test('the page’s own origin is still fetched by the content script', async () => {
    expect(
      await ask(links, 'linkSummary', { href: 'https://www.example.co.uk/privacy', pageUrl: WWW }, fromWww),
    ).toEqual({ state: 'fetch-in-page' });
    expect(deps.fetchPage).not.toHaveBeenCalled();
  });

  test('a fetch the browser refuses for want of a grant (Firefox) asks for it instead of failing', async () => {
    fetched = new PageFetchError('network', 'The page could not be loaded.');
    expect(await ask(links, 'linkSummary', { href: POLICIES, pageUrl: WWW }, fromWww)).toEqual({
      state: 'needs-permission',
      origin: 'https://policies.example.co.uk',
    });
    // Granted, a failure is what it is.
    deps.hasHostPermission = async () => true;
    expect(await ask(links, 'linkSummary', { href: POLICIES, pageUrl: WWW }, fromWww)).toEqual({
      state: 'error',
      message: 'The page could not be loaded.',
    });
    // Other failures are never turned into a question.
    deps.hasHostPermission = async () => false;
    fetched = new PageFetchError('timeout', 'The site took too long to answer.');
    expect(await ask(links, 'linkSummary', { href: POLICIES, pageUrl: WWW }, fromWww)).toEqual({
      state: 'error',
      message: 'The site took too long to answer.',
    });
  });

  test('access is never asked for the page’s own origin; for another host of its site it may be', async () => {
    await expect(
      ask(links, 'askSiteAccess', { href: 'https://www.example.co.uk/privacy', pageUrl: WWW }, fromWww),
    ).rejects.toThrow(RejectedMessage);
    expect(deps.openTab).not.toHaveBeenCalled();
    await ask(links, 'askSiteAccess', { href: POLICIES, pageUrl: WWW }, fromWww);
    expect(deps.openTab).toHaveBeenLastCalledWith(
      `chrome-extension://ext-id/permission.html?origin=${encodeURIComponent('https://policies.example.co.uk')}`,
    );
    await ask(links, 'askSiteAccess', { href: 'https://other.co.uk/privacy', pageUrl: WWW }, fromWww);
    expect(deps.openTab).toHaveBeenLastCalledWith(
      `chrome-extension://ext-id/permission.html?origin=${encodeURIComponent('https://other.co.uk')}`,
    );
  });
});

describe('linkPage: a same-site page the content script fetched', () => {
  const page = {
    href: SAME,
    pageUrl: PAGE,
    finalUrl: `${SAME}-policy`,
    body: POLICY_HTML,
    kind: 'html',
    cut: false,
  };

  test('is analysed and cached under both URLs; the next hover needs no fetch', async () => {
    expect(await ask(links, 'linkPage', page, sender)).toMatchObject({ state: 'graded', url: SAME });
    expect(await cache.get(`${SAME}-policy`)).toBeDefined();
    expect(await ask(links, 'linkSummary', { href: SAME, pageUrl: PAGE }, sender)).toMatchObject({
      state: 'graded',
    });
  });

  test('plain text is analysed as text', async () => {
    const text = POLICY_HTML.replace(/<[^>]+>/g, '\n');
    expect(await ask(links, 'linkPage', { ...page, body: text, kind: 'text' }, sender)).toMatchObject({
      state: 'graded',
    });
  });

  describe('rejects', () => {
    test.each<[string, unknown]>([
      ['a link to another site', { ...page, href: OTHER }],
      ['a final URL on another site (a redirect away)', { ...page, finalUrl: OTHER }],
      ['an unknown kind', { ...page, kind: 'pdf' }],
      ['a body over the size cap', { ...page, body: 'x'.repeat(3_000_001) }],
      ['a body that is not text', { ...page, body: 42 }],
    ])('%s', async (_what, data) => {
      await expect(ask(links, 'linkPage', data, sender)).rejects.toThrow(RejectedMessage);
      expect(await cache.count()).toBe(0);
    });
  });
});

describe('actions from the badge', () => {
  test('Full summary opens popup.html?url= for the link', async () => {
    await ask(links, 'openFullSummary', { href: `${SAME}#x`, pageUrl: PAGE }, sender);
    expect(deps.openTab).toHaveBeenCalledWith(
      `chrome-extension://ext-id/popup.html?url=${encodeURIComponent(SAME)}`,
    );
  });

  test('Allow reading opens the permission page for the link’s origin, never for the page’s own', async () => {
    await ask(links, 'askSiteAccess', { href: OTHER, pageUrl: PAGE }, sender);
    expect(deps.openTab).toHaveBeenCalledWith(
      `chrome-extension://ext-id/permission.html?origin=${encodeURIComponent('https://partner.example')}`,
    );
    await expect(ask(links, 'askSiteAccess', { href: SAME, pageUrl: PAGE }, sender)).rejects.toThrow(
      RejectedMessage,
    );
  });

  test('Hide on this site switches badges off for the sender’s host only', async () => {
    await ask(links, 'hideBadgesOnSite', { pageUrl: PAGE }, sender);
    expect(settings.badgesOffSites).toEqual(['shop.example']);
    await expect(
      ask(links, 'hideBadgesOnSite', { pageUrl: 'https://bank.example/' }, sender),
    ).rejects.toThrow(RejectedMessage);
  });
});

describe('summaryForUrl (popup.html?url=)', () => {
  test('the saved summary, for our own pages only', async () => {
    await cache.put(SAME, 'hash', sampleSummary(SAME));
    expect(await ask(links, 'summaryForUrl', { url: SAME }, popupSender)).toMatchObject({
      state: 'summary',
      fromCache: true,
    });
    expect(await ask(links, 'summaryForUrl', { url: OTHER }, popupSender)).toEqual({
      state: 'unreadable',
      reason: NO_SAVED_SUMMARY,
    });
    await expect(ask(links, 'summaryForUrl', { url: SAME }, sender)).rejects.toThrow(RejectedMessage);
    await expect(
      ask(links, 'summaryForUrl', { url: SAME }, { id: 'evil', url: 'chrome-extension://evil/popup.html' }),
    ).rejects.toThrow(RejectedMessage);
    await expect(ask(links, 'summaryForUrl', { url: 'javascript:1' }, popupSender)).rejects.toThrow(
      RejectedMessage,
    );
  });

  test('a summary from an older engine is not served', async () => {
    const summary = sampleSummary(SAME);
    await cache.put(SAME, 'hash', { ...summary, engine: '0.0.0-old' });
    expect(await ask(links, 'summaryForUrl', { url: SAME }, popupSender)).toMatchObject({
      state: 'unreadable',
    });
  });
});
