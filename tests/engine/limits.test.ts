// The documented caps (docs/limits.md): text beyond them is cut, or the file refused, and the output says so.

import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InputError, MAX_FILE_BYTES, readInput } from '../../cli/read-input';
import { cutPoint } from '../../engine/analyze';
import { htmlToText } from '../../engine/html-to-text';
import { analyze, MAX_CHARS } from '../../rules/engine';
import { analysedText, checkSummary } from './summary-checks';

const LINE = 'We collect your email address when you register.\n';

describe('analyze(): MAX_CHARS', () => {
  test.each([
    ['just under the cap', LINE.repeat(Math.floor(MAX_CHARS / LINE.length)), false],
    ['just over the cap', LINE.repeat(Math.ceil(MAX_CHARS / LINE.length) + 1), true],
    [
      'over twice the cap (cut before normalising)',
      LINE.repeat(Math.ceil((2 * MAX_CHARS) / LINE.length) + 1),
      true,
    ],
    ['one line over the cap, no line break to cut at', 'We collect data, '.repeat(MAX_CHARS / 10), true],
  ])('%s', (_, input, truncated) => {
    const summary = analyze(input);
    checkSummary(summary, analysedText(input));
    expect(summary.stats.truncated).toBe(truncated);
    expect(summary.stats.chars).toBeLessThanOrEqual(MAX_CHARS);
    expect(summary.warnings.some((w) => w.includes('600,000 characters'))).toBe(truncated);
  });

  test('the cut falls at a line break when there is one, so no sentence is cut in two', () => {
    const input = LINE.repeat(Math.ceil(MAX_CHARS / LINE.length) + 10);
    const text = analysedText(input);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.length).toBeGreaterThan(MAX_CHARS - LINE.length);
    const summary = analyze(input);
    expect(summary.stats.sentences).toBe(Math.floor(text.length / LINE.length));
  });

  test('one paragraph longer than the cap after a title: cut near the cap at a sentence end, not back at the title', () => {
    const sentence = 'We collect your email address when you register. ';
    const input = `Privacy Policy\n${sentence.repeat(Math.ceil(650_000 / sentence.length))}`;
    const summary = analyze(input);
    const text = analysedText(input);
    checkSummary(summary, text);
    expect(text.length).toBeGreaterThan(MAX_CHARS - 2_000);
    expect(text.length).toBeLessThanOrEqual(MAX_CHARS);
    expect(text.trimEnd().endsWith('register.')).toBe(true);
    expect(summary.stats.truncated).toBe(true);
    expect(summary.warnings).toContain('Only the first 600,000 characters were analysed.');
  });

  test('no sentence end near the cap: cut at a space, so no word is cut in two', () => {
    const input = `Title\n${'collect '.repeat(Math.ceil(650_000 / 8))}`;
    const text = analysedText(input);
    expect(text.length).toBeGreaterThan(MAX_CHARS - 10);
    expect(text.endsWith('collect ')).toBe(true);
  });
});

describe('cutPoint()', () => {
  test.each([
    ['a line break near the cap wins', 'a'.repeat(95) + '\n' + 'b. c d'.repeat(10), 100, 96],
    [
      'a line break too far back loses to a sentence end',
      `a\n${'x'.repeat(90)}. yy zz ${'w'.repeat(50)}`,
      100,
      94,
    ],
    ['no line break or sentence end: the last space', 'a\n' + 'bbb '.repeat(30), 100, 98],
    ['no space either: the cap', 'a'.repeat(200), 100, 100],
    ['within the cap: the whole text', 'short', 100, 5],
  ])('%s', (_, text, max, at) => {
    expect(cutPoint(text, max, 10)).toBe(at);
  });
});

describe('analyze(): MAX_CHARS, whitespace', () => {
  test('whitespace does not count against the cap', () => {
    const input = `${LINE}${' '.repeat(MAX_CHARS)}\n${LINE}`;
    const summary = analyze(input);
    expect(summary.stats.truncated).toBe(false);
    expect(summary.stats.sentences).toBe(2);
  });
});

describe('htmlToText(): maxChars', () => {
  const page = `<html><body><main>${`<p>${LINE}</p>`.repeat(1000)}</main></body></html>`;

  test.each([0, 1, 100, 10_000])('maxChars %i: cut, and it says so', (maxChars) => {
    const result = htmlToText(page, { maxChars });
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(maxChars);
  });

  test('a page within the cap is whole', () => {
    const result = htmlToText(page, { maxChars: 1_000_000 });
    expect(result.truncated).toBe(false);
    expect(result.text.split('\n\n')).toHaveLength(1000);
  });

  test('the default cap is 2,000,000 characters of text', () => {
    const big = `<p>${'word '.repeat(300_000)}</p>`;
    const result = htmlToText(big.repeat(2));
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(2_000_000);
    expect(htmlToText(big).truncated).toBe(false);
  });
});

describe('the CLI: MAX_FILE_BYTES', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policylens-limits-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a file over the cap is refused, not half-read', () => {
    const file = join(dir, 'huge.txt');
    writeFileSync(file, LINE);
    // A sparse file: its size is over the cap without writing 20 MB.
    truncateSync(file, MAX_FILE_BYTES + 1);
    expect(() => readInput(file)).toThrow(InputError);
    expect(() => readInput(file)).toThrow(/larger than 20 MB/);
  });

  test('a file under the cap is read, and its text cut later by analyze()', () => {
    const file = join(dir, 'long.txt');
    writeFileSync(file, LINE.repeat(Math.ceil((MAX_CHARS * 1.5) / LINE.length)));
    const input = readInput(file);
    expect(input.truncated).toBe(false);
    expect(analyze(input.text).stats.truncated).toBe(true);
  });
});
