// What changed between two versions of one policy (CONTRACT.md §7): answers whose value changed, and the
// sentences that state a practice added, removed or reworded. Pure: runs in Node and in the extension.
//
// Sentences are compared by their key (engine/clause-key.ts), and a sentence counts as present in the
// other version when its key is anywhere in it, or its words run on there across a line break
// (engine/word-stream.ts), so moving a section or re-wrapping changes nothing. Only sentences with a
// category can be clause changes, the rest state no practice; an answer whose value moved is a change too.

import { diffArrays } from 'diff';
import {
  type Analysis,
  type AnalyzeOptions,
  analyzeInDetailWith,
  type CategorisedSentence,
  type Source,
} from './analyze';
import { clauseKey, keyWords } from './clause-key';
import { type Answer, CATEGORY_IDS, type CategoryId, type Grade, QUESTION_IDS, type QuestionId } from './ids';
import { pairReworded, type Side } from './reword-pairs';
import type { RuleSet } from './rule';
import type { AnswerEvidence, Quote } from './types';
import { WordStream } from './word-stream';

export interface ClauseChange extends Quote {
  categories: CategoryId[];
}

/** A run of words that differ in a reworded sentence; either side may be empty. */
export interface WordEdit {
  from: string;
  to: string;
}

export interface Reworded {
  from: Quote;
  to: Quote;
  categories: CategoryId[];
  edits: WordEdit[];
}

export interface EvidenceQuote extends Quote {
  says: 'yes' | 'no';
}

export interface AnswerChange {
  question: QuestionId;
  from: Answer;
  to: Answer;
  /** What decided the old answer and is no longer said (offsets into the old text). */
  removed: EvidenceQuote[];
  /** What decides the new answer and was not said before (offsets into the new text). */
  added: EvidenceQuote[];
}

export interface VersionRef {
  source: Source;
  grade: Grade;
  score: number;
}

export interface PolicyDiff {
  schema: 1;
  kind: 'policy-diff';
  from: VersionRef;
  to: VersionRef;
  changed: boolean;
  answers: AnswerChange[];
  clauses: { added: ClauseChange[]; removed: ClauseChange[]; reworded: Reworded[] };
  /** What may make the comparison less than whole: a version cut short, not a policy, not English. */
  warnings: string[];
}

/** Past this many edits the alignment gives up and every changed sentence is one hunk (bounded time). */
const MAX_ALIGNMENT_EDITS = 4000;

/**
 * One version as the diff reads it: exactly as analyze reads it (the same text, sentences, answers, grade
 * and score; `options` as analyze takes them, a Markdown file's headings), with every sentence and its
 * categories. Re-wrapping is no change because analyze itself reads a hard-wrapped sentence as one
 * (engine/analyze.ts `analysedText`). The offsets of the result point into `text`.
 */
export function analyzeVersion(
  rules: RuleSet,
  input: string,
  source: Source = {},
  options: AnalyzeOptions = {},
): Analysis {
  return analyzeInDetailWith(rules, input, source, undefined, options);
}

interface Keyed {
  sentence: CategorisedSentence;
  key: string;
}

export function diffPolicies(before: Analysis, after: Analysis): PolicyDiff {
  const old = keyed(before);
  const neu = keyed(after);
  const oldKeys = new Set(old.map((k) => k.key));
  const newKeys = new Set(neu.map((k) => k.key));
  const oldPractice = old.filter((k) => k.sentence.categories.length > 0 && k.key !== '');
  const newPractice = neu.filter((k) => k.sentence.categories.length > 0 && k.key !== '');

  const removed: Array<Keyed & Side> = [];
  const added: Array<Keyed & Side> = [];
  const hunks = alignHunks(
    oldPractice.map((k) => k.key),
    newPractice.map((k) => k.key),
  );
  // A sentence whose words run on in the other version, across a line break or a heading, was split or
  // joined by formatting, not changed.
  const oldStream = new WordStream(before.text);
  const newStream = new WordStream(after.text);
  oldPractice.forEach((k, i) => {
    if (newKeys.has(k.key)) return;
    const words = keyWords(k.key);
    if (!newStream.contains(words)) removed.push({ ...k, words, hunk: hunks.old[i] ?? 0 });
  });
  newPractice.forEach((k, i) => {
    if (oldKeys.has(k.key)) return;
    const words = keyWords(k.key);
    if (!oldStream.contains(words)) added.push({ ...k, words, hunk: hunks.new[i] ?? 0 });
  });

  const pairs = pairReworded(removed, added);
  const pairedRemoved = new Set(pairs.map(([i]) => i));
  const pairedAdded = new Set(pairs.map(([, j]) => j));
  const reworded: Reworded[] = [];
  for (const [i, j] of pairs) {
    const from = removed[i];
    const to = added[j];
    if (!from || !to) continue;
    reworded.push({
      from: quote(from.sentence),
      to: quote(to.sentence),
      categories: union(from.sentence.categories, to.sentence.categories),
      edits: wordEdits(from.words, to.words),
    });
  }
  const clauses = {
    added: added.filter((_, j) => !pairedAdded.has(j)).map((k) => clause(k.sentence)),
    removed: removed.filter((_, i) => !pairedRemoved.has(i)).map((k) => clause(k.sentence)),
    reworded,
  };
  const answers = answerChanges(before, after);
  return {
    schema: 1,
    kind: 'policy-diff',
    from: ref(before),
    to: ref(after),
    changed:
      answers.length > 0 || clauses.added.length > 0 || clauses.removed.length > 0 || reworded.length > 0,
    answers,
    clauses,
    warnings: [
      ...before.summary.warnings.map((w) => `Old version: ${w}`),
      ...after.summary.warnings.map((w) => `New version: ${w}`),
    ],
  };
}

