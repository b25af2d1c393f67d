// Reduces a saved web page to its main text, one block per line, ready for normalise(). It streams
// with htmlparser2 (no DOM), so it runs the same in an MV3 service worker, in Node and in the CLI.

import { type Handler, Parser, type ParserOptions } from 'htmlparser2';
import { visibilityOf } from './html-visibility';

export interface ExtractedText {
  text: string;
  title?: string;
  lang?: string;
  truncated: boolean;
}

export interface HtmlToTextOptions {
  /** Cap on the characters of output; the rest of the page is not read. */
  maxChars?: number;
}

const DEFAULT_MAX_CHARS = 2_000_000;
// Parsing goes chunk by chunk so that a truncated run stops reading a huge page early.
const CHUNK = 256 * 1024;
// Only the start of a class or id list is looked at: a megabyte-long attribute must not cost a megabyte.
const ATTR_CAP = 300;
const TITLE_CAP = 500;
const MAX_DEPTH = 512;
// Elements whose content the tokenizer reads as raw text: a parser restarted inside one would read it as HTML.
const RAW_TEXT = new Set([
  'script',
  'style',
  'title',
  'textarea',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);
const PARSER_OPTIONS: ParserOptions = {
  decodeEntities: true,
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
};

// Never text a reader reads as the page's content. <label> and <button> are not among them: people read
// their text (an accordion's section titles are often buttons), and a page must not be able to show
// statements the grade never sees.
const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'dialog',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'input',
]);
// Page chrome. Pages misuse these (a whole policy inside <div class="header">, or shown by a script from
// display:none), so they are dropped only when their text is a small part of the page: see CHROME_MAX_SHARE.
const CHROME_TAGS = new Set(['nav', 'aside', 'menu']);

const DROP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'search',
  'complementary',
  'tooltip',
]);

// A <header> or <footer> is the site's banner only outside sectioning content (HTML spec, "banner" role).
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

// Break weight: 1 ends a line, 2 ends a paragraph (one blank line).
const LINE_BREAK = new Set([
  'br',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'caption',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'ul',
  'ol',
  'dl',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'form',
  'fieldset',
  'legend',
  'figure',
  'figcaption',
  'details',
  'summary',
  'address',
  'center',
  'hr',
  'body',
  'html',
]);
// Form controls are boxes of their own: the words on either side of one never run together.
const WORD_BREAK = new Set(['button', 'label', 'input', 'select', 'textarea']);
const PARAGRAPH_BREAK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);

