import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadCorpusPages, presentGold, wordCoverage } from '../../bench/corpus-pages';
import { htmlToText } from '../../engine/html-to-text';
import { normalise } from '../../engine/normalise';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/pages', name), 'utf8');
const lines = (text: string) => text.split('\n');

describe('policy page with chrome', () => {
  const out = htmlToText(fixture('policy-with-chrome.html'));

  describe('keeps the policy text', () => {
    test.each([
      'Privacy Policy',
      'Last updated: 1 March 2024',
      'This policy explains how Acme Widgets Ltd collects and uses your personal information when you visit our website.',
      'Information we collect',
      'Contact details you enter at checkout',
      'We use cookies to keep items in your basket.',
      'Contact us at privacy@acme.example.',
    ])('%s', (line) => expect(lines(out.text)).toContain(line));
  });

  describe('drops page chrome, hidden text and non-content', () => {
    test.each([
      ['skip link', 'Skip to content'],
      ['cookie banner', 'Accept cookies?'],
      ['header', 'Acme Widgets home'],
      ['nav', 'Shop widgets'],
      ['breadcrumb', 'Legal ›'],
      ['display:none', 'Hidden tracking note'],
      ['hidden attribute', 'Secret hidden paragraph'],
      ['share buttons', 'Share on Facebook'],
      ['select option', 'Weekly digest'],
      ['textarea', 'Type here'],
      ['aside', 'turbo widget'],
      ['role=navigation', 'Sitemap link'],
      ['noscript', 'enable JavaScript'],
      ['template', 'Template placeholder'],
      ['svg', 'SVG label'],
      ['svg title', 'Logo drawing'],
      ['iframe', 'Iframe fallback'],
      ['footer', 'All rights reserved'],
      ['script', 'tracking pixel'],
      ['late script', 'late script text'],
      ['style', 'position: fixed'],
    ])('%s', (_, words) => expect(out.text).not.toContain(words));
  });

  describe('keeps text people see in controls and in aria-hidden', () => {
    test.each([
      ['aria-hidden (hidden from screen readers, not from sight)', 'Decorative duplicate'],
      ['form label', 'Your email for the newsletter'],
      ['button', 'Subscribe now'],
    ])('%s', (_, words) => expect(out.text).toContain(words));

    test('a control is a box of its own: words either side do not run together', () =>
      expect(out.text).toContain('Your email for the newsletter Subscribe now'));
  });

  test('reads the title and the language', () => {
    expect(out.title).toBe('Privacy Policy | Acme Widgets');
    expect(out.lang).toBe('en-GB');
    expect(out.truncated).toBe(false);
  });

  test('puts headings and list items on their own lines, with one blank line at most', () => {
    expect(lines(out.text)).toEqual(
      expect.arrayContaining(['Cookies', 'Payment confirmations from our card processor']),
    );
    expect(out.text).not.toMatch(/\n\n\n/);
    expect(out.text).not.toMatch(/^ | $| \n|\n /m);
  });
});

describe('a page with <main>', () => {
  const out = htmlToText(fixture('main-element.html'));

  describe('keeps the main text', () => {
    test.each([
      'Privacy notice',
      'How long we keep it',
      'We keep booking records for seven years to meet our tax obligations, then delete them.',
    ])('%s', (line) => expect(lines(out.text)).toContain(line));
  });

  describe('drops what lies outside it', () => {
    test.each(['Sign in – Register', 'Summer sale', 'More deals'])('%s', (words) =>
      expect(out.text).not.toContain(words),
    );
  });

  test('keeps the whole body when <main> holds little of it', () => {
    const html = `<body><main><p>Short main.</p></main><p>${'Long body text that is the real content. '.repeat(50)}</p></body>`;
    expect(htmlToText(html).text).toContain('Long body text');
  });
});

describe('page chrome that holds most of the page is kept', () => {
  test.each([
    ['a class="header" wrapping the whole policy', '<div class="header"><h1>Policy</h1>', '</div>'],
    ['an id="menu-content" column', '<div id="menu-content">', '</div>'],
  ])('%s', (_, open, close) => {
    const body = '<p>We collect your email address to send receipts.</p>'.repeat(20);
    const out = htmlToText(`<body><nav><a>Home</a></nav>${open}${body}${close}</body>`);
    expect(out.text).toContain('We collect your email address to send receipts.');
    expect(out.text).not.toContain('Home');
  });
});

describe('malformed HTML', () => {
  const out = htmlToText(fixture('malformed.html'));

  describe('keeps text after broken markup', () => {
    test.each([
      'Section one',
      'First paragraph without a closing tag',
      'Second paragraph bold and italic still italic',
      'item two',
      'cell B',
      'unquoted attributes work',
      'Stray <<< angle brackets and a lone > sign',
    ])('%s', (line) => expect(lines(out.text)).toContain(line));
  });

  test('drops an unclosed comment and collapses the title', () => {
    expect(out.text).not.toContain('never shown');
    expect(out.title).toBe('Broken page');
  });
});

describe('entities', () => {
  const out = htmlToText(fixture('entities.html'));

  describe('are decoded', () => {
    test.each([
      'AT&T & Procter & Gamble',
      'We don’t sell data — ever — and © 2024 "Café".',
      'Literal markup: <script>alert(1)</script> stays text.',
    ])('%s', (line) => expect(lines(out.text)).toContain(line));
  });

  test('in the title too', () => expect(out.title).toBe('Café & Crème – Politique'));
});

