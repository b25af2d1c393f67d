import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  FETCH_TIMEOUT_MS,
  fetchPage,
  PageFetchError,
  REQUEST_INIT,
  withoutScripts,
} from '../../lib/fetch-page';

type Init = RequestInit & { signal: AbortSignal };

/** A fake fetch answering with a streamed body of `chunks`, and recording what it was asked. */
function fakeFetch(
  chunks: Array<string | Uint8Array>,
  {
    type = 'text/html; charset=utf-8',
    status = 200,
    url = '',
  }: { type?: string | null; status?: number; url?: string } = {},
) {
  const calls: Array<{ url: string; init: Init }> = [];
  let pulled = 0;
  let cancelled = false;
  const impl = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init as Init });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chunks[pulled++];
        if (chunk === undefined) controller.close();
        else controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const headers = new Headers();
    if (type !== null) headers.set('content-type', type);
    const response = new Response(body, { status, headers });
    if (url) Object.defineProperty(response, 'url', { value: url });
    return response;
  };
  return { fetch: impl as typeof fetch, calls, pulled: () => pulled, cancelled: () => cancelled };
}

afterEach(() => vi.useRealTimers());

describe('the request', () => {
  test('omits credentials and referrer, bypasses the HTTP cache, follows redirects, can be aborted', async () => {
    const fake = fakeFetch(['<p>hi</p>']);
    await fetchPage('https://a.example/privacy', { fetch: fake.fetch });
    expect(fake.calls).toHaveLength(1);
    const { url, init } = fake.calls[0] ?? { url: '', init: {} as Init };
    expect(url).toBe('https://a.example/privacy');
    expect(init).toMatchObject({
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      method: 'GET',
    });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(REQUEST_INIT.credentials).toBe('omit');
  });
});

describe('reads', () => {
  test.each<[string, string | null, 'html' | 'text']>([
    ['text/html', 'text/html', 'html'],
    ['text/html with a charset', 'text/html; charset=UTF-8', 'html'],
    ['XHTML', 'application/xhtml+xml', 'html'],
    ['plain text', 'text/plain', 'text'],
    ['upper case', 'TEXT/HTML', 'html'],
  ])('%s', async (_what, type, kind) => {
    const page = await fetchPage('https://a.example/p', {
      fetch: fakeFetch(['<p>a</p>', '<p>b</p>'], { type }).fetch,
    });
    expect(page).toEqual({ url: 'https://a.example/p', body: '<p>a</p><p>b</p>', kind, cut: false });
  });

  test('reports the URL after redirects', async () => {
    const fake = fakeFetch(['x'], { url: 'https://a.example/legal/privacy-policy' });
    expect((await fetchPage('https://a.example/privacy', { fetch: fake.fetch })).url).toBe(
      'https://a.example/legal/privacy-policy',
    );
  });

  test('decodes the declared charset, and a character split across chunks', async () => {
    const latin1 = fakeFetch([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], {
      type: 'text/html; charset=iso-8859-1',
    });
    expect((await fetchPage('https://a.example/', { fetch: latin1.fetch })).body).toBe('café');
    const euro = new TextEncoder().encode('€');
    const split = fakeFetch([euro.subarray(0, 1), euro.subarray(1)]);
    expect((await fetchPage('https://a.example/', { fetch: split.fetch })).body).toBe('€');
  });
});

