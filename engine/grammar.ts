// The grammar that decides what a matched clause says: negation and modality, on one clause at a time.
//
// Tagging costs about 1 ms a clause (Node 20, bench/run.ts), more than all the rules together on a 16 KB
// policy, so compromise's tagger is asked only where a word's role decides the meaning: "no" and "none"
// (a determiner negates, other uses may not), the month "May" against the verb, "can" the noun against the
// verb. Words that always negate ("not", "never", "n't") or always hedge (lower-case "may", "might") are
// read as they stand. Callers ask for the modal only for the quotes they keep.
//
// A clause is tagged at most once per analysis (TagMemo), whatever part of it a question reads: each answer
// rule reads the clause up to where its own match ends, and a clause that a dozen rules match at a dozen
// places was tagged a dozen times when each prefix was tagged on its own (issue 13: 300 such sentences,
// 591 KB, took 26–35 s and 406 MB). Now the whole clause is tagged once and each prefix is read from its
// words' offsets. And an analysis tags at most TAG_BUDGET_CHARS characters: past that, the ambiguous words
// get a cheap reading that claims no denial it cannot see, and `taggerBudgetSpent` says so.

import { loadTagger } from './tagger-loader';

/** What the tagger said of one clause: only what the questions read, so a memo of many stays small. */
interface TaggedWord {
  start: number;
  end: number;
  negative: boolean;
  /** The word in lower case, when the tagger calls it a modal verb. */
  modal?: string;
}

/** Clauses already tagged in one analysis, by their text. Create one per analysis (`new Map()`). */
export type TagMemo = Map<string, TaggedWord[]>;

/**
 * Characters one analysis may have tagged. The 351 policies of ../shared tag at most 2,299 (median 196;
 * `npx tsx bench/adversarial.ts --tag-bomb` prints them), so this is nine times the most seen; it is about
 * 0.2–1.8 s of tagging on the project's 2-core machine, quiet to loaded.
 */
export const TAG_BUDGET_CHARS = 20_000;

export const TAG_BUDGET_WARNING = `The text has more clauses that only a grammar tagger can read than PolicyLens tags in one analysis (${TAG_BUDGET_CHARS.toLocaleString('en')} characters); past that, "no" and "none" were not read as denials and "May" and "can" were read without it.`;

// Per memo, so that TagMemo stays a plain Map for its callers: the characters tagged, and whether any
// clause was read without the tagger because the budget was spent.
const budgets = new WeakMap<TagMemo, { spent: number; overrun: boolean }>();

/** Characters this memo's analysis has tagged so far (bench/adversarial.ts prints them for the corpus). */
export function taggedChars(memo: TagMemo): number {
  return budgets.get(memo)?.spent ?? 0;
}

/** Whether some clause of this analysis got the cheap reading because the tagging budget was spent. */
export function taggerBudgetSpent(memo: TagMemo): boolean {
  return budgets.get(memo)?.overrun ?? false;
}

/** The clause's tagged words, from the memo or the tagger; null when the budget does not allow it. */
function tagged(clause: string, memo?: TagMemo): TaggedWord[] | null {
  const known = memo?.get(clause);
  if (known) return known;
  if (memo) {
    const budget = budgets.get(memo) ?? { spent: 0, overrun: false };
    budgets.set(memo, budget);
    // Once a clause did not fit, none is tagged: which clauses got the tagger must not depend on their sizes.
    if (budget.overrun || budget.spent + clause.length > TAG_BUDGET_CHARS) {
      budget.overrun = true;
      return null;
    }
    budget.spent += clause.length;
  }
  const doc = loadTagger()(clause);
  doc.compute('offset');
  const words: TaggedWord[] = [];
  for (const terms of doc.docs as unknown as Array<Array<CompromiseTerm>>) {
    for (const term of terms) {
      const start = term.offset?.start ?? -1;
      if (start < 0) continue;
      const negative = term.tags.has('Negative');
      const modal = term.tags.has('Modal');
      if (!negative && !modal) continue;
      words.push({
        start,
        end: start + (term.offset?.length ?? term.text.length),
        negative,
        ...(modal ? { modal: term.text.toLowerCase() } : {}),
      });
    }
  }
  memo?.set(clause, words);
  return words;
}

