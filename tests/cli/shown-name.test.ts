import { describe, expect, test } from 'vitest';
import { oneLine, shownName } from '../../cli/shown-name';

describe('shownName quotes and escapes what could forge or disguise a line', () => {
  test.each([
    ['plain.txt', '"plain.txt"'],
    ['a b/c.txt', '"a b/c.txt"'],
    ['new\nline', '"new\\nline"'],
    ['carriage\rreturn', '"carriage\\rreturn"'],
    ['quote"d', '"quote\\"d"'],
    ['back\\slash', '"back\\\\slash"'],
    ['\u001b[31mred', '"\\u001b[31mred"'],
    ['c1\u009bcsi', '"c1\\u009bcsi"'],
    ['next\u0085line', '"next\\u0085line"'],
    ['line\u2028sep', '"line\\u2028sep"'],
    ['para\u2029sep', '"para\\u2029sep"'],
    ['txt.\u202eexe', '"txt.\\u202eexe"'],
    ['zero\u200bwidth', '"zero\\u200bwidth"'],
    ['café.txt', '"café.txt"'],
  ])('%j → %s', (name, shown) => {
    expect(shownName(name)).toBe(shown);
    expect(shownName(name)).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
    // Still a JSON string: the name can be read back exactly.
    expect(JSON.parse(shownName(name))).toBe(name);
  });

  test('oneLine keeps an error message on one line without quotes', () => {
    expect(oneLine("ENOENT: open 'a\nb'")).toBe("ENOENT: open 'a\\nb'");
  });
});
