// Joins lines broken inside a sentence: a policy saved as text wrapped at 72 columns, or Markdown's soft
// line breaks. Without it a wrapped text reads as other sentences (each line is a block to the segmenter,
// a short one a heading), so analyze would answer differently for the same policy re-wrapped, and a diff
// would report every wrapped paragraph as changed. The break becomes a space, so every offset stays where
// it was.

import { endsWithAbbreviation, isHeadingLine } from './segment';

/** How the segmenter ends a sentence: marks, closing quotes or brackets, then a capital, digit or "(a)". */
const ENDS_SENTENCE = /[.!?]+["')\]]*$/;
const STARTS_SENTENCE = /^(?:["'([]?[\p{Lu}\d]|\((?:[a-z]|[ivx]{1,4})\)\s)/u;
/** A line that carries on a sentence: a lower-case word, or a bracket, quote or comma before one. */
const STARTS_LOWER = /^(?:["'([]?\p{Ll}|[,;)\]])/u;
/** Past this a joined run stops growing, so that no line grows without bound (the segmenter cuts at 2,000). */
const MAX_JOINED = 2000;

/**
 * `text` with its soft breaks made spaces. A line the source marked as a heading (`marked`, as analyze's
 * option has them) is never joined to the line before or after it.
 */
export function joinSoftBreaks(text: string, marked?: ReadonlySet<string>): string {
  if (!text.includes('\n')) return text;
  // Pieces of the text between joined breaks: cheaper than an array of every character (analyze runs
  // this on every text).
  const out: string[] = [];
  let copied = 0;
  let lineStart = 0;
  let runStart = 0;
  let continuing = false;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    if (nl === -1) break;
    const line = text.slice(lineStart, nl);
    const nextEnd = text.indexOf('\n', nl + 1);
    const next = text.slice(nl + 1, nextEnd === -1 ? text.length : nextEnd);
    const join: boolean =
      line !== '' &&
      next !== '' &&
      nl - runStart < MAX_JOINED &&
      !marked?.has(line) &&
      !marked?.has(next) &&
      continues(line, next, continuing);
    if (join) {
      out.push(text.slice(copied, nl), ' ');
      copied = nl + 1;
    } else runStart = nl + 1;
    continuing = join;
    lineStart = nl + 1;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/** Whether `next` goes on the sentence that `line` leaves open. */
function continues(line: string, next: string, continuing: boolean): boolean {
  const mark = ENDS_SENTENCE.exec(line);
  if (mark) {
    // The same test as the segmenter's: a full stop after "e.g." or before a lower-case word ends nothing.
    const ended = !(line[mark.index] === '.' && endsWithAbbreviation(line, mark.index));
    return !(ended && STARTS_SENTENCE.test(next));
  }
  // A line that closes a clause with a semicolon before a capital is one item of a list ("The right to
  // know…;" then "The right to correct…"): each item is a sentence of its own, so that what one item says
  // ("the categories of third parties") is not read as the next one's.
  if (line.endsWith(';') && STARTS_SENTENCE.test(next)) return false;
  // A line that looks like a heading is one, unless it is the fragment of a line before it ("Google
  // Analytics and Meta") or the line after it carries on in lower case.
  return continuing || STARTS_LOWER.test(next) || !isHeadingLine(line);
}
