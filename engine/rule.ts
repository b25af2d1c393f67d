// The shape of a rule. Rules are data: patterns, vetoes and the example sentences that prove them
// (run as tests by tests/rules/rules.test.ts, the way ESLint runs a rule's valid/invalid cases).

import type { CategoryId, DataTypeId, QuestionId } from './ids';

export interface RuleExamples {
  /** Sentences the rule must catch. At least two. */
  match: string[];
  /** Near misses it must leave alone. At least one. */
  noMatch: string[];
}

/**
 * A pattern that says why it matched (compromise's tagger writes its rules so: one match, one reason): the
 * reason, a short kebab-case word ("share-with-ad-recipients"), travels with the evidence it decides, so a
 * hit reads `rule#reason`.
 */
export interface MatchPattern {
  re: RegExp;
  reason: string;
}

/** A rule's pattern: a RegExp, or a RegExp with its reason. */
export type Pattern = RegExp | MatchPattern;

/** The RegExp of a pattern. */
export function regexOf(pattern: Pattern): RegExp {
  return pattern instanceof RegExp ? pattern : pattern.re;
}

/** The reason of a pattern, if it has one. */
export function reasonOf(pattern: Pattern): string | undefined {
  return pattern instanceof RegExp ? undefined : pattern.reason;
}

export interface ClauseRule {
  kind: 'clause';
  /** The rule's file name, without extension. */
  id: string;
  category: CategoryId;
  /** Any pattern matching a sentence makes it a clause of `category`. */
  patterns: Pattern[];
  /** Sentence-level vetoes: a sentence matching any of these is not caught by this rule. */
  unless?: RegExp[];
  /**
   * When present, the rule catches a sentence only under a heading matching one of these: list items
   * such as "Your email address" are collection clauses under "Information we collect", not elsewhere.
   * Examples of such a rule are written as "Heading || sentence".
   */
  underHeading?: RegExp[];
  examples: RuleExamples;
}

export interface AnswerRule {
  kind: 'answer';
  id: string;
  question: QuestionId;
  /** What a match says when nothing negates it. */
  says: 'yes' | 'no';
  /** Tried in order; the first that matches decides, and its reason goes with the evidence. */
  patterns: Pattern[];
  unless?: RegExp[];
  /**
   * Whether a negation in the matched clause ("we do not sell") flips what the rule says.
   * False for rules whose pattern already contains the negation.
   */
  negatable: boolean;
  /**
   * For a rule that is not negatable: a negated match states nothing ("we do NOT use advertising or
   * similar tracking technologies", "most of our sites do not use cookies designed to track you" neither
   * admit nor deny cookies: CONTRACT.md §2, a denial is never evidence for yes).
   */
  deniedSaysNothing?: boolean;
  /**
   * Weak evidence ("please check this page for changes") decides only when no strong evidence speaks
   * for the question; it never makes a contradiction on its own.
   */
  weak?: boolean;
  /**
   * Only statements count: a match inside a condition or a hypothesis ("if we learn that we have collected
   * data from a child…", "whether information is collected") states no practice.
   */
  assertedOnly?: boolean;
  /**
   * A denial whose clause matches one of these denies only a narrow kind of the practice ("we do not sell
   * it for money", "information that identifies you"): it decides only when nothing broader speaks
   * (CONTRACT.md §2). rules/answers/index.ts gives every rule the shared NARROWING vocabulary.
   */
  narrowedBy?: RegExp[];
  /**
   * A denial whose sentence, up to the match, matches one of these says nothing: its object is data the
   * sentence before named
   * ("we don't store this information or share it"), which no reader can take for the practice as a whole.
   * rules/answers/index.ts gives every rule the shared ANAPHORIC_DATA vocabulary.
   */
  deniedSaysNothingWhen?: RegExp[];
  /**
   * When present, the rule reads a sentence only under a heading matching one of these ("we may provide
   * you with additional notice" answers change-notice under "Changes to this policy"). Examples are then
   * written "Heading || sentence".
   */
  underHeading?: RegExp[];
  /**
   * When present, the rule reads only a sentence about one of these topics: "posted on this page" tells of
   * a policy's changes only in a sentence about changes, not in "except where we post or refer to this
   * policy, it does not apply to…".
   */
  about?: RegExp[];
  /**
   * A denial in a sentence matching one of these tells what the person's choice turns off ("by opting out,
   * you will see ads that are not tailored to you"): the practice itself is affirmed.
   */
  affirmedBy?: RegExp[];
  /**
   * Vetoes of the yes alone: a sentence matching one of these can deny but never affirms. "We share your
   * data with third parties to provide the service" is no sharing the question counts, while "we do not
   * share it with third parties except to provide the service" still denies.
   */
  yesUnless?: RegExp[];
  examples: { yes: string[]; no: string[]; noMatch: string[] };
}

export type Rule = ClauseRule | AnswerRule;

/**
 * What an engine reads with: the clause rules in the order they are tried, and the answer rules. The engine
 * imports no rules (as uBlock's engine is given its filter lists): rules/engine.ts binds the shipped set, and
 * a test can build an engine with one rule.
 */
