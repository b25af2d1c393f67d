import { useState } from 'preact/hooks';
import type { ClauseChange, PolicyDiff } from '../engine/diff';
import { diffToMarkdown } from '../engine/diff-markdown';
import { headline } from '../engine/diff-phrases';
import { CATEGORY_LABELS, QUESTION_LABELS } from '../engine/labels';
import { formatDate } from '../lib/format';
import { QuoteText, type ShowQuote } from './QuoteText';

export interface ChangeViewProps {
  diff: PolicyDiff;
  /** ISO date of the version the person saw before. */
  since: string;
  /** Shows a sentence of the page as it is now; sentences of the old version are not on it. */
  onShowQuote?: ShowQuote | undefined;
  copy: (text: string) => Promise<void>;
}

/** A long list starts folded, so that the answers that changed stay in view. */
const OPEN_UP_TO = 8;

function categoryNames(change: { categories: ClauseChange['categories'] }): string {
  return change.categories.map((c) => CATEGORY_LABELS[c]).join(', ');
}

/** "What changed since <date>": the answers that changed first, then the clauses added, removed, reworded. */
export function ChangeView({ diff, since, onShowQuote, copy }: ChangeViewProps) {
  const [status, setStatus] = useState('');
  const { added, removed, reworded } = diff.clauses;
  const onCopy = async () => {
    try {
      await copy(diffToMarkdown(diff));
      setStatus('Change report copied.');
    } catch {
      setStatus('Could not copy: the browser refused clipboard access.');
    }
  };
  return (
    <section class="change" data-state="change" aria-labelledby="change-heading">
      <h1 id="change-heading" tabIndex={-1}>
        What changed since {formatDate(since)}
      </h1>
      <p class="muted">
        Grade {diff.from.grade} → {diff.to.grade}. {added.length} added, {removed.length} removed,{' '}
        {reworded.length} reworded.
      </p>
      {diff.answers.length > 0 && (
        <ul class="change-answers">
          {diff.answers.map((a) => (
            <li key={a.question} data-question={a.question}>
              <p>
                <strong>{headline(a.question, a.to)}</strong>
                <span class="muted">
                  {' '}
                  ({QUESTION_LABELS[a.question]}: {a.from} → {a.to})
                </span>
              </p>
              {a.added.map((q) => (
                <QuoteText key={`now-${q.start}`} quote={q} onShow={onShowQuote} />
              ))}
              {a.removed.map((q) => (
                <div key={`before-${q.start}`} class="before">
                  <p class="side">Before:</p>
                  <QuoteText quote={q} />
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
      {added.length > 0 && (
        <details class="change-group" data-group="added" open={added.length <= OPEN_UP_TO}>
          <summary>Added ({added.length})</summary>
          {added.map((c) => (
            <div key={c.start}>
              <p class="side">{categoryNames(c)}</p>
              <QuoteText quote={c} onShow={onShowQuote} />
            </div>
          ))}
        </details>
      )}
      {removed.length > 0 && (
        <details class="change-group" data-group="removed" open={removed.length <= OPEN_UP_TO}>
          <summary>Removed ({removed.length})</summary>
          {removed.map((c) => (
            <div key={c.start}>
              <p class="side">{categoryNames(c)}</p>
              <QuoteText quote={c} />
            </div>
          ))}
        </details>
      )}
      {reworded.length > 0 && (
        <details class="change-group" data-group="reworded" open={reworded.length <= OPEN_UP_TO}>
          <summary>Reworded ({reworded.length})</summary>
          {reworded.map((r) => (
            <div key={r.to.start}>
              <p class="side">{categoryNames(r)}: before</p>
              <QuoteText quote={r.from} />
              <p class="side">now</p>
              <QuoteText quote={r.to} onShow={onShowQuote} />
            </div>
          ))}
        </details>
      )}
      <div class="export">
        <button type="button" onClick={onCopy}>
          Copy change as Markdown
        </button>
        <p class="status small" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </section>
  );
}
