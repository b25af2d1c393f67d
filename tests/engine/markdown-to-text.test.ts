// Markdown in: what a reader sees becomes the analysed text; link targets, images, tags and markers do not.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../engine/html-to-text';
import { MAX_MARKDOWN_CHARS, markdownToText } from '../../engine/markdown-to-text';
import { normalise } from '../../engine/normalise';
import { joinSoftBreaks } from '../../engine/reflow';
import { segment } from '../../engine/segment';
import { analyze } from '../../rules/engine';

const FIXTURE = readFileSync(join(__dirname, '../fixtures/markdown/policy.md'), 'utf8');
const text = (md: string) => markdownToText(md).text;
const lines = (md: string) => text(md).split('\n');

describe('links', () => {
  test.each([
    ['inline', 'See [our partners](https://acme.example/p "Partners") now.', 'See our partners now.'],
    ['reference', 'See [our partners][p].\n\n[p]: https://acme.example/p', 'See our partners.'],
    [
      'e-mail',
      'Write to [privacy@acme.example](mailto:privacy@acme.example).',
      'Write to privacy@acme.example.',
    ],
    ['HTML anchor', 'In your <a href="https://acme.example/s">settings</a>.', 'In your settings.'],
    // A bare address is what the reader sees on the page: it stays, as written.
    [
      'bare address',
      'Visit https://acme.example/privacy today.',
      'Visit https://acme.example/privacy today.',
    ],
    ['escaped brackets', 'Type \\[your name\\] here.', 'Type [your name] here.'],
    // Not a link to the parser (its words span a blank line), but no target reaches the text either.
    [
      'words broken by a blank line',
      '[Manage your data\n\nPrivacy Center](https://acme.example/center "Center")',
      'Manage your data\n\nPrivacy Center',
    ],
  ])('%s', (_, md, want) => expect(text(md)).toBe(want));
});

