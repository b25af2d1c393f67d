// The first party's use of data reads the data by its head noun (rules/lexicon/data-nouns). Sentences
// written here.

import { describe, expect, test } from 'vitest';
import { classifySentence } from '../../rules/engine';
import { anyOf } from '../../rules/lexicon';
import { DATA_NOUN } from '../../rules/lexicon/data-nouns';

const categories = (sentence: string) => classifySentence(sentence).map((h) => h.category);

describe('DATA_NOUN', () => {
  test.each(['information', 'addresses', 'numbers', 'identifier', 'histories', 'e-mails'])('%s', (w) =>
    expect(w).toMatch(new RegExp(`^${DATA_NOUN}$`, 'i')),
  );
  test.each(['efforts', 'measures'])('not %s', (w) =>
    expect(w).not.toMatch(new RegExp(`^${anyOf([DATA_NOUN])}$`, 'i')),
  );
});

describe('we use <data>: a collection clause whatever the data is called', () => {
  test.each([
    'We use your mobile number to text you a sign-in code.',
    'We may use device identifiers to keep you signed in.',
    'We use your viewing history to suggest programmes.',
  ])('%s', (sentence) => expect(categories(sentence)).toContain('collection'));

  test.each(['We use reasonable efforts to keep the app running.', 'We use industry measures to stop spam.'])(
    'not: %s',
    (sentence) => expect(categories(sentence)).not.toContain('collection'),
  );
});
