// Which quotes the popup shows for an answer, and how their notes read. The export keeps every quote; the
// popup shows the few that prove the answer, the deciding one first.

import type { AnswerEvidence, AnswerResult, Quote } from '../engine/types';

export const MAX_QUOTES = 3;

// A heading or a bare link proves nothing on its own ("Your Choices", "Watch our privacy video",
// "https://…"): a quote must read as a sentence. Headings rarely end with punctuation; sentences do, and
// list items of more than a dozen words read as sentences whatever their end.
const SENTENCE_END = /[.!?;:)"'”’]\s*$/;
const LINK_ONLY =
  /^\s*(?:(?:https?:\/\/|www\.)\S+|(?:watch|see|view|read|learn|click|tap|visit|download)\b[^.!?]{0,60})\s*$/i;

export function isSentence(text: string): boolean {
  if (LINK_ONLY.test(text) && !SENTENCE_END.test(text)) return false;
  return SENTENCE_END.test(text) || text.trim().split(/\s+/).length > 12;
}

/** The side an answer took: its deciding quotes say the same. */
function decides(quote: AnswerEvidence, answer: AnswerResult['answer']): number {
  if (answer !== 'unclear' && quote.says !== answer) return 2;
  return quote.weak || quote.narrow ? 1 : 0;
}

/**
 * The quotes to show for an answer: sentences only, those that decided it first (same side, neither weak
 * nor narrow), then the rest in the policy's order, at most MAX_QUOTES; `total` counts the sentences.
 */
export function shownEvidence(result: AnswerResult): { quotes: AnswerEvidence[]; total: number } {
  const sentences = result.evidence
    .map((quote, order) => ({ quote, order, rank: decides(quote, result.answer) }))
    .filter(({ quote }) => isSentence(quote.text))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ quote }) => quote);
  return { quotes: sentences.slice(0, MAX_QUOTES), total: sentences.length };
}

/** A topic's quotes: sentences only, at most `limit`, with how many there are. */
export function shownQuotes<Q extends Quote>(
  quotes: Q[],
  limit = MAX_QUOTES,
): { quotes: Q[]; total: number } {
  const sentences = quotes.filter((q) => isSentence(q.text));
  return { quotes: sentences.slice(0, limit), total: sentences.length };
}

// The engine reports only "may", "might", "could" as hedges (engine/grammar.ts); summaries cached by an
// earlier engine may still carry "can", "should" or "would", which are not shown.
const HEDGES = new Set(['may', 'might', 'could']);

export function shownHedge(modal: string | undefined): string | undefined {
  return modal !== undefined && HEDGES.has(modal.toLowerCase()) ? modal.toLowerCase() : undefined;
}

/**
 * The condition as a note. The engine keeps at most 120 characters of it, which can end mid-word: when the
 * quote goes on past the condition's last character, the note ends on a whole word with an ellipsis.
 */
export function conditionNote(condition: string, quoteText: string): string {
  const at = quoteText.indexOf(condition);
  // Not found as it stands (the engine trimmed it): nothing to tell a cut from a whole.
  if (at < 0) return condition;
  const next = quoteText.charAt(at + condition.length);
  if (next === '' || /[.;!?]/.test(next)) return condition;
  const cutMidWord = /[\p{L}\p{N}]/u.test(next);
  const words = cutMidWord ? condition.replace(/\s*\S*$/, '') : condition;
  return `${(words || condition).replace(/[\s,]+$/, '')}…`;
}
