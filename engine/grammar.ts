// The grammar that decides what a matched clause says: negation and modality, on one clause at a time.
//
// Tagging costs about 1 ms a clause (Node 20, bench/run.ts), more than all the rules together on a 16 KB
// policy, so compromise's tagger is asked only where a word's role decides the meaning: "no" and "none"
// (a determiner negates, other uses may not), the month "May" against the verb, "can" the noun against the
// verb. Words that always negate ("not", "never", "n't") or always hedge (lower-case "may", "might") are
// read as they stand. Callers ask for the modal only for the quotes they keep, and a clause is tagged at
// most once per analysis (TagMemo).

import nlp from 'compromise';
import { DO_NOT_SELL_LINK } from './disclaimers';

// compromise's last hook, 'chunks', groups tagged words into phrases: it reads tags and never sets them,
// and a tenth of the tagging time goes there. This module is compromise's only user (engine/ is the
// only importer), so the hook is dropped for the whole library.
const world = nlp.world() as { hooks: string[] };
world.hooks = world.hooks.filter((hook) => hook !== 'chunks');

type Doc = ReturnType<typeof nlp>;
/** Clauses already tagged in one analysis: negation and modal are often asked of the same clause. */
export type TagMemo = Map<string, Doc>;

function tag(clause: string, memo?: TagMemo): Doc {
  let doc = memo?.get(clause);
  if (!doc) {
    doc = nlp(clause);
    memo?.set(clause, doc);
  }
  return doc;
}

// A cheap screen: compromise only sees clauses that contain a word it might tag as negative or modal.
const MAYBE_NEGATIVE = /\b(?:not|never|no|none|neither|nor|cannot|without|refrain|unable)\b|n't\b|n’t\b/i;
const MAYBE_MODAL = /\b(?:may|might|could|can|should|would)\b/i;
// compromise does not tag these as #Negative, yet they negate the verb after them.
const NEGATING_PHRASES =
  /\b(?:neither|nor|without|refrain from|no longer|under no circumstances|in no event|unable to|not able to|(?:take|takes|taken) no)\b/i;
// "we share no personal information", "no data is sold": "no" before the object negates the verb.
const NO_OBJECT =
  /\bno (?:\w+ )?(?:personal|private|such|individual|identifiable|information|data|third|one|other|cookies|part)\b/i;

// Negations that negate nothing in the practice, each a source of one alternative of NAMES_WITH_NOT.
const NOT_A_DENIAL = [
  // A signal's name and fixed phrases: "Do Not Track", "including but not limited to", "not only".
  /\bdo[- ]not[- ](?:track|call)\b/,
  /\b(?:but )?not limited to\b/,
  /\b(?:no|not) (?:longer|more) than\b/,
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

// Words that negate wherever they stand (once the names above are taken out): the tagger is not asked.
const ALWAYS_NEGATIVE = /\b(?:not|never|cannot)\b|n't\b|n’t\b/i;

/**
 * Does a negation govern the clause? Every word the tagger could call negative passes MAYBE_NEGATIVE; the
 * tagger decides only the words that may or may not negate ("no", "none"), which is where a tagger earns
 * its cost: "no" as a determiner ("no data is sold") against "no" in other roles.
 */
export function isNegated(text: string, memo?: TagMemo): boolean {
  const clause = withoutNames(text);
  if (!MAYBE_NEGATIVE.test(clause)) return false;
  if (ALWAYS_NEGATIVE.test(clause) || NEGATING_PHRASES.test(clause) || NO_OBJECT.test(clause)) return true;
  return tag(clause, memo).has('#Negative');
}

// Lower-case "may", "might", "could", "should", "would" are verbs wherever they stand in a policy; a
// capital "May" may be the month and "can" may be a noun, so those are left to the tagger.
const PLAIN_MODAL = /\b(may|might|could|should|would)\b/;

/** The modal verb that hedges the clause ("may", "might"), if any. */
export function modalOf(text: string, memo?: TagMemo): string | undefined {
  const clause = withoutNames(text);
  if (!MAYBE_MODAL.test(clause)) return undefined;
  const plain = PLAIN_MODAL.exec(clause);
  if (plain && !/\b(?:May|can)\b/.test(clause.slice(0, plain.index))) return plain[1];
  const tagged = tag(clause, memo).match('#Modal').out('array') as string[];
  return tagged.map((m) => m.toLowerCase()).find((m) => HEDGES.has(m));
}

// Modals that hedge a practice; "will" and "must" commit to it.
const HEDGES = new Set(['may', 'might', 'could', 'can', 'should', 'would']);