describe('nested lists, definition lists, br and pre', () => {
  const out = htmlToText(fixture('nested-lists.html'));

  test('each item, term and definition is one line', () => {
    expect(lines(out.text).slice(0, 12)).toEqual([
      'What we collect',
      '',
      'Account data',
      'Name',
      'Email address',
      'Primary email',
      'Recovery email',
      'Usage data',
      'Retention',
      'Two years after your last login.',
      'Controller',
      'Example GmbH, Berlin.',
    ]);
  });

  describe('br and pre lines stay apart', () => {
    test.each(['Line one', 'Line two', 'Line three', 'keep', 'these lines', 'apart', 'Quoted block'])(
      '%s',
      (line) => expect(lines(out.text)).toContain(line),
    );
  });
});

// Past 512 open elements a fresh parser takes over; the elements still open below it must close when
// their closing tags come, or an <svg> left open there skips everything after it (issue 13, finding 8).
describe('elements open across a parser restart', () => {
  const AFTER = 'We collect your email address when you register.';
  const svg = (depth: number, inner = '') =>
    `<svg>${'<g>'.repeat(depth)}${inner}<text>logo words</text>${'</g>'.repeat(depth)}</svg>`;

  test.each([
    ['500 unclosed <font>, then an <svg> of 20 nested <g>', `${'<font>'.repeat(500)}${svg(20)}`],
    ['the <svg> straddles the restart at its first <g>', `${'<font>'.repeat(509)}${svg(20)}`],
    ['a deep <svg> alone', svg(2_000)],
    [
      'an element left open inside the <svg> after the restart',
      `${'<font>'.repeat(500)}${svg(20, '<a><b>')}`,
    ],
    ['a <script> closed after the restart', `${'<div>'.repeat(600)}<script>var a = 1;</script>`],
  ])('%s: the text after it is kept', (_, middle) => {
    const out = htmlToText(`<html><body><p>Before text.</p>${middle}<p>${AFTER}</p></body></html>`);
    expect(lines(out.text).filter(Boolean)).toEqual(['Before text.', AFTER]);
  });

  test('a closing tag with nothing open to close changes nothing', () => {
    const out = htmlToText(`${'<div>'.repeat(600)}<p>one</p></svg></script></p><p>two</p>`);
    expect(lines(out.text).filter(Boolean)).toEqual(['one', 'two']);
  });

  test('the text inside the <svg> is still not read', () => {
    const out = htmlToText(`${'<font>'.repeat(500)}${svg(20)}<p>${AFTER}</p>`);
    expect(out.text).not.toContain('logo');
  });
});

describe('bounded work on hostile input', () => {
  test.each([
    ['10k nested divs', `${'<div>'.repeat(10_000)}deep text${'</div>'.repeat(10_000)}`, 'deep text'],
    ['100k unclosed divs', `${'<div>'.repeat(100_000)}deep text`, 'deep text'],
    ['50k spans closed as divs', `${'<span>'.repeat(50_000)}odd text${'</div>'.repeat(50_000)}`, 'odd text'],
    ['unclosed script', '<p>before</p><script>var x = "<p>not text</p>";', 'before'],
    [
      'binary garbage',
      `<p>start</p>${String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))}`,
      'start',
    ],
    ['a huge class attribute', `<div class="${'nav '.repeat(100_000)}x">`, ''],
  ])('%s', (_, html, expected) => {
    expect(htmlToText(html).text).toContain(expected);
  });

  test('stops at maxChars and says so', () => {
    const out = htmlToText(`<p>${'word '.repeat(10_000)}</p>`, { maxChars: 1000 });
    expect(out.text.length).toBeLessThanOrEqual(1000);
    expect(out.truncated).toBe(true);
  });

  test('never throws, stays within maxChars and keeps lines tidy on any input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.integer({ min: 0, max: 300 }),
        (html, maxChars) => {
          const out = htmlToText(html, { maxChars });
          expect(out.text.length).toBeLessThanOrEqual(maxChars);
          expect(out.text).not.toMatch(/\n\n\n/);
        },
      ),
    );
  });
});

// The OPP-115 pages in ../shared: each must keep ≥ 90% of the gold words the saved page holds at all.
describe('saved policy pages in ../shared keep their gold text', () => {
  // nbc.com was saved as its summary page while the gold is the full policy: the page lacks the text.
  const INCOMPLETE_PAGES = ['33_www.nbc.com.html'];
  const pages = loadCorpusPages();

  test('the corpus is there', () => expect(pages.length).toBeGreaterThanOrEqual(60));

  test.each(pages.map((p) => [p.file, p] as const))('%s', (_, page) => {
    const extracted = normalise(htmlToText(page.html).text);
    const present = presentGold(page).join('\n');
    const held = wordCoverage(present, present).goldWords / wordCoverage(page.gold.join('\n'), '').goldWords;
    if (held < 0.5) {
      expect(INCOMPLETE_PAGES).toContain(page.file);
      return;
    }
    expect(wordCoverage(present, extracted).recall).toBeGreaterThanOrEqual(0.9);
  });
});
