import type { QuestionId } from '../engine/ids';
import { QUESTION_LABELS } from '../engine/labels';
import type { AnswerResult, ScoreLine } from '../engine/types';
import { shownEvidence } from '../lib/evidence';
import { toneOf } from '../lib/format';
import { LazyDetails } from './LazyDetails';
import { QuoteText, type ShowQuote } from './QuoteText';

export interface AnswerItemProps {
  question: QuestionId;
  result: AnswerResult;
  line: ScoreLine | undefined;
  onShowQuote?: ShowQuote | undefined;
}

// The chip's word and mark say whether the answer helps: its colour only repeats it.
const TONE_MARK = { good: '✓', bad: '✗', mixed: '?', neutral: '' } as const;
const TONE_WORD = { good: 'good for you', bad: 'bad for you', mixed: 'not clear', neutral: '' } as const;

export function AnswerItem({ question, result, line, onShowQuote }: AnswerItemProps) {
  const { contradiction } = result;
  const answerText = contradiction ? 'says both' : result.answer;
  const tone = contradiction ? 'mixed' : toneOf(line);
  return (
    <li class="answer" data-question={question}>
      <LazyDetails
        summary={
          <>
            <span class="answer-label">{QUESTION_LABELS[question]}</span>
            <span class={`chip tone-${tone}`}>
              {TONE_MARK[tone] && <span aria-hidden="true">{TONE_MARK[tone]} </span>}
              {answerText}
              {TONE_WORD[tone] && <span class="visually-hidden"> ({TONE_WORD[tone]})</span>}
            </span>
          </>
        }
        body={() => {
          const { quotes, total } = shownEvidence(result);
          return (
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
              {!contradiction && result.evidence.length === 0 && (
                <p class="muted">The policy does not say.</p>
              )}
              {!contradiction && result.evidence.length > 0 && total === 0 && (
                <p class="muted">Only a heading or a link speaks to this, not a full sentence.</p>
              )}
              {!contradiction &&
                quotes.map((quote) => (
                  <QuoteText key={`${quote.start}-${quote.end}`} quote={quote} onShow={onShowQuote} />
                ))}
              {!contradiction && total > quotes.length && (
                <p class="muted small">
                  {quotes.length} of {total} sentences shown.
                </p>
              )}
              {line && line.max > 0 && (
                <p class="muted small">
                  {line.points} of {line.max} points
                </p>
              )}
            </div>
          );
        }}
      />
    </li>
  );
}
