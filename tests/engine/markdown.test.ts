import { describe, expect, test } from 'vitest';
import { toMarkdown } from '../../engine/markdown';
import { escapeMarkdown, type MarkdownContext } from '../../engine/markdown-escape';
import { analyze } from '../../rules/engine';
import { sampleSummary } from '../background/summary-fixture';
import { checkInertMarkdown, renderMarkdown } from './summary-checks';

// Each context as toMarkdown writes it, and the tags its own skeleton renders to.
const PLACES: Record<
  MarkdownContext,
  { wrap: (s: string) => string; tags: string[]; text: (html: string) => string }
> = {
  inline: { wrap: (s) => `- Warning: ${s}`, tags: ['ul', 'li'], text: (h) => h.replace(/^Warning: /, '') },
  cell: {
    wrap: (s) => `| a | b | c |\n|---|---|---|\n| q | yes | "${s}" |`,
    tags: ['table', 'thead', 'tbody', 'tr', 'th', 'td'],
    text: (h) => h.replace(/^a b c q yes "/, '').replace(/"$/, ''),
  },
  heading: { wrap: (s) => `# Summary: ${s}`, tags: ['h1'], text: (h) => h.replace(/^Summary: /, '') },
  'line-start': { wrap: (s) => `> ${s}`, tags: ['blockquote', 'p'], text: (h) => h },
};

