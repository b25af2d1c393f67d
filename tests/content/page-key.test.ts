import { describe, expect, test } from 'vitest';
import { hashText, reportKey } from '../../content/page-key';

describe('reportKey: the same page again', () => {
  test.each([
    ['only the #fragment differs', 'https://a.example/privacy#0', 'https://a.example/privacy#1'],
    ['a fragment added', 'https://a.example/privacy', 'https://a.example/privacy#top'],
    ['two #s', 'https://a.example/privacy?x#a#b', 'https://a.example/privacy?x'],
  ])('%s', (_what, a, b) => expect(reportKey(a, 'We sell data.')).toBe(reportKey(b, 'We sell data.')));
});

describe('reportKey: another page', () => {
  test.each<[string, [string, string | null], [string, string | null]]>([
    ['another path', ['https://a.example/p0', 'text'], ['https://a.example/p1', 'text']],
    ['another query', ['https://a.example/p?a=1', 'text'], ['https://a.example/p?a=2', 'text']],
    ['the text changed', ['https://a.example/p', 'We sell data.'], ['https://a.example/p', 'We sell date.']],
    ['a policy and no longer one', ['https://a.example/p', ''], ['https://a.example/p', null]],
  ])('%s', (_what, a, b) => expect(reportKey(...a)).not.toBe(reportKey(...b)));
});

describe('hashText', () => {
  test('one character changed anywhere in 2 MB changes the hash', () => {
    const text = 'We collect your email address. '.repeat(70_000);
    const base = hashText(text);
    for (const at of [0, 1_000_000, text.length - 1]) {
      expect(hashText(`${text.slice(0, at)}#${text.slice(at + 1)}`)).not.toBe(base);
    }
  });

  test('swapped halves hash differently (the order counts)', () => {
    expect(hashText('ab')).not.toBe(hashText('ba'));
  });
});
