// Formatting-only rewrites of a Markdown policy, for the diff's "no change" tests: what a site's CMS or an
// archive does to a policy without changing a word of it.

const STRUCTURE = /^(?:#|\||>|[-*+•] |\d{1,3}[.)] |!\[|<|\s)/;

/** A word that would make a list item of the line it starts, as a careful re-wrapper knows. */
const MARKER_WORD = /^(?:[-*+•]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|#+)(?:\s|$)/i;

/**
 * Paragraph lines longer than `width` broken at spaces, never inside a Markdown link nor before a word
 * that would start a list item or a heading.
 */
export function rewrap(text: string, width = 64): string {
  return text
    .split('\n')
    .map((line) => (line.length <= width || STRUCTURE.test(line) ? line : wrapLine(line, width)))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  const out: string[] = [];
  let depth = 0;
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '[' || c === '(') depth++;
    else if ((c === ']' || c === ')') && depth > 0) depth--;
    else if (c === ' ' && depth === 0 && !MARKER_WORD.test(line.slice(i + 1, i + 8))) lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      out.push(line.slice(lineStart, lastSpace));
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  out.push(line.slice(lineStart));
  return out.join('\n');
}

/** The text with its second and third `#` sections swapped (a heading and everything up to the next one). */
export function swapSections(text: string): string {
  const lines = text.split('\n');
  const starts = lines.flatMap((line, i) => (/^#{1,6} /.test(line) ? [i] : []));
  const [, a, b, c] = starts;
  if (a === undefined || b === undefined || c === undefined) throw new Error('fewer than four # headings');
  const first = lines.slice(a, b);
  const second = lines.slice(b, c);
  // Each section ends on a blank line, so that swapped sections stay apart.
  const block = (part: string[]) => (part[part.length - 1] === '' ? part : [...part, '']);
  return [...lines.slice(0, a), ...block(second), ...block(first), ...lines.slice(c)].join('\n');
}

/** List bullets restyled (`-` ↔ `*`) and the first words of each paragraph set in bold. */
export function restyle(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const bullet = /^(\s*)([-*]) (.*)$/.exec(line);
      if (bullet) return `${bullet[1]}${bullet[2] === '-' ? '*' : '-'} ${bullet[3]}`;
      if (STRUCTURE.test(line) || line.trim() === '') return line;
      const words = /^(\w+ \w+)( .*)$/.exec(line);
      return words ? `**${words[1]}**${words[2]}` : line;
    })
    .join('\n');
}
