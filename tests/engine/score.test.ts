import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Answer, QUESTION_IDS } from '../../engine/ids';
import { GRADE_BANDS, RUBRIC, RUBRIC_VERSION } from '../../engine/rubric';
import { gradeOf, scoreAnswers } from '../../engine/score';
import type { AnswerResult } from '../../engine/types';
import { analyze } from '../../rules/engine';

type Answers = Record<(typeof QUESTION_IDS)[number], AnswerResult>;
const all = (answer: (q: (typeof QUESTION_IDS)[number]) => Answer): Answers =>
  Object.fromEntries(
    QUESTION_IDS.map((q): [string, AnswerResult] => [q, { answer: answer(q), evidence: [] }]),
  ) as Answers;

describe('scoreAnswers', () => {
  test('every protective answer scores 100 and grade A', () => {
    const s = scoreAnswers(all((q) => RUBRIC[q].protective));
    expect([s.score, s.grade]).toEqual([100, 'A']);
  });

  test('every harmful answer scores 0 and grade E', () => {
    const s = scoreAnswers(all((q) => (RUBRIC[q].protective === 'yes' ? 'no' : 'yes')));
    expect([s.score, s.grade]).toEqual([0, 'E']);
  });

  test('every point is traced to a question', () => {
    const s = scoreAnswers(all(() => 'unclear'));
    expect(s.lines.map((l) => l.question)).toEqual([...QUESTION_IDS]);
    const earned = s.lines.reduce((sum, l) => sum + l.points, 0);
    const max = s.lines.reduce((sum, l) => sum + l.max, 0);
    expect(s.score).toBe(Math.round((100 * earned) / max));
  });

  test('silence on everything scores 19, grade E', () => {
    const s = scoreAnswers(all(() => 'unclear'));
    expect([s.score, s.grade]).toEqual([19, 'E']);
  });

  test('the score is the sum of the lines: the weights are whole points adding up to 100', () => {
    const weights = QUESTION_IDS.map((q) => RUBRIC[q].weight);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
    for (const q of QUESTION_IDS) {
      expect(Number.isInteger(RUBRIC[q].weight) && Number.isInteger(RUBRIC[q].unclear)).toBe(true);
    }
  });

  test.each(QUESTION_IDS.map((q) => [q] as const))(
    '%s: unclear sits a whole point from both answers',
    (q) => {
      const { weight, unclear } = RUBRIC[q];
      expect(unclear).toBeGreaterThanOrEqual(1);
      expect(unclear).toBeLessThanOrEqual(weight - 1);
    },
  );

  test('the heavy questions are the six the rubric promises', () => {
    expect(QUESTION_IDS.filter((q) => RUBRIC[q].heavy).sort()).toEqual(
      [
        'data-deletion',
        'retention-period',
        'sells-data',
        'shares-with-third-parties',
        'targeted-advertising',
        'third-party-tracking',
      ].sort(),
    );
  });

  test.each([
    [100, 'A'],
    [80, 'A'],
    [79, 'B'],
    [65, 'B'],
    [64, 'C'],
    [50, 'C'],
    [49, 'D'],
    [35, 'D'],
    [34, 'E'],
    [0, 'E'],
  ] as const)('score %i is grade %s', (score, grade) => expect(gradeOf(score)).toBe(grade));
});

describe('the rubric is the one docs/scoring.md publishes', () => {
  const doc = readFileSync(join(__dirname, '../../docs/scoring.md'), 'utf8');
  test('version', () => expect(doc).toContain(`Rubric version ${RUBRIC_VERSION}`));
  test.each(QUESTION_IDS.map((q) => [q, RUBRIC[q]] as const))(
    '%s weight, unclear points, heavy',
    (q, item) => {
      const cells = [`\`${q}\``, item.weight, item.protective, item.unclear, item.heavy ? 'yes' : 'no'];
      expect(doc).toMatch(new RegExp(`\\|\\s*${cells.join('\\s*\\|\\s*')}\\s*\\|`));
    },
  );
  test.each(GRADE_BANDS.map(([g, min]) => [g, min] as const))('grade %s from %i', (g, min) => {
    expect(doc).toMatch(new RegExp(`\\|\\s*${g}\\s*\\|\\s*${min}\\s`));
  });
});

describe('a policy that collects and shares nothing beats one that tracks', () => {
  const quiet = `Privacy Policy
This privacy policy explains our practices.
We do not collect any personal information from visitors.
We do not use cookies on this site.
We do not sell, rent or share personal information with anyone.
We do not allow third parties to place cookies on our site.
We do not use your information for targeted advertising.
Our site is not directed to children under 13.
If we make material changes, we will notify you by email.
Contact us at privacy@quiet.example with any questions.`;
  const tracking = `Privacy Policy
This privacy policy explains our practices.
We collect your name, email address and browsing history.
You must accept cookies to use this site; we use cookies to track you.
Third-party advertisers may place cookies and web beacons on our pages.
We may share your information with partners for their own marketing.
We may sell your information to data brokers.
We use your data for interest-based advertising.
We may change this policy at any time; please check this page periodically.
Contact us at privacy@tracking.example with any questions.`;
  test('the quiet policy scores higher', () => {
    expect(analyze(quiet).score).toBeGreaterThan(analyze(tracking).score + 20);
  });
});

describe('through the whole engine: a policy that says nothing specific grades E (issue 14)', () => {
  const vague = `Privacy Policy
Your privacy is important to us.
This privacy policy explains how we handle personal information.
We are committed to protecting your privacy and we take it seriously.
We may collect information when you use our services.
We use information to provide and improve our services.
We take reasonable measures to protect your information.
We may update this privacy policy from time to time.
If you have questions about this privacy policy, contact us at privacy@vague.example.`;
  const summary = analyze(vague);

  test('it is read as a policy, answers no heavy question, and grades E', () => {
    expect(summary.graded).toBe(true);
    for (const q of QUESTION_IDS.filter((id) => RUBRIC[id].heavy))
      expect(summary.answers[q].answer).toBe('unclear');
    expect(summary.grade).toBe('E');
  });

  test('saying what it does, even the harm, is told apart from saying nothing', () => {
    const candid = analyze(
      `${vague}\nWe do not sell your personal information.\nYou can delete your account at any time.`,
    );
    expect(candid.score).toBeGreaterThan(summary.score);
    const harmful = analyze(`${vague}\nWe sell your personal information to data brokers.`);
    expect(harmful.answers['sells-data'].answer).toBe('yes');
    expect(harmful.score).toBeLessThan(summary.score);
  });
});
