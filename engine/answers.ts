// The sixteen answers of CONTRACT.md §2, from the answer rules in rules/answers/.

import { ANSWER_RULES } from '../rules';
import { answerSentence } from './answer-sentence';
import { QUESTION_IDS, type QuestionId } from './ids';
import type { Sentence } from './segment';
import type { AnswerEvidence, AnswerResult } from './types';

const MAX_EVIDENCE = 5;

export function answerQuestions(sentences: Sentence[]): Record<QuestionId, AnswerResult> {
  const found = new Map<QuestionId, AnswerEvidence[]>(QUESTION_IDS.map((q) => [q, []]));
  for (const sentence of sentences) {
    for (const rule of ANSWER_RULES) {
      const list = found.get(rule.question);
      // One piece of evidence per sentence and question is enough.
      if (!list || list.some((e) => e.start === sentence.start)) continue;
      const hit = answerSentence(rule, sentence.text);
      if (!hit) continue;
      list.push({
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        rule: rule.id,
        says: hit.says,
        ...(rule.weak ? { weak: true } : {}),
        ...(hit.modal ? { modal: hit.modal } : {}),
        ...(hit.condition ? { condition: hit.condition } : {}),
      });
    }
  }
  const answers = {} as Record<QuestionId, AnswerResult>;
  for (const question of QUESTION_IDS) answers[question] = decide(found.get(question) ?? []);
  return answers;
}

/** Yes, no, or unclear when the policy is silent or says both; a contradiction keeps one quote per side. */
export function decide(all: AnswerEvidence[]): AnswerResult {
  const strong = all.filter((e) => !e.weak);
  const evidence = strong.length > 0 ? strong : all;
  const yes = evidence.filter((e) => e.says === 'yes');
  const no = evidence.filter((e) => e.says === 'no');
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
