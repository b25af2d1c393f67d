import { describe, expect, test } from 'vitest';
import { participle, verbForms } from '../../rules/lexicon/verb-forms';

const whole = (source: string) => new RegExp(`^${source}$`, 'i');

describe('verbForms: every form of a verb, from its base', () => {
  test.each([
    ['update', ['update', 'updates', 'updated', 'updating']],
    ['keep', ['keep', 'keeps', 'kept', 'keeping']],
    ['hold', ['hold', 'holds', 'held', 'holding']],
    ['modify', ['modify', 'modifies', 'modified', 'modifying']],
    ['cancel', ['cancel', 'cancels', 'canceled', 'cancelled', 'cancelling']],
    ['obtain a copy of', ['obtained a copy of', 'obtaining a copy of']],
  ])('%s', (base, forms) => {
    for (const form of forms) expect(form).toMatch(whole(verbForms(base)));
  });

  test.each([
    ['update', 'updat'],
    ['modify', 'modifys'],
    ['keep', 'keeped'],
    ['obtain a copy of', 'obtain'],
  ])('%s does not match %s', (base, wrong) => expect(wrong).not.toMatch(whole(verbForms(base))));
});

describe('participle: the form a passive takes', () => {
  test.each([
    ['delete', 'deleted'],
    ['rectify', 'rectified'],
    ['access', 'accessed'],
    ['cancel', 'cancelled'],
    ['cancel', 'canceled'],
    ['keep', 'kept'],
  ])('%s → %s', (base, form) => expect(form).toMatch(whole(participle(base))));

  test('not the base form', () => expect('delete').not.toMatch(whole(participle('delete'))));
});
