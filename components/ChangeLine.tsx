import type { PolicyDiff } from '../engine/diff';
import { changeLine } from '../lib/change-line';
import { formatDate } from '../lib/format';

export interface ChangeLineProps {
  diff: PolicyDiff;
  /** ISO date of the version the person saw before. */
  since: string;
  onOpen: () => void;
}

/** What opens the line, in bold on the screen. */
const lead = (since: string) => `Changed since ${formatDate(since)}:`;

/** The words of the "what changed" line, for the export as for the screen. */
export const changedSince = (diff: PolicyDiff, since: string) => `${lead(since)} ${changeLine(diff)}`;

/** The first screen's "what changed" line; the full change view is one click away. */
export function ChangeLine({ diff, since, onOpen }: ChangeLineProps) {
  return (
    <section class="change-line" data-state="change-line" aria-label="What changed">
      <p>
        <strong>{lead(since)}</strong> {changeLine(diff)}
      </p>
      <button type="button" onClick={onOpen}>
        See what changed
      </button>
    </section>
  );
}
