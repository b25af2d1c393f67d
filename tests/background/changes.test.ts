// "Changed since you last read it" through the background's handlers, on real IndexedDB (fake-indexeddb).

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type BadgeState, badgeText } from '../../background/badge';
import { changeTitle } from '../../background/changes';
import type { MessageDeps } from '../../background/messages';
import type { Sender } from '../../background/validate';
import { SummaryCache } from '../../db/cache';
import { VersionHistory } from '../../db/versions';
import type { TabSummary } from '../../messaging/protocol';
import { messageDeps, send } from './message-deps';
import { popupSender, tab } from './senders';
import { POLICY_HTML } from './summary-fixture';

const URL_A = 'https://a.example/privacy';
const contentSender: Sender = { id: 'ext-id', tab, url: URL_A, frameId: 0 };
const SELLS = 'We sell your personal information to data brokers.';
const VERSION_B = POLICY_HTML.replace(
  '<p>We do not sell or rent your personal information to third parties.</p>',
  `<p>${SELLS}</p>`,
);
// The same words as version A, a line broken inside a sentence and the headings in other markup: a
// different text (its hash differs) that states nothing new.
const VERSION_A_RESTYLED = POLICY_HTML.replace(
  'email address and postal address',
  'email address<br>and postal address',
)
  .replace(/<h2>/g, '<h2 class="x"><strong>')
  .replace(/<\/h2>/g, '</strong></h2>');

let seq = 0;
let clock = Date.UTC(2026, 10, 14);
let cache: SummaryCache;
let history: VersionHistory;
let badges: Array<[BadgeState, { title: string; changed: boolean } | undefined]>;
let deps: MessageDeps;
let html = POLICY_HTML;

beforeEach(async () => {
  cache = await SummaryCache.open({ name: `changes-${seq}` });
  history = await VersionHistory.open({ name: `changes-${seq++}`, now: () => (clock += 86_400_000) });
  badges = [];
  html = POLICY_HTML;
  deps = messageDeps({
    ready: Promise.resolve(cache),
    history: Promise.resolve(history),
    setBadge: async (_tabId, grade, change) => {
      badges.push([grade, change]);
    },
    requestPage: vi.fn(async () => ({
      url: URL_A,
      title: 'Privacy Policy',
      html,
      htmlCut: false,
      detection: { isPolicy: true, confidence: 0.9, reasons: [] },
      privacyLinks: [],
    })),
    requestPageUrl: vi.fn(async () => ({ url: URL_A })),
    tabs: new Map(),
  });
});

afterEach(() => {
  cache.close();
  history.close();
});

const visit = (page: string) =>
  send('pageChecked', { url: URL_A, title: 'P', isPolicy: true, html: page }, contentSender, deps);
const openPopup = async (): Promise<TabSummary> => send('summariseTab', { tabId: 7 }, popupSender, deps);

