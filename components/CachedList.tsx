import { formatDate } from '../lib/format';
import type { SavedRow } from '../messaging/protocol';
import { ConfirmButton } from './ConfirmButton';

export interface CachedListProps {
  /** Each with the number of versions the version history holds of it. */
  rows: SavedRow[];
  onOpen: (url: string) => void;
  onDelete: (url: string) => void;
  onClear: () => void;
}

export function CachedList({ rows, onOpen, onDelete, onClear }: CachedListProps) {
  return (
    <section aria-labelledby="cache-heading">
      <h2 id="cache-heading">Saved summaries</h2>
      {rows.length === 0 ? (
        <p class="muted">No saved summaries.</p>
      ) : (
        <>
          <ul class="cached">
            {rows.map((row) => (
              <li key={row.url} class="cached-row">
                {/* A page that does not read as a policy keeps no grade here either (issue 14). */}
                <span
                  class={`grade grade-small grade-${row.graded ? row.grade : 'none'}`}
                  role="img"
                  aria-label={row.graded ? `Grade ${row.grade}` : 'Not graded'}
                >
                  {row.graded ? row.grade : '?'}
                </span>
                <span class="cached-text">
                  <span class="cached-title">{row.title || row.url}</span>
                  {row.graded ? null : (
                    <span class="muted small">Not graded: not read as a privacy policy</span>
                  )}
                  <span class="muted small url">{row.url}</span>
                  <span class="muted small">
                    Analysed {formatDate(row.analysedAt)}
                    {versionsNote(row.versions)}
                  </span>
                </span>
                <span class="cached-actions">
                  <button
                    type="button"
                    onClick={() => onOpen(row.url)}
                    aria-label={`Open summary of ${row.url}`}
                  >
                    Open
                  </button>
                  <button
                    type="button"
                    onClick={() => onDelete(row.url)}
                    aria-label={`Delete summary of ${row.url}`}
                  >
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <ConfirmButton
            label="Clear all"
            question={`Delete ${rows.length === 1 ? 'the saved summary' : `all ${rows.length} saved summaries`} and the versions recorded with them? This cannot be undone.`}
            confirm={rows.length === 1 ? 'Delete it' : `Delete all ${rows.length}`}
            onConfirm={onClear}
          />
        </>
      )}
    </section>
  );
}

function versionsNote(count: number): string {
  return count ? ` · ${count} ${count === 1 ? 'version' : 'versions'} recorded` : '';
}
