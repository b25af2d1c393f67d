// One pure function from answers to score, grade and the lines that explain every point.

import { type Grade, QUESTION_IDS, type QuestionId } from './ids';
import { GRADE_BANDS, RUBRIC } from './rubric';
import type { AnswerResult, ScoreLine } from './types';

export interface Score {
  score: number;
  grade: Grade;
  lines: ScoreLine[];
}

export function scoreAnswers(answers: Record<QuestionId, AnswerResult>): Score {
  const lines = QUESTION_IDS.map((question): ScoreLine => {
    const item = RUBRIC[question];
    const answer = answers[question].answer;
    const share = answer === 'unclear' ? item.unclear : answer === item.protective ? 1 : 0;
    const reason =
      answer === 'unclear'
        ? `Not clearly stated (${item.good.toLowerCase()}?)`
        : share === 1
          ? item.good
          : item.bad;
    return { question, answer, points: round(item.weight * share), max: item.weight, reason };
  });
  const max = lines.reduce((sum, l) => sum + l.max, 0);
  const earned = lines.reduce((sum, l) => sum + l.points, 0);
  const score = Math.round((100 * earned) / max);
  return { score, grade: gradeOf(score), lines };
}

export function gradeOf(score: number): Grade {
  return GRADE_BANDS.find(([, min]) => score >= min)?.[0] ?? 'E';
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
