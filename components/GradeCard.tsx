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
  return (
    <header class="grade-card">
      <div class={`grade grade-${summary.grade}`} role="img" aria-label={`Grade ${summary.grade}`}>
        {summary.grade}
      </div>
      <div class="grade-text">
        <h1 class="page-title">{title}</h1>
        <p>
          <strong>{summary.score}</strong>/100 · {hostOf(summary.source.url)}
        </p>
        <p class="muted small" data-from-cache={fromCache ? 'true' : 'false'}>
          Analysed {formatDate(analysedAt)}
          {fromCache ? ' (saved summary)' : ''}
        </p>
      </div>
    </header>
  );
}
