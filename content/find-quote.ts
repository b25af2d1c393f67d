// Finds a quoted sentence of the analysed text in the live page. The engine's text went through
// extraction and normalisation (spaces folded, curly quotes straightened, bullets dropped), so the match
// compares letters and digits only, lower-cased, and maps the hit back to DOM text positions.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
// A long quote may cross markup that extraction turned into something else: a prefix still finds it.
const PROBE = 60;

interface Position {
  node: Text;
  offset: number;
}

function key(char: string): string {
  return /[\p{L}\p{N}]/u.test(char) ? char.toLowerCase() : '';
}

function keyOf(text: string): string {
  let out = '';
  for (const char of text) out += key(char);
  return out;
}

function collect(root: Node): { flat: string; positions: Position[] } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let flat = '';
  const positions: Position[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.parentElement && SKIP.has(text.parentElement.tagName)) continue;
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

export function findQuoteRange(root: Node, quote: string): Range | null {
  const needle = keyOf(quote);
  if (needle.length === 0) return null;
  const { flat, positions } = collect(root);
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
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}
