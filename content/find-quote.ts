// Finds a quoted sentence of the analysed text in the live page. The engine's text went through
// extraction and normalisation (spaces folded, curly quotes straightened, bullets dropped), so the match
// compares letters and digits only, lower-cased, and maps the hit back to DOM text positions. It looks
// only in the text that was analysed, the page as rendered (content/rendered-page.ts): a quote is shown
// where the person can see it, never in a hidden copy of the same words.

import { MAX_HTML_CHARS } from '../messaging/protocol';
import { renderedPage } from './rendered-page';

// A long quote may cross markup that extraction turned into something else: a prefix still finds it.
const PROBE = 60;

interface Position {
  node: Text;
  offset: number;
}

function key(char: string): string {
  return /[\p{L}\p{N}]/u.test(char) ? char.toLowerCase() : '';
}

const keyOf = (text: string) => [...text].map(key).join('');

function collect(doc: Document): { flat: string; positions: Position[] } {
  const texts: Text[] = [];
  renderedPage(doc, MAX_HTML_CHARS, texts);
  let flat = '';
  const positions: Position[] = [];
  for (const text of texts) {
    const value = text.data;
    for (let i = 0; i < value.length; i++) {
      const k = key(value[i] ?? '');
      if (k === '') continue;
      // Some letters lower-case to two code units (İ): keep one position per code unit of the key.
      for (let j = 0; j < k.length; j++) positions.push({ node: text, offset: i });
      flat += k;
    }
  }
  return { flat, positions };
}

export function findQuoteRange(doc: Document, quote: string): Range | null {
  const needle = keyOf(quote);
  if (needle.length === 0) return null;
  const { flat, positions } = collect(doc);
  let start = flat.indexOf(needle);
  let length = needle.length;
  if (start < 0 && needle.length > PROBE) {
    start = flat.indexOf(needle.slice(0, PROBE));
    length = PROBE;
  }
  if (start < 0) return null;
  const first = positions[start];
  const last = positions[start + length - 1];
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}
