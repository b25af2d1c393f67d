import { describe, expect, test } from 'vitest';
import { badgeGrade, GRADE_COLOURS } from '../../background/badge';
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

describe('badgeGrade', () => {
  test('an English summary shows its grade', () => {
    const summary = sampleSummary();
    expect(badgeGrade(summary)).toBe(summary.grade);
  });
  test('a non-English summary shows no grade', () => {
    expect(badgeGrade({ ...sampleSummary(), language: { english: false, confidence: 0.2 } })).toBeNull();
  });
});
