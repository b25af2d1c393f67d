// One pure function from answers to score, grade and the lines that explain every point.

import { type Grade, QUESTION_IDS, type QuestionId } from './ids';
import { GRADE_BANDS, RUBRIC, RUBRIC_VERSION } from './rubric';
import type { AnswerResult, ScoreLine, Summary } from './types';

export interface Score {
  score: number;
  grade: Grade;
  lines: ScoreLine[];
}

export function scoreAnswers(answers: Record<QuestionId, Pick<AnswerResult, 'answer'>>): Score {
  const lines = QUESTION_IDS.map((question): ScoreLine => {
    const item = RUBRIC[question];
    const answer = answers[question].answer;
    if (answer === 'unclear') {
      const reason = `Not clearly stated (${item.good.toLowerCase()}?)`;
      return { question, answer, points: item.unclear, max: item.weight, reason };
    }
    const protective = answer === item.protective;
    const reason = protective ? item.good : item.bad;
    return { question, answer, points: protective ? item.weight : 0, max: item.weight, reason };
  });
  const max = lines.reduce((sum, l) => sum + l.max, 0);
  const earned = lines.reduce((sum, l) => sum + l.points, 0);
  // The weights add up to 100 (tests/engine/score.test.ts), so this is the sum of the lines itself.
  const score = Math.round((100 * earned) / max);
  return { score, grade: gradeOf(score), lines };
}

export function gradeOf(score: number): Grade {
  return GRADE_BANDS.find(([, min]) => score >= min)?.[0] ?? 'E';
}

/**
 * Whether a summary's grade may be shown: only a text read as an English privacy policy has one. Summaries
 * stored before `graded` existed have `isPolicy`, which decides the same (isPolicy implies English).
 */
export function isGraded(summary: Pick<Summary, 'isPolicy'>): boolean {
  return summary.isPolicy;
}

/**
 * The summary scored again with the current rubric, from the answers it already has: what a summary cached
 * under an older rubric needs (microseconds, where analysing the page again costs milliseconds and the page).
 */
export function rescore(summary: Summary): Summary {
  if (summary.rubric === RUBRIC_VERSION) return summary;
  const { score, grade, lines } = scoreAnswers(summary.answers);
  return { ...summary, rubric: RUBRIC_VERSION, graded: isGraded(summary), score, grade, scoreLines: lines };
}
