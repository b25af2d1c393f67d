import { describe, expect, test } from 'vitest';
import { answerQuestions, decide } from '../../engine/answers';
import { normalise } from '../../engine/normalise';
import { segment } from '../../engine/segment';
import type { AnswerEvidence } from '../../engine/types';

const quote = (says: 'yes' | 'no', text: string, weak = false): AnswerEvidence => ({
  text,
  start: 0,
  end: text.length,
  rule: 'test',
  says,
  ...(weak ? { weak } : {}),
});

describe('decide', () => {
  test('silence is unclear, with no evidence', () =>
    expect(decide([])).toEqual({ answer: 'unclear', evidence: [] }));
  test('yes alone is yes', () => expect(decide([quote('yes', 'a')]).answer).toBe('yes'));
  test('no alone is no', () => expect(decide([quote('no', 'a')]).answer).toBe('no'));

  test('both sides is unclear and reports the contradiction with both quotes', () => {
    const result = decide([quote('yes', 'We sell data.'), quote('no', 'We never sell data.')]);
    expect(result.answer).toBe('unclear');
    expect(result.contradiction?.yes.text).toBe('We sell data.');
    expect(result.contradiction?.no.text).toBe('We never sell data.');
  });

  test('weak evidence yields to strong evidence and makes no contradiction', () => {
    const result = decide([
      quote('no', 'Check this page for changes.', true),
      quote('yes', 'We will email you.'),
    ]);
    expect(result.answer).toBe('yes');
    expect(result.contradiction).toBeUndefined();
  });

  test('weak evidence decides when it is all there is', () => {
    expect(decide([quote('no', 'Check this page for changes.', true)]).answer).toBe('no');
  });
});

describe('answerQuestions', () => {
  const sentencesOf = (text: string) => segment(normalise(text)).sentences;

  test('a strong rule reads a sentence even when a weak rule listed before it matches too', () => {
    // shares-with-others (weak, general) and others-market-to-you (strong) both match this denial.
    const answers = answerQuestions(
      sentencesOf(
        'We may share personal information with third parties in the following circumstances: ' +
          'when you ask us to.\nWe do not share personal information with third parties for their direct marketing purposes.',
      ),
    );
    const sharing = answers['shares-with-third-parties'];
    expect(sharing.answer).toBe('no');
    expect(sharing.evidence[0]?.rule).toBe('others-market-to-you');
    expect(sharing.contradiction).toBeUndefined();
  });
});
