// The three promises of docs/scoring.md, checked on random answers to all sixteen questions (fast-check),
// not only on examples: whatever the other answers are, turning one `unclear` into the harmful answer
// lowers the score and into the protective one raises it, and silence on every heavy question is an E.
// Each property also holds for the grade (never better after a harm, never worse after a promise).

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ANSWERS, type Answer, type Grade, QUESTION_IDS, type QuestionId } from '../../engine/ids';
import { RUBRIC } from '../../engine/rubric';
import { scoreAnswers } from '../../engine/score';

type Answers = Record<QuestionId, { answer: Answer }>;

const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    QUESTION_IDS.map((q) => [q, fc.constantFrom(...ANSWERS).map((answer) => ({ answer }))]),
  ) as {
    [Q in QuestionId]: fc.Arbitrary<{ answer: Answer }>;
  },
);
const questionArb = fc.constantFrom(...QUESTION_IDS);
const HEAVY = QUESTION_IDS.filter((q) => RUBRIC[q].heavy);
const harmful = (q: QuestionId): Answer => (RUBRIC[q].protective === 'yes' ? 'no' : 'yes');
const gradeRank = (g: Grade) => 'EDCBA'.indexOf(g);
const withAnswer = (answers: Answers, q: QuestionId, answer: Answer): Answers => ({
  ...answers,
  [q]: { answer },
});
const RUNS = { numRuns: 500 };

describe('promise 1 and 2: each answer moves the score the way it should, whatever the others say', () => {
  test('a protective answer scores above silence, in points and never worse in grade', () => {
    fc.assert(
      fc.property(answersArb, questionArb, (answers, q) => {
        const silent = scoreAnswers(withAnswer(answers, q, 'unclear'));
        const promised = scoreAnswers(withAnswer(answers, q, RUBRIC[q].protective));
        expect(promised.score).toBeGreaterThan(silent.score);
        expect(gradeRank(promised.grade)).toBeGreaterThanOrEqual(gradeRank(silent.grade));
      }),
      RUNS,
    );
  });

  test('a harmful practice disclosed scores below silence, in points and never better in grade', () => {
    fc.assert(
      fc.property(answersArb, questionArb, (answers, q) => {
        const silent = scoreAnswers(withAnswer(answers, q, 'unclear'));
        const disclosed = scoreAnswers(withAnswer(answers, q, harmful(q)));
        expect(disclosed.score).toBeLessThan(silent.score);
        expect(gradeRank(disclosed.grade)).toBeLessThanOrEqual(gradeRank(silent.grade));
      }),
      RUNS,
    );
  });

  test('the score is the sum of the lines, and each line is within its weight', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const s = scoreAnswers(answers);
        expect(s.score).toBe(s.lines.reduce((sum, l) => sum + l.points, 0));
        for (const line of s.lines) {
          expect(line.points).toBeGreaterThanOrEqual(0);
          expect(line.points).toBeLessThanOrEqual(line.max);
        }
      }),
      RUNS,
    );
  });
});

describe('promise 3: a policy silent on every heavy question cannot grade above E', () => {
  test('whatever it answers to the other ten questions', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const silent = { ...answers };
        for (const q of HEAVY) silent[q] = { answer: 'unclear' };
        const s = scoreAnswers(silent);
        expect(s.grade).toBe('E');
        expect(s.score).toBeLessThan(35);
      }),
      RUNS,
    );
  });

  test('the best such policy is the bound itself: every other question protective scores 34', () => {
    const best = Object.fromEntries(
      QUESTION_IDS.map((q) => [q, { answer: RUBRIC[q].heavy ? 'unclear' : RUBRIC[q].protective }]),
    ) as Answers;
    expect(scoreAnswers(best).score).toBe(34);
  });

  test('one protective heavy answer is enough to leave E when the rest is protective', () => {
    const best = Object.fromEntries(
      QUESTION_IDS.map((q) => [q, { answer: RUBRIC[q].heavy ? 'unclear' : RUBRIC[q].protective }]),
    ) as Answers;
    expect(scoreAnswers(withAnswer(best, 'sells-data', 'no')).grade).not.toBe('E');
  });
});
