// Applies one answer rule to one sentence: does it match, and what does the matched clause say?

import { clauseAround } from './clause-scope';
import { isNegatedWithin, modalWithin, type TagMemo } from './grammar';
import { type AnswerRule, matchRule, type RegexGate, testGated } from './rule';

export interface SentenceAnswer {
  says: 'yes' | 'no';
  /** Offsets of the deciding clause within the sentence. */
  start: number;
  end: number;
  modal?: string;
  condition?: string;
  narrow?: boolean;
  /** The reason of the rule's pattern that matched, when it has one. */
  reason?: string;
}

/** What a sentence says, with the modal left to read: tagging it costs, and most quotes are dropped. */
export interface SentenceMatch {
  says: 'yes' | 'no';
  start: number;
  end: number;
  /** The text whose modal verb hedges the answer; read it with `matchModal`. */
  upToMatch: string;
  /** Where upToMatch lies in the sentence, and the clause around it that the tagger reads once. */
  from: number;
  to: number;
  condition?: string;
  /** A denial of one narrow kind of the practice: it decides only when nothing broader speaks. */
  narrow?: boolean;
  /** The reason of the rule's pattern that matched, when it has one. */
  reason?: string;
}

/** The clause the grammar reads for a match: its own, widened to hold upToMatch whatever the offsets. */
function taggedSpan(found: Pick<SentenceMatch, 'start' | 'end' | 'from' | 'to'>): [number, number] {
  return [Math.min(found.start, found.from), Math.max(found.end, found.to)];
}

/** The modal verb that hedges a match (`modalOf(found.upToMatch)`), the clause tagged once per memo. */
export function matchModal(sentence: string, found: SentenceMatch, memo?: TagMemo): string | undefined {
  const [a, b] = taggedSpan(found);
  return modalWithin(sentence.slice(a, b), found.from - a, found.to - a, memo);
}

const CONDITION =
  /\b(?:unless|except(?: as| for| when| where| if| in| to)?|only (?:if|when|with|for|to the extent)|with your (?:express |explicit |prior |affirmative )*(?:consent|permission|authori[sz]ation)|if (?:required|you (?:consent|agree|opt|choose|ask|request))|(?:as|when|where|if) (?:required|permitted) by law|without your (?:express |explicit |prior )*(?:consent|permission))\b[^.;]{0,120}/i;

export function answerSentence(rule: AnswerRule, sentence: string, heading = ''): SentenceAnswer | null {
  const memo: TagMemo = new Map();
  const found = matchSentence(rule, sentence, memo, heading);
  if (!found) return null;
  const modal = matchModal(sentence, found, memo);
  return {
    says: found.says,
    start: found.start,
    end: found.end,
    ...(modal ? { modal } : {}),
    ...(found.condition ? { condition: found.condition } : {}),
    ...(found.narrow ? { narrow: true } : {}),
    ...(found.reason ? { reason: found.reason } : {}),
  };
}

/** What `rule` reads in `sentence`; `gate`, read from this sentence, spares regexes that cannot match it. */
export function matchSentence(
  rule: AnswerRule,
  sentence: string,
  memo?: TagMemo,
  heading = '',
  gate?: RegexGate,
): SentenceMatch | null {
  const hit = matchRule(rule, sentence, heading, gate);
  if (!hit) return null;
  const { match, reason } = hit;
  // The clause is the one where the match ends: in "we do not sell your data, but we share it with
  // partners" a sharing pattern may start at "sell", but what it catches is "share … with partners".
  const [start, end] = clauseAround(sentence, match.index + Math.max(0, match[0].length - 1));
  // Negation and modality are read up to the end of the match: a "not" after the verb's object is not its.
  // An exception between a negation and the match affirms the match: in "we will not share it unless
  // required by law", the legal disclosure is a yes.
  if (rule.assertedOnly && isHypothesis(sentence, start, match.index)) return null;
  const exception = lastException(sentence.slice(start, Math.max(start, match.index)));
  const from = exception >= 0 ? start + exception : start;
  const to = Math.max(match.index + match[0].length, from);
  const upToMatch = sentence.slice(from, to);
  const clause = sentence.slice(start, end);
  // The whole clause goes to the grammar, not upToMatch: every rule matching this clause then shares one
  // tagging of it, wherever its own match ends.
  const [a, b] = taggedSpan({ start, end, from, to });
  const negated =
    isNegatedWithin(withoutNegatedAsides(sentence.slice(a, b), match.index - a), from - a, to - a, memo) !==
    continuesDenial(heading, match.index);
  // Read on the sentence up to the match: what an exception after it names ("unless you consent to provide
  // such information to a partner") is not what the denial is about, and a clause before it may name the
  // data ("when you give us personal information, we will not share that information").
  const denied = sentence.slice(0, to);
  if (
    negated &&
    (rule.deniedSaysNothing || rule.deniedSaysNothingWhen?.some((r) => testGated(r, denied, gate)))
  )
    return null;
  const flip = rule.negatable && !rule.affirmedBy?.some((r) => testGated(r, sentence, gate)) && negated;
  // "We do not share your information except in the following cases:" introduces the cases; the denial is
  // no statement of its own.
  if (flip && EXCEPTIONS_FOLLOW.test(sentence.slice(to))) return null;
  const says = flip ? (rule.says === 'yes' ? 'no' : 'yes') : rule.says;
  if (says === 'yes' && rule.yesUnless?.some((r) => r.test(sentence))) return null;
  const condition = CONDITION.exec(clause)?.[0].trim();
  // A denial that opens with a concession ("While we do not share your purchases with ad companies, we
  // may share an advertising identifier…") is the contrast to what the sentence goes on to state.
  const narrow =
    flip &&
    says === 'no' &&
    // The gate was read from the sentence; what cannot match the sentence cannot match its clause.
    ((start === 0 && CONCESSION.test(sentence)) || rule.narrowedBy?.some((n) => testGated(n, clause, gate)));
  return {
    says,
    start,
    end,
    upToMatch,
    from,
    to,
    ...(condition ? { condition } : {}),
    ...(narrow ? { narrow: true } : {}),
    ...(reason ? { reason } : {}),
  };
}

