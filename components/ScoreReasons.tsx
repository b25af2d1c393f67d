import { bandOf, bandsText, type Finding } from '../engine/findings';
import type { Grade } from '../engine/ids';

export interface ScoreReasonsProps {
  findings: Finding[];
  score: number;
  grade: Grade;
}

/** Every point the rubric gave or withheld, most points lost first, with the total and the grade bands. */
export function ScoreReasons({ findings, score, grade }: ScoreReasonsProps) {
  const [min, max] = bandOf(grade);
  return (
    <details class="score-reasons">
      <summary>Why this grade</summary>
      <ul>
        {findings.map((f) => (
          <li key={f.question} class={`reason reason-${f.kind}`} data-finding={f.question}>
            <span>{f.sentence}</span>
            <span class="points">
              {f.max - f.lost} of {f.max}
            </span>
          </li>
        ))}
        <li class="reason reason-total">
          <strong>Total</strong>
          <strong class="points">{score} of 100</strong>
        </li>
      </ul>
      <p class="small">
        Grade {grade} covers {min}–{max} points. Bands: {bandsText()}.
      </p>
    </details>
  );
}
