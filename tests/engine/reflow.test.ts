// Soft line breaks joined (analyze reads every text so, and so the diff), every offset kept.

import { describe, expect, test } from 'vitest';
import { joinSoftBreaks } from '../../engine/reflow';
import { dice, pairReworded } from '../../engine/reword-pairs';
import { WordStream } from '../../engine/word-stream';

describe('WordStream', () => {
  const stream = new WordStream(
    'ACME CORP. IS A DATA BROKER IN\nCALIFORNIA UNDER THE LAW.\n\nWe use cookies.',
  );
  test.each([
    [['acme', 'corp', 'is', 'a', 'data', 'broker', 'in', 'california'], true],
    [['law', 'we', 'use'], true],
    [['we', 'use', 'beacons'], false],
    [['broker', 'in', 'texas'], false],
    [[], true],
  ])('%j → %s', (words, found) => expect(stream.contains(words)).toBe(found));
});

describe('joinSoftBreaks joins', () => {
  test.each([
    [
      'a sentence wrapped mid-way',
      'We collect your email\naddress when you sign up.',
      'We collect your email address when you sign up.',
    ],
    [
      'after an abbreviation',
      'Partners, e.g.\nGoogle, may set cookies.',
      'Partners, e.g. Google, may set cookies.',
    ],
    [
      'a fragment that looks like a title',
      'We share data with\nGoogle Analytics and Meta\nfor advertising.',
      'We share data with Google Analytics and Meta for advertising.',
    ],
    [
      'a full stop before a lower-case word',
      'We keep logs.\nthey are deleted later.',
      'We keep logs. they are deleted later.',
    ],
  ])('%s', (_, text, joined) => {
    expect(joinSoftBreaks(text)).toBe(joined);
  });
});

describe('joinSoftBreaks keeps', () => {
  test.each([
    ['a heading above its text', 'Cookies\nWe use cookies.'],
    ['a sentence that ends its line', 'We use cookies.\nWe keep logs.'],
    ['a blank line between paragraphs', 'We use cookies and\n\nlogs.'],
    ['an enumerated item after a full stop', 'We use cookies.\n(a) Strictly necessary ones.'],
    [
      'list items that each close with a semicolon',
      'The right to know the categories of third parties we share with;\nThe right to correct your data;',
    ],
  ])('%s', (_, text) => {
    expect(joinSoftBreaks(text)).toBe(text);
  });

  test('a line the source marked as a heading, even one worded like a sentence begun', () => {
    const text =
      'We never sell personal information\nyour data stays with us.\nCookies and\nbeacons are used.';
    expect(joinSoftBreaks(text)).toBe(
      'We never sell personal information your data stays with us.\nCookies and beacons are used.',
    );
    expect(joinSoftBreaks(text, new Set(['We never sell personal information']))).toBe(
      'We never sell personal information\nyour data stays with us.\nCookies and beacons are used.',
    );
  });

  test('the length, so every offset stays valid', () => {
    const text = 'We collect\nyour data\n\nHeading\nWe use cookies and\nbeacons.';
    expect(joinSoftBreaks(text)).toHaveLength(text.length);
  });

  test('a run of unpunctuated lines stops growing at 2,000 characters', () => {
    const text = Array.from({ length: 500 }, () => 'and more words here').join('\n');
    const longest = Math.max(
      ...joinSoftBreaks(text)
        .split('\n')
        .map((l) => l.length),
    );
    expect(longest).toBeLessThanOrEqual(2000 + 20);
    expect(longest).toBeGreaterThan(1000);
  });
});

describe('reworded pairs', () => {
  const words = (s: string) => s.split(' ');
  test('dice counts shared words', () => {
    expect(dice(words('a b c d'), words('a b c e'))).toBe(0.75);
    expect(dice(words('a a'), words('a'))).toBeCloseTo(2 / 3);
    expect(dice([], words('a'))).toBe(0);
  });

  test('each sentence goes to its most similar partner, once', () => {
    const removed = [
      { words: words('we keep data for 30 days'), hunk: 1 },
      { words: words('you can opt out of emails'), hunk: 1 },
    ];
    const added = [
      { words: words('you can opt out of all emails'), hunk: 1 },
      { words: words('we keep data for 90 days'), hunk: 1 },
      { words: words('we keep data for 90 days too'), hunk: 1 },
    ];
    expect(pairReworded(removed, added)).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  test('sentences sharing under half their words are not paired', () => {
    expect(
      pairReworded(
        [{ words: words('we sell data'), hunk: 0 }],
        [{ words: words('we never rent anything'), hunk: 0 }],
      ),
    ).toEqual([]);
  });
});
