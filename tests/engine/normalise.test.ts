import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalise } from '../../engine/normalise';
import { analysedText, analyze } from '../../rules/engine';

describe('normalise', () => {
  test.each([
    [
      'Markdown table debris goes',
      '| Name and e-mail address  \n|   \n---|---  \n| Location',
      'Name and e-mail address\n\nLocation',
    ],
    ['separator lines become block breaks', 'One.\n==========\nTwo.', 'One.\n\nTwo.'],
    [
      'bullets and list numbers go',
      '• We collect\n2. We share\n(a) We keep',
      'We collect\nWe share\nWe keep',
    ],
    [
      'Markdown headings, links and emphasis are plain text',
      '# Cookies\nSee [our policy](http://x.y) **now**.',
      'Cookies\nSee our policy now.',
    ],
    ['smart quotes are straight', 'We don\u2019t \u201csell\u201d.', 'We don\'t "sell".'],
    [
      'runs of spaces fold, blank lines collapse',
      'We   collect\u00a0data.\n\n\n\nWe share.',
      'We collect data.\n\nWe share.',
    ],
    ['control characters become spaces', 'We\u0000collect\u0007data.', 'We collect data.'],
    ['blockquote markers go', '> *Archived copy*\nText.', 'Archived copy\nText.'],
  ])('%s', (_, input, expected) => expect(normalise(input)).toBe(expected));

  test('is idempotent', () => {
    const once = normalise('# Title\n| a |\n---|---\n• item one\n\n\nWe collect data.');
    expect(normalise(once)).toBe(once);
  });
});

describe('invisible code points (Default_Ignorable_Code_Point) are stripped', () => {
  // Each is rendered as nothing: inside a word it would hide the word from every rule.
  const INVISIBLES: Array<[string, number]> = [
    ['soft hyphen', 0xad],
    ['combining grapheme joiner', 0x34f],
    ['Arabic letter mark', 0x61c],
    ['Mongolian vowel separator', 0x180e],
    ['zero-width space', 0x200b],
    ['zero-width non-joiner', 0x200c],
    ['zero-width joiner', 0x200d],
    ['left-to-right mark', 0x200e],
    ['right-to-left embedding', 0x202b],
    ['word joiner', 0x2060],
    ['function application', 0x2061],
    ['invisible times', 0x2062],
    ['invisible separator', 0x2063],
    ['invisible plus', 0x2064],
    ['left-to-right isolate', 0x2066],
    ['pop directional isolate', 0x2069],
    ['Hangul filler', 0x3164],
    ['variation selector-16', 0xfe0f],
    ['byte order mark', 0xfeff],
    ['tag space', 0xe0020],
    ['tag letter a', 0xe0061],
    ['cancel tag', 0xe007f],
    ['variation selector-256', 0xe01ef],
  ];

  test.each(INVISIBLES)('%s (U+%s) inside "sells"', (_, cp) => {
    expect(normalise(`We s${String.fromCodePoint(cp)}ells data.`)).toBe('We sells data.');
  });

  test('visible characters that look alike are kept', () => {
    expect(normalise('No\u2011break hyphen, e\u0301, 1\u20e3, \u0915\u094d\u0937.')).toBe(
      'No\u2011break hyphen, e\u0301, 1\u20e3, \u0915\u094d\u0937.',
    );
  });

  test('property: scattering invisibles anywhere never changes the result', () => {
    const invisible = fc.constantFrom(...INVISIBLES.map(([, cp]) => String.fromCodePoint(cp)));
    const visible = fc.constantFrom(
      'a',
      'B',
      ' ',
      '\n',
      '.',
      '|',
      '#',
      '-',
      '*',
      'é',
      '\u00a0',
      '\u2019',
      '1',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(visible, fc.array(invisible, { maxLength: 3 })), { maxLength: 80 }),
        (parts) => {
          const plain = parts.map(([v]) => v).join('');
          const hidden = parts.map(([v, inv]) => v + inv.join('')).join('');
          expect(normalise(hidden)).toBe(normalise(plain));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a sentence with an invisible operator inside its verb is read, and its quote points into the analysed text', () => {
    const input = 'Privacy Policy\n\nWe s\u2061ell your personal information to data brokers.\n';
    const { text } = analysedText(input);
    const answer = analyze(input).answers['sells-data'];
    expect(answer.answer).toBe('yes');
    for (const q of answer.evidence) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(answer.evidence[0]?.text).toBe('We sell your personal information to data brokers.');
  });
});
