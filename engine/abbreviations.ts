// Abbreviations whose full stops end nothing. Rules read a sentence in windows that stop at a full stop
// (`[^.;]{0,80}`), so "we recognise opt-out signals (e.g., Global Privacy Control)" would hide the signal's
// name behind "e.g.". The rules read a copy in which those stops are a one-dot leader (U+2024, one code
// unit like "."), so every offset into the copy is an offset into the sentence.

const ABBREVIATION = /\b(?:e\.g|i\.e|U\.S|etc)\.(?=[\s,;:)\]]|$)|\b(?:e\.g|i\.e)(?=\s*,)/g;
const HAS_ONE = /\b(?:e\.g|i\.e|U\.S|etc)\b/;

export const ABBREVIATION_STOP = '\u2024';

export function maskAbbreviations(text: string): string {
  if (!HAS_ONE.test(text)) return text;
  return text.replace(ABBREVIATION, (m) => m.replaceAll('.', ABBREVIATION_STOP));
}

/** A part of the masked copy, as the sentence itself spells it (the copy and the sentence align). */
export function asWritten(part: string, read: string, sentence: string): string {
  if (read === sentence) return part;
  const at = read.indexOf(part);
  return at < 0 ? part : sentence.slice(at, at + part.length);
}
