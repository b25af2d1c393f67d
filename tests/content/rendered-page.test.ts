// @vitest-environment happy-dom
// What the content script sends: the page as rendered (issue 13, finding 6), in the small HTML the
// background's extractor reads. happy-dom computes display, visibility and opacity from the page's
// stylesheets, so these tests run the serialiser's computed-style path; happy-dom's own checkVisibility
// lets an ancestor's `visibility: hidden` hide a visible child, which browsers do not, so it is removed here
// and tests/e2e/rendered-page.test.ts runs the checkVisibility path in real Chromium.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { detectPage } from '../../content/detect';
import { renderedPage } from '../../content/rendered-page';
import { htmlToText } from '../../engine/html-to-text';

const MAX = 100_000;
const PAGES = path.join(__dirname, '../fixtures/pages');

// The browser's own stylesheet hides [hidden]; happy-dom has no such rule.
const UA = '<style>[hidden]:not([hidden="until-found"]){display:none}</style>';

function load(body: string, head = ''): Document {
  document.head.innerHTML = UA + head;
  document.body.innerHTML = body;
  return document;
}
const textOf = (doc: Document, max = MAX) => htmlToText(renderedPage(doc, max).html).text;

const checkVisibility = Element.prototype.checkVisibility;
beforeAll(() => {
  // biome-ignore lint/suspicious/noExplicitAny: removing a method the DOM types declare
  delete (Element.prototype as any).checkVisibility;
});
afterAll(() => {
  Element.prototype.checkVisibility = checkVisibility;
});

afterEach(() => {
  document.documentElement.removeAttribute('style');
  document.title = '';
});

describe('what is not rendered is not sent', () => {
  test.each([
    ['display: none from a stylesheet', '<style>.x{display:none}</style>', 'class="x"'],
    ['visibility: hidden from a stylesheet', '<style>.x{visibility:hidden}</style>', 'class="x"'],
    ['opacity: 0 from a stylesheet', '<style>.x{opacity:0}</style>', 'class="x"'],
    ['the hidden attribute', '', 'hidden'],
    ['an inline display: none', '', 'style="display:none"'],
  ])('%s', (_, head, attr) => {
    const doc = load(`<main ${attr}><p>We never sell your data.</p></main><p>We sell your data.</p>`, head);
    expect(textOf(doc)).toBe('We sell your data.');
  });

  test('a visible child of a visibility: hidden parent is read, the parent’s own text is not', () => {
    const doc = load(
      '<div class="v">We never track you. <span class="shown">We track you.</span></div>',
      '<style>.v{visibility:hidden}.shown{visibility:visible}</style>',
    );
    expect(textOf(doc)).toBe('We track you.');
  });

  test('nothing under opacity: 0 shows, whatever its children say', () => {
    const doc = load(
      '<div class="o"><p style="opacity:1;visibility:visible">We let you delete your account.</p></div><p>You cannot delete it.</p>',
      '<style>.o{opacity:0}</style>',
    );
    expect(textOf(doc)).toBe('You cannot delete it.');
  });

  test('script, style, template, svg, noscript and form fields hold no text', () => {
    const doc = load(
      '<h1>Privacy Policy</h1><script>var secret = 1;</script><template><p>template words</p></template>' +
        '<svg><text>svg words</text></svg><noscript>enable scripts</noscript><input value="field words">' +
        '<textarea>typed words</textarea><p>We collect your email.</p>',
      '<style>p { color: red }</style>',
    );
    expect(textOf(doc)).toBe('Privacy Policy\n\nWe collect your email.');
  });
});

describe('what is left out is counted, for the summary to tell', () => {
  test('the text of each hidden element, once, and nothing when all shows', () => {
    const doc = load(
      '<p>We sell your data.</p><div hidden>We never sell.<p>Nor rent.</p></div><div style="display:none">Twelve chars</div>',
    );
    expect(renderedPage(doc, MAX).hidden).toBe('We never sell.Nor rent.'.length + 'Twelve chars'.length);
    expect(renderedPage(load('<p>We sell your data.</p>'), MAX).hidden).toBe(0);
  });
});

