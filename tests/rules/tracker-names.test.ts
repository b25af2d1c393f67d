// The cookies clause names tracking elements from the shared TRACKERS vocabulary (rules/lexicon) and a few
// rarer names of its own. Sentences written here.

import { describe, expect, test } from 'vitest';
import { classifySentence } from '../../rules/engine';

const categories = (sentence: string) => classifySentence(sentence).map((h) => h.category);

describe('every name of a tracking element makes a cookies clause', () => {
  test.each([
    'web beacons',
    'pixel tags',
    'clear GIFs',
    'tracking technologies',
    'HTML5 local storage',
    'SDKs',
    'web bugs',
    'device fingerprinting',
    'local shared objects',
  ])('Our app relies on %s to count visits.', (name) =>
    expect(categories(`Our app relies on ${name} to count visits.`)).toContain('cookies'),
  );
});

describe('words that only look like one', () => {
  test.each([
    'Price tags are shown in your local currency.',
    'See https://example.com/cookies.html for the recipe.',
  ])('%s', (sentence) => expect(categories(sentence)).not.toContain('cookies'));
});
