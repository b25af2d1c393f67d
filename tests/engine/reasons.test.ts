// Each piece of evidence names the pattern that decided it: the rule id stays `rule`, the pattern's reason
// travels beside it (issue 12, compromise's `reason`), so a hit reads `rule#reason`.

import { describe, expect, test } from 'vitest';
import { analyzeWith } from '../../engine/analyze';
import { answerSentence } from '../../engine/answer-sentence';
import { defineAnswerRule, matchRule } from '../../engine/rule';
import { analyze } from '../../rules/engine';

const sells = defineAnswerRule({
  id: 'test-sells',
  question: 'sells-data',
  says: 'yes',
  patterns: [
    { re: /\bsell\b/i, reason: 'sell-verb' },
    { re: /\brent\b/i, reason: 'rent-verb' },
    /\btrade\b/i,
  ],
  examples: { yes: ['We sell it.', 'We rent it.'], no: ['We do not sell it.'], noMatch: ['We keep it.'] },
});

const policy = (sentence: string) => `Privacy policy\n\n${sentence}`;

describe('the reason of the pattern that matched', () => {
  test.each([
    ['We sell your personal information to data brokers.', 'sell-verb'],
    ['We rent your personal information to data brokers.', 'rent-verb'],
    // The first pattern that matches decides, wherever the second matches in the sentence.
    ['We rent lists, and we sell your personal information.', 'sell-verb'],
  ])('%s → %s', (sentence, reason) => {
    expect(matchRule(sells, sentence)?.reason).toBe(reason);
    expect(answerSentence(sells, sentence)?.reason).toBe(reason);
    const evidence = analyzeWith({ clauses: [], answers: [sells] }, policy(sentence)).answers['sells-data']
      .evidence[0];
    expect(evidence).toMatchObject({ rule: 'test-sells', reason });
  });

  test('a negated match keeps its reason', () => {
    const evidence = analyzeWith(
      { clauses: [], answers: [sells] },
      policy('We never rent your email address.'),
    ).answers['sells-data'];
    expect(evidence.answer).toBe('no');
    expect(evidence.evidence[0]?.reason).toBe('rent-verb');
  });

  test('a plain RegExp gives no reason', () => {
    const evidence = analyzeWith(
      { clauses: [], answers: [sells] },
      policy('We trade your personal information.'),
    ).answers['sells-data'].evidence[0];
    expect(evidence?.rule).toBe('test-sells');
    expect(evidence).not.toHaveProperty('reason');
  });
});

describe('neighbours with one reason are one pattern cut in parts', () => {
  const cut = {
    patterns: [
      { re: /\bsell\b/i, reason: 'trade-verb' },
      { re: /\brent\b/i, reason: 'trade-verb' },
    ],
  };
  const whole = { patterns: [/\b(?:sell|rent)\b/i] };
  test.each([
    'We rent lists, and we sell your personal information.',
    'We sell lists, and we rent your personal information.',
    'We rent and sell it.',
    'We keep it.',
  ])('%s: the match of the alternation they were cut from', (sentence) => {
    expect(matchRule(cut, sentence)?.match.index).toBe(matchRule(whole, sentence)?.match.index);
  });

  test('different reasons stay patterns tried in order', () => {
    const sentence = 'We rent lists, and we sell your personal information.';
    expect(matchRule(sells, sentence)?.match[0]).toBe('sell');
    expect(matchRule(cut, sentence)?.match[0]).toBe('rent');
  });
});

describe('the shipped answer rules report their reasons', () => {
  test.each([
    [
      'We share your information with advertisers.',
      'shares-with-third-parties',
      'others-market-to-you',
      'share-with-marketers',
    ],
    [
      'We share your personal information with advertising partners.',
      'shares-with-third-parties',
      'shares-for-advertising',
      'share-with-ad-recipients',
    ],
    [
      'We sell your personal information to data brokers.',
      'sells-data',
      'sells-personal-data',
      'sell-rent-trade',
    ],
    ['We use cookies to remember your settings.', 'uses-cookies', 'uses-cookies', 'we-use-cookies'],
  ] as const)('%s', (sentence, question, rule, reason) => {
    expect(analyze(policy(sentence)).answers[question].evidence[0]).toMatchObject({ rule, reason });
  });
});

describe('a rule about one topic', () => {
  const posted = defineAnswerRule({
    id: 'test-posted',
    question: 'change-notice',
    says: 'no',
    about: [/\bchang/i],
    patterns: [/\bpost(?:ed|ing)? on this page\b/i],
    examples: {
      yes: [],
      no: ['Changes are posted on this page.'],
      noMatch: ['Our offers are posted on this page.'],
    },
  });

  test('reads a sentence only when it is about that topic', () => {
    expect(matchRule(posted, 'Any changes will be posted on this page.')).not.toBeNull();
    expect(matchRule(posted, 'Our offers are posted on this page.')).toBeNull();
  });
});