describe('images vanish', () => {
  test.each([
    ['remote', '![Acme logo](https://cdn.acme.example/logo.png)\n\nWe collect data.'],
    ['inside a link', '[![Badge](https://cdn.acme.example/b.svg)](https://acme.example)\n\nWe collect data.'],
    ['inline data: URI', 'Logo ![x](data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==) We collect data.'],
    ['HTML img', '<img src="https://cdn.acme.example/logo.png" alt="Acme logo">\n\nWe collect data.'],
  ])('%s', (_, md) => {
    const out = text(md);
    expect(out).toContain('We collect data.');
    expect(out).not.toMatch(/logo|Badge|base64|!\[|cdn/);
  });

  // issue 13 #8: a 1.3 MB base64 logo at the top left 16 characters to analyse.
  const base64 = 'iVBORw0KGgoAAAANSUhEUgAA'.repeat(56_000);
  test.each([
    [
      'closed',
      `![Acme](data:image/png;base64,${base64})\n\n# Privacy Policy\n\nWe collect your email address.`,
    ],
    [
      'never closed',
      `![Acme](data:image/png;base64,${base64}\n\n# Privacy Policy\n\nWe collect your email address.`,
    ],
    ['bare', `data:image/png;base64,${base64}\n\n# Privacy Policy\n\nWe collect your email address.`],
  ])('a 1.3 MB base64 image, %s, leaves the whole policy', (_, md) => {
    expect(md.length).toBeGreaterThan(1_300_000);
    const out = text(md);
    expect(out).toBe('Privacy Policy\n\nWe collect your email address.');
    const summary = analyze(out);
    expect(summary.stats.truncated).toBe(false);
    expect(summary.dataTypes).toContain('contact');
  });
});

describe('HTML line breaks and tags', () => {
  test('<br> ends a line, in every spelling', () => {
    expect(lines('For car branding purposes<br><br>We will use it.<br/>Then<BR />more.')).toEqual([
      'For car branding purposes',
      'We will use it.',
      'Then',
      'more.',
    ]);
  });
  test('two trailing spaces end a line; a soft break is a space', () => {
    expect(lines('One line  \nnext line\nsame line')).toEqual(['One line', 'next line same line']);
  });
  test('inline tags go, their words stay, entities are decoded', () => {
    expect(
      text('<span class="x">You can</span> opt&nbsp;out &amp; <b>delete</b> &copy; it<!-- hidden -->.'),
    ).toBe('You can opt\u00a0out & delete © it.');
  });
  test('an HTML block is read as its text', () => {
    expect(lines('<div class="note"><p>We keep data.</p><p>For 30 days.</p></div>')).toEqual([
      'We keep data.',
      'For 30 days.',
    ]);
  });
});

describe('tables become rows of text', () => {
  const md =
    '| Category | Examples | Sold |\n| --- | --- | --- |\n| Identifiers | Name<br>[Email](https://x.example) | No |\n| Device data | **IP address** | No |';
  test('one line a row, cells joined, no pipes or markup', () => {
    expect(lines(md)).toEqual([
      'Category; Examples; Sold',
      'Identifiers; Name Email; No',
      'Device data; IP address; No',
    ]);
  });
});

describe('headings', () => {
  const md =
    'Privacy Policy\n==============\n\nIntro text here.\n\n## Information We Collect\nWe collect your name.\n\nHow We Share\n------------\n\n### 3\\. Cookies\n\nWe use cookies.';
  test('each heading is a line of its own, with a blank line after it', () => {
    expect(text(md)).toBe(
      'Privacy Policy\n\nIntro text here.\n\nInformation We Collect\n\nWe collect your name.\n\nHow We Share\n\n3. Cookies\n\nWe use cookies.',
    );
  });
  test('the segmenter reads them as headings and the sentences under them as framed by them', () => {
    const s = segment(normalise(text(md)));
    expect(s.headings.map((h) => h.text)).toEqual([
      'Privacy Policy',
      'Information We Collect',
      'How We Share',
      'Cookies',
    ]);
    expect(s.sentences.find((x) => x.text === 'We use cookies.')?.heading).toBe(3);
  });
  // Markdown says which lines are headings; the segmenter is told, whatever their shape.
  const marked =
    '# acme.example Privacy Supplement\n\n## We use data to build better services\n\nWe use your data.\n\n## A heading that ends like a sentence.\n\nText here.';
  test('every heading is listed, as written in the text', () => {
    expect(markdownToText(marked).headings).toEqual([
      'acme.example Privacy Supplement',
      'We use data to build better services',
      'A heading that ends like a sentence.',
    ]);
  });
  test.each([
    ['told', true, ['acme.example Privacy Supplement', 'We use data to build better services']],
    ['not told', false, []],
  ])('the segmenter, %s, reads them as headings unless they end like a sentence', (_, told, want) => {
    const md = markdownToText(marked);
    const s = segment(normalise(md.text), told ? new Set(md.headings) : undefined);
    expect(s.headings.map((h) => h.text)).toEqual(want);
    expect(s.sentences.map((x) => x.text)).toContain('A heading that ends like a sentence.');
  });
  test('analyze passes them to the segmenter: a heading is no sentence', () => {
    const md = markdownToText(marked);
    expect(analyze(md.text).stats.sentences).toBe(5);
    expect(analyze(md.text, {}, undefined, { headings: md.headings }).stats.sentences).toBe(3);
  });
  test.each([
    ['a level-1 heading first', '# Acme Privacy Notice\n\n## Scope\n\nText.', 'Acme Privacy Notice'],
    ['a contents list first', '## Contents\n\n# Information we collect\n\nText.', undefined],
    ['no heading', 'Just text.', undefined],
    // An archived page keeps its title line above a slogan set as the first level-1 heading.
    [
      'a first line naming a policy over a slogan',
      'Privacy Policy\n\n# We respect you.\n\nText.',
      'Privacy Policy',
    ],
    [
      'a first line naming no policy',
      'Welcome to Acme\n\n# Acme Privacy Notice\n\nText.',
      'Acme Privacy Notice',
    ],
    [
      'a heading that names a policy itself',
      'Privacy Policy\n\n# Acme Privacy Notice\n\nText.',
      'Acme Privacy Notice',
    ],
    [
      'a first paragraph of several lines',
      'Privacy Policy\nand more words\n\n# We respect you.',
      'We respect you.',
    ],
  ])('title: %s', (_, md, title) => expect(markdownToText(md).title).toBe(title));
});

// "**Log Files** As with most websites, we collect…": the bold words head the paragraph as a heading would.
describe('a run-in bold heading', () => {
  test('is a heading of its own line, its paragraph after it', () => {
    const md = markdownToText('**Log Files** We collect log files.\n\n**Cookies:** We use cookies.');
    expect(md.text).toBe('Log Files\n\nWe collect log files.\n\nCookies\n\nWe use cookies.');
    expect(md.headings).toEqual(['Log Files', 'Cookies']);
  });
  test.each([
    ['bold words that end a sentence', '**We do not sell your data.** We never have.'],
    ['bold words inside a sentence', '**Acme** collects your name.'],
    ['bold words the paragraph goes on from', 'We **never** sell it.'],
    ['a bold lead longer than a heading', `**${'word '.repeat(15)}** Then text.`],
  ])('is not read in %s', (_, markdown) => expect(markdownToText(markdown).headings).toEqual([]));
});

describe('emphasis markers go', () => {
  test.each([
    ['**bold** and __bold__', 'bold and bold'],
    ['*em* and _em_', 'em and em'],
    ['***both*** and ~~struck~~', 'both and struck'],
    ['`code` stays as words', 'code stays as words'],
    ['snake_case_words stay', 'snake_case_words stay'],
  ])('%s', (md, want) => expect(text(md)).toBe(want));
});

describe('lists', () => {
  const md =
    '* We collect:\n    * your name;\n    * your email.\n* We share:\n    1. with processors;\n    2. with advertisers.\n\n- [x] done item\n+ plus item';
  test('each item, nested or not, is a line without its bullet or number', () => {
    expect(lines(md)).toEqual([
      'We collect:',
      'your name;',
      'your email.',
      'We share:',
      'with processors;',
      'with advertisers.',
      '',
      'done item',
      '',
      'plus item',
    ]);
  });
  test('the segmenter reads every item as its own sentence', () => {
    const s = segment(normalise(text(md)));
    expect(s.sentences.map((x) => x.text)).toContain('with advertisers.');
    expect(new Set(s.sentences.map((x) => x.block)).size).toBe(s.sentences.length);
  });

  // "Right to rectification (Article 16 GDPR)" is short and unpunctuated, as a heading is; Markdown says
  // it is an item of a list of rights.
  const rights =
    '## Your rights\n\nYou have these rights:\n\n* Right of access (Article 15 GDPR)\n* Right to rectification (Article 16 GDPR)\n* [Contents](#top)';
  test('list items are listed, a contents link is not', () => {
    expect(markdownToText(rights).listItems).toEqual([
      'Right of access (Article 15 GDPR)',
      'Right to rectification (Article 16 GDPR)',
    ]);
  });
  test.each([
    // The lead-in and the contents link still read as headings: only list items are told.
    ['told', true, ['Your rights', 'You have these rights:', 'Contents']],
    [
      'not told',
      false,
      [
        'Your rights',
        'You have these rights:',
        'Right of access (Article 15 GDPR)',
        'Right to rectification (Article 16 GDPR)',
        'Contents',
      ],
    ],
  ])('the segmenter, %s, reads short list items as sentences', (_, told, want) => {
    const md = markdownToText(rights);
    const s = segment(normalise(md.text), new Set(md.headings), told ? new Set(md.listItems) : undefined);
    expect(s.headings.map((h) => h.text)).toEqual(want);
  });
  test('analyze passes them to the segmenter: the right is an answer', () => {
    const md = markdownToText(rights);
    const options = { headings: md.headings, listItems: md.listItems };
    expect(analyze(md.text, {}, undefined, options).answers['user-access'].answer).toBe('yes');
    expect(analyze(md.text, {}, undefined, { headings: md.headings }).answers['user-access'].answer).toBe(
      'unclear',
    );
  });
});

describe('a list inside a list item', () => {
  // A loose item: its lead-in paragraph, a nested list whose last item has no full stop, a paragraph.
  const md =
    '1.  **Use.** We use it:\n    \n    *   to provide and improve the services; or\n    *   as you have authorised us in writing\n    \n    We do not share your phone number with advertisers.\n    \n2.  Next item.\n';
  test('is spaced as the HTML extractor spaces it: the lead-in on the list lines, a blank line after it', () => {
    const html =
      '<ol><li><b>Use.</b> We use it:<ul><li>to provide and improve the services; or</li><li>as you have authorised us in writing</li></ul><p>We do not share your phone number with advertisers.</p></li><li>Next item.</li></ol>';
    expect(text(md)).toBe(htmlToText(`<html><body>${html}</body></html>`).text);
    expect(lines(md)).toEqual([
      'Use. We use it:',
      'to provide and improve the services; or',
      'as you have authorised us in writing',
      '',
      'We do not share your phone number with advertisers.',
      '',
      'Next item.',
    ]);
  });
  test("the paragraph after the nested list is a sentence of its own, not the last item's", () => {
    // As analyze reads it: soft line breaks joined first (engine/reflow.ts).
    const s = segment(joinSoftBreaks(normalise(text(md)))).sentences.map((x) => x.text);
    expect(s).toContain('We do not share your phone number with advertisers.');
    expect(s).toContain(
      'We use it: to provide and improve the services; or as you have authorised us in writing',
    );
  });
});

describe('bad input gets an answer, not a crash', () => {
  test('nesting far deeper than any policy is read flat, with a warning', () => {
    const md = `${'> '.repeat(5000)}We collect your email address.`;
    const out = markdownToText(md);
    expect(out.text).toContain('We collect your email address.');
    expect(out.warnings.length).toBeGreaterThan(0);
  });
  test('only an image: no text', () => expect(text('![logo](https://x.example/l.png)')).toBe(''));
  test('Markdown past the cap is cut at a line break, and the warning says so', () => {
    const paragraph = 'We collect your email address when you sign up for the newsletter.\n\n';
    const md = paragraph.repeat(Math.ceil((MAX_MARKDOWN_CHARS * 3) / paragraph.length));
    const out = markdownToText(md);
    expect(out.text.length).toBeLessThanOrEqual(MAX_MARKDOWN_CHARS);
    expect(out.text.length).toBeGreaterThan(MAX_MARKDOWN_CHARS * 0.9);
    expect(out.text.endsWith('newsletter.')).toBe(true);
    expect(out.warnings).toEqual(['Only the first 1,200,000 characters of the Markdown were read.']);
  });
  test('images do not count against the cap', () => {
    const logo = `![Logo](data:image/png;base64,${'iVBORw0KGgo'.repeat(MAX_MARKDOWN_CHARS / 5)})\n\n`;
    const out = markdownToText(`${logo}We collect your email address.`);
    expect(out).toEqual({
      text: 'We collect your email address.',
      listItems: [],
      headings: [],
      warnings: [],
    });
  });
});

describe('a whole policy in Markdown', () => {
  const md = markdownToText(FIXTURE);
  const summary = analyze(md.text, { file: 'policy.md', ...(md.title ? { title: md.title } : {}) });
  const quotes = [
    ...Object.values(summary.answers).flatMap((a) => a.evidence),
    ...Object.values(summary.categories).flatMap((c) => c.clauses),
  ].map((q) => q.text);

  test('is detected as a policy, titled by its first heading', () => {
    expect(md.title).toBe('Acme Privacy Policy');
    expect(summary.isPolicy).toBe(true);
  });
  test('is answered from its sentences', () => {
    expect(quotes.length).toBeGreaterThan(10);
    expect(summary.answers['sells-data'].answer).toBe('no');
    expect(summary.answers['uses-cookies'].answer).toBe('yes');
  });
  test.each(['](', '<br', '![', 'https://', '<span', '<a ', '**', '_Last'])('no quote holds %s', (debris) => {
    expect(quotes.filter((q) => q.includes(debris))).toEqual([]);
  });
  test('the <br><br> sentence is two sentences', () => {
    expect(quotes).not.toContainEqual(expect.stringMatching(/apps\.\s*We will use/));
  });
});
