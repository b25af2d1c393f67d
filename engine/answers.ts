// The sixteen answers of CONTRACT.md §2, from the answer rules it is given (rules/answers/ ships them).

import { asWritten, maskAbbreviations } from './abbreviations';
import { matchModal, matchSentence, type SentenceMatch } from './answer-sentence';
import type { TagMemo } from './grammar';
import { QUESTION_IDS, type QuestionId } from './ids';
import { screenOf } from './regex-screen';
import type { AnswerRule, RegexGate } from './rule';
import type { Sentence } from './segment';
import type { AnswerEvidence, AnswerResult } from './types';

const MAX_EVIDENCE = 5;
const QUESTION = /\?["'’”)\]]*\s*$/;

/** A quote before its modal is read: only the quotes `decide` keeps are worth tagging. */
interface Candidate {
  sentence: Sentence;
  rule: string;
  says: 'yes' | 'no';
  weak?: boolean;
  narrow?: boolean;
  found: SentenceMatch;
  /** The sentence as the rules read it (engine/abbreviations.ts), the text `found` points into. */
  read: string;
}

/** How much a quote decides: a broad statement, weak evidence, a narrow denial. */
function rank(e: { weak?: boolean; narrow?: boolean }): number {
  return e.narrow ? 0 : e.weak ? 1 : 2;
}

/**
 * The sixteen answers from `sentences`. `gates[i]` is the rules' screen read from sentence i
 * (engine/regex-screen.ts), when the caller has read it already; otherwise each sentence is read here.
 */
export function answerQuestions(
  rules: readonly AnswerRule[],
  sentences: Sentence[],
  memo: TagMemo = new Map(),
  headingOf: (sentence: Sentence) => string = () => '',
  gates?: readonly RegexGate[],
  /** Whether a sentence's clause is of the question's own topic (engine/question-topics.ts): shown first. */
  onTopic?: (sentence: Sentence, question: QuestionId) => boolean,
): Record<QuestionId, AnswerResult> {
  const found = new Map<QuestionId, Candidate[]>(QUESTION_IDS.map((q) => [q, []]));
  const perSentence = new Map<QuestionId, Candidate>();
  const screen = gates ? undefined : screenOf(rules, { answers: rules });
  for (const [index, sentence] of sentences.entries()) {
    const gate = gates?.[index] ?? screen?.read(sentence.text);
    // One piece of evidence per sentence and question is enough, and a strong rule's reading wins over a
    // weak one's, and both over a narrow denial's: "we do not share it with third parties for their
    // marketing purposes" is the strong rule's no, even when the weak general-sharing rule, listed first,
    // also matches.
    perSentence.clear();
    // A question states no practice: "Does Acme sell my personal data?" heads the answer that follows.
    if (QUESTION.test(sentence.text)) continue;
    const read = maskAbbreviations(sentence.text);
    for (const rule of rules) {
      const held = perSentence.get(rule.question);
      if (held && rank(held) >= (rule.weak ? 1 : 2)) continue;
      // The gate was read from the sentence itself; the masked copy holds no literal the sentence lacks.
      const hit = matchSentence(rule, read, memo, headingOf(sentence), gate);
      if (!hit) continue;
      const candidate: Candidate = {
        sentence,
        rule: rule.id,
        says: hit.says,
        ...(rule.weak ? { weak: true } : {}),
        ...(hit.narrow ? { narrow: true } : {}),
        found: hit,
        read,
      };
      if (!held || rank(candidate) > rank(held)) perSentence.set(rule.question, candidate);
    }
    for (const [question, candidate] of perSentence) found.get(question)?.push(candidate);
  }
  const answers = {} as Record<QuestionId, AnswerResult>;
  for (const question of QUESTION_IDS) {
    let candidates = found.get(question) ?? [];
    if (onTopic) {
      const own = candidates.filter((c) => onTopic(c.sentence, question));
      candidates = [...own, ...candidates.filter((c) => !own.includes(c))];
    }
    answers[question] = toResult(
      decide(candidates, (c) => c.sentence.text),
      memo,
    );
  }
  return answers;
}

interface Decision<T> {
  answer: AnswerResult['answer'];
  evidence: T[];
  contradiction?: { yes: T; no: T };
}

/**
 * Yes, no, or unclear when the policy is silent or says both; a contradiction keeps one quote per side.
 * Only the strongest rank that speaks decides: broad statements, else weak evidence, else narrow denials
 * (CONTRACT.md §2: "we do not sell it for money" is a no only when nothing else speaks), so a contradiction
 * is only ever between statements of the same scope. With `textOf`, a text is quoted once.
 */
export function decide<T extends { says: 'yes' | 'no'; weak?: boolean; narrow?: boolean }>(
  all: T[],
  textOf?: (e: T) => string,
): Decision<T> {
  const top = Math.max(-1, ...all.map(rank));
  const evidence = all.filter((e) => rank(e) === top);
  const yes = onceEach(
    evidence.filter((e) => e.says === 'yes'),
    textOf,
  );
  const no = onceEach(
    evidence.filter((e) => e.says === 'no'),
    textOf,
  );
  const firstYes = yes[0];
  const firstNo = no[0];
  if (firstYes && firstNo) {
    return {
      answer: 'unclear',
      evidence: [...yes.slice(0, 2), ...no.slice(0, 2)],
      contradiction: { yes: firstYes, no: firstNo },
    };
  }
  if (firstYes) return { answer: 'yes', evidence: yes.slice(0, MAX_EVIDENCE) };
  if (firstNo) return { answer: 'no', evidence: no.slice(0, MAX_EVIDENCE) };
  return { answer: 'unclear', evidence: [] };
}

/**
 * The first of each text: a sentence a policy repeats word for word (Google's says one about abuse in two
 * sections) proves no more the second time, and would fill a slot of the popup and the export with a copy.
 * Each side apart, so that the answer is the same as with the copies.
 */
function onceEach<T>(side: T[], textOf: ((e: T) => string) | undefined): T[] {
  if (!textOf) return side;
  const seen = new Set<string>();
  return side.filter((e) => {
    const text = textOf(e);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

function toResult(decision: Decision<Candidate>, memo: TagMemo): AnswerResult {
  const quotes = new Map<Candidate, AnswerEvidence>();
  const quote = (c: Candidate): AnswerEvidence => {
    let q = quotes.get(c);
    if (!q) {
      const modal = matchModal(c.read, c.found, memo);
      q = {
        text: c.sentence.text,
        start: c.sentence.start,
        end: c.sentence.end,
        rule: c.rule,
        says: c.says,
        ...(c.weak ? { weak: true } : {}),
        ...(c.narrow ? { narrow: true } : {}),
        ...(c.found.reason ? { reason: c.found.reason } : {}),
        ...(modal ? { modal } : {}),
        ...(c.found.condition ? { condition: asWritten(c.found.condition, c.read, c.sentence.text) } : {}),
      };
      quotes.set(c, q);
    }
    return q;
  };
  const evidence = decision.evidence.map(quote);
  return decision.contradiction
    ? {
        answer: decision.answer,
        evidence,
        contradiction: { yes: quote(decision.contradiction.yes), no: quote(decision.contradiction.no) },
      }
    : { answer: decision.answer, evidence };
}
