// What the popup's first screen says about a grade: the findings that cost the most points, as sentences a
// person reads, and the score lines sorted the same way. Pure, so that the order is tested without a DOM.

import type { Grade, QuestionId } from './ids';
import { GRADE_BANDS, RUBRIC } from './rubric';
import type { ScoreLine, Summary } from './types';

/** good: the protective answer; bad: the harmful one; unstated: the policy does not say; both: it says both. */
export type FindingKind = 'good' | 'bad' | 'unstated' | 'both';

export interface Finding {
  question: QuestionId;
  kind: FindingKind;
  sentence: string;
  lost: number;
  max: number;
}

// What "Does not say …" leaves open, per question: the rubric's phrases are statements, not questions.
const UNSAID: Record<QuestionId, string> = {
  'collects-personal-data': 'whether it collects personal data',
  'sells-data': 'whether it sells your data',
  'shares-with-third-parties': 'whether it shares your data with third parties',
  'third-party-tracking': 'whether third parties track you on its pages',
  'uses-cookies': 'whether it uses cookies',
  'targeted-advertising': 'whether it uses your data for targeted ads',
  'collects-from-children': 'whether it collects data from children',
  'legal-disclosure': 'whether it gives your data to authorities',
  'security-measures': 'how it protects your data',
  'user-access': 'whether you can see and correct your data',
  'data-deletion': 'whether you can delete your data',
  'opt-out': 'whether you can opt out',
  'retention-period': 'how long your data is kept',
  'change-notice': 'whether it tells you when the policy changes',
  'international-transfer': 'whether your data leaves your country',
  'do-not-track': 'whether it honours Do Not Track',
};

export function kindOf(line: ScoreLine, contradiction: boolean): FindingKind {
  if (contradiction) return 'both';
  if (line.answer === 'unclear') return 'unstated';
  return line.answer === RUBRIC[line.question].protective ? 'good' : 'bad';
}

/** The finding as a plain sentence: the rubric's words for a clear answer, "Does not say…" otherwise. */
export function findingSentence(question: QuestionId, kind: FindingKind): string {
  const item = RUBRIC[question];
  if (kind === 'good') return item.good;
  if (kind === 'bad') return item.bad;
  if (kind === 'both') return `Contradicts itself on ${UNSAID[question]}`;
  return `Does not say ${UNSAID[question]}`;
}

export function findingOf(summary: Summary, line: ScoreLine): Finding {
  const kind = kindOf(line, summary.answers[line.question]?.contradiction !== undefined);
  return {
    question: line.question,
    kind,
    sentence: findingSentence(line.question, kind),
    lost: line.max - line.points,
    max: line.max,
  };
}

/** Every scored line, most points lost first; ties go to the question worth more, then to rubric order. */
export function findingsByImpact(summary: Summary): Finding[] {
  return summary.scoreLines
    .filter((l) => l.max > 0)
    .map((l, order) => ({ finding: findingOf(summary, l), order }))
    .sort((a, b) => b.finding.lost - a.finding.lost || b.finding.max - a.finding.max || a.order - b.order)
    .map(({ finding }) => finding);
}

export const MIN_TOP = 3;
export const MAX_TOP = 5;

/**
 * The first screen's findings: up to five that cost points, most first; when fewer than three cost any, the
 * weightiest protective answers fill the list so that a good grade also says what earned it.
 */
export function topFindings(summary: Summary): Finding[] {
  const all = findingsByImpact(summary);
  const costly = all.filter((f) => f.lost > 0).slice(0, MAX_TOP);
  if (costly.length >= MIN_TOP) return costly;
  const earned = all.filter((f) => f.lost === 0).slice(0, MIN_TOP - costly.length);
  return [...costly, ...earned];
}

/** The scores a grade stands for, as [lowest, highest]. */
export function bandOf(grade: Grade): readonly [number, number] {
  const index = GRADE_BANDS.findIndex(([g]) => g === grade);
  const min = GRADE_BANDS[index]?.[1] ?? 0;
  const above = index > 0 ? GRADE_BANDS[index - 1]?.[1] : undefined;
  return [min, above === undefined ? 100 : above - 1];
}

/** "A 80–100 · B 65–79 · …": every band, for "Why this grade". */
export function bandsText(): string {
  return GRADE_BANDS.map(([grade]) => {
    const [min, max] = bandOf(grade);
    return `${grade} ${min}–${max}`;
  }).join(' · ');
}
