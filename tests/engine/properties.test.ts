// Any input, a valid summary: analyze() on arbitrary strings and on mutated real policies never throws,
// quotes only what it analysed and answers every question of the contract; toMarkdown() of any summary is
// inert; htmlToText() takes any string. Runs are few (100–200 each) so that the suite stays fast; a failure
// prints the seed and the shrunk input to replay.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../engine/html-to-text';
import { toMarkdown } from '../../engine/markdown';
import { analyze } from '../../rules/engine';
import { sharedPath } from '../shared/shared-dir';
import { analysedText, analyzeChecked, checkInertMarkdown, checkSummary } from './summary-checks';

const POLICY_SENTENCES = [
  'We collect your name, email address and IP address when you register.',
  'We do not sell, rent or share your personal information with third parties.',
  'We may share your information with our partners for their own marketing purposes.',
  'Third-party advertisers may place cookies on your browser to serve interest-based ads.',
  'You may opt out at any time by clicking the unsubscribe link.',
  'Our site is not directed to children under 13 and we do not knowingly collect their data.',
  'We retain your data for 30 days, unless required by law.',
  'We use SSL encryption to protect your data.',
  'If we make material changes, we will notify you by email.',
  'We do not respond to Do Not Track signals.',
  'Your data may be transferred to and processed in the United States.',
  'Contact us at privacy@example.com or write to 100 Main Street, Suite 200.',
  'Information We Collect',
  'HOW WE USE YOUR DATA',
  'e.g. cookies, web beacons, i.e. pixels, etc.',
];

// Debris of pages, Markdown archives and binary files, and characters that confuse text handling.
const DEBRIS = [
  '<a href="javascript:alert(1)">x</a>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- comment -->',
  '<div><p>',
  '</p></div>',
  '&lt;b&gt;',
  '&amp;',
  '&#0;',
  '[link](https://evil.example/)',
  '![image](http://evil.example/x.png)',
  '<https://evil.example>',
  'www.evil.example',
  'mail me at bob@evil.example',
  '**bold**',
  '__under__',
  '# Heading',
  '> quote',
  '| a | b |',
  '|---|---|',
  '- item',
  '1. item',
  '```',
  '`code`',
  '\\',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\u200f',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\u00ad',
  '\ud83d\ude00',
  '\ud83d',
  '\ude00',
  '👨‍👩‍👧',
  '🇫🇷',
  'שלום',
  'مرحبا',
  '我们收集',
  '\t\t',
  '          ',
  '...',
  '?!',
  ', , ,',
  ';;',
];

const unicodeString = fc.string({ unit: 'binary', maxLength: 300 });
// Lone surrogates too: text decoded from broken pages has them.
const utf16String = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 300,
});
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...POLICY_SENTENCES) },
  { weight: 3, arbitrary: fc.constantFrom(...DEBRIS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: utf16String },
);
const separator = fc.constantFrom(' ', '\n', '\n\n', '', '. ', ', ', '\t', ' | ');
const mixedText = fc
  .array(fc.tuple(piece, separator), { maxLength: 60 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

describe('analyze() returns a valid summary for any string', () => {
  test.each([
    ['arbitrary strings', fc.string({ maxLength: 2000 })],
    ['arbitrary Unicode', fc.string({ unit: 'grapheme', maxLength: 1000 })],
    ['arbitrary code points', unicodeString],
    ['arbitrary UTF-16, lone surrogates too', utf16String],
    ['policy sentences mixed with debris', mixedText],
  ] as const)('%s', (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        analyzeChecked(input);
      }),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Real policies, mutated

function loadPolicies(): string[] {
  const seeds = sharedPath('policies', 'seeds');
  const texts = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seeds, f), 'utf8'));
  const corpus = sharedPath('corpus', 'opp115-dev', 'policies');
  for (const file of readdirSync(corpus)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const policy = JSON.parse(readFileSync(join(corpus, file), 'utf8')) as {
      segments: Array<{ text: string }>;
    };
    texts.push(policy.segments.map((s) => s.text).join('\n\n'));
  }
  return texts;
}

const POLICIES = loadPolicies();
// A window of a policy keeps each run short (whole policies are 5–150 KB).
const WINDOW = 12_000;

type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'shuffle'; seed: number }
  | { kind: 'duplicate'; from: number; length: number }
  | { kind: 'inject'; at: number; what: string }
  | { kind: 'join-lines' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), from: fc.nat(), length: fc.nat({ max: 3000 }) }),
  fc.record({
    kind: fc.constant('inject' as const),
    at: fc.nat(),
    what: fc.oneof(fc.constantFrom(...DEBRIS), utf16String),
  }),
  fc.record({ kind: fc.constant('join-lines' as const) }),
);

