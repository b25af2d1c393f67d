// A stored cache row of the sample summary, as the database tests write it by hand.

import type { CacheEntry } from '../../db/schema';
import { summaryBytes } from '../../db/summary-size';
import { sampleSummary } from '../background/summary-fixture';

export const summary = sampleSummary();

export function entry(url: string, overrides: Partial<CacheEntry> = {}): CacheEntry {
  return {
    url,
    site: new URL(url).host,
    textHash: 'h',
    engine: summary.engine,
    rubric: summary.rubric,
    analysedAt: 5,
    lastUsed: 5,
    title: 't',
    grade: summary.grade,
    score: summary.score,
    summary,
    bytes: summaryBytes(overrides.summary ?? summary),
    ...overrides,
  };
}