describe('a policy that changed since the person last read it', () => {
  test('the badge gets its dot and the tooltip says since when', async () => {
    await visit(POLICY_HTML);
    expect(badges.at(-1)?.[1]).toBeUndefined();
    await visit(VERSION_B);
    const [grade, change] = badges.at(-1) ?? [];
    expect(change?.changed).toBe(true);
    expect(change?.title).toMatch(/^Changed since [A-Z][a-z]{2} \d{1,2}, 2026$/);
    expect(badgeText(grade ?? null, true)).toMatch(/^[A-E]•$/);
  });

  test('the popup shows the change once: it lists the new sentence and the flipped answer', async () => {
    await visit(POLICY_HTML);
    await visit(VERSION_B);
    html = VERSION_B;
    const markSeen = history.markSeen.bind(history);
    vi.spyOn(history, 'markSeen').mockImplementation(async (url) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await markSeen(url);
    });
    const first = await openPopup();
    if (first.state !== 'summary') throw new Error(`popup got ${first.state}`);
    // The new sentence rewords the old denial ("We do not sell or rent your personal information…").
    const reworded = first.change?.diff.clauses.reworded ?? [];
    expect(reworded.map((r) => r.to.text)).toEqual([SELLS]);
    expect(reworded[0]?.from.text).toMatch(/^We do not sell or rent/);
    expect(first.change?.diff.answers.find((a) => a.question === 'sells-data')).toMatchObject({
      from: 'no',
      to: 'yes',
    });
    expect(Date.parse(first.change?.since ?? '')).toBeLessThan(Date.now() + 365 * 86_400_000);
    // Opening the popup marks it seen, after the reply: a popup opened before the mark is written (slowed
    // down above) waits for it and shows the summary alone, and the badge loses its dot.
    const second = await openPopup();
    expect(second.state === 'summary' && second.change).toBeFalsy();
    await vi.waitFor(() => expect(badges.at(-1)).toEqual([expect.stringMatching(/^[A-E]$/), undefined]));
    expect(await history.unseenChange(URL_A)).toBeUndefined();
  });

  test('the popup reads the change while it reads the summary, not once the summary is in', async () => {
    await visit(POLICY_HTML);
    await visit(VERSION_B);
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const getFresh = cache.getFresh.bind(cache);
    vi.spyOn(cache, 'getFresh').mockImplementation(async (...args) => {
      await gate;
      return getFresh(...args);
    });
    const unseen = vi.spyOn(history, 'unseenChange');
    const reply = openPopup();
    await vi.waitFor(() => expect(unseen).toHaveBeenCalledWith(URL_A));
    release();
    const first = await reply;
    expect(first.state === 'summary' && first.fromCache).toBe(true);
    expect(first.state === 'summary' && first.change?.diff.changed).toBe(true);
    expect(unseen).toHaveBeenCalledTimes(1);
  });

  test('new markup around the same words is no change', async () => {
    await visit(POLICY_HTML);
    await visit(VERSION_A_RESTYLED);
    expect(badges.at(-1)?.[1]).toBeUndefined();
    expect((await history.get(URL_A))?.versions).toHaveLength(2);
  });

  test('the first visit records a version and reports nothing', async () => {
    await visit(POLICY_HTML);
    expect((await history.get(URL_A))?.versions).toHaveLength(1);
    expect(await history.unseenChange(URL_A)).toBeUndefined();
  });

  test('without a history the summary is served as before', async () => {
    delete deps.history;
    await visit(POLICY_HTML);
    await visit(VERSION_B);
    expect(badges.at(-1)?.[1]).toBeUndefined();
  });
});

test('changeTitle', () => {
  expect(changeTitle(undefined)).toBe('PolicyLens');
  expect(changeTitle({ since: Date.UTC(2026, 10, 14, 12), diff: {} as never, seen: false })).toBe(
    'Changed since Nov 14, 2026',
  );
});

test('a page the engine does not read as a policy is not recorded, even when analysed anyway', async () => {
  const cache = await SummaryCache.open({ name: `changes-${seq}` });
  const history = await VersionHistory.open({ name: `changes-${seq++}` });
  const notPolicy = readFileSync(join(__dirname, '../fixtures/ordinary/blog-post.html'), 'utf8');
  const withHistory = messageDeps({
    ready: Promise.resolve(cache),
    history: Promise.resolve(history),
    setBadge: async () => {},
    requestPage: async () => ({
      url: URL_A,
      title: 'Shop',
      html: notPolicy,
      htmlCut: false,
      detection: { isPolicy: false, confidence: 0.1, reasons: [] },
      privacyLinks: [],
    }),
    requestPageUrl: async () => ({ url: URL_A }),
    tabs: new Map(),
  });
  const result = await send('summariseTab', { tabId: 7, force: true }, popupSender, withHistory);
  expect(result.state).toBe('summary');
  // English prose, so only the policy check keeps it out.
  if (result.state === 'summary')
    expect(result.summary).toMatchObject({ isPolicy: false, language: { english: true } });
  expect(await history.count()).toBe(0);
  cache.close();
  history.close();
});
