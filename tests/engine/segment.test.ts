import { describe, expect, test } from 'vitest';
import { isHeadingLine, segment, splitSentences } from '../../engine/segment';

describe('isHeadingLine', () => {
  describe('returns true', () => {
    test.each([
      'Cookies',
      'HOW WE USE YOUR INFORMATION',
      'Information We Collect',
      'What information do we collect?',
      'Children:',
      'Who We Share Your Information With',
    ])('%s', (line) => expect(isHeadingLine(line)).toBe(true));
  });
  describe('returns false', () => {
    test.each([
      'We collect your name.',
      'If you have questions about this policy, please contact us at privacy@example.com',
      'Dulles, VA 20166-9302',
      'We use persistent cookies to:',
      'AHFC collects information from',
      'Personal information we hold includes the',
      'you may opt out of receiving our newsletters at any time by following the link',
      'This is a sentence with many words that runs on and on without any full stop at its end at all',
    ])('%s', (line) => expect(isHeadingLine(line)).toBe(false));
  });
});

describe('splitSentences', () => {
  const split = (line: string) => splitSentences(line).map(([s, e]) => line.slice(s, e));
  test.each([
    ['We collect data. We share it.', ['We collect data.', 'We share it.']],
    [
      'We use cookies, e.g. session cookies. Others too.',
      ['We use cookies, e.g. session cookies.', 'Others too.'],
    ],
    ['Acme Inc. collects data.', ['Acme Inc. collects data.']],
    ['Is it sold? Never. We promise!', ['Is it sold?', 'Never.', 'We promise!']],
    ['Data in the U.S. is kept safe.', ['Data in the U.S. is kept safe.']],
    [
      'We do not sell data. (b) California residents may ask.',
      ['We do not sell data.', '(b) California residents may ask.'],
    ],
  ])('%s', (line, expected) => expect(split(line)).toEqual(expected));

  test('bounds a sentence without a full stop', () => {
    const line = 'word '.repeat(2000);
    for (const [s, e] of splitSentences(line)) expect(e - s).toBeLessThanOrEqual(2000);
  });
});

describe('segment', () => {
  const text = 'Privacy Policy\nWe collect data. We share it.\n\nCookies\nWe use cookies.';
  const result = segment(text);

  test('offsets point at the sentence in the text', () => {
    for (const s of result.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('each sentence knows its heading', () => {
    const headingOf = (i: number) => result.headings[result.sentences[i]?.heading ?? -1]?.text;
    expect(result.sentences.map((s) => s.text)).toEqual([
      'We collect data.',
      'We share it.',
      'We use cookies.',
    ]);
    expect([headingOf(0), headingOf(1), headingOf(2)]).toEqual([
      'Privacy Policy',
      'Privacy Policy',
      'Cookies',
    ]);
  });
});