function shuffleLines(text: string, seed: number): string {
  const lines = text.split('\n');
  let x = seed | 1;
  for (let i = lines.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const j = x % (i + 1);
    [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
  }
  return lines.join('\n');
}

function mutate(text: string, m: Mutation): string {
  const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (m.kind) {
    case 'cut':
      // Cut anywhere: mid-word, mid-sentence, between the halves of a surrogate pair.
      return text.slice(0, at(m.at));
    case 'shuffle':
      return shuffleLines(text, m.seed);
    case 'duplicate': {
      const from = at(m.from);
      return text.slice(0, from) + text.slice(from, from + m.length) + text.slice(from);
    }
    case 'inject':
      return text.slice(0, at(m.at)) + m.what + text.slice(at(m.at));
    case 'join-lines':
      return text.replace(/\n+/g, ' ');
  }
}

const mutatedPolicy = fc
  .record({
    policy: fc.integer({ min: 0, max: POLICIES.length - 1 }),
    start: fc.nat(),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
  })
  .map(({ policy, start, mutations }) => {
    const whole = POLICIES[policy] ?? '';
    const from = start % Math.max(1, whole.length - WINDOW);
    return mutations.reduce(mutate, whole.slice(from, from + WINDOW));
  });

describe('analyze() on mutated real policies', () => {
  test(`${POLICIES.length} policies from ../shared: cut, shuffled, duplicated, injected with debris`, () => {
    fc.assert(
      fc.property(mutatedPolicy, (input) => {
        analyzeChecked(input);
      }),
      { numRuns: 120 },
    );
  });

  test('the unmutated policies are read as English policies', () => {
    for (const text of POLICIES.slice(0, 10)) {
      const { summary } = analyzeChecked(text);
      expect(summary.language.english).toBe(true);
    }
  });
});

describe('toMarkdown() of any summary is inert', () => {
  const source = fc.record(
    {
      url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 100 }), fc.constant('javascript:alert(1)//`x`')),
      file: fc.string({ maxLength: 100 }),
      title: fc.oneof(mixedText, fc.constantFrom(...DEBRIS)),
    },
    { requiredKeys: [] },
  );

  test('from policy sentences mixed with debris, with any source', () => {
    fc.assert(
      fc.property(mixedText, source, fc.string({ maxLength: 40 }), (input, src, date) => {
        const summary = analyze(input, src);
        checkSummary(summary, analysedText(input));
        checkInertMarkdown(toMarkdown(summary, date));
      }),
      { numRuns: 150 },
    );
  });

  test('from mutated real policies', () => {
    fc.assert(
      fc.property(mutatedPolicy, (input) => {
        checkInertMarkdown(toMarkdown(analyze(input), '2025-01-01'));
      }),
      { numRuns: 60 },
    );
  });
});

describe('htmlToText() takes any string', () => {
  const tag = fc.constantFrom(
    '<div>',
    '</div>',
    '<p>',
    '</p>',
    '<main>',
    '</main>',
    '<article>',
    '<nav>',
    '</nav>',
    '<header>',
    '<footer class="site-footer">',
    '<div hidden>',
    '<script>',
    '</script>',
    '<style>',
    '<title>',
    '</title>',
    '<pre>',
    '</pre>',
    '<svg><title>x</title>',
    '<li>',
    '<br>',
    '<table><tr><td>',
    '<!--',
    '-->',
    '<![CDATA[',
    '<!doctype html>',
    '<html lang="fr">',
    '&nbsp;',
    '&#x1F600;',
    '&bogus;',
    '<',
    '>',
  );
  const html = fc
    .array(fc.oneof(tag, fc.constantFrom(...POLICY_SENTENCES), utf16String), { maxLength: 80 })
    .map((parts) => parts.join(''));

  test.each([
    ['arbitrary strings', fc.string({ maxLength: 2000 })],
    ['arbitrary UTF-16', utf16String],
    ['tag soup', html],
  ] as const)('%s', (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, fc.option(fc.nat({ max: 5000 }), { nil: undefined }), (input, maxChars) => {
        const page = htmlToText(input, maxChars === undefined ? {} : { maxChars });
        expect(typeof page.text).toBe('string');
        expect(typeof page.truncated).toBe('boolean');
        if (maxChars !== undefined) expect(page.text.length).toBeLessThanOrEqual(maxChars);
        if (page.title !== undefined) expect(page.title.length).toBeLessThanOrEqual(500);
        analyzeChecked(page.text);
      }),
      { numRuns: 150 },
    );
  });
});
