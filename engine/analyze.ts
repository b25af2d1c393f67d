// normalise → segment → classify → answer → score: the whole engine, one pure function.

import { answerQuestions } from './answers';
import { classifySentence } from './classify';
import { findDataTypes } from './data-types';
import { TAG_BUDGET_WARNING, type TagMemo, taggerBudgetSpent } from './grammar';
import { CATEGORY_IDS, type CategoryId, DATA_TYPE_IDS } from './ids';
import { detectEnglish } from './language';
import { normalise } from './normalise';
import { detectPolicyText } from './policy-text';
import { QUESTION_TOPIC } from './question-topics';
import { joinSoftBreaks } from './reflow';
import { screenOf } from './regex-screen';
import { RUBRIC_VERSION } from './rubric';
import type { RuleSet } from './rule';
import { scoreAnswers } from './score';
import { segment } from './segment';
import type { CategoryResult, Quote, Summary } from './types';
import { ENGINE_VERSION } from './version';

/** Text beyond this many characters is not analysed (the summary says so). Policies run 5–150 KB. */
export const MAX_CHARS = 600_000;
const MAX_CLAUSES_PER_CATEGORY = 40;
/** Sentences beyond this many are not analysed (the summary says so). Long policies have about 1,000. */
export const MAX_SENTENCES = 20_000;
/** Fewer words (and characters: Chinese and Japanese have no spaces) cannot state a policy, nor its language. */
const MIN_WORDS = 20;
const MIN_CHARS = 120;

export interface Source {
  url?: string;
  file?: string;
  title?: string;
}

/**
 * How far before the cap a cut may fall: a line break, else a sentence end, else a space, within this
 * many characters of MAX_CHARS. Further back would throw away text for a tidier cut (a 650,000-character
 * paragraph after a title was once cut back to the title's 15 characters).
 */
