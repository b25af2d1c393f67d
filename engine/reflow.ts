// Joins lines broken inside a sentence: a policy saved as text wrapped at 72 columns, or Markdown's soft
// line breaks. Without it a re-wrapped version reads as different sentences (each line is a block to the
// segmenter) and a diff reports every wrapped paragraph as changed. The break becomes a space, so every
// offset stays where it was.

import { endsWithAbbreviation, isHeadingLine } from './segment';

/** How the segmenter ends a sentence: marks, closing quotes or brackets, then a capital, digit or "(a)". */
const ENDS_SENTENCE = /[.!?]+["')\]]*$/;
const STARTS_SENTENCE = /^(?:["'([]?[\p{Lu}\d]|\((?:[a-z]|[ivx]{1,4})\)\s)/u;
/** A line that carries on a sentence: a lower-case word, or a bracket, quote or comma before one. */
const STARTS_LOWER = /^(?:["'([]?\p{Ll}|[,;)\]])/u;
/** Past this a joined run stops growing, so that no line grows without bound (the segmenter cuts at 2,000). */
const MAX_JOINED = 2000;

export function joinSoftBreaks(text: string): string {
  const out = text.split('');
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
      line !== '' && next !== '' && nl - runStart < MAX_JOINED && continues(line, next, continuing);
    if (join) out[nl] = ' ';
    else runStart = nl + 1;
    continuing = join;
    lineStart = nl + 1;
  }
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
  // A line that looks like a heading is one, unless it is the fragment of a line before it ("Google
  // Analytics and Meta") or the line after it carries on in lower case.
  return continuing || STARTS_LOWER.test(next) || !isHeadingLine(line);
}
