// Runs every rule's own examples, as ESLint runs a rule's valid and invalid cases.

import { describe, expect, test } from 'vitest';
import { answerSentence } from '../../engine/answer-sentence';
import { matchExample, splitExample } from '../../engine/rule';
import { ANSWER_RULES, CLAUSE_RULES } from '../../rules';

describe.each(CLAUSE_RULES.map((r) => [r.id, r] as const))('clause rule %s', (_, rule) => {
  test.each(rule.examples.match)('matches: %s', (s) => expect(matchExample(rule, s)).not.toBeNull());
  test.each(rule.examples.noMatch)('does not match: %s', (s) => expect(matchExample(rule, s)).toBeNull());
});

describe.each(ANSWER_RULES.map((r) => [r.id, r] as const))('answer rule %s', (_, rule) => {
  const says = (example: string) => {
    const { sentence, heading } = splitExample(example);
    return answerSentence(rule, sentence, heading);
  };
  test.each(rule.examples.yes)('says yes: %s', (s) => expect(says(s)?.says).toBe('yes'));
  test.each(rule.examples.no)('says no: %s', (s) => expect(says(s)?.says).toBe('no'));
  test.each(rule.examples.noMatch)('says nothing: %s', (s) => expect(says(s)).toBeNull());
});
