// The engine bound to the shipped rule set: what the extension, the command line, the benchmarks and most
// tests run. engine/ takes its rules as input and imports nothing from here.

import {
  type Analysis,
  type AnalyzeOptions,
  analyzeInDetailWith,
  analyzeWith,
  type Source,
} from '../engine/analyze';
import { answerQuestions as answerWith } from '../engine/answers';
import { classifySentence as classifyWith } from '../engine/classify';
import { classifyPassage as classifyPassageWith } from '../engine/classify-text';
import { findDataTypes as findDataTypesWith } from '../engine/data-types';
import { analyzeVersion as analyzeVersionWith } from '../engine/diff';
import type { TagMemo } from '../engine/grammar';
import { literalsOf } from '../engine/regex-screen';
import type { RuleSet } from '../engine/rule';
import type { Sentence } from '../engine/segment';
import type { Summary } from '../engine/types';
import { ANSWER_RULES, CLAUSE_RULES } from './index';
import { DATA_TYPES } from './lexicon/data-types';
import { OVERVIEW_SENTENCES } from './lexicon/overview';
import { PASSAGE_ASIDES, YIELDS_TO } from './lexicon/topics';

export {
  type Analysis,
  type AnalyzeOptions,
  analysedText,
  type CategorisedSentence,
  MAX_CHARS,
  MAX_SENTENCES,
  type Source,
} from '../engine/analyze';
export { decide } from '../engine/answers';
export { taggerLoaded } from '../engine/tagger-loader';

export const RULE_SET: RuleSet = {
  clauses: CLAUSE_RULES,
  answers: ANSWER_RULES,
  overview: OVERVIEW_SENTENCES,
  yieldsTo: YIELDS_TO,
  passageAsides: PASSAGE_ASIDES,
  dataTypes: DATA_TYPES,
};

/** The required literals of the rule set's screened regexes (cli/launch.mjs writes them beside its bundle). */
export function requiredLiteralsTable() {
  return literalsOf(RULE_SET);
}

export function analyze(
  input: string,
  source: Source = {},
  now: () => number = () => performance.now(),
  options: AnalyzeOptions = {},
): Summary {
  return analyzeWith(RULE_SET, input, source, now, options);
}

export function analyzeInDetail(
  input: string,
  source: Source = {},
  now: () => number = () => performance.now(),
  options: AnalyzeOptions = {},
): Analysis {
  return analyzeInDetailWith(RULE_SET, input, source, now, options);
}

export function classifySentence(sentence: string, heading = '') {
  return classifyWith(RULE_SET, sentence, heading);
}

export function classifyPassage(text: string) {
  return classifyPassageWith(RULE_SET, text);
}

export function answerQuestions(
  sentences: Sentence[],
  memo: TagMemo = new Map(),
  headingOf: (sentence: Sentence) => string = () => '',
) {
  return answerWith(RULE_SET.answers, sentences, memo, headingOf);
}

export function findDataTypes(sentences: Sentence[], memo: TagMemo = new Map()) {
  return findDataTypesWith(RULE_SET.dataTypes, sentences, memo);
}

/** One version of a policy as the diff reads it (engine/diff.ts): as `analyze` reads it. */
export function analyzeVersion(input: string, source: Source = {}, options: AnalyzeOptions = {}): Analysis {
  return analyzeVersionWith(RULE_SET, input, source, options);
}