describe('what people see is sent', () => {
  test('aria-hidden, <label> and <button> text, each its own word', () => {
    const doc = load(
      '<p><span aria-hidden="true">We sell your data.</span></p>' +
        '<p><label>Email</label><button>Delete my account</button><button>Export</button></p>',
    );
    expect(textOf(doc)).toBe('We sell your data.\n\nEmail Delete my account Export');
  });

  test('collapsed content a click or find-in-page reveals: closed <details>, hidden="until-found"', () => {
    const doc = load(
      '<details><summary>Sharing</summary><p>We share your data with advertisers.</p></details>' +
        '<div hidden="until-found"><p>We keep it for 30 days.</p></div>',
    );
    expect(textOf(doc)).toBe('Sharing\n\nWe share your data with advertisers.\n\nWe keep it for 30 days.');
  });

  test('display: none inside collapsed content still hides', () => {
    const doc = load(
      '<details><summary>Sharing</summary><p style="display:none">We never share.</p><p>We share.</p></details>',
    );
    expect(textOf(doc)).toBe('Sharing\n\nWe share.');
  });

  test('a page faded in from opacity: 0 (an anti-flicker snippet) is still read', () => {
    const doc = load('<p>We collect your email.</p>');
    document.documentElement.setAttribute('style', 'opacity: 0');
    expect(textOf(doc)).toBe('We collect your email.');
  });
});

describe('the structure the extractor reads', () => {
  test('headings, paragraphs, lists and table cells become lines; inline markup runs on', () => {
    const doc = load(
      '<h2>What we <em>collect</em></h2><ul><li>Your <b>name</b></li><li>Your email</li></ul>' +
        '<table><tr><td>Cookies</td><td>30 days</td></tr></table><p>Line one<br>line two</p>',
    );
    expect(textOf(doc)).toBe(
      'What we collect\n\nYour name\nYour email\nCookies\n30 days\n\nLine one\nline two',
    );
  });

  test('page chrome is marked as the extractor needs: navigation and a cookie banner are left out', () => {
    const policy = `<p>${'We collect your email address when you register. '.repeat(10)}</p>`;
    const doc = load(
      `<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>` +
        `<div class="cookie-banner">We use cookies. <button>Accept</button></div>` +
        `<div role="navigation">Menu</div><main><h1>Privacy Policy</h1>${policy}</main><footer>© Acme</footer>`,
    );
    const text = textOf(doc);
    expect(text.startsWith('Privacy Policy\n\nWe collect your email address')).toBe(true);
    for (const chrome of ['Home', 'cookies', 'Menu', 'Acme']) expect(text).not.toContain(chrome);
  });

  // Without hiding CSS the rendered page is the raw page: the extractor reads the same text from either.
  // (malformed.html is left out: happy-dom's parser and htmlparser2 read its stray "<<<" differently.)
  test.each(readdirSync(PAGES).filter((f) => f.endsWith('.html') && f !== 'malformed.html'))(
    '%s reads as its raw HTML does',
    (file) => {
      const html = readFileSync(path.join(PAGES, file), 'utf8');
      const doc = new DOMParser().parseFromString(html, 'text/html');
      load(doc.body.innerHTML, doc.head.innerHTML);
      expect(textOf(document)).toBe(htmlToText(html).text);
    },
  );

  test('the page title is sent', () => {
    const doc = load('<p>Text</p>');
    doc.title = 'Privacy Policy | Acme';
    expect(htmlToText(renderedPage(doc, MAX).html).title).toBe('Privacy Policy | Acme');
  });
});