function keyed(analysis: Analysis): Keyed[] {
  return analysis.sentences.map((sentence) => ({ sentence, key: clauseKey(sentence.text) }));
}

/**
 * The hunk each practice sentence falls in, from jsdiff's alignment of the two key sequences: a hunk is a
 * run of changes between two unchanged sentences.
 */
function alignHunks(oldKeys: string[], newKeys: string[]): { old: number[]; new: number[] } {
  const changes = diffArrays(oldKeys, newKeys, { maxEditLength: MAX_ALIGNMENT_EDITS });
  if (!changes) return { old: oldKeys.map(() => 0), new: newKeys.map(() => 0) };
  const out = { old: [] as number[], new: [] as number[] };
  let hunk = 0;
  for (const change of changes) {
    if (change.added) for (const _ of change.value) out.new.push(hunk);
    else if (change.removed) for (const _ of change.value) out.old.push(hunk);
    else {
      hunk++;
      for (const _ of change.value) {
        out.old.push(hunk);
        out.new.push(hunk);
      }
      hunk++;
    }
  }
  return out;
}

/** The runs of words that differ, from jsdiff's alignment of the two sentences' words. */
function wordEdits(from: string[], to: string[]): WordEdit[] {
  const edits: WordEdit[] = [];
  let pending: WordEdit | undefined;
  for (const change of diffArrays(from, to)) {
    if (!change.added && !change.removed) {
      if (pending) edits.push(pending);
      pending = undefined;
      continue;
    }
    pending ??= { from: '', to: '' };
    const words = change.value.join(' ');
    if (change.removed) pending.from = pending.from ? `${pending.from} ${words}` : words;
    else pending.to = pending.to ? `${pending.to} ${words}` : words;
  }
  if (pending) edits.push(pending);
  return edits;
}

function answerChanges(before: Analysis, after: Analysis): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const question of QUESTION_IDS) {
    const from = before.summary.answers[question];
    const to = after.summary.answers[question];
    if (from.answer === to.answer) continue;
    const fromKeys = new Set(from.evidence.map((e) => clauseKey(e.text)));
    const toKeys = new Set(to.evidence.map((e) => clauseKey(e.text)));
    changes.push({
      question,
      from: from.answer,
      to: to.answer,
      removed: from.evidence.filter((e) => !toKeys.has(clauseKey(e.text))).map(evidenceQuote),
      added: to.evidence.filter((e) => !fromKeys.has(clauseKey(e.text))).map(evidenceQuote),
    });
  }
  return changes;
}

function ref(analysis: Analysis): VersionRef {
  const { source, grade, score } = analysis.summary;
  return { source, grade, score };
}

function quote(s: Quote): Quote {
  return { text: s.text, start: s.start, end: s.end };
}

function clause(s: CategorisedSentence): ClauseChange {
  return { ...quote(s), categories: [...s.categories] };
}

function evidenceQuote(e: AnswerEvidence): EvidenceQuote {
  return { ...quote(e), says: e.says };
}

function union(a: CategoryId[], b: CategoryId[]): CategoryId[] {
  return CATEGORY_IDS.filter((c) => a.includes(c) || b.includes(c));
}