const CUT_WINDOW = Math.max(2_000, MAX_CHARS / 10);
const SENTENCE_END = /[.!?;:]["'’”)\]]*\s/g;

/** Where to cut `text` at or before `max`: the last line break, sentence end or space near the cap, or the cap. */
export function cutPoint(text: string, max: number, window = CUT_WINDOW): number {
  if (text.length <= max) return text.length;
  const floor = Math.max(0, max - window);
  const line = text.lastIndexOf('\n', max - 1);
  if (line >= floor) return line + 1;
  const tail = text.slice(floor, max);
  let sentence = -1;
  for (const m of tail.matchAll(SENTENCE_END)) sentence = m.index + m[0].length;
  if (sentence > 0) return floor + sentence;
  const space = text.lastIndexOf(' ', max - 1);
  return space >= floor && space > 0 ? space + 1 : max;
}

/**
 * The text a summary's offsets point into: the input normalised, its soft line breaks made spaces
 * (engine/reflow.ts; `marked` are the source's heading lines, normalised, never joined), then cut before
 * MAX_CHARS (see cutPoint). Input far beyond the cap is cut before normalising, so a 10 MB page costs no
 * more than a 1 MB one.
 *
 * A sentence hard-wrapped over lines (a policy saved as text at 72 columns) is read as one sentence:
 * otherwise each line would be a fragment or, when short, a heading, and the same policy re-wrapped would
 * get other answers (one real policy went from 41 to 16 points re-wrapped at 60 columns), so that the
 * diff of two versions could not be read as analyze reads each one.
 */
export function analysedText(
  input: string,
  marked?: ReadonlySet<string>,
): { text: string; truncated: boolean } {
  const cut = input.length > MAX_CHARS * 2;
  const normalised = normalise(cut ? input.slice(0, MAX_CHARS * 2) : input);
  const joined = joinSoftBreaks(normalised, marked);
  // Normalised again once joined: what normalise reads line by line (emphasis marks around a run of
  // words, an enumerator) may have been split over two lines by the wrap.
  const text = joined === normalised ? joined : normalise(joined);
  if (text.length <= MAX_CHARS) return { text, truncated: cut };
  return { text: text.slice(0, cutPoint(text, MAX_CHARS)), truncated: true };
}

export interface AnalyzeOptions {
  /** Lines the source marks as headings (Markdown's), read as headings whatever their shape. */
  headings?: readonly string[];
  /** Lines the source marks as list items (Markdown's), never read as headings. */
  listItems?: readonly string[];
}

/** The source's own lines (headings, list items), normalised as the text is, so that they compare with its lines. */
function normalisedLines(lines: readonly string[] | undefined): ReadonlySet<string> | undefined {
  return lines ? new Set(lines.map((l) => normalise(l))) : undefined;
}

/** A sentence of the analysed text with every category it carries (none for a sentence that states no practice). */
export interface CategorisedSentence extends Quote {
  categories: CategoryId[];
}

/** A summary with what it was made from: the text its offsets point into, and every sentence. */
export interface Analysis {
  summary: Summary;
  text: string;
  /**
   * Every analysed sentence in text order, with its categories. The summary's clause lists are capped
   * (MAX_CLAUSES_PER_CATEGORY); this is not, so that a diff sees every clause.
   */
  sentences: CategorisedSentence[];
}

/** The whole engine with the rules it is given (rules/engine.ts binds the shipped ones as `analyze`). */
export function analyzeWith(
  rules: RuleSet,
  input: string,
  source: Source = {},
  now: () => number = () => performance.now(),
  options: AnalyzeOptions = {},
): Summary {
  return analyzeInDetailWith(rules, input, source, now, options).summary;
}

/** `analyzeWith`, and the analysed text and every sentence with its categories (what a diff needs). */
export function analyzeInDetailWith(
  rules: RuleSet,
  input: string,
  source: Source = {},
  now: () => number = () => performance.now(),
  options: AnalyzeOptions = {},
): Analysis {
  const t0 = now();
  const warnings: string[] = [];
  const marked = normalisedLines(options.headings);
  const { text, truncated } = analysedText(input, marked);
  if (truncated) warnings.push(`Only the first ${MAX_CHARS.toLocaleString('en')} characters were analysed.`);

  const segmented = segment(text, marked, normalisedLines(options.listItems));
  const { headings } = segmented;
  // A policy has hundreds of sentences; a page of a million one-word lines is not one, and reading it all
  // would take seconds. What lies past the cap is left out, and the summary says so.
  const sentences = segmented.sentences.slice(0, MAX_SENTENCES);
  if (segmented.sentences.length > MAX_SENTENCES) {
    warnings.push(`Only the first ${MAX_SENTENCES.toLocaleString('en')} sentences were analysed.`);
  }
  const language = detectEnglish(text);
  const categories = Object.fromEntries(
    CATEGORY_IDS.map((c) => [c, { mentioned: false, clauses: [] }]),
  ) as unknown as Record<CategoryId, CategoryResult>;
  const categorised: CategorisedSentence[] = [];
  // Each sentence is read once for the literals the rules' regexes require (engine/regex-screen.ts); the
  // clause rules, the answers and the data types then run only the regexes that can match it.
  const screen = screenOf(rules);
  const gates = sentences.map((s) => screen.read(s.text));
  // A sentence the policy repeats word for word is one clause of its topic: a copy would be counted and
  // quoted again in the popup and the export (engine/answers.ts quotes it once for the same reason).
  const quoted = new Map(CATEGORY_IDS.map((c) => [c, new Set<string>()]));
  for (const [index, sentence] of sentences.entries()) {
    const hits = classifySentence(rules, sentence.text, headings[sentence.heading]?.text, gates[index]);
    categorised.push({
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      categories: hits.map((h) => h.category),
    });
    for (const hit of hits) {
      const result = categories[hit.category];
      result.mentioned = true;
      const texts = quoted.get(hit.category);
      if (texts?.has(sentence.text)) continue;
      texts?.add(sentence.text);
      if (result.clauses.length < MAX_CLAUSES_PER_CATEGORY) {
        result.clauses.push({
          text: sentence.text,
          start: sentence.start,
          end: sentence.end,
          rule: hit.rule,
        });
      }
    }
  }
  // Tagged clauses are shared by the answers and the data types, for this text only.
  const tagged: TagMemo = new Map();
  const topicsOf = new Map(sentences.map((s, i) => [s, categorised[i]?.categories ?? []]));
  const answers = answerQuestions(
    rules.answers,
    sentences,
    tagged,
    (s) => headings[s.heading]?.text ?? '',
    gates,
    (s, question) => QUESTION_TOPIC[question].some((c) => topicsOf.get(s)?.includes(c)),
  );
  const dataTypeEvidence = findDataTypes(rules.dataTypes, sentences, tagged, gates);
  if (taggerBudgetSpent(tagged)) warnings.push(TAG_BUDGET_WARNING);
  const { score, grade, lines } = scoreAnswers(answers);
  // The same detector as the content script's, here fed from the text's own headings.
  const verdict = detectPolicyText(text, headings, source);
  const confidence = language.english ? verdict.confidence : 0;
  const isPolicy = language.english && verdict.isPolicy;

  const words = text.match(/\S+/g)?.length ?? 0;
  if (text.trim() === '') warnings.push('The page has no text to analyse.');
  else if (words < MIN_WORDS && text.length < MIN_CHARS)
    warnings.push(`The text is too short to be a privacy policy (${words} words).`);
  else if (!language.english)
    warnings.push('This text does not look like English; PolicyLens reads English policies for now.');
  else if (!isPolicy) warnings.push('This text does not look like a privacy policy, so it is not graded.');

  const summary: Summary = {
    schema: 1,
    engine: ENGINE_VERSION,
    rubric: RUBRIC_VERSION,
    source,
    isPolicy,
    policyConfidence: confidence,
    warnings,
    graded: isPolicy,
    language,
    score,
    grade,
    scoreLines: lines,
    answers,
    categories,
    dataTypes: DATA_TYPE_IDS.filter((t) => dataTypeEvidence.some((e) => e.type === t)),
    dataTypeEvidence,
    stats: {
      words,
      sentences: sentences.length,
      ms: Math.round((now() - t0) * 10) / 10,
      truncated: truncated || segmented.sentences.length > MAX_SENTENCES,
      chars: text.length,
    },
  };
  return { summary, text, sentences: categorised };
}