// Ids and classes of cookie banners, menus and page chrome. Ambiguous words ("cookies", "sharing",
// "consent") are also section ids inside policies, so only their banner/button compounds count.
const JUNK_CLASS = new RegExp(
  [
    '(?:^|[\\s_-])(?:(?:sub|top|main|primary|secondary|global|site|mobile)-?)?(?:nav|navbar|navigation)(?:$|[\\s_-])',
    '(?:^|[\\s_-])(?:(?:main|mega|top|mobile|dropdown|site)-?)?menu(?:bar)?(?:$|[\\s_-])',
    '(?:^|[\\s_-])breadcrumbs?(?:$|[\\s_-])',
    '(?:^|[\\s_-])(?:site-?|global-?|page-?|main-?)?footer(?:$|[\\s_-])',
    // "entry-header" and "unit-header" frame the content's own headings: only the site's header counts.
    '(?:^|\\s)(?:(?:site|global|main|top|mobile|tablet|primary)-)?header(?:-[a-z]+)?(?:$|\\s)',
    '(?:^|[\\s_-])masthead(?:$|[\\s_-])',
    '(?:^|[\\s_-])sidebar(?:$|[\\s_-])',
    '(?:^|[\\s_-])cookies?-?(?:banner|bar|notice|notification|consent|popup|overlay|modal|message|alert|law|warning|disclaimer)',
    '(?:^|[\\s_-])(?:consent-?(?:banner|bar|notice|popup|modal|overlay|manager)|cookieconsent|cookiebot|onetrust|gdpr)',
    '(?:^|[\\s_-])(?:share|sharing|social)-?(?:buttons?|bar|links?|tools|icons?|widgets?|media-links|follow|box)',
    '(?:^|[\\s_-])(?:sharedaddy|addthis|sharethis|social)(?:$|\\s)',
    '(?:^|[\\s_-])skip-?(?:link|links|to|nav|content)',
    '(?:^|[\\s_-])(?:promos|newsletter|modal|popup|lightbox|toolbar|back-to-top)(?:$|[\\s_-])',
    '(?:^|[\\s_-])(?:most-popular|popular-(?:posts|articles|stories)|related-(?:posts|articles|stories|content))',
    '(?:^|[\\s_-])ad-(?:slot|container|unit|wrapper|banner)',
  ].join('|'),
);
// Layout classes on wrappers ("has-sidebar", "with-nav") name what sits beside them, not themselves.
const LAYOUT_CLASS = /(?:^|[\s_])(?:has|with|no|without|show|hide|open)-/;
// Elements whose text, when long enough, is the page's main text.
const MAIN_TAGS = new Set(['main', 'article']);
const MAIN_MIN_SHARE = 0.4;
const MAIN_MIN_CHARS = 2000;
// A long <article> that is still a small part of the page is likely a teaser beside the real content.
const MAIN_MIN_SHARE_WHEN_LONG = 0.2;
// Candidates of a size near the largest are parts of the same content (a summary <article> above the
// full policy <article>): the main text spans them all.
const MAIN_SIBLING_SHARE = 0.1;
// Chrome holding half the page's text is the content itself, mislabelled (a whole policy inside
// <div class="header">).
const CHROME_MAX_SHARE = 0.5;
const WHITESPACE = /\s+/g;
// In-page "back to top" links, repeated after every section of long policies.
const TO_TOP_LINE = /^(?:back|return|go|jump) to (?:the )?top\b[^\n]{0,60}$/gim;

interface Frame {
  name: string;
  /** Inside an element whose text is never kept, or that is not rendered (engine/html-visibility.ts). */
  skip: boolean;
  /** Under `visibility: hidden` not undone by a `visibility: visible` nearer in: boxes, but no text shown. */
  invisible: boolean;
  /** Index in `chrome` of the range this element opened, or -1. */
  chrome: number;
  breakWeight: number;
  sectioning: boolean;
  pre: boolean;
  candidate: number;
  title: boolean;
}

/** [start, end) in the output; end is -1 while the element is open. */
interface Range {
  start: number;
  end: number;
}

interface ChromeRange extends Range {
  /** Largest share of the page's text this range may hold and still be dropped. */
  maxShare: number;
}

