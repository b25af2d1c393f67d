import { describe, expect, test } from 'vitest';
import { ABBREVIATION_STOP, asWritten, maskAbbreviations } from '../../engine/abbreviations';

describe('maskAbbreviations', () => {
  test.each([
    [
      'such as (e.g., cookies) and more',
      `such as (e${ABBREVIATION_STOP}g${ABBREVIATION_STOP}, cookies) and more`,
    ],
    ['stored in the U.S. and Canada', `stored in the U${ABBREVIATION_STOP}S${ABBREVIATION_STOP} and Canada`],
    ['names, emails, etc. are kept', `names, emails, etc${ABBREVIATION_STOP} are kept`],
    ['that is, i.e. the data', `that is, i${ABBREVIATION_STOP}e${ABBREVIATION_STOP} the data`],
  ])('%s', (text, masked) => {
    expect(maskAbbreviations(text)).toBe(masked);
    expect(maskAbbreviations(text)).toHaveLength(text.length);
  });

  test('leaves other full stops and unknown words alone', () => {
    const text = 'We keep it. Eg is a name. Use.S.Q is not one.';
    expect(maskAbbreviations(text)).toBe(text);
  });

  test('asWritten spells a part of the copy as the sentence does', () => {
    const sentence = 'except as required (e.g. by a court)';
    const read = maskAbbreviations(sentence);
    expect(asWritten(read.slice(7), read, sentence)).toBe(sentence.slice(7));
  });
});
