// The data types of CONTRACT.md §3 that a policy says it collects. A type counts only in a sentence
// that speaks of collection and whose clause does not negate it ("we never ask for your SSN"). The
// vocabularies are the rule set's (rules/lexicon/data-types.ts); this file is the reading.

import { clauseAround } from './clause-scope';
import { isNegatedWithin, type TagMemo } from './grammar';
import { DATA_TYPE_IDS, type DataTypeId } from './ids';
import { screenOf } from './regex-screen';
import { type DataTypeRules, execGated, type RegexGate, testGated } from './rule';
import type { Sentence } from './segment';
import type { DataTypeEvidence } from './types';

export function findDataTypes(
  rules: DataTypeRules | undefined,
  sentences: Sentence[],
  memo: TagMemo = new Map(),
  /** The rules' screen read from each sentence (engine/regex-screen.ts), when the caller has it. */
  gates?: readonly RegexGate[],
): DataTypeEvidence[] {
  const evidence: DataTypeEvidence[] = [];
  if (!rules) return evidence;
  const seen = new Set<DataTypeId>();
  const screen = gates ? undefined : screenOf(rules, { dataTypes: rules });
  for (const [index, sentence] of sentences.entries()) {
    const gate = gates?.[index] ?? screen?.read(sentence.text);
    if (!testGated(rules.speaksOfCollection, sentence.text, gate)) continue;
    for (const type of DATA_TYPE_IDS) {
      if (seen.has(type)) continue;
      const re = rules.patterns[type];
      const match = re ? execGated(re, sentence.text, gate) : null;
      if (!match) continue;
      const [start, end] = clauseAround(sentence.text, match.index);
      // The whole clause is tagged (once per analysis); the negation is read up to the type's name.
      const to = match.index + match[0].length;
      const clause = sentence.text.slice(start, Math.max(end, to));
      if (isNegatedWithin(clause, 0, to - start, memo)) continue;
      seen.add(type);
      evidence.push({ type, text: sentence.text, start: sentence.start, end: sentence.end });
    }
  }
  return evidence;
}
