// How sure the engine is that a text is a privacy policy: a policy speaks of many of the categories,
// many times, and calls itself one. A news article about privacy touches two or three; terms of service
// speak of liability and warranties.

import type { CategoryId } from './ids';

const CALLS_ITSELF_A_POLICY =
  /\b(?:this|our) (?:online )?(?:privacy|cookie|data protection) (?:policy|notice|statement)\b/i;
const TERMS_OF_SERVICE =
  /\b(?:warrant(?:y|ies)|indemnif|limitation of liability|governing law|arbitration)\b/gi;
const CORE: CategoryId[] = [
  'collection',
  'sharing',
  'cookies',
  'choice',
  'security',
  'contact',
  'changes',
  'access',
];

export function policyConfidence(
  text: string,
  clauseCount: Map<CategoryId, number>,
  sentences: number,
): number {
  if (sentences === 0) return 0;
  const covered = CORE.filter((c) => (clauseCount.get(c) ?? 0) > 0).length / CORE.length;
  const clauses = [...clauseCount.values()].reduce((a, b) => a + b, 0);
  const density = Math.min(1, clauses / sentences / 0.6);
  const selfNamed = CALLS_ITSELF_A_POLICY.test(text.slice(0, 200_000)) ? 1 : 0;
  const legalese = Math.min(1, (text.slice(0, 200_000).match(TERMS_OF_SERVICE)?.length ?? 0) / 12);
  const size = Math.min(1, sentences / 25);
  const raw = 0.4 * covered + 0.2 * density + 0.25 * selfNamed + 0.15 * size - 0.3 * legalese;
  return Math.max(0, Math.min(1, Math.round(raw * 100) / 100));
}

export const POLICY_THRESHOLD = 0.55;
