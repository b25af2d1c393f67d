// Inputs that once took minutes: each test runs one and checks what comes back. There are no timed
// assertions (bench/adversarial.ts prints the figures); a regression shows as vitest's 30 s test timeout.

import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../engine/html-to-text';
import { escapeMarkdown, toMarkdown } from '../../engine/markdown';
import { normalise } from '../../engine/normalise';
import { firstMatch } from '../../engine/rule';
import { segment, splitSentences } from '../../engine/segment';
import contactChannels from '../../rules/contact/contact-channels';
import { classifySentence, MAX_CHARS } from '../../rules/engine';
import { analyzeChecked } from './summary-checks';

describe('sentence boundaries in a long run of marks (was quadratic: 600,000 dots took 8 minutes)', () => {
  test('a line of dots is read once', () => {
    const { summary } = analyzeChecked('.'.repeat(MAX_CHARS));
    expect(summary.stats.sentences).toBe(MAX_CHARS / 2000);
  });

  test.each([
    ['dots', '.'],
    ['question and exclamation marks', '?!'],
    ['dots and quotes', '.")'],
  ])('%s, then a sentence', (_, unit) => {
    const line = `${unit.repeat(200_000)} We collect data.`;
    const spans = splitSentences(line);
    expect(line.slice(...(spans[spans.length - 1] as [number, number]))).toBe('We collect data.');
  });

  test('boundaries are unchanged: the whole run of marks ends the sentence', () => {
    const line = 'Really?! Yes... We do. "Quoted." (Aside.) e.g. Not here.';
    expect(splitSentences(line).map(([s, e]) => line.slice(s, e))).toEqual([
      'Really?!',
      'Yes...',
      'We do.',
      '"Quoted."',
      '(Aside.) e.g. Not here.',
    ]);
  });
});

describe('table pipes and spaces (was quadratic: 40,000 spaces between two words took 2 s)', () => {
  // Results are compared as booleans: a failing comparison of two 500 KB strings takes minutes to print.
  test.each([
    ['spaces between two words', `a${' '.repeat(500_000)}b`, 'a b'],
    ['spaces, then a pipe', `a${' '.repeat(500_000)}|b`, 'a |b'],
    ['spaces, then a pipe at the end', `a${' '.repeat(500_000)}|`, 'a'],
    ['pipes, then a word', `${'|'.repeat(500_000)}a`, 'a'],
    ['a word, then pipes', `a${'|'.repeat(500_000)}`, 'a'],
  ])('%s', (_, input, expected) => {
    expect(normalise(input) === expected).toBe(true);
  });

  test('a run of line separators (not a line break) is kept', () => {
    const input = `a${'\u2028'.repeat(500_000)}b`;
    expect(normalise(input) === input).toBe(true);
  });

  test.each([
    ['| Name | Email |', 'Name Email'],
    ['  | a |  b |  ', 'a b'],
    ['a | b', 'a b'],
    ['a|b', 'a|b'],
    ['a | | b', 'a | b'],
    ['a| |', 'a|'],
    ['||a||', 'a'],
  ])('table pipes still go: %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('escapeMarkdown trims without rereading spaces (was quadratic in a run of spaces)', () => {
  test('a title with a long run of spaces', () => {
    expect(escapeMarkdown(`  a${' '.repeat(500_000)}b  `)).toBe(`a${' '.repeat(500_000)}b`);
  });

  test.each([
    ['a word of 500,000 letters', 'a'.repeat(500_000)],
    ['a run of "a." ending in @', `${'a.'.repeat(150_000)}@`],
    ['a run of dotted digits', '1.'.repeat(150_000)],
    ['a run of @', '@'.repeat(300_000)],
  ])('addresses are found in one pass over %s', (_what, text) => {
    expect(escapeMarkdown(text).length).toBeGreaterThanOrEqual(text.length);
  });

  test('toMarkdown of a summary with such a title', () => {
    const { summary } = analyzeChecked('We collect your email address.');
    const markdown = toMarkdown({ ...summary, source: { title: `a${' '.repeat(500_000)}b` } }, 'today');
    expect(markdown.split('\n')[0]).toMatch(/^# PolicyLens summary: a {500000}b$/);
  });
});

describe('htmlToText: line ends after a run of spaces', () => {
  test('spaces before a line break are dropped, from the first space of the run', () => {
    expect(htmlToText(`<p>a${' '.repeat(1_000_000)}</p><p>b</p>`).text).toBe('a\n\nb');
    expect(htmlToText(`<pre>a${' '.repeat(1_000_000)}\nb</pre>`).text).toBe('a\nb');
  });
});

describe('contact-channels e-mail pattern (was quadratic in a run of "1.": 2 ms for one 2,000-character sentence)', () => {
  test('a long run of dotted digits is no address', () => {
    expect(firstMatch(contactChannels, '1.'.repeat(150_000))).toBeNull();
    expect(firstMatch(contactChannels, `${'a.'.repeat(150_000)}@`)).toBeNull();
  });

  test.each([
    'Write to privacy@example.com.',
    'Write to first.last+policy@example.co.uk.',
    'Write to .-x@example.com today.',
  ])('an address is still found: %s', (sentence) => {
    expect(classifySentence(sentence).map((h) => h.category)).toContain('contact');
  });

  test.each(['Write to .-@example.com.', 'Write to @example.com.'])(
    'a local part without a letter or digit is still no address: %s',
    (sentence) => {
      expect(firstMatch(contactChannels, sentence)).toBeNull();
    },
  );
});

describe('no sentence or heading that reaches the rules is longer than its cap', () => {
  test.each([
    ['one long line of words', 'we collect your data and share it '.repeat(20_000)],
    ['one long line of commas', ','.repeat(100_000)],
    ['one long word', 'a'.repeat(100_000)],
    ['long lines that look like headings', `${'Cookies And Tracking '.repeat(5000)}\n`.repeat(3)],
    ['many short capitalised lines', 'Information We Collect\n'.repeat(5000)],
    ['emoji without spaces', '😀🍪'.repeat(50_000)],
  ])('%s', (_, input) => {
    const { sentences, headings } = segment(normalise(input));
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(2000);
    for (const h of headings) expect(h.end - h.start).toBeLessThanOrEqual(120);
    analyzeChecked(input);
  });
});