describe('the page cannot write markup of its own into what is sent', () => {
  test('text that looks like tags stays text', () => {
    const doc = load('<p>&lt;/p&gt;&lt;main hidden&gt;We never sell &amp; never track.&lt;/main&gt;</p>');
    expect(textOf(doc)).toBe('</p><main hidden>We never sell & never track.</main>');
  });

  test('a class or role cannot close its attribute', () => {
    const doc = load(
      '<div class="a&quot; hidden x=&quot;" role="x&quot; hidden"><p>We sell your data.</p></div>',
    );
    const { html } = renderedPage(doc, MAX);
    expect(html).not.toMatch(/"\s*hidden/);
    expect(htmlToText(html).text).toBe('We sell your data.');
  });
});

describe('the cap', () => {
  test('a page within it is sent whole, and says nothing was cut', () => {
    const page = renderedPage(load('<p>We collect data.</p>'), MAX);
    expect(page.htmlCut).toBe(false);
  });

  test('inline data and styles do not count against it', () => {
    const data = `{"items":[${'"abcdefghij",'.repeat(MAX / 5)}"end"]}`;
    const page = renderedPage(
      load(
        '<h1>Privacy Policy</h1><p>We collect your email.</p>',
        `<script type="application/json">${data}</script>`,
      ),
      MAX,
    );
    expect(page.htmlCut).toBe(false);
    expect(page.html).not.toContain('abcdefghij');
  });

  test('text over it is cut at the cap, and says so', () => {
    const sentence = 'We collect data. ';
    const page = renderedPage(load(`<h1>Privacy Policy</h1><p>${sentence.repeat(MAX / 8)}</p>`), MAX);
    expect(page.htmlCut).toBe(true);
    expect(page.html.length).toBe(MAX);
    // One long paragraph keeps what fits, not nothing.
    expect(htmlToText(page.html).text.length).toBeGreaterThan(MAX * 0.9);
  });

  test('a title longer than the cap is cut too, and says so', () => {
    const doc = load('<p>We collect data.</p>');
    doc.title = 'Privacy Policy '.repeat(1_000);
    const page = renderedPage(doc, 1_000);
    expect(page.htmlCut).toBe(true);
    expect(page.html.length).toBe(1_000);
    expect(page.html.startsWith('<title>Privacy Policy Privacy')).toBe(true);
  });
});

describe('text and headings for detection', () => {
  test('each visible heading with where it starts in the text: h1–h6, and a paragraph of one bold phrase', () => {
    const page = renderedPage(
      load(
        '<h1>Privacy  Policy</h1><p>Intro.</p><h2 hidden>Hidden</h2><h3>Your <b>rights</b></h3><h4>Cookies</h4>' +
          '<p><strong>Sharing</strong></p><p><b>Log files</b> We keep them.</p><p>We <strong>never</strong> sell.</p>' +
          '<ul><li><b>Cookies</b></li></ul><p><a href="/p"><b>Privacy Policy</b></a></p>',
      ),
      MAX,
    );
    expect(page.headings.map((h) => h.text)).toEqual([
      'Privacy Policy',
      'Your rights',
      'Cookies',
      'Sharing',
      'Cookies',
    ]);
    for (const h of page.headings)
      expect(page.text.slice(h.start, h.end).replace(/\s+/g, ' ').trim()).toBe(h.text);
  });

  // happy-dom recurses on trees this deep, so a minimal one stands in: only the walk is under test.
  const nested = (depth: number) => {
    const doc = { title: '', body: fakeNode(1) } as unknown as Document;
    let parent = doc.body as unknown as FakeNode;
    for (let i = 0; i < depth; i++) parent = append(parent, fakeNode(1));
    append(parent, Object.assign(fakeNode(3), { data: 'We collect your email.' }));
    return renderedPage(doc, 10_000_000);
  };

  test('a page nested 1,000 elements deep is read whole', () => {
    const page = nested(1_000);
    expect(page.text.trim()).toBe('We collect your email.');
    expect(page.htmlCut).toBe(false);
  });

  // The HTML parser nests at most 512 elements; only a script builds deeper.
  test('a page nested 100,000 deep does not run out of stack, and says it was cut', () => {
    const page = nested(100_000);
    expect(page.htmlCut).toBe(true);
    expect(page.text).not.toContain('We collect');
  });
});

interface FakeNode {
  nodeType: number;
  localName: string;
  id: string;
  data?: string;
  firstChild: FakeNode | null;
  nextSibling: FakeNode | null;
  parentNode: FakeNode | null;
  ownerDocument: object;
  getAttribute(): null;
  hasAttribute(): boolean;
}
const fakeNode = (nodeType: number): FakeNode => ({
  nodeType,
  localName: 'div',
  id: '',
  firstChild: null,
  nextSibling: null,
  parentNode: null,
  ownerDocument: {},
  getAttribute: () => null,
  hasAttribute: () => false,
});
function append(parent: FakeNode, child: FakeNode): FakeNode {
  parent.firstChild = child;
  child.parentNode = parent;
  return child;
}

const POLICY_TEXT = (
  'We collect your name, email address and IP address when you use the service. We use cookies and web beacons. ' +
  'We share personal information with service providers and advertisers. We do not sell your personal information. ' +
  'You may opt out of marketing emails. You can access, correct or delete your data. We retain data as long as needed. ' +
  'We use encryption to protect your information. We may change this policy and will notify you by email. '
).repeat(4);

describe('detection reads the page as rendered', () => {
  const detect = (doc: Document, url = 'https://acme.example/about') =>
    detectPage(renderedPage(doc, MAX), url, doc.title).isPolicy;

  test('a policy is a policy', () => {
    expect(detect(load(`<h1>Privacy Policy</h1><p>${POLICY_TEXT}</p>`))).toBe(true);
  });

  test('hidden policy text does not make a page a policy', () => {
    const doc = load(
      `<div class="x"><h1>Privacy Policy</h1><p>${POLICY_TEXT}</p></div><h1>Our shop</h1><p>Buy shoes here.</p>`,
      '<style>.x{display:none}</style>',
    );
    expect(detect(doc)).toBe(false);
  });

  test('a policy after 20,000 characters of navigation is found', () => {
    const menu = Array.from(
      { length: 1_200 },
      (_, i) => `<li><a href="/c/${i}">Category ${i} shoes</a></li>`,
    ).join('');
    const doc = load(`<ul>${menu}</ul><h2>Privacy Policy</h2><p>${POLICY_TEXT}</p>`);
    expect(renderedPage(doc, MAX).text.indexOf('Privacy Policy')).toBeGreaterThan(20_000);
    expect(detect(doc)).toBe(true);
  });
});
