import type { QuestionId } from '../engine/ids';
import { QUESTION_LABELS } from '../engine/labels';
import type { AnswerResult, ScoreLine } from '../engine/types';
import { toneOf } from '../lib/format';
import { QuoteText } from './QuoteText';

export interface AnswerItemProps {
  question: QuestionId;
  result: AnswerResult;
  line: ScoreLine | undefined;
  onShowQuote?: ((text: string) => void) | undefined;
}

export function AnswerItem({ question, result, line, onShowQuote }: AnswerItemProps) {
  const { contradiction, evidence } = result;
  const answerText = contradiction ? 'says both' : result.answer;
  return (
    <li class="answer" data-question={question}>
      <details>
        <summary>
          <span class="answer-label">{QUESTION_LABELS[question]}</span>
          <span class={`chip tone-${contradiction ? 'mixed' : toneOf(line)}`}>{answerText}</span>
        </summary>
        <div class="answer-body">
          {contradiction && (
            <div class="contradiction" role="note">
              <p>
                <strong>The policy says both.</strong> One sentence says yes, another says no:
              </p>
              <p class="side">Yes:</p>
              <QuoteText quote={contradiction.yes} onShow={onShowQuote} />
              <p class="side">No:</p>
              <QuoteText quote={contradiction.no} onShow={onShowQuote} />
            </div>
          )}
          {!contradiction && evidence.length === 0 && <p class="muted">The policy does not say.</p>}
          {!contradiction &&
            evidence.map((quote) => (
              <QuoteText key={`${quote.start}-${quote.end}`} quote={quote} onShow={onShowQuote} />
            ))}
          {line && line.max > 0 && (
            <p class="muted">
              {line.reason}: {line.points} of {line.max} points
            </p>
          )}
        </div>
      </details>
    </li>
  );
}
