import { describe, expect, test } from 'vitest';
import type { AnswerEvidence, AnswerResult } from '../../engine/types';
import { conditionNote, isSentence, shownEvidence, shownHedge, shownQuotes } from '../../lib/evidence';

function quote(text: string, says: 'yes' | 'no', extra: Partial<AnswerEvidence> = {}): AnswerEvidence {
  return { text, start: 0, end: text.length, rule: 'r', says, ...extra };
}

describe('isSentence', () => {
  describe('true', () => {
    test.each([
      'We do not sell your personal information.',
      'You can delete your account at any time!',
      'Contact us at privacy@example.com:',
      'we share device identifiers with advertising partners and measurement companies to show you ads',
    ])('%s', (text) => expect(isSentence(text)).toBe(true));
  });
  describe('false', () => {
    test.each([
      'Your Choices',
      'How We Share Information',
      'Watch our privacy video',
      'Learn more about cookies',
      'https://example.com/privacy/choices',
      'www.example.com/opt-out',
    ])('%s', (text) => expect(isSentence(text)).toBe(false));
  });
});

describe('shownEvidence', () => {
  test('puts the quotes that decided the answer first, drops headings, keeps at most three', () => {
    const result: AnswerResult = {
      answer: 'yes',
      evidence: [
        quote('We do not sell your email address.', 'no', { narrow: true }),
        quote('Sale of Personal Information', 'yes'),
        quote('We may sell identifiers to partners.', 'yes', { weak: true }),
        quote('We sell your personal information to data brokers.', 'yes'),
        quote('Partners buy your browsing history from us.', 'yes'),
      ],
    };
    const { quotes, total } = shownEvidence(result);
    expect(total).toBe(4);
    expect(quotes.map((q) => q.text)).toEqual([
      'We sell your personal information to data brokers.',
      'Partners buy your browsing history from us.',
      'We may sell identifiers to partners.',
    ]);
  });

  test('an unclear answer keeps the policy order', () => {
    const result: AnswerResult = {
      answer: 'unclear',
      evidence: [quote('We keep data as needed.', 'no'), quote('We keep logs for a while.', 'yes')],
    };
    expect(shownEvidence(result).quotes.map((q) => q.says)).toEqual(['no', 'yes']);
  });

  test('topic quotes: sentences only, capped, with the count', () => {
    const list = ['Cookies', 'We use cookies.', 'We use pixels.', 'We use beacons.', 'We use SDKs.'].map(
      (t) => quote(t, 'yes'),
    );
    const { quotes, total } = shownQuotes(list);
    expect(total).toBe(4);
    expect(quotes.map((q) => q.text)).toEqual(['We use cookies.', 'We use pixels.', 'We use beacons.']);
  });
});

describe('shownHedge', () => {
  test.each([
    ['may', 'may'],
    ['might', 'might'],
    ['could', 'could'],
    ['May', 'may'],
  ])('%s is a hedge', (modal, shown) => expect(shownHedge(modal)).toBe(shown));
  // "You can exercise your right to opt out": ability, not a hedge.
  test.each(['can', 'should', 'would', 'will', undefined])('%s is not shown', (modal) =>
    expect(shownHedge(modal)).toBeUndefined(),
  );
});

describe('conditionNote', () => {
  test('a condition that runs to the end of its clause stays whole', () => {
    const text = 'We share your data only with your consent; we never sell it.';
    expect(conditionNote('with your consent', text)).toBe('with your consent');
    expect(conditionNote('unless required by law', 'We never share it unless required by law')).toBe(
      'unless required by law',
    );
  });

  test('a condition cut mid-word ends on a whole word with an ellipsis', () => {
    const text = 'We do not share it unless you have asked us to share it with a named recipient.';
    expect(conditionNote('unless you have asked us to sha', text)).toBe('unless you have asked us to…');
  });

  test('a condition cut between words gets an ellipsis', () => {
    const text = 'We do not share it unless you have asked us to share it, in writing.';
    expect(conditionNote('unless you have asked us to', text)).toBe('unless you have asked us to…');
  });

  test('a condition not found in the quote is left as it is', () => {
    expect(conditionNote('unless required', 'Something else.')).toBe('unless required');
  });
});
