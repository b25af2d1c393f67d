// Splits normalised text into blocks (lines), headings and sentences, keeping character offsets.

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the heading (in `Segmented.headings`) that frames this sentence, or -1. */
  heading: number;
  /** Index of the block (line or paragraph) the sentence is in. */
  block: number;
}

export interface Heading {
  start: number;
  end: number;
  text: string;
}

export interface Segmented {
  text: string;
  sentences: Sentence[];
  headings: Heading[];
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  'e.g i.e etc inc ltd co corp llc mr mrs ms dr st no nos vs u.s u.k jr sr fig approx dept ave p.o u.s.a e.u'.split(
    ' ',
  ),
);
const MAX_SENTENCE = 2000;

/**
 * A short line without closing punctuation reads as a heading: "Cookies", "HOW WE USE YOUR DATA". Lines
 * that carry an address, a number or a clause of running prose are sentences that merely lack a full stop.
 */
const FIRST_PERSON_CLAUSE =
  /^(?:we|you|our \w+|[A-Z][\w.&'-]*)\s+(?:(?:may|will|also|only|can|might|do|does|automatically)\s+)*(?:use|uses|collect|collects|share|shares|disclose|discloses|keep|keeps|store|stores|retain|retains|receive|receives|gather|gathers|provide|provides|process|processes|send|sends|place|places|set|sets|ask|asks|allow|allows)\b/i;

export function isHeadingLine(line: string): boolean {
  if (line.length > 120) return false;
  const words = line.split(' ');
  if (words.length > 14) return false;
  if (/[.;,]$/.test(line)) return false;
  if (/@|https?:|www\.|\d{3}/.test(line)) return false;
  // A subject and its verb ("We use persistent cookies to:", "AHFC collects information from") is a clause
  // that introduces a list, not a title.
  if (FIRST_PERSON_CLAUSE.test(line)) return false;
  // "AHFC collects information from" leads into a list; no heading ends on a lower-case function word.
  if (/ (?:from|to|the|of|for|and|or|as|include|includes|including|with|by|a|an|our|your)$/.test(line))
    return false;
  if (/[:?]$/.test(line)) return words.length <= 12;
  if (!/^[\p{Lu}\d("'[]/u.test(line)) return false;
  // Running prose is mostly lower-case words; headings are Title Case or capitals.
  const lower = words.filter((w) => /^\p{Ll}{4,}/u.test(w)).length;
  return words.length <= 6 || lower / words.length < 0.5;
}

/**
 * A line the source marked as a heading (a Markdown `#` or underlined line) is one whatever its case or
 * words ("meet.jit.si Privacy Supplement", "We use data to build better services"), unless it is too long
 * for one or ends like a sentence.
 */
function isMarkedHeading(line: string, marked: ReadonlySet<string> | undefined): boolean {
  return marked !== undefined && line.length <= 160 && !/[.;,]$/.test(line) && marked.has(line);
}

export function segment(
  text: string,
  markedHeadings?: ReadonlySet<string>,
  /** Lines the source marks as list items: never headings, however short (Markdown's). */
  listItems?: ReadonlySet<string>,
): Segmented {
  const sentences: Sentence[] = [];
  const headings: Heading[] = [];
  let offset = 0;
  let block = 0;
  let heading = -1;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (line === '') continue;
    block++;
    if (!listItems?.has(line) && (isHeadingLine(line) || isMarkedHeading(line, markedHeadings))) {
      headings.push({ start, end: start + line.length, text: line });
      heading = headings.length - 1;
      // A heading carries no category of its own (CONTRACT.md §1): it frames the sentences under it,
      // which rules with `underHeading` read.
      continue;
    }
    for (const [s, e] of splitSentences(line)) {
      sentences.push({ start: start + s, end: start + e, text: line.slice(s, e), heading, block });
    }
  }
  return { text, sentences, headings };
}

/** Sentence boundaries in one line: [start, end) pairs, trimmed. */
export function splitSentences(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  // The lookbehind starts a match only at the first mark of a run: without it, a line of a million dots
  // is read again from every dot (quadratic, minutes). A match always takes the whole run, so it is the same.
  // An enumerator after a full stop ("purposes. (b) California residents…") starts a sentence too.
  const boundary = /(?<![.!?])[.!?]+["')\]]*\s+(?=["'([]?[\p{Lu}\d]|\((?:[a-z]|[ivx]{1,4})\)\s)/gu;
  for (let m = boundary.exec(line); m !== null; m = boundary.exec(line)) {
    const end = m.index + m[0].trimEnd().length;
    if (m[0].startsWith('.') && endsWithAbbreviation(line, m.index)) continue;
    push(out, line, from, end);
    from = m.index + m[0].length;
  }
  push(out, line, from, line.length);
  return out;
}

export function endsWithAbbreviation(line: string, dot: number): boolean {
  const before = line.slice(Math.max(0, dot - 8), dot).match(/([\p{L}.]+)$/u);
  if (!before?.[1]) return false;
  const word = before[1].toLowerCase();
  // Single capitals ("J. Smith") and known abbreviations.
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

function push(out: Array<[number, number]>, line: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && line[s] === ' ') s++;
  while (e > s && line[e - 1] === ' ') e--;
  // Bound each sentence so that no rule ever runs on an unbounded string (1 MB without a full stop).
  for (; e - s > MAX_SENTENCE; s += MAX_SENTENCE) out.push([s, s + MAX_SENTENCE]);
  if (e > s) out.push([s, e]);
}
