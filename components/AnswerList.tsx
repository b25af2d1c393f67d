import { QUESTION_IDS, type QuestionId } from '../engine/ids';
import type { Summary } from '../engine/types';
import { AnswerItem } from './AnswerItem';
import type { ShowQuote } from './QuoteText';

export interface AnswerListProps {
  summary: Summary;
  /** The questions in the order to show them (most points at stake first); any left out follow. */
  order: QuestionId[];
  onShowQuote?: ShowQuote | undefined;
}

export function AnswerList({ summary, order, onShowQuote }: AnswerListProps) {
  const questions = [...new Set([...order, ...QUESTION_IDS])];
  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">All {questions.length} answers</h2>
      <ul class="answers">
        {questions.map((q) => (
          <AnswerItem
            key={q}
            question={q}
            result={summary.answers[q]}
            line={summary.scoreLines.find((l) => l.question === q)}
            onShowQuote={onShowQuote}
          />
        ))}
      </ul>
    </section>
  );
}
