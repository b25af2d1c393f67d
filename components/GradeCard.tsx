import { bandOf } from '../engine/findings';
import { isGraded } from '../engine/score';
import type { Summary } from '../engine/types';
import { formatDate, hostOf } from '../lib/format';

export function GradeCard({
  summary,
  analysedAt,
  fromCache,
}: {
  summary: Summary;
  analysedAt: string;
  fromCache?: boolean;
}) {
  const title = summary.source.title || hostOf(summary.source.url) || 'Privacy policy';
  // A text that does not read as a privacy policy (analysed anyway on request) keeps its answers, but no
  // grade and no score: a number would read as a verdict on something that is not a policy.
  const graded = isGraded(summary);
  const host = hostOf(summary.source.url);
  return (
    <header class="grade-card" data-graded={graded ? 'true' : 'false'}>
      <div
        class={`grade grade-${graded ? summary.grade : 'none'}`}
        role="img"
        aria-label={graded ? `Grade ${summary.grade}` : 'Not graded'}
      >
        {graded ? summary.grade : '?'}
      </div>
      <div class="grade-text">
        <h1 class="page-title">{title}</h1>
        <p class="score-line">
          {graded ? (
            <>
              <strong>{summary.score}</strong>/100 · grade {summary.grade} is{' '}
              {bandOf(summary.grade).join('–')}
            </>
          ) : (
            <>
              <strong>Not graded</strong>: this does not read as a privacy policy.
            </>
          )}
        </p>
        <p class="muted small" data-from-cache={fromCache ? 'true' : 'false'}>
          {host ? `${host} · ` : ''}Analysed {formatDate(analysedAt)}
          {fromCache ? ' (saved summary)' : ''}
        </p>
      </div>
    </header>
  );
}
