import { describe, expect, test } from 'vitest';
import { bandOf, bandsText, findingSentence, findingsByImpact, topFindings } from '../../engine/findings';
import { QUESTION_IDS, type QuestionId } from '../../engine/ids';
import { RUBRIC } from '../../engine/rubric';
import { scoreAnswers } from '../../engine/score';
import type { Summary } from '../../engine/types';
import { sampleSummary } from '../background/summary-fixture';

type Answers = Partial<Record<QuestionId, 'yes' | 'no' | 'unclear'>>;

/** A summary whose answers are the protective ones except those given, scored by the real rubric. */
function summaryWith(answers: Answers, contradicted: QuestionId[] = []): Summary {
  const base = sampleSummary();
  const all = Object.fromEntries(
    QUESTION_IDS.map((q) => [q, { answer: answers[q] ?? RUBRIC[q].protective, evidence: [] }]),
  ) as unknown as Summary['answers'];
  for (const q of contradicted) {
    const yes = { text: 'Yes.', start: 0, end: 4, rule: 'r', says: 'yes' as const };
    const no = { text: 'No.', start: 5, end: 8, rule: 'r', says: 'no' as const };
    all[q] = { answer: 'unclear', evidence: [yes, no], contradiction: { yes, no } };
  }
  const { score, grade, lines } = scoreAnswers(all);
  return { ...base, answers: all, score, grade, scoreLines: lines };
}

describe('findingsByImpact', () => {
  test('sorts every scored line by points lost, then by points at stake', () => {
    const summary = summaryWith({ 'opt-out': 'no', 'sells-data': 'yes', 'retention-period': 'unclear' });
    const order = findingsByImpact(summary);
    expect(order).toHaveLength(QUESTION_IDS.length);
    expect(order.slice(0, 3).map((f) => [f.question, f.lost])).toEqual([
      ['sells-data', 17],
      ['retention-period', 9],
      ['opt-out', 4],
    ]);
    // Nothing lost: the weightiest first.
    expect(order[3]?.question).toBe('shares-with-third-parties');
    const lost = order.map((f) => f.lost);
    expect(lost).toEqual([...lost].sort((a, b) => b - a));
  });
});

describe('topFindings', () => {
  test('gives at most five, all of which cost points, when many do', () => {
    const summary = summaryWith({
      'sells-data': 'yes',
      'shares-with-third-parties': 'yes',
      'third-party-tracking': 'yes',
      'targeted-advertising': 'yes',
      'data-deletion': 'no',
      'retention-period': 'no',
      'uses-cookies': 'yes',
    });
    const top = topFindings(summary);
    expect(top.map((f) => f.question)).toEqual([
      'sells-data',
      'shares-with-third-parties',
      'third-party-tracking',
      'targeted-advertising',
      'data-deletion',
    ]);
    expect(top.every((f) => f.kind === 'bad' && f.lost > 0)).toBe(true);
  });

  test('fills up to three with what earned the most when few answers cost points', () => {
    const top = topFindings(summaryWith({ 'uses-cookies': 'yes' }));
    expect(top.map((f) => [f.question, f.kind])).toEqual([
      ['uses-cookies', 'bad'],
      ['sells-data', 'good'],
      ['shares-with-third-parties', 'good'],
    ]);
  });

  test('words each kind as a plain sentence', () => {
    const top = topFindings(
      summaryWith({ 'sells-data': 'yes', 'retention-period': 'unclear' }, ['shares-with-third-parties']),
    );
    expect(top.map((f) => [f.kind, f.sentence])).toEqual([
      ['bad', 'Sells your data'],
      ['both', 'Contradicts itself on whether it shares your data with third parties'],
      ['unstated', 'Does not say how long your data is kept'],
    ]);
    for (const q of QUESTION_IDS) {
      for (const kind of ['good', 'bad', 'unstated', 'both'] as const) {
        expect(findingSentence(q, kind)).not.toMatch(/clause|\?|undefined/);
      }
    }
  });
});

describe('bands', () => {
  test.each([
    ['A', 80, 100],
    ['B', 65, 79],
    ['C', 50, 64],
    ['D', 35, 49],
    ['E', 0, 34],
  ] as const)('grade %s covers %i–%i', (grade, min, max) => {
    expect(bandOf(grade)).toEqual([min, max]);
  });

  test('bandsText lists every band, best first', () => {
    expect(bandsText()).toBe('A 80–100 · B 65–79 · C 50–64 · D 35–49 · E 0–34');
  });
});