describe('stops at the size cap and downloads no more', () => {
  test('cut mid-body; no more than four times the cap is downloaded', async () => {
    const fake = fakeFetch(['aaaa', 'bbbb', ...Array.from({ length: 20 }, () => 'cccc')]);
    const page = await fetchPage('https://a.example/', { fetch: fake.fetch, maxBytes: 6 });
    expect(page).toMatchObject({ body: 'aaaabb', cut: true });
    expect(fake.pulled()).toBeLessThanOrEqual(7);
    expect(fake.cancelled()).toBe(true);
  });
  test('inline data larger than the cap before the text: left out, the text kept whole', async () => {
    const text = '<p>We collect your email address.</p>';
    const data = `<script type="application/json">${'{"k":"v"},'.repeat(10)}</script>`;
    const fake = fakeFetch([`<html><head>${data}`, `<STYLE>p{}</STYLE></head><body>${text}</body>`]);
    const page = await fetchPage('https://a.example/', { fetch: fake.fetch, maxBytes: 140 });
    expect(page.cut).toBe(false);
    expect(page.body).toBe(
      `<html><head><script type="application/json"></script><STYLE></STYLE></head><body>${text}</body>`,
    );
  });
  test('a text/plain body is cut as it is', async () => {
    const fake = fakeFetch(['<script>', 'x'.repeat(20), '</script>'], { type: 'text/plain' });
    const page = await fetchPage('https://a.example/', { fetch: fake.fetch, maxBytes: 10 });
    expect(page).toMatchObject({ body: '<script>xx', cut: true });
  });
  test('a body just under the cap is whole', async () => {
    const page = await fetchPage('https://a.example/', {
      fetch: fakeFetch(['aaaa', 'b']).fetch,
      maxBytes: 6,
    });
    expect(page).toMatchObject({ body: 'aaaab', cut: false });
  });
});

describe('fails with a reason', () => {
  test.each<[string, ReturnType<typeof fakeFetch>, string]>([
    ['a PDF', fakeFetch(['%PDF'], { type: 'application/pdf' }), 'not-a-web-page'],
    ['JSON', fakeFetch(['{}'], { type: 'application/json' }), 'not-a-web-page'],
    ['an image', fakeFetch(['GIF89a'], { type: 'image/gif' }), 'not-a-web-page'],
    ['no content type', fakeFetch(['<p>'], { type: null }), 'not-a-web-page'],
    ['a 404', fakeFetch(['gone'], { status: 404 }), 'http-status'],
    ['a 500', fakeFetch(['oops'], { status: 500 }), 'http-status'],
  ])('%s', async (_what, fake, reason) => {
    await expect(fetchPage('https://a.example/', { fetch: fake.fetch })).rejects.toMatchObject({
      name: 'PageFetchError',
      reason,
    });
  });

  test('a network error', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(fetchPage('https://a.example/', { fetch: failing })).rejects.toMatchObject({
      reason: 'network',
    });
  });

  test('a site that never answers: aborted after the timeout', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const hanging = ((_url: string, init: RequestInit) => {
      signal = init.signal ?? undefined;
      return new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }) as typeof fetch;
    const result = fetchPage('https://a.example/', { fetch: hanging });
    const check = expect(result).rejects.toEqual(
      new PageFetchError('timeout', 'The site took too long to answer.'),
    );
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS - 1);
    expect(signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(signal?.aborted).toBe(true);
    await check;
  });

  test('a body that stalls after the headers times out too', async () => {
    vi.useFakeTimers();
    const stalling = (async (_url: string, init: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('<p>'));
          init.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/html' } });
    }) as typeof fetch;
    const result = fetchPage('https://a.example/', { fetch: stalling, timeoutMs: 1_000 });
    const check = expect(result).rejects.toMatchObject({ reason: 'timeout' });
    await vi.advanceTimersByTimeAsync(1_000);
    await check;
  });
});

describe('withoutScripts()', () => {
  test.each([
    ['nothing to drop', '<p>a</p>', '<p>a</p>'],
    [
      'a script and a style',
      '<script>x()</script><p>a</p><style>p{}</style>',
      '<script></script><p>a</p><style></style>',
    ],
    [
      'attributes and case',
      '<SCRIPT src="a" type=x>y</Script><p>a</p>',
      '<SCRIPT src="a" type=x></Script><p>a</p>',
    ],
    [
      'an unclosed script is kept',
      '<p>a</p><script>var s = "<p>b</p>";',
      '<p>a</p><script>var s = "<p>b</p>";',
    ],
    ['"<scripts>" is not a script', '<scripts>a</scripts>', '<scripts>a</scripts>'],
    [
      "a style inside a script is the script's",
      '<script>"<style>"</script><p>a</p>',
      '<script></script><p>a</p>',
    ],
  ])('%s', (_, html, expected) => expect(withoutScripts(html)).toBe(expected));

  test('many "<script" without ">" or a closing tag: linear, not quadratic', () => {
    const html = '<script'.repeat(400_000);
    expect(withoutScripts(html)).toBe(html);
    expect(withoutScripts(`${'<script>'.repeat(400_000)}`)).toHaveLength(8 * 400_000);
  });
});
