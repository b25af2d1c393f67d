import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LiteralScanner } from '../../engine/literal-scan';
import { foldForLiterals, requiredLiterals } from '../../engine/regex-literals';
import { RegexScreen } from '../../engine/regex-screen';

/** Whether `text` holds a literal of every required set (what the screen asks). */
function holdsAll(sets: string[][], text: string): boolean {
  const folded = foldForLiterals(text);
  return sets.every((set) => set.some((literal) => folded.includes(literal)));
}

describe('requiredLiterals: what every match must contain', () => {
  test.each([
    [/\bcookies?\b/i, [['cookie']]],
    [/\butili[sz]e\b/, [['utilise', 'utilize']]],
    [/\bWe Sell\b/, [['we sell']]],
    [/\b(?:sell|rent|trade)\b/i, [['rent', 'sell', 'trade']]],
    // Cut to seven characters: a text holding the word holds its start.
    [/\binformation\b/i, [['informa']]],
    // A quantifier after a plain run takes its last character only: "ab" stays required.
    [/abcd+e/, [['abc']]],
    [/(?:abc)+d/, [['abc']]],
  ])('%s requires %j', (re, expected) => {
    expect(requiredLiterals(re)).toEqual(expected);
  });

  test('a sequence demands each of its parts', () => {
    const sets = requiredLiterals(/\b(?:sell|rent)\b[^.;]{0,80}\bpersonal data\b/i);
    expect(sets).toContainEqual(['persona']);
    expect(sets).toContainEqual(['rent', 'sell']);
  });

  describe('demands nothing it cannot be sure of', () => {
    test.each([
      ['only classes', /\b\w+\s\d+/],
      ['an optional word', /(?:cookies)?/i],
      ['an alternative too short to count', /\b(?:we|cookies)\b/i],
      ['a negated class', /[^abc]{5}/],
      ['a backreference', /(\w+) \1/],
      ['only non-ASCII literals', /éàü/i],
      ['the v flag', /cookies[a--b]/v],
    ])('%s', (_, re) => {
      expect(requiredLiterals(re)).toEqual([]);
    });

    test.each([
      // Escapes are read as the most they could mean, so no character of one becomes a literal.
      // Built from a string: TypeScript refuses "\1" in a literal without a group.
      ['an octal escape', new RegExp(['\\', '12345'].join('')), '2345'],
      ['a hex escape', /\x41bcd/, 'abcd'],
      ['a unicode escape', /\u0041bcd/i, 'abcd'],
      ['a braced escape', /\u{41}bcd/u, 'abcd'],
      ['a lookahead', /(?=cookies)\w+/i, 'cookie'],
      ['a lookbehind', /(?<!cookies )data/i, 'cookie'],
    ])('%s', (_, re, absent) => {
      expect(requiredLiterals(re).flat()).not.toContain(absent);
    });
  });

  test('the fold maps every character that a case-insensitive ASCII literal matches to that literal', () => {
    const anyAscii = [/[\x21-\x7e]/i, /[\x21-\x7e]/iu];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (!anyAscii.some((re) => re.test(c))) continue;
      const folded = foldForLiterals(c);
      // The one ASCII character it matches is what it folds to.
      expect([folded, new RegExp(folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu').test(c)]).toEqual([
        folded,
        true,
      ]);
      expect(folded.charCodeAt(0)).toBeLessThan(0x80);
    }
  });

  // Random regexes over a small alphabet (with "ſ" and the Kelvin sign, which /iu reads as ASCII letters)
  // and random texts: whenever a text lacks a required set, the regex must not match it.
  const ATOMS = [
    'a',
    'b',
    'c',
    'S',
    'k',
    ' ',
    '.',
    '\\b',
    '\\w',
    '\\s',
    '[ab]',
    '[sS]',
    '[^a]',
    '\\.',
    '\\x61',
  ];
  const regexArb: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...ATOMS),
      fc.array(tie('node'), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')),
      fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((alts) => `(?:${alts.join('|')})`),
      fc
        .tuple(tie('node'), fc.constantFrom('?', '*', '+', '{2}', '{0,2}', '{1,}'))
        .map(([n, q]) => `(?:${n})${q}`),
      tie('node').map((n) => `(${n})`),
      tie('node').map((n) => `(?=${n})`),
    ),
  })).node;
  const textArb = fc
    .array(fc.constantFrom('a', 'b', 'c', 's', 'S', 'k', 'K', '\u017f', '\u212a', ' ', '.', 'x'), {
      maxLength: 24,
    })
    .map((chars) => chars.join(''));

  test.each(['', 'i', 'iu', 'u'])(
    'a regex never matches a text without its literals (flags "%s")',
    (flags) => {
      fc.assert(
        fc.property(regexArb, fc.array(textArb, { minLength: 1, maxLength: 8 }), (source, texts) => {
          const re = new RegExp(source, flags);
          const sets = requiredLiterals(re);
          for (const text of texts) if (re.test(text)) expect(holdsAll(sets, text)).toBe(true);
        }),
        { numRuns: 400 },
      );
    },
  );
});

describe('LiteralScanner', () => {
  const find = (literals: string[], text: string) => {
    const scanner = new LiteralScanner(literals);
    const out: number[] = [];
    scanner.scan(text, new Uint32Array(literals.length), 1, out);
    return out.map((id) => literals[id]).sort();
  };

  test('finds overlapping literals and each once', () => {
    expect(find(['he', 'she', 'his', 'hers'], 'ushers and she')).toEqual(['he', 'hers', 'she']);
  });

  test('a character no literal has sends it back to the start', () => {
    expect(find(['abc'], 'ab\u00e9c ab-c abc')).toEqual(['abc']);
    expect(find(['abc'], 'ab\u00e9c ab-c')).toEqual([]);
  });

  test('refuses literals it cannot search for', () => {
    expect(() => new LiteralScanner(['caf\u00e9'])).toThrow(/not ASCII/);
    expect(() => new LiteralScanner([''])).toThrow(/empty/);
  });
});

describe('RegexScreen', () => {
  const cookies = /\bcookies?\b/i;
  const sells = /\bsell(?:s|ing)?\b[^.]{0,40}\bdata\b/i;
  const sticky = /cookies/gi;
  const screen = new RegexScreen([cookies, sells, sticky]);

  test.each([
    ['We use cookies.', cookies, true],
    ['We use COOKIES.', cookies, true],
    ['We use pixels.', cookies, false],
    ['We sell your data.', sells, true],
    ['We sell shoes.', sells, false],
    ['We keep your data.', sells, false],
  ])('%s: may %s match → %s', (text, re, may) => {
    expect(screen.read(text).mayMatch(re)).toBe(may);
  });

  test('a regex it was not built with, or one with lastIndex state, is always run', () => {
    expect(screen.read('nothing here').mayMatch(/\bpixels\b/)).toBe(true);
    expect(screen.read('nothing here').mayMatch(sticky)).toBe(true);
  });

  test('each reading answers for its own text', () => {
    const first = screen.read('We use cookies.');
    const second = screen.read('We sell your data.');
    expect([first.mayMatch(cookies), first.mayMatch(sells)]).toEqual([true, false]);
    expect([second.mayMatch(cookies), second.mayMatch(sells)]).toEqual([false, true]);
  });
});
