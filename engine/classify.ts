// Classifies sentences into the clause categories of CONTRACT.md §1 with the clause rules it is given.

import type { CategoryId } from './ids';
import { firstMatch, type RuleSet } from './rule';

export interface ClauseHit {
  category: CategoryId;
  rule: string;
}

/** What classifying reads: the clause rules in the order they are tried, and the rule set's topic vocabularies. */
export type ClauseReading = Pick<RuleSet, 'clauses' | 'overview' | 'yieldsTo' | 'passageAsides'>;

/** Every category a sentence belongs to, with the first rule that put it there. */
export function classifySentence(rules: ClauseReading, sentence: string, heading = ''): ClauseHit[] {
  const hits: ClauseHit[] = [];
  if (rules.overview?.some((re) => re.test(sentence))) return hits;
  const seen = new Set<CategoryId>();
  for (const rule of rules.clauses) {
    if (seen.has(rule.category)) continue;
    if (firstMatch(rule, sentence, heading)) {
      seen.add(rule.category);
      hits.push({ category: rule.category, rule: rule.id });
    }
  }
  const yieldsTo = rules.yieldsTo ?? {};
  return hits.filter((hit) => !yieldsTo[hit.category]?.some((other) => seen.has(other)));
}
