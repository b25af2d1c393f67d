import { describe, expect, test } from 'vitest';
import { badgeLook, badgeState, GRADE_COLOURS } from '../../background/badge';
import { GRADES } from '../../engine/ids';
import { sampleSummary } from './summary-fixture';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('GRADE_COLOURS', () => {
  test.each(GRADES)('white text on grade %s passes WCAG AA (4.5:1)', (grade) => {
    expect(1.05 / (luminance(GRADE_COLOURS[grade]) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
  test('every grade has its own colour', () => {
    expect(new Set(Object.values(GRADE_COLOURS)).size).toBe(GRADES.length);
  });
});

describe('badgeState', () => {
  test('an English policy shows its grade', () => {
    const summary = sampleSummary();
    expect(badgeState(summary)).toBe(summary.grade);
  });
  test.each([
    ['not English', { language: { english: false, confidence: 0.2 }, isPolicy: false }],
    ['not a policy', { isPolicy: false }],
  ])('a text %s is not graded', (_what, change) => {
    expect(badgeState({ ...sampleSummary(), ...change })).toBe('not-graded');
  });
});

describe('badgeLook', () => {
  test('a grade is the badge text', () => {
    expect(badgeLook('B')).toEqual({ text: 'B', title: 'PolicyLens: grade B' });
  });
  test('not graded shows no letter and says so in the tooltip', () => {
    const look = badgeLook('not-graded');
    expect(look.text).toBe('');
    expect(look.title).toContain('not graded');
  });
  test('nothing clears the badge and its tooltip', () => {
    expect(badgeLook(null)).toEqual({ text: '', title: 'PolicyLens' });
  });
});