export function htmlToText(html: string, opts: HtmlToTextOptions = {}): ExtractedText {
  const maxChars = Math.max(0, opts.maxChars ?? DEFAULT_MAX_CHARS);
  const out: string[] = [];
  let length = 0;
  let truncated = false;
  let pendingBreak = 0;
  let pendingSpace = false;
  let lineStart = true;
  let sectioningDepth = 0;
  let preDepth = 0;
  let title: string | undefined;
  let titleText = '';
  let inTitle = false;
  let lang: string | undefined;
  const stack: Frame[] = [];
  const candidates: Range[] = [];
  const chrome: ChromeRange[] = [];

  const push = (piece: string): void => {
    const room = maxChars - length;
    if (piece.length > room) {
      piece = piece.slice(0, room);
      truncated = true;
    }
    out.push(piece);
    length += piece.length;
  };

  const breakLine = (weight: number): void => {
    if (weight > pendingBreak) pendingBreak = weight;
    pendingSpace = false;
  };

  const emitWords = (raw: string): void => {
    let t = raw.replace(WHITESPACE, ' ');
    if (t.startsWith(' ')) {
      pendingSpace = true;
      t = t.slice(1);
    }
    const trailing = t.endsWith(' ');
    if (trailing) t = t.slice(0, -1);
    if (t === '') return;
    if (pendingBreak > 0 && length > 0) {
      push(pendingBreak > 1 ? '\n\n' : '\n');
      lineStart = true;
    }
    pendingBreak = 0;
    if (pendingSpace && !lineStart) push(' ');
    push(t);
    lineStart = false;
    pendingSpace = trailing;
  };

  // htmlparser2 keeps its open elements in an array it unshifts and searches, so its cost grows with the
  // square of the nesting depth. Past MAX_DEPTH open elements of its own a fresh parser takes over after
  // the current tag. The frames below `deadDepth` are the older parsers': the fresh one knows nothing of
  // them, so it reports their closing tags as orphans (`closeDead`). Without that, an <svg> left open
  // below the restart (500 unclosed <font> tags, then an <svg> of nested <g>) skipped all text after it.
  let parser: ResumableParser;
  let base = 0;
  let restartAt = -1;
  let deadDepth = 0;
  /** Elements the current parser has open: what its cost grows with. */
  let parserDepth = 0;
  /** Names of the top 64 older parsers' frames: a stray closing tag of another name costs one lookup. */
  let deadNames = new Set<string>();
  const setDeadDepth = (depth: number): void => {
    deadDepth = depth;
    deadNames = new Set(stack.slice(Math.max(0, depth - 64), depth).map((f) => f.name));
  };

  const popTo = (at: number): void => {
    while (at >= 0 && stack.length > at) {
      const frame = stack.pop() as Frame;
      if (frame.sectioning) sectioningDepth--;
      if (frame.pre) preDepth--;
      if (frame.title) {
        inTitle = false;
        title = titleText.replace(WHITESPACE, ' ').trim().slice(0, TITLE_CAP);
      }
      if (WORD_BREAK.has(frame.name)) pendingSpace = true;
      if (frame.skip) continue;
      if (frame.breakWeight > 0) breakLine(frame.breakWeight);
      const range = frame.chrome >= 0 ? chrome[frame.chrome] : undefined;
      if (range) range.end = length;
      const candidate = frame.candidate >= 0 ? candidates[frame.candidate] : undefined;
      if (candidate) candidate.end = length;
    }
  };

  /** A closing tag the current parser had nothing open for: it may close an older parser's element. */
  const closeDead = (start: number, end: number): void => {
    if (deadDepth === 0) return;
    const name = html.slice(base + start, base + end).toLowerCase();
    if (!deadNames.has(name)) return;
    const at = frameIndex(stack, name, 0, deadDepth);
    if (at < 0) return;
    popTo(at);
    setDeadDepth(at);
  };
  const handler: Partial<Handler> = {
    onopentag(name, attribs) {
      const parent = stack[stack.length - 1];
      if (name === 'html' && lang === undefined) {
        lang = (attribs.lang ?? attribs['xml:lang'])?.trim().slice(0, 35) || undefined;
      }
      const role = attribs.role?.trim().toLowerCase() ?? '';
      const isMain = MAIN_TAGS.has(name) || role === 'main';
      const seen = visibilityOf(attribs);
      // A <dialog> is rendered only while open; an open one is page chrome (a cookie or sign-up modal)
      // unless it holds most of the page, like <nav>.
      const openDialog = name === 'dialog' && attribs.open !== undefined;
      const skip = parent?.skip === true || (DROP_TAGS.has(name) && !openDialog) || seen.notRendered;
      const frame: Frame = {
        name,
        skip,
        invisible: seen.invisible ?? parent?.invisible === true,
        chrome: -1,
        breakWeight: PARAGRAPH_BREAK.has(name) ? 2 : LINE_BREAK.has(name) ? 1 : 0,
        sectioning: SECTIONING.has(name) || role === 'main',
        pre: name === 'pre' || name === 'listing',
        candidate: -1,
        title: false,
      };
      if (name === 'title' && title === undefined && !inTitle && !hasAncestor(stack, 'svg')) {
        frame.title = true;
        inTitle = true;
      }
      if (!skip) {
        if (frame.breakWeight > 0) breakLine(frame.breakWeight);
        else if (WORD_BREAK.has(name)) pendingSpace = true;
        if (isChrome(name, role, attribs, sectioningDepth > 0, isMain)) {
          frame.chrome = chrome.length;
          chrome.push({ start: length, end: -1, maxShare: CHROME_MAX_SHARE });
        }
        if (isMain) {
          frame.candidate = candidates.length;
          candidates.push({ start: length, end: -1 });
        }
      }
      if (frame.sectioning) sectioningDepth++;
      if (frame.pre) preDepth++;
      stack.push(frame);
      parserDepth++;
      if (parserDepth >= MAX_DEPTH && !RAW_TEXT.has(name) && restartAt < 0) {
        restartAt = base + parser.endIndex + 1;
        parser.pause();
      }
    },
    onclosetag(name) {
      parser.closes++;
      parserDepth = Math.max(0, parserDepth - 1);
      // htmlparser2 emits balanced events; this guards against drift without an unbounded search. The
      // current parser only closes what it opened: frames from deadDepth up.
      popTo(frameIndex(stack, name, deadDepth));
    },
    ontext(data) {
      if (inTitle) {
        if (titleText.length < TITLE_CAP * 2) titleText += data;
        return;
      }
      const top = stack[stack.length - 1];
      if (truncated || top?.skip || top?.invisible) return;
      if (preDepth === 0) {
        emitWords(data);
        return;
      }
      const lines = data.split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (i > 0) breakLine(1);
        emitWords(lines[i] ?? '');
      }
    },
  };

  for (let from = 0; ; ) {
    parser = new ResumableParser(handler, closeDead);
    base = from;
    restartAt = -1;
    parserDepth = 0;
    for (let i = from; i < html.length && !truncated && restartAt < 0; i += CHUNK) {
      parser.write(html.slice(i, i + CHUNK));
    }
    if (restartAt < 0 || truncated) {
      parser.end();
      break;
    }
    setDeadDepth(stack.length);
    from = restartAt;
  }

  const all = out.join('');
  for (const r of candidates) if (r.end < 0) r.end = all.length;
  for (const r of chrome) if (r.end < 0) r.end = all.length;
  const kept = new KeptText(
    all,
    chrome.filter((r) => r.end - r.start < r.maxShare * all.length),
  );
  const [start, end] = pickMain(kept, candidates);
  const text = kept
    .slice(start, end)
    // From the first space of a run only: / *\n */ alone retries from every space (quadratic).
    .replace(/(?<! ) *\n */g, '\n')
    .replace(TO_TOP_LINE, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const result: ExtractedText = { text, truncated };
  if (title) result.title = title;
  if (lang) result.lang = lang;
  return result;
}

