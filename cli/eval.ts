// `eval DIR`: scores the clause classifier on a corpus laid out like OPP-115 (DIR/policies/*.json).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS, type CategoryId } from '../engine/ids';
import { classifyPassage } from '../rules/engine';
import { goldCategories, type Opp115Segment } from './corpus-gold';
import { inSlice, type Slice } from './eval-answers';

export interface CategoryScore {
  category: CategoryId;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalResult {
  segments: number;
  ms: number;
  scores: CategoryScore[];
  macroF1: number;
}

export interface LabelledSegment extends Opp115Segment {
  policy: string;
}

/** The policies of `dir`, all of them or one side of the held-out split of cli/eval-answers.ts. */
export function loadCorpus(dir: string, slice: Slice = 'all'): LabelledSegment[] {
  const policiesDir = join(dir, 'policies');
  const files = readdirSync(policiesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .filter((_, i) => inSlice(i, slice));
  return files.flatMap((file) => {
    const policy = JSON.parse(readFileSync(join(policiesDir, file), 'utf8')) as { segments: Opp115Segment[] };
    return policy.segments.map((s) => ({ ...s, policy: file }));
  });
}

export function evaluate(
  segments: LabelledSegment[],
  onError?: (s: LabelledSegment, c: CategoryId, kind: 'fp' | 'fn') => void,
): EvalResult {
  const counts = new Map(CATEGORY_IDS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const t0 = performance.now();
  for (const segment of segments) {
    const predicted = new Set(classifyPassage(segment.text));
    const gold = goldCategories(segment);
    for (const c of CATEGORY_IDS) {
      const n = counts.get(c);
      if (!n) continue;
      if (predicted.has(c) && gold.has(c)) n.tp++;
      else if (predicted.has(c)) {
        n.fp++;
        onError?.(segment, c, 'fp');
      } else if (gold.has(c)) {
        n.fn++;
        onError?.(segment, c, 'fn');
      }
    }
  }
  const ms = performance.now() - t0;
  const scores = CATEGORY_IDS.map((category) => {
    const { tp, fp, fn } = counts.get(category) ?? { tp: 0, fp: 0, fn: 0 };
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { category, tp, fp, fn, precision, recall, f1 };
  });
  const macroF1 = scores.reduce((sum, s) => sum + s.f1, 0) / scores.length;
  return { segments: segments.length, ms, scores, macroF1 };
}

export function formatEval(result: EvalResult): string {
  const pct = (x: number) => x.toFixed(3);
  const rows = result.scores.map(
    (s) =>
      `| ${s.category.padEnd(10)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${String(s.tp + s.fn).padStart(4)} |`,
  );
  return [
    '| category   | precision | recall | F1    | gold |',
    '|------------|-----------|--------|-------|------|',
    ...rows,
    `| macro-F1   |           |        | ${pct(result.macroF1)} |      |`,
    '',
    `${result.segments} segments in ${result.ms.toFixed(0)} ms`,
  ].join('\n');
}
