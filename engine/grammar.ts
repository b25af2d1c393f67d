// The grammar that decides what a matched clause says: negation and modality, read with compromise's
// tagger (it knows "won't", "cannot", "never", "may", "might"), run on one clause at a time so that its
// cost is paid only for the few sentences that answer a question.

import nlp from 'compromise';

// A cheap screen: compromise only sees clauses that contain a word it might tag as negative or modal.
const MAYBE_NEGATIVE = /\b(?:not|never|no|none|neither|nor|cannot|without|refrain)\b|n't\b|n’t\b/i;
const MAYBE_MODAL = /\b(?:may|might|could|can|should|would)\b/i;
// compromise does not tag these as #Negative, yet they negate the verb after them.
const NEGATING_PHRASES =
  /\b(?:neither|nor|without|refrain from|no longer|under no circumstances|in no event)\b/i;

export interface ClauseGrammar {
  negated: boolean;
  modal?: string;
}

// Negations that negate nothing in the practice: "Do Not Track" is a signal's name, and "if you no
// longer want to receive…" states the reader's wish, not the company's practice.
const NAMES_WITH_NOT =
  /\bdo[- ]not[- ](?:track|call)\b|\bif you (?:do not|don't|no longer|would not|would rather not|never) (?:want|wish|like|desire|care)\b/gi;

export function readClause(text: string): ClauseGrammar {
  const clause = text.replace(NAMES_WITH_NOT, 'DNT');
  const maybeNegative = MAYBE_NEGATIVE.test(clause);
  const maybeModal = MAYBE_MODAL.test(clause);
  if (!maybeNegative && !maybeModal) return { negated: false };
  const doc = nlp(clause);
  const negated =
    (maybeNegative && doc.has('#Negative')) || NEGATING_PHRASES.test(clause) || hasNoObject(clause);
  const modal = maybeModal ? doc.match('#Modal').first().text('normal') || undefined : undefined;
  return modal ? { negated, modal } : { negated };
}

// "we share no personal information", "no data is sold": "no" before the object negates the verb.
function hasNoObject(clause: string): boolean {
  return /\bno (?:personal|private|such|individual|identifiable|information|data|third|one|other|cookies|part)\b/i.test(
    clause,
  );
}
