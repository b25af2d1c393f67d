// A privacy seal is an outside audit of the practices, which OPP-115 files under data security: the rule
// reads it by what it is, with no seal issuer named. Sentences written here.

import { describe, expect, test } from 'vitest';
import { classifySentence } from '../../rules/engine';

const categories = (sentence: string) => classifySentence(sentence).map((h) => h.category);

describe('a privacy seal is a security clause', () => {
  test.each([
    'Our shop carries a privacy seal from an independent review body.',
    'The app takes part in a seal program that audits how member data is handled.',
    'We hold a security certification that is renewed every year.',
  ])('%s', (sentence) => expect(categories(sentence)).toContain('security'));
});

describe('seals of other kinds are not', () => {
  test.each(['The bottle has a tamper-evident seal.', 'Each parcel is sealed before it ships.'])(
    '%s',
    (sentence) => expect(categories(sentence)).not.toContain('security'),
  );
});
