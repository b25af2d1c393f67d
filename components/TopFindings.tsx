import type { Finding, FindingKind } from '../engine/findings';

// The icon carries the meaning as a shape, the hidden word says it to a screen reader: never colour alone.
const ICONS: Record<FindingKind, { icon: string; word: string }> = {
  good: { icon: '✓', word: 'Good:' },
  bad: { icon: '✗', word: 'Bad:' },
  unstated: { icon: '?', word: 'Not stated:' },
  both: { icon: '?', word: 'Unclear:' },
};

/** The first screen's findings, most points lost first (lib/findings.ts chooses them). */
export function TopFindings({ findings }: { findings: Finding[] }) {
  return (
    <section class="top-findings" aria-labelledby="top-findings-heading">
      <h2 id="top-findings-heading" class="visually-hidden">
        What matters most
      </h2>
      <ul>
        {findings.map((f) => (
          <li key={f.question} class={`finding finding-${f.kind}`} data-finding={f.question}>
            <span class="finding-icon" aria-hidden="true">
              {ICONS[f.kind].icon}
            </span>
            <span class="visually-hidden">{ICONS[f.kind].word} </span>
            <span class="finding-text">{f.sentence}</span>
            {f.lost > 0 && (
              <span class="finding-cost muted small" title={`${f.lost} of ${f.max} points lost`}>
                −{f.lost}
                <span class="visually-hidden"> points</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
