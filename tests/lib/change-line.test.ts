// The first screen's "what changed" line, from diffs written here.

import { describe, expect, test } from 'vitest';
import type { AnswerChange, ClauseChange, PolicyDiff, Reworded } from '../../engine/diff';
import type { QuestionId } from '../../engine/ids';
import { changeLine } from '../../lib/change-line';

const quote = (text: string, start = 0) => ({ text, start, end: start + text.length });
const clause = (start: number): ClauseChange => ({ ...quote('A clause.', start), categories: ['sharing'] });
const reworded = (start: number): Reworded => ({
  from: quote('Kept for 30 days.', start),
  to: quote('Kept for 90 days.', start),
  categories: ['retention'],
  edits: [{ from: '30', to: '90' }],
});
const answer = (question: QuestionId, to: AnswerChange['to']): AnswerChange => ({
  question,
  from: 'unclear',
  to,
  removed: [],
  added: [],
});

function diff(answers: AnswerChange[], clauses: Partial<PolicyDiff['clauses']> = {}): PolicyDiff {
  const ref = { source: {}, grade: 'C', score: 50 } as const;
  return {
    schema: 1,
    kind: 'policy-diff',
    from: ref,
    to: ref,
    changed: true,
    answers,
    clauses: { added: [], removed: [], reworded: [], ...clauses },
    warnings: [],
  };
}

describe('an answer that changed leads the line', () => {
  test.each([
    ['one answer', [answer('sells-data', 'yes')], 'now says it may sell your data'],
    [
      'the weightiest of several first, whatever their order',
      [answer('change-notice', 'no'), answer('opt-out', 'yes'), answer('sells-data', 'yes')],
      'now says it may sell your data (and 2 more answers)',
    ],
    [
      'one more answer, singular',
      [answer('uses-cookies', 'yes'), answer('shares-with-third-parties', 'unclear')],
      'no longer says clearly whether it shares your data with third parties (and 1 more answer)',
    ],
  ])('%s', (_what, answers, line) => {
    expect(changeLine(diff(answers, { added: [clause(0)] }))).toBe(line);
  });
});

describe('no answer changed: the clauses are counted', () => {
  test.each([
    ['one added', { added: [clause(0)] }, '1 clause added'],
    ['two reworded', { reworded: [reworded(0), reworded(50)] }, '2 clauses reworded'],
    [
      'several kinds',
      { added: [clause(0), clause(20)], removed: [clause(40)], reworded: [reworded(60)] },
      '4 clauses: 2 added, 1 removed, 1 reworded',
    ],
    ['none at all', {}, 'its wording changed'],
  ])('%s', (_what, clauses, line) => {
    expect(changeLine(diff([], clauses))).toBe(line);
  });
});
