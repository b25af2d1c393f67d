// Fetches a linked page for the hover badge, the same way in the background (other sites, with the person's
// consent) and in the content script (links to the page's own site). No DOM, no dependencies: the content
// script carries it.

/** Media types PolicyLens reads; anything else (PDF, images, JSON) is "not a web page". */
const READABLE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

export const FETCH_TIMEOUT_MS = 8_000;
/** Policies run 50–500 KB of HTML; past this many characters (scripts and styles not counted) the body is cut. */
export const FETCH_MAX_BYTES = 3_000_000;
/**
 * Bytes downloaded at most, as many times FETCH_MAX_BYTES: room for a single-page app's inline data (a
 * 3 MB JSON <script>) before the text, with a bound on what a page can make PolicyLens download.
 */
const DOWNLOAD_FACTOR = 4;
// The opening tag of an element whose content holds no text; bounded, so that a thousand "<script"
// without a ">" cost a linear scan, not a quadratic one.
const RAW_OPEN = /<(script|style)\b[^>]{0,2000}>/gi;

export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  /** The body as text, up to the cap. */
  body: string;
  kind: 'html' | 'text';
  /** The body was cut at the size cap. */
  cut: boolean;
}

/**
 * `html` with the content of its <script> and <style> elements left out (their tags stay): the extractor
 * drops it anyway, and it must not fill the cap before the text. Linear: one unclosed element ends it.
 */
export function withoutScripts(html: string): string {
  const parts: string[] = [];
  let at = 0;
  RAW_OPEN.lastIndex = 0;
  for (let open = RAW_OPEN.exec(html); open; open = RAW_OPEN.exec(html)) {
    const close = new RegExp(`</${open[1]}`, 'gi');
    close.lastIndex = RAW_OPEN.lastIndex;
    const end = close.exec(html);
    if (!end) break;
    parts.push(html.slice(at, RAW_OPEN.lastIndex));
    at = RAW_OPEN.lastIndex = end.index;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

export const FETCH_FAILURES = [
  'timeout',
  'not-a-web-page',
  'http-status',
  'network',
  'redirected-away',
] as const;
export type FetchFailure = (typeof FETCH_FAILURES)[number];

export class PageFetchError extends Error {
  override name = 'PageFetchError';
  constructor(
    readonly reason: FetchFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface FetchOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

/**
 * The request options, fixed here so that both callers send the same request:
 * - `credentials: 'omit'`: a policy is public; without cookies the site cannot tie the request to an
 *   account, and a logged-in person gets the same text as everyone else.
 * - `cache: 'no-store'`: the summary goes into PolicyLens's own cache (IndexedDB), so an HTTP-cached copy
 *   would save nothing on the next hover; it would only risk summarising a stale copy for weeks and leave a
 *   page of up to 3 MB in the browser's cache that the person never opened.
 * - `redirect: 'follow'`: /privacy → /legal/privacy-policy is common; the final URL is reported.
 * - `referrerPolicy: 'no-referrer'`: the linked site learns nothing about the page the person was on.
 */
export const REQUEST_INIT: RequestInit = {
  method: 'GET',
  credentials: 'omit',
  cache: 'no-store',
  redirect: 'follow',
  referrerPolicy: 'no-referrer',
  headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9' },
};

export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function charsetOf(contentType: string | null): string {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1] ?? 'utf-8';
}

function decoder(contentType: string | null): TextDecoder {
  try {
    return new TextDecoder(charsetOf(contentType));
  } catch {
    return new TextDecoder('utf-8');
  }
}

export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const doFetch = options.fetch ?? fetch;
  const maxBytes = options.maxBytes ?? FETCH_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? FETCH_TIMEOUT_MS);
  try {
    const response = await doFetch(url, { ...REQUEST_INIT, signal: controller.signal });
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw new PageFetchError('http-status', `The page answered ${response.status}.`);
    }
    const contentType = response.headers.get('content-type');
    const type = mediaType(contentType);
    if (!READABLE_TYPES.has(type)) {
      void response.body?.cancel().catch(() => {});
      throw new PageFetchError('not-a-web-page', 'The link does not lead to a web page.');
    }
    const read = await readCapped(response, decoder(contentType), maxBytes * DOWNLOAD_FACTOR);
    const kind = type === 'text/plain' ? 'text' : 'html';
    const body = kind === 'html' && read.text.length > maxBytes ? withoutScripts(read.text) : read.text;
    const cut = read.cut || body.length > maxBytes;
    return { url: response.url || url, body: body.slice(0, maxBytes), kind, cut };
  } catch (error) {
    if (error instanceof PageFetchError) throw error;
    if (timedOut) throw new PageFetchError('timeout', 'The site took too long to answer.');
    throw new PageFetchError('network', 'The page could not be loaded.');
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body up to `maxBytes`, then cancels the stream so the rest is never downloaded. */
async function readCapped(
  response: Response,
  textDecoder: TextDecoder,
  maxBytes: number,
): Promise<{ text: string; cut: boolean }> {
  if (!response.body) return { text: '', cut: false };
  const reader = response.body.getReader();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - bytes;
    if (value.byteLength >= room) {
      parts.push(textDecoder.decode(value.subarray(0, room)));
      void reader.cancel().catch(() => {});
      return { text: parts.join(''), cut: true };
    }
    bytes += value.byteLength;
    parts.push(textDecoder.decode(value, { stream: true }));
  }
  parts.push(textDecoder.decode());
  return { text: parts.join(''), cut: false };
}
