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
  // A text that does not read as a privacy policy (analysed anyway on request) keeps its answers, but its
  // grade is shown as provisional, never as a verdict.
  const provisional = !summary.isPolicy;
  const label = provisional
    ? `Provisional grade ${summary.grade}: not read as a privacy policy`
    : `Grade ${summary.grade}`;
  return (
    <header class="grade-card" data-provisional={provisional ? 'true' : 'false'}>
      <div class={`grade grade-${provisional ? 'none' : summary.grade}`} role="img" aria-label={label}>
        {provisional ? '?' : summary.grade}
      </div>
      <div class="grade-text">
        <h1 class="page-title">{title}</h1>
        <p>
          {provisional ? (
            <>Not graded: this does not read as a privacy policy (it would score {summary.score}/100)</>
          ) : (
            <>
              <strong>{summary.score}</strong>/100 · {hostOf(summary.source.url)}
            </>
          )}
        </p>
        <p class="muted small" data-from-cache={fromCache ? 'true' : 'false'}>
          Analysed {formatDate(analysedAt)}
          {fromCache ? ' (saved summary)' : ''}
        </p>
      </div>
    </header>
  );
}
