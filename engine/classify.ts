// Classifies sentences into the clause categories of CONTRACT.md §1 with the clause rules it is given.

import type { CategoryId } from './ids';
import { screenOf } from './regex-screen';
import { firstMatch, type RegexGate, type RuleSet, testGated } from './rule';

export interface ClauseHit {
  category: CategoryId;
  rule: string;
}

/** What classifying reads: the clause rules in the order they are tried, and the rule set's topic vocabularies. */
export type ClauseReading = Pick<RuleSet, 'clauses' | 'overview' | 'yieldsTo' | 'passageAsides'>;

/**
 * Every category a sentence belongs to, with the first rule that put it there. `gate` is the rules'
 * screen read from this sentence (engine/regex-screen.ts); without one, the sentence is read here.
 */
export function classifySentence(
  rules: ClauseReading,
  sentence: string,
  heading = '',
  gate: RegexGate = screenOf(rules).read(sentence),
): ClauseHit[] {
  const hits: ClauseHit[] = [];
  if (rules.overview?.some((re) => testGated(re, sentence, gate))) return hits;
  const seen = new Set<CategoryId>();
  for (const rule of rules.clauses) {
    if (seen.has(rule.category)) continue;
    if (firstMatch(rule, sentence, heading, gate)) {
      seen.add(rule.category);
      hits.push({ category: rule.category, rule: rule.id });
    }
  }
  const yieldsTo = rules.yieldsTo ?? {};
  return hits.filter((hit) => !yieldsTo[hit.category]?.some((other) => seen.has(other)));
}
