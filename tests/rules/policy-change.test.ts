// The changes clause rule reads a changing policy from rules/lexicon/policy-change. Sentences written here.

import { describe, expect, test } from 'vitest';
import { classifySentence } from '../../rules/engine';
import { CHANGE_WORD, THIS_POLICY } from '../../rules/lexicon/policy-change';

const categories = (sentence: string) => classifySentence(sentence).map((h) => h.category);
const whole = (source: string) => new RegExp(`^${source}$`, 'i');

describe('the vocabularies', () => {
  test.each(['revising', 'altered', 'amendments', 'modifies', 'updates'])('change word: %s', (w) =>
    expect(w).toMatch(whole(CHANGE_WORD)),
  );
  test.each(['this privacy notice', 'our online privacy statement', 'the data policy'])('policy: %s', (w) =>
    expect(w).toMatch(whole(THIS_POLICY)),
  );
  test('another document is not the policy', () => expect('our terms').not.toMatch(whole(THIS_POLICY)));
});

describe('changes: the policy itself changes', () => {
  test.each([
    'We revise this privacy notice when our services change.',
    'Alterations to our online privacy statement appear on this page.',
    'The company reserves the right to alter these terms and this notice.',
    'We may amend it from time to time.',
  ])('%s', (sentence) => expect(categories(sentence)).toContain('changes'));

  test.each(['You can update your delivery address at any time.', 'We may alter the layout of the app.'])(
    'not: %s',
    (sentence) => expect(categories(sentence)).not.toContain('changes'),
  );
});