// A negation inside an aside closed before the match negates the aside alone: in "companies may use
// information (not including your name) about your visits to provide ads of interest to you", nothing
// denies the ads. Such asides are blanked (same length) for the negation reading; rare, so the tagger's memo
// rarely sees a text twice.
const NEGATED_ASIDE = /\([^()]*\b(?:not|no|never|without|n't)\b[^()]*\)/gi;

function withoutNegatedAsides(text: string, matchAt: number): string {
  if (!text.includes('(')) return text;
  return text.replace(NEGATED_ASIDE, (aside, at: number) =>
    at + aside.length <= matchAt ? ' '.repeat(aside.length) : aside,
  );
}

// The words that open an exception ("we will not share it unless…", "…, except:"), written once for the
// readings below.
const EXCEPTING = 'unless|except(?:ing)?|other than|apart from|save(?: for)?';

// A lead-in that denies what its list items go on to name: "We do not:" / "Our company will never:" /
// "We do not under any circumstances engage in:" over "sell your personal data", "share it with
// advertisers". Not one that lists exceptions ("we do not share it, except:").
const DENYING_LEAD_IN = new RegExp(
  String.raw`\b(?:not|never|n't)\b(?![^:]*\b(?:${EXCEPTING}|but)\b)[^.;:]{0,60}:\s*$`,
  'i',
);

/** The sentence is an item of a denying lead-in: it opens with the very verb the rule matched. */
function continuesDenial(heading: string, matchAt: number): boolean {
  return matchAt <= 2 && DENYING_LEAD_IN.test(heading);
}

const EXCEPTIONS_FOLLOW = new RegExp(
  String.raw`^[^.;]{0,80}\b(?:${EXCEPTING})\b(?:[^.;]{0,40}\b(?:the following|as follows|below|described (?:below|in this)|set (?:out|forth) (?:below|in this))\b|[^.;]{0,120}:\s*$)`,
  'i',
);
const CONCESSION = /^\W*(?:while|although|though|whereas|even though)\b/i;

const HYPOTHESIS =
  /\b(?:if|whether|in the event(?: that)?|should (?:we|you)|in case|unless|once|when(?:ever)?|to the extent(?: that)?)\b/i;
// A sentence that opens with a condition ("If in the future, we collect…") puts its first clause under it.
const LEADING_CONDITION = /^\s*(?:if|whether|in the event|should|in case)\b[^;]*$/i;

function isHypothesis(sentence: string, start: number, matchAt: number): boolean {
  return (
    HYPOTHESIS.test(sentence.slice(start, Math.max(start, matchAt))) ||
    // A match that opens with the condition has read it: "if you are under 13 and sign up, we ask for your
    // birthdate" states the practice for those readers.
    (start > 0 &&
      sentence.slice(0, matchAt).trim() !== '' &&
      LEADING_CONDITION.test(sentence.slice(0, start)))
  );
}

// "Without" too: "we could not provide the service without transferring your data" affirms the transfer.
const EXCEPTION = new RegExp(String.raw`\b(?:${EXCEPTING}|only|but|without)\b`, 'gi');

function lastException(text: string): number {
  let last = -1;
  EXCEPTION.lastIndex = 0;
  for (let m = EXCEPTION.exec(text); m !== null; m = EXCEPTION.exec(text)) last = m.index + m[0].length;
  return last;
}