function isChrome(
  name: string,
  role: string,
  attribs: Record<string, string>,
  inSectioning: boolean,
  isMain: boolean,
): boolean {
  if (CHROME_TAGS.has(name) || name === 'dialog') return true;
  if ((name === 'header' || name === 'footer') && !inSectioning) return true;
  if (role !== '' && DROP_ROLES.has(role)) return true;
  if (isMain || name === 'body' || name === 'html') return false;
  const marks = `${attribs.id ?? ''} ${attribs.class ?? ''}`.slice(0, ATTR_CAP);
  if (marks.length < 3) return false;
  // "cookieBanner" reads as "cookie-banner".
  const words = marks.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return JUNK_CLASS.test(words) && !LAYOUT_CLASS.test(words);
}

function hasAncestor(stack: Frame[], name: string): boolean {
  for (let i = stack.length - 1; i >= 0 && i >= stack.length - 64; i--)
    if (stack[i]?.name === name) return true;
  return false;
}

/** Index of the nearest open `name` in stack[floor, top) within 64 of `top`, or -1. */
function frameIndex(stack: Frame[], name: string, floor = 0, top = stack.length): number {
  const lowest = Math.max(floor, top - 64);
  for (let i = top - 1; i >= lowest; i--) if (stack[i]?.name === name) return i;
  return -1;
}