interface CompromiseTerm {
  text: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/** The tagged words of `clause` inside [from, to), leaving out those inside `skip` (offsets in the clause). */
function wordsWithin(words: TaggedWord[], from: number, to: number, skip: Array<[number, number]>) {
  return words.filter(
    (w) => w.start < to && w.end > from && !skip.some(([a, b]) => w.start < b && w.end > a),
  );
}

// A cheap screen: compromise only sees clauses that contain a word it might tag as negative or modal.
// engine/clause-scope.ts reads the same words to tell an item that carries a negation of its own.
export const MAYBE_NEGATIVE =
  /\b(?:not|never|no|none|neither|nor|cannot|without|refrain|unable)\b|n't\b|n’t\b/i;
const MAYBE_MODAL = /\b(?:may|might|could)\b/i;
// compromise does not tag these as #Negative, yet they negate the verb after them.
const NEGATING_PHRASES =
  /\b(?:neither|nor|without|refrain from|no longer|under no circumstances|in no event|unable to|not able to|(?:take|takes|taken) no)\b/i;
// "we share no personal information", "no data is sold": "no" before the object negates the verb; and a clause
// that opens with "No" and a noun says there is none ("No targeted advertising."), unless "no" is part of a
// limit ("no later than 30 days", "no longer than needed").
const NO_OBJECT =
  /\bno (?:\w+ )?(?:personal|private|such|individual|identifiable|information|data|third|one|other|cookies|part)\b|^\W*no\s+(?!later\b|longer\b|matter\b|sooner\b|more\b|less\b|fewer\b|earlier\b)[a-z]/i;

/**
 * The opt-out link state laws require, named in the person's voice ("Do Not Sell or Share My Personal
 * Information"): a label, not the company's denial nor its practice. A name with "not" in it, as "Do Not
 * Track" is, so it is grammar and stays here; rules/lexicon/disclaimers.ts hands it on to the rules.
 */
export const DO_NOT_SELL_LINK = /\bdo not (?:sell|share)(?: or (?:sell|share))? my\b/i;

// Negations that negate nothing in the practice, each a source of one alternative of NAMES_WITH_NOT.
const NOT_A_DENIAL = [
  // A signal's name and fixed phrases: "Do Not Track", "including but not limited to", "not only".
  /\bdo[- ]not[- ](?:track|call)\b/,
  /\b(?:but )?not limited to\b/,
  /\b(?:no|not) (?:longer|more|later) than\b/,
  /\bwhether or not\b/,
  /\bnot only\b/,
  // The reader's wish, not the company's practice: "if, at any time, you do not want…", "… but do not want
  // your PIN shared", "you prefer not to receive…", "request that Dictionary.com LLC not disclose…".
  /(?:\b(?:if(?:,[^,;]{1,30},)? you|you)\s+|^\s*)(?:do not|don't|no longer|would not|would rather not|never) (?:want|wish|like|desire|care)\b/,
  /\b(?:prefer|request|ask) that (?:we|it|they|[A-Z][\w.]+(?: [A-Z][\w.]+){0,2}) (?:do )?not\b/,
  // The person's own conduct in a condition: "if you do not provide us with it, or ask us to delete it, you
  // may not be able to use the service" describes the person, not the company.
  /\b(?:if|when|where|should|unless) you (?:[\w,]+ ){0,6}?(?:do not|don't|don’t|choose not to|decline to|refuse to|are unable to|are not able to|cannot|can't)\b/,
  // A link's name required by state law, and data "no longer needed": neither negates the practice.
  DO_NOT_SELL_LINK,
  // What the person believes: "if you believe that we are no longer entitled to use it, ask us to delete it".
  /\bif you (?:believe|think|feel|suspect)\b[^.;]*/,
  // An offer to stop once the person opts out: "if you opt out, we will no longer show you targeted ads"
  // says the practice goes on until then.
  /\b(?:if|when|once|after) you (?:\w+ ){0,3}?opt(?:ed)?[- ]?out\b[^.;]*/,
  // Other people's choice: "generic ads, including to those who have chosen not to receive personalised ads".
  /\b(?:who|that) (?:have |has )?(?:chosen|chose|choose|elected|decided|prefer) not to\b/,
  // A counterfactual opening ("Without targeted advertising, marketers do not know…") and the person's
  // own "not objected".
  /^\s*without\b[^,;]*,/,
  /\bnot objected\b/,
  // A limit on a right, not its denial: "we may not always be able to comply with your request".
  /\bnot always\b/,
  /\b(?:no longer|not) (?:needed|necessary|required|relevant)\b/,
  // The person's request, an opt-out: "you can ask us to not share your information with third parties".
  /\b(?:ask|asks|direct|instruct|tell|request)\s+(?:us|it|them)\s+(?:to\s+)?not\b/,
  /\byou (?:\w+ )?(?:prefer|choose|elect|wish|want|would like) not to\b/,
];
const NAMES_WITH_NOT = new RegExp(NOT_A_DENIAL.map((re) => re.source).join('|'), 'gi');

function withoutNames(text: string): string {
  return text.replace(NAMES_WITH_NOT, 'DNT');
}

/** Where withoutNames takes names out of `text`, shifted by `offset`: the tagger's words there do not count. */
function nameRanges(text: string, offset: number): Array<[number, number]> {
  return Array.from(text.matchAll(NAMES_WITH_NOT), (m): [number, number] => [
    offset + m.index,
    offset + m.index + m[0].length,
  ]);
}

// Words that negate wherever they stand (once the names above are taken out): the tagger is not asked.
const ALWAYS_NEGATIVE = /\b(?:not|never|cannot)\b|n't\b|n’t\b/i;

/**
 * Does a negation govern the clause? Every word the tagger could call negative passes MAYBE_NEGATIVE; the
 * tagger decides only the words that may or may not negate ("no", "none"), which is where a tagger earns
 * its cost: "no" as a determiner ("no data is sold") against "no" in other roles.
 */
export function isNegated(text: string, memo?: TagMemo): boolean {
  return isNegatedWithin(text, 0, text.length, memo);
}

/**
 * `isNegated(clause.slice(from, to))`, with the tagger (if it is needed) run on the whole clause, once per
 * analysis however many parts of it are asked about.
 */
export function isNegatedWithin(clause: string, from: number, to: number, memo?: TagMemo): boolean {
  const part = clause.slice(from, to);
  const cleaned = withoutNames(part);
  if (!MAYBE_NEGATIVE.test(cleaned)) return false;
  if (ALWAYS_NEGATIVE.test(cleaned) || NEGATING_PHRASES.test(cleaned) || NO_OBJECT.test(cleaned)) return true;
  const words = tagged(clause, memo);
  // Past the budget: only the sure words above negate.
  if (!words) return false;
  return wordsWithin(words, from, to, nameRanges(part, from)).some((w) => w.negative);
}

// Lower-case "may", "might", "could" are verbs wherever they stand in a policy; a capital "May" may be the
// month, so that one is left to the tagger.
// "May only" restricts rather than hedges ("children may only use it with a parent's consent").
const PLAIN_MODAL = /\b(may|might|could)\b(?! only\b)/;

/** The modal verb that hedges the clause ("may", "might"), if any. */
export function modalOf(text: string, memo?: TagMemo): string | undefined {
  return modalWithin(text, 0, text.length, memo);
}

/** `modalOf(clause.slice(from, to))`, with the whole clause tagged once per analysis if the tagger is needed. */
export function modalWithin(clause: string, from: number, to: number, memo?: TagMemo): string | undefined {
  const part = clause.slice(from, to);
  const cleaned = withoutNames(part);
  if (!MAYBE_MODAL.test(cleaned)) return undefined;
  const plain = PLAIN_MODAL.exec(cleaned);
  if (plain && !/\bMay\b/.test(cleaned.slice(0, plain.index))) return plain[1];
  if (!plain && !/\bMay\b/.test(cleaned)) return undefined;
  const words = tagged(clause, memo);
  // Past the budget: the first lower-case modal.
  if (!words) return plain?.[1];
  return wordsWithin(words, from, to, nameRanges(part, from))
    .map((w) => w.modal)
    .find((m): m is string => m !== undefined && HEDGES.has(m));
}

// Modals that hedge a practice; "will" and "must" commit to it. "can" ("you can opt out") is ability, and
// "should"/"would" give advice or conditions: none of them leaves the practice open (issue 14).
const HEDGES = new Set(['may', 'might', 'could']);
