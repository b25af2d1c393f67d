// Answer floors on the labelled modern policies and ToS;DR verdicts (CONTRACT.md §6): a change that makes
// the answers worse fails here. Floors sit a little under today's figures, not at the targets.

import { describe, expect, test } from 'vitest';
import { loadGold, scoreItems, tally } from '../../cli/eval-answers';
import { sharedPath } from './shared-dir';

const FLOORS = {
  'corpus/modern-dev': { precision: 0.9, coverage: 0.77 },
  'corpus/tosdr-dev': { precision: 0.97, coverage: 0.86 },
};

describe.each(Object.entries(FLOORS))('answers on ../shared/%s', (corpus, floor) => {
  const dir = sharedPath(corpus);
  const all = tally(scoreItems(dir, loadGold(dir)), 'all');
  test(`precision ≥ ${floor.precision}`, () => expect(all.precision).toBeGreaterThanOrEqual(floor.precision));
  test(`coverage ≥ ${floor.coverage}`, () => expect(all.coverage).toBeGreaterThanOrEqual(floor.coverage));
});