/** htmlparser2's parser, telling `orphan` of each closing tag it had no open element for. */
class ResumableParser extends Parser {
  /** Close events emitted so far (the handler counts them). */
  closes = 0;

  constructor(
    handler: Partial<Handler>,
    private readonly orphan: (start: number, end: number) => void,
  ) {
    super(handler, PARSER_OPTIONS);
  }

  override onclosetag(start: number, endIndex: number): void {
    const before = this.closes;
    super.onclosetag(start, endIndex);
    if (this.closes === before) this.orphan(start, endIndex);
  }
}

/** The output with dropped ranges cut out, measured and sliced in O(log n) per call. */
class KeptText {
  private readonly cuts: Range[] = [];
  /** cutBefore[i]: characters cut by cuts[0..i-1]. */
  private readonly cutBefore: number[] = [0];

  constructor(
    private readonly all: string,
    dropped: Range[],
  ) {
    // Ranges come in start order and nest like the elements they came from.
    for (const r of dropped) {
      const last = this.cuts[this.cuts.length - 1];
      if (last !== undefined && r.start <= last.end) {
        last.end = Math.max(last.end, r.end);
      } else {
        this.cuts.push({ start: r.start, end: r.end });
      }
    }
    for (const c of this.cuts)
      this.cutBefore.push((this.cutBefore[this.cutBefore.length - 1] ?? 0) + c.end - c.start);
  }

  get rawLength(): number {
    return this.all.length;
  }

  get length(): number {
    return this.size(0, this.all.length);
  }

  size(start: number, end: number): number {
    return end - start - (this.cutUpTo(end) - this.cutUpTo(start));
  }

  slice(start: number, end: number): string {
    const parts: string[] = [];
    let at = start;
    for (let i = this.firstCutEndingAfter(start); i < this.cuts.length; i++) {
      const c = this.cuts[i] as Range;
      if (c.start >= end) break;
      if (c.start > at) parts.push(this.all.slice(at, c.start));
      at = Math.max(at, c.end);
    }
    if (at < end) parts.push(this.all.slice(at, end));
    return parts.join('');
  }

  private cutUpTo(x: number): number {
    let lo = 0;
    let hi = this.cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cuts[mid] as Range).start < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return 0;
    const c = this.cuts[lo - 1] as Range;
    return (this.cutBefore[lo - 1] ?? 0) + Math.min(x, c.end) - c.start;
  }

  private firstCutEndingAfter(x: number): number {
    let lo = 0;
    let hi = this.cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cuts[mid] as Range).end <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The [start, end) of the main text: the main/article candidates when they hold enough, else everything. */
function pickMain(kept: KeptText, candidates: Range[]): [number, number] {
  const whole: [number, number] = [0, kept.rawLength];
  const all = kept.length;
  let best = 0;
  for (const c of candidates) best = Math.max(best, kept.size(c.start, c.end));
  if (best === 0 || all === 0) return whole;
  let start = kept.rawLength;
  let end = 0;
  for (const c of candidates) {
    if (kept.size(c.start, c.end) < best * MAIN_SIBLING_SHARE) continue;
    start = Math.min(start, c.start);
    end = Math.max(end, c.end);
  }
  const size = kept.size(start, end);
  const share = size / all;
  if (share >= MAIN_MIN_SHARE || (size >= MAIN_MIN_CHARS && share >= MAIN_MIN_SHARE_WHEN_LONG)) {
    return [start, end];
  }
  return whole;
}
