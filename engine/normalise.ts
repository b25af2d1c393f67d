// Turns text from any source (HTML extraction, Markdown archives, plain text) into the one form the
// engine analyses: one block per line, blank lines between sections, no markup debris. Every offset in a
// summary points into the string this returns.

// Every code point Unicode says to render as nothing when unsupported (Default_Ignorable_Code_Point: soft
// hyphen, zero-width joiners and spaces, bidirectional marks and isolates, invisible operators such as
// U+2061, variation selectors, tag characters U+E0000–E007F, Hangul fillers…). Any of them inside a word
// ("s\u2061ells") would hide it from every rule while the reader sees "sells"; the whole class goes, not
// a list that misses the next one. Supported by Node 20 and every browser the extension runs in.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const SPACES = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
// `==========` and `---|---` and `|  |` lines carry no words: they become block breaks.
const RULE_LINE = /^[\s|:=*_~#-]*$/;
const LEADING_PIPES = /^\s*\|+\s*/;
// The lookbehind starts a match only where a run of spaces starts: without it, a line with a long run of
// spaces and no pipe is read again from every space (quadratic: 40,000 spaces took 2 s). A match always
// takes the whole run, so the matches are the same.
const INNER_PIPES = /(?<!\s)\s+\|\s+/g;
const SPACE = /\s/;
const MD_LINK = /!?\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g;
const MD_EMPHASIS = /(\*{1,3}|_{2,3})(?=\S)([^*\n]{1,500}?)(?<=\S)\1/g;
const MD_HEADING = /^#{1,6}\s+/;
const BLOCKQUOTE = /^(?:>\s?)+/;
const BULLET = /^(?:[•·▪◦●○■□►▸‣⁃*+-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])\s+/i;
const SMART_QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"' };

export function normalise(raw: string): string {
  const text = raw
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[\u2018\u2019\u201c\u201d]/g, (q) => SMART_QUOTES[q] ?? q)
    // Control characters (binary debris) are never words.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  const out: string[] = [];
  for (const rawLine of text.split('\n')) {
    const line = cleanLine(rawLine);
    if (line === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

function cleanLine(rawLine: string): string {
  let line = rawLine.replace(SPACES, ' ');
  if (RULE_LINE.test(line)) return '';
  line = trimTrailingPipes(line.replace(BLOCKQUOTE, '').replace(LEADING_PIPES, ''))
    .replace(INNER_PIPES, ' ')
    .replace(MD_HEADING, '')
    .replace(MD_LINK, '$1')
    .replace(MD_EMPHASIS, '$2')
    .trim();
  // Bullets and list numbers go: each item is already its own line, and so its own block.
  for (let i = 0; i < 2 && BULLET.test(line); i++) line = line.replace(BULLET, '');
  return line.replace(/ {2,}/g, ' ').trim();
}

/**
 * `line` less a trailing `\s*\|+\s*$`, found by scanning back from the end: the regular expression would
 * retry from every character of a long run of spaces or pipes (quadratic).
 */
function trimTrailingPipes(line: string): string {
  let end = line.length;
  while (end > 0 && SPACE.test(line[end - 1] ?? '')) end--;
  const afterPipes = end;
  while (end > 0 && line[end - 1] === '|') end--;
  if (end === afterPipes) return line;
  while (end > 0 && SPACE.test(line[end - 1] ?? '')) end--;
  return line.slice(0, end);
}
