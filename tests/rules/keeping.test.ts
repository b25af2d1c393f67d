// The retention clause rule reads keeping and letting go from rules/lexicon/keeping: a keeping verb and how
// long, a discarding verb and when. Every sentence is written here.

import { describe, expect, test } from 'vitest';
import { classifySentence } from '../../rules/engine';
import { DISCARD_VERB, HOW_LONG, KEEP_VERB, SPAN } from '../../rules/lexicon/keeping';

const categories = (sentence: string) => classifySentence(sentence).map((h) => h.category);
const whole = (source: string) => new RegExp(`^${source}$`, 'i');

describe('the vocabularies', () => {
  test.each(['kept', 'retaining', 'stores', 'held', 'archived', 'preserve'])('keep: %s', (w) =>
    expect(w).toMatch(whole(KEEP_VERB)),
  );
  test.each(['anonymised', 'anonymizing', 'de-identified', 'purges', 'discarded'])('discard: %s', (w) =>
    expect(w).toMatch(whole(DISCARD_VERB)),
  );
  test.each([
    '90 days',
    'thirty days',
    'six months',
    'twenty-four hours',
    'several years',
    'three (3) years',
  ])('span: %s', (w) => expect(w).toMatch(whole(SPAN)));
  test.each(['ninety', 'six apples', 'days'])('not a span: %s', (w) => expect(w).not.toMatch(whole(SPAN)));
  test.each([
    'as long as',
    'for a limited period',
    'for up to 30 days',
    'for no more than two years',
    'until',
  ])('how long: %s', (w) => expect(w).toMatch(whole(HOW_LONG)));
  test('"for one of these reasons" is no period', () =>
    expect('for one of').not.toMatch(new RegExp(HOW_LONG, 'i')));
});

describe('retention: the constructions a period is stated in', () => {
  test.each([
    'Chat transcripts are stored for thirty days and then removed.',
    'We hold application files for no more than two years.',
    'Invoices are preserved for at least seven years as tax law demands.',
    'Your photos stay with us until you remove them, and we keep them only as long as your plan runs.',
    'Inactive profiles are anonymised once they are no longer needed.',
    'Voice clips are destroyed within 48 hours.',
    'A copy may persist in our archives after the account is closed.',
    'We never keep the recordings made during support calls.',
  ])('%s', (sentence) => expect(categories(sentence)).toContain('retention'));
});

describe('retention: near misses', () => {
  test.each([
    'We store your settings so the app opens where you left it.',
    'Payment data is processed by our card processor.',
    'We have retained an outside firm to audit our systems.',
  ])('%s', (sentence) => expect(categories(sentence)).not.toContain('retention'));
});