export interface RuleSet {
  clauses: readonly ClauseRule[];
  answers: readonly AnswerRule[];
  /**
   * Sentences that say what the policy covers ("This policy explains how we collect…"): like a heading, such
   * a sentence carries no category. None when absent.
   */
  overview?: readonly RegExp[];
  /** Category → the categories it yields to when both are found in one sentence (a clause has one topic). */
  yieldsTo?: Partial<Record<CategoryId, readonly CategoryId[]>>;
  /** Categories dropped from a passage where they are only an aside (see PassageAside). */
  passageAsides?: readonly PassageAside[];
  /** The data types of CONTRACT.md §3 and when a sentence speaks of collecting them. None when absent. */
  dataTypes?: DataTypeRules;
}

/**
 * In a passage of three or more sentences, a category is an aside when more of its sentences speak of
 * the main topics than of it (engine/classify-text.ts).
 */
export interface PassageAside {
  aside: CategoryId;
  mainTopics: readonly CategoryId[];
  /** Sentences that speak of the aside's own subject in words its rules need not catch: never counted against it. */
  ownWords: RegExp;
}

export interface DataTypeRules {
  /** A type counts in a sentence that its pattern matches… */
  patterns: Partial<Record<DataTypeId, RegExp>>;
  /** …when the sentence speaks of collection, and the clause does not negate it. */
  speaksOfCollection: RegExp;
}

export function defineRule(rule: Omit<ClauseRule, 'kind'>): ClauseRule {
  return { kind: 'clause', ...rule };
}

export function defineAnswerRule(
  rule: Omit<AnswerRule, 'kind' | 'negatable'> & { negatable?: boolean },
): AnswerRule {
  return { kind: 'answer', negatable: true, ...rule };
}

/** Separates the heading from the sentence in the examples of a rule with `underHeading`. */
export const HEADING_SEPARATOR = ' || ';

/** A rule's match in a sentence, with the reason of the pattern that found it. */
export interface RuleMatch {
  match: RegExpExecArray;
  reason?: string;
}

/**
 * Says which regexes cannot match one text, so that they are not run on it (engine/regex-screen.ts reads
 * them from the regexes' required literals). False only when the regex cannot match; a text read without
 * one runs every regex.
 */
export interface RegexGate {
  mayMatch(re: RegExp): boolean;
}

/** `re.exec(text)`, or null without running it when the gate says it cannot match. */
export function execGated(re: RegExp, text: string, gate?: RegexGate): RegExpExecArray | null {
  return gate && !gate.mayMatch(re) ? null : re.exec(text);
}

/** `re.test(text)`, or false without running it when the gate says it cannot match. */
export function testGated(re: RegExp, text: string, gate?: RegexGate): boolean {
  return (!gate || gate.mayMatch(re)) && re.test(text);
}

/**
 * The first pattern's match in `text` (under `heading`), with its reason, unless a veto applies; null
 * otherwise. `gate`, read from this same text, spares the regexes that cannot match it.
 */
export function matchRule(
  rule: { patterns: readonly Pattern[]; unless?: RegExp[]; underHeading?: RegExp[]; about?: RegExp[] },
  text: string,
  heading = '',
  gate?: RegexGate,
): RuleMatch | null {
  if (rule.underHeading && !rule.underHeading.some((h) => h.test(heading))) return null;
  // Patterns before vetoes: most sentences match no pattern, and then no veto needs to run. The order
  // cannot change the result because rule regexes carry no `g` or `y` flag (no lastIndex state; checked by
  // tests/rules and by compileRule).
  let found: RuleMatch | null = null;
  const { patterns } = rule;
  for (let i = 0; i < patterns.length && !found; i++) {
    const pattern = patterns[i] as Pattern;
    let match = execGated(regexOf(pattern), text, gate);
    if (!match) continue;
    const reason = reasonOf(pattern);
    // Neighbours with the same reason are one pattern cut in parts to keep each under the size cap
    // (tests/rules/pattern-size.test.ts): the leftmost match among them wins, the earlier part on a tie, as
    // in the alternation they were cut from. That is exact when the cut list opens the pattern.
    for (let j = i + 1; reason && j < patterns.length && reasonOf(patterns[j] as Pattern) === reason; j++) {
      const other = execGated(regexOf(patterns[j] as Pattern), text, gate);
      if (other && other.index < match.index) match = other;
    }
    found = reason ? { match, reason } : { match };
  }
  if (!found) return null;
  if (rule.about && !rule.about.some((topic) => testGated(topic, text, gate))) return null;
  if (rule.unless?.some((veto) => testGated(veto, text, gate))) return null;
  return found;
}

/** First pattern match in `text` (under `heading`) unless a veto applies; null otherwise. */
export function firstMatch(
  rule: { patterns: readonly Pattern[]; unless?: RegExp[]; underHeading?: RegExp[]; about?: RegExp[] },
  text: string,
  heading = '',
  gate?: RegexGate,
): RegExpExecArray | null {
  return matchRule(rule, text, heading, gate)?.match ?? null;
}

/** Splits an example "Heading || sentence" into its sentence and heading (empty when it has none). */
export function splitExample(example: string): { sentence: string; heading: string } {
  const at = example.indexOf(HEADING_SEPARATOR);
  if (at < 0) return { sentence: example, heading: '' };
  return { sentence: example.slice(at + HEADING_SEPARATOR.length), heading: example.slice(0, at) };
}

/** Runs a clause rule on one of its examples, which may carry a heading ("Heading || sentence"). */
export function matchExample(rule: ClauseRule, example: string): RegExpExecArray | null {
  const { sentence, heading } = splitExample(example);
  return firstMatch(rule, sentence, heading);
}
