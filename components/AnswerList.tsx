import { QUESTION_IDS } from '../engine/ids';
import type { Summary } from '../engine/types';
import { AnswerItem } from './AnswerItem';

export function AnswerList({
  summary,
  onShowQuote,
}: {
  summary: Summary;
  onShowQuote?: ((text: string) => void) | undefined;
}) {
  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">What the policy says</h2>
      <ul class="answers">
        {QUESTION_IDS.map((q) => (
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
