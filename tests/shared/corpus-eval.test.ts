// Accuracy floors on the OPP-115 dev corpus: a change that makes the classifier worse fails here.
// The floors sit a little under today's figures (see the eval table in the issue notes), not at the targets.

import { describe, expect, test } from 'vitest';
import { evaluate, loadCorpus } from '../../cli/eval';
import type { CategoryId } from '../../engine/ids';
import { sharedPath } from './shared-dir';

const FLOORS: Record<CategoryId, number> = {
  collection: 0.84,
  sharing: 0.84,
  cookies: 0.9,
  children: 0.92,
  choice: 0.69,
  access: 0.76,
  retention: 0.68,
  security: 0.82,
  changes: 0.84,
  dnt: 0.96,
  regional: 0.82,
  contact: 0.74,
};

describe('classifier on ../shared/corpus/opp115-dev', () => {
  const result = evaluate(loadCorpus(sharedPath('corpus/opp115-dev')));

  test('reads every segment', () => expect(result.segments).toBe(2212));
  test.each(result.scores.map((s) => [s.category, s.f1] as const))(
    '%s F1 %f stays above its floor',
    (category, f1) => {
      expect(f1).toBeGreaterThanOrEqual(FLOORS[category]);
    },
  );
  test('macro-F1', () => expect(result.macroF1).toBeGreaterThanOrEqual(0.8));
});
