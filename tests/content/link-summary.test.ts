// The hover badge's summary (content/link-summary.ts): the background's answer, or an in-page fetch of a
// same-site link, one per link however often it is hovered meanwhile.
import { describe, expect, test, vi } from 'vitest';
import { createLinkSummariser } from '../../content/link-summary';
import { type FetchedPage, PageFetchError } from '../../lib/fetch-page';
import type { LinkBadge } from '../../messaging/protocol';

const GRADED: LinkBadge = {
  state: 'graded',
  url: 'https://acme.example/privacy',
  title: '',
  grade: 'B',
  score: 70,
  top: [],
};
const PAGE: FetchedPage = {
  url: 'https://acme.example/privacy',
  body: '<p>policy</p>',
  kind: 'html',
  cut: false,
};

function setup(first: LinkBadge) {
  const send = vi.fn(async (type: string) => (type === 'linkSummary' ? first : GRADED));
  let finish: (page: FetchedPage) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const fetch = vi.fn(
    () =>
      new Promise<FetchedPage>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      }),
  );
  const summarise = createLinkSummariser(send as never, fetch);
  return { send, fetch, summarise, finish: (p: FetchedPage) => finish(p), fail: (e: unknown) => fail(e) };
}

describe('createLinkSummariser', () => {
  test("the background's answer is the badge", async () => {
    const { summarise, fetch } = setup(GRADED);
    expect(await summarise('https://other.example/privacy', 'https://acme.example/')).toBe(GRADED);
    expect(fetch).not.toHaveBeenCalled();
  });

  test('a same-site link is fetched here once, however often hovered, and handed to the background', async () => {
    const { summarise, fetch, send, finish } = setup({ state: 'fetch-in-page' });
    const a = summarise(PAGE.url, 'https://acme.example/');
    const b = summarise(PAGE.url, 'https://acme.example/');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    finish(PAGE);
    expect(await a).toBe(GRADED);
    expect(await b).toBe(GRADED);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('linkPage', {
      href: PAGE.url,
      pageUrl: 'https://acme.example/',
      finalUrl: PAGE.url,
      body: PAGE.body,
      kind: 'html',
      cut: false,
    });
  });

  test.each([
    [
      'a fetch error says what happened',
      new PageFetchError('timeout', 'The site took too long to answer.'),
      'The site took too long to answer.',
    ],
    ['anything else is a plain error', new TypeError('boom'), 'PolicyLens could not read this page.'],
  ])('%s', async (_, error, message) => {
    const { summarise, fetch, fail } = setup({ state: 'fetch-in-page' });
    const badge = summarise(PAGE.url, 'https://acme.example/');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    fail(error);
    expect(await badge).toEqual({ state: 'error', message });
  });

  test('after a fetch ends, the next hover fetches again', async () => {
    const { summarise, fetch, finish } = setup({ state: 'fetch-in-page' });
    const first = summarise(PAGE.url, 'https://acme.example/');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    finish(PAGE);
    await first;
    void summarise(PAGE.url, 'https://acme.example/');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
  });
});
