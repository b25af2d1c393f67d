// Classifies sentences into the clause categories of CONTRACT.md §1 with the clause rules it is given.

import type { CategoryId } from './ids';
import { isPolicyOverview } from './overview';
import { type ClauseRule, firstMatch } from './rule';
import { YIELDS_TO } from './topics';

export interface ClauseHit {
  category: CategoryId;
  rule: string;
}

/** Every category a sentence belongs to, with the first rule that put it there. */
export function classifySentence(rules: readonly ClauseRule[], sentence: string, heading = ''): ClauseHit[] {
  const hits: ClauseHit[] = [];
  if (isPolicyOverview(sentence)) return hits;
  const seen = new Set<CategoryId>();
  for (const rule of rules) {
    if (seen.has(rule.category)) continue;
    if (firstMatch(rule, sentence, heading)) {
      seen.add(rule.category);
      hits.push({ category: rule.category, rule: rule.id });
    }
  }
  return hits.filter((hit) => !YIELDS_TO[hit.category]?.some((other) => seen.has(other)));
}
