import type { ScoreLine } from '../engine/types';
import { toneOf } from '../lib/format';

/** The rubric's reason for every point, so the grade can be checked by hand. */
export function ScoreReasons({ lines }: { lines: ScoreLine[] }) {
  const scored = lines.filter((l) => l.max > 0);
  return (
    <details class="score-reasons">
      <summary>Why this grade</summary>
      <ul>
        {scored.map((line) => (
          <li key={line.question} class={`reason tone-${toneOf(line)}`}>
            <span>{line.reason}</span>
            <span class="points">
              {line.points}/{line.max}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