/** What a reader sees of the Markdown once rendered: its text, and the tags it rendered to. */
function rendered(context: MarkdownContext, text: string) {
  const place = PLACES[context];
  const html = renderMarkdown(place.wrap(escapeMarkdown(text, context)));
  const tags = new Set([...html.matchAll(/<\/?([a-z][a-z0-9]*)/g)].map((m) => m[1] ?? ''));
  const visible = html
    .replace(/<\/?code>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return { html, tags, text: place.text(visible) };
}

const CONTEXTS = Object.keys(PLACES) as MarkdownContext[];

describe('plain prose needs no backslash', () => {
  test.each([
    'Privacy Policy - Example',
    '2026-12-01',
    'We keep your data for 30 days. Then we delete it.',
    'Our partners (such as analytics providers) may receive data; see section 4.2.',
    `It's "personal information": name, e-mail address, etc.`,
    'Rates: 5 * 3 = 15 + 2!',
    'the user_id field',
    'a < b and c > d & e',
    'Questions? We are #1 for privacy.',
    '-30 days, +2 hours, 100% secure {or not}',
    // GitHub's policy: 32 backslashes, all of them here, before brackets that make no link.
    'please send an email to privacy[at]github[dot]com and follow the instructions',
    'see [Section 4] and note [1]; [sic] [ ] [x].',
  ])('%s', (prose) => {
    for (const context of CONTEXTS) expect(escapeMarkdown(prose, context)).toBe(prose);
  });

  test('a whole export of a plain-prose policy has zero backslashes', () => {
    const policy = `Privacy Policy - Example
Last updated: 2026-12-01.
We collect your name, e-mail address and IP address when you register.
We do not sell your personal information. We do not share it with third parties for their own marketing.
We keep your data for 30 days (or as long as the law requires), then delete it.
You can delete your account at any time; you may also opt out of marketing e-mails.
We use SSL encryption to protect your data. Third-party cookies are not allowed on our site.
If we make material changes, we will notify you by e-mail.
Questions? Write to us at 100 Main Street, Springfield.`;
    const md = toMarkdown(analyze(policy, { title: 'Privacy Policy - Example' }), '2026-12-01');
    expect(md).toContain('# PolicyLens summary: Privacy Policy - Example');
    expect(md).toContain('Analysed: 2026-12-01');
    expect(md.match(/\\/g) ?? []).toEqual([]);
  });
});

describe('page text shows as itself and does nothing else, in every place it lands', () => {
  const HOSTILE = [
    '[click](javascript:alert(1))',
    '![x](http://evil.example/pixel.png)',
    '[ref]: https://evil.example/',
    '[a][ref] and [b]',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '<!-- comment -->',
    '<https://evil.example>',
    '&lt;b&gt; &#60;i&#62; &amp;',
    'a | b | c',
    'line one\n| --- |\nline two',
    '`code` and **bold** and __strong__ and *em* and _em_ and ~~gone~~',
    '# heading',
    '###### heading',
    '> quote',
    '- item',
    '* item',
    '+ item',
    '1. item',
    '1) item',
    '---',
    '***',
    '```js',
    '~~~',
    'Title ##',
    'ends in a backslash\\',
    'escaped \\*star\\* and \\`tick\\`',
    'tab\there',
  ];
  test.each(CONTEXTS.flatMap((c) => HOSTILE.map((h) => [c, h] as const)))('%s: %j', (context, hostile) => {
    const out = rendered(context, hostile);
    // `code` only for the addresses, shown as code on purpose.
    expect([...out.tags].filter((t) => !PLACES[context].tags.includes(t) && t !== 'code')).toEqual([]);
    expect(out.text).toBe(hostile.replace(/\s+/g, ' ').trim());
    expect(escapeMarkdown(hostile, context)).not.toContain('\n');
  });

  test('a definition in one place links nothing in another: no "[label]: url" forms', () => {
    const definition = escapeMarkdown('[ref]: https://evil.example/', 'line-start');
    const uses = escapeMarkdown('[a][ref], [ref][] and [ref]');
    const html = renderMarkdown(`> ${definition}\n\n- ${uses}`);
    expect(html).not.toContain('<a ');
    expect(html).toContain('[a][ref], [ref][] and [ref]');
  });

  test.each([
    ['https://evil.example/path?q=1', 'https://evil.example/path?q=1'],
    ['see www.evil.example.', 'www.evil.example'],
    ['write to privacy@example.com today', 'privacy@example.com'],
    ['mailto:bob@evil.example', 'mailto:bob@evil.example'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['(see https://evil.example/a_(b)).', 'https://evil.example/a_(b)'],
    ['inside a word: Dwww.evil.example', 'www.evil.example'],
    ['inside a word: 1https://evil.example', 'https://evil.example'],
  ])('an address is code, never a link: %s', (text, code) => {
    for (const context of CONTEXTS) {
      const out = rendered(context, text);
      expect(out.html).not.toContain('<a ');
      expect(out.html).toContain(`<code>${code}</code>`);
      expect(out.text).toBe(text);
    }
  });
});

describe('@mentions ping no one when pasted into GitHub (shown as code, where GitHub never links them)', () => {
  test.each([
    ['thanks @alice for the review', '@alice'],
    ['cc @acme/privacy-team', '@acme/privacy-team'],
    ['(@bob)', '@bob'],
    ['`privacy@example.com`@carol', '@carol'],
  ])('%s', (text, mention) => {
    for (const context of CONTEXTS) {
      const out = rendered(context, text);
      expect(out.html).toContain(`<code>${mention}</code>`);
      expect(out.html.replace(/<code>[^<]*<\/code>/g, '')).not.toMatch(/@[A-Za-z0-9]/);
    }
  });

  test('an e-mail address is not a mention and stays whole', () => {
    expect(escapeMarkdown('write to a.b+c@example.co.uk')).toBe('write to `a.b+c@example.co.uk`');
  });
});

describe('toMarkdown', () => {
  const hostile = `Privacy Policy
We collect your name. [Click here](javascript:alert(1)) | injected | cell
We use cookies <img src=x onerror=alert(1)> to remember you. Thanks @alice.
We do not sell your personal information.`;
  const summary = analyze(hostile, {
    url: 'https://example.com/privacy',
    title: 'Evil ](x) <b>title</b> ##',
  });
  const md = toMarkdown(summary, '2026-11-22');

  test('has the grade, score, date, versions and every answer', () => {
    expect(md).toContain(`**Grade ${summary.grade}**, score ${summary.score}/100`);
    expect(md).toContain('Analysed: 2026-11-22');
    expect(md).toContain(`Engine ${summary.engine}, rubric ${summary.rubric}`);
    expect(md).toContain('| Sells your data | no |');
  });

  test('page text cannot add links, images, HTML, headings, mentions or table cells', () => {
    expect(md).not.toMatch(/\]\(javascript/);
    expect(md).not.toMatch(/(?<!\\)<(?:img|b>)/);
    expect(md).toContain('\\<img');
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      // Every table row keeps exactly its own cells: unescaped pipes are only the column borders.
      const cells = line.replace(/\\\|/g, '').split('|').length - 2;
      expect(cells).toBe(3);
    }
    checkInertMarkdown(md);
  });

  test('is deterministic', () => expect(toMarkdown(summary, '2026-11-22')).toBe(md));

  test('names its sections as the popup does: "Topics covered", never the jargon "clauses"', () => {
    const plain = toMarkdown(sampleSummary(), '2026-11-22');
    expect(plain).toContain('\n## Topics covered\n\n### ');
    expect(plain).not.toMatch(/clause/i);
  });
});

describe('toMarkdown of a text that is not a policy', () => {
  const shop = `Fresh coffee, roasted daily
Our beans come from small farms and are roasted every morning.
Order before noon and your coffee ships the same day. We use cookies to keep your basket.`;
  const summary = analyze(shop, { title: 'Coffee shop' });
  const md = toMarkdown(summary, '2026-12-01');

  test('the engine reads it as no policy, and keeps a grade only for the schema', () => {
    expect([summary.isPolicy, summary.graded]).toEqual([false, false]);
    expect(summary.grade).toMatch(/^[A-E]$/);
  });

  test('says "Not graded", with no grade, no score and no points', () => {
    expect(md).toContain('- **Not graded**: this text does not read as a privacy policy');
    expect(md).not.toMatch(/Grade [A-E]|\/100|## Score|Points/);
    checkInertMarkdown(md);
  });

  test('a policy keeps its grade line and its score table', () => {
    const policy = sampleSummary();
    if (!policy.graded) throw new Error('the sample summary should read as a policy');
    const out = toMarkdown(policy, '2026-12-01');
    expect(out).toContain(`**Grade ${policy.grade}**, score ${policy.score}/100`);
    expect(out).toContain('## Score');
  });
});

describe('the export opens as the popup does', () => {
  const summary = analyze(
    'Privacy Policy\n\nWe collect your name and email address. We sell your personal information to data brokers. ' +
      'We share your data with advertisers for targeted advertising. We also sell your personal data to marketing partners. ' +
      'You can delete your account at any time. We keep your data for 30 days.',
    { title: 'Acme Privacy Policy' },
  );
  const md = toMarkdown(summary, '2026-12-01');

  test('what matters most comes before the answers, each finding with a mark that is not a colour', () => {
    const top = md.indexOf('## What matters most');
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(md.indexOf('## Answers'));
    const findings = md
      .slice(top, md.indexOf('## Answers'))
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(findings.length).toBeGreaterThanOrEqual(3);
    for (const f of findings) expect(f).toMatch(/^- [✓✗?] \S/);
  });

  test('every quote behind an answer is in the export, not only the first', () => {
    const evidence = summary.answers['sells-data'].evidence;
    expect(evidence.length).toBeGreaterThan(1);
    const section = md.slice(md.indexOf('## Evidence'));
    for (const e of evidence) expect(section).toContain(e.text.slice(0, 40));
  });
});
