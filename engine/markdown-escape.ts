// Page text for the Markdown export, escaped only where a character would change what the export means
// in that place, so that the export reads as plain prose too (issue 14: one export carried 167 needless
// backslashes: `Privacy Policy \- Example`, `2026\-12\-01`, `\.` after every sentence).
//
// What page text must never do, and what stops it (CommonMark 0.31 and GitHub's extensions):
// - links and images: a `]` right before `(` or `[` (or at the edge of the text, whose neighbour is not
//   known here), so no inline link, image or reference link forms; and a `[` that opens a line, so no
//   reference definition forms either, and a lone `[text]` (a shortcut reference) has none to link to.
//   "privacy[at]example[dot]com" stays as it is;
// - live addresses: URLs (`https://…`, `www.…`, `mailto:`…), e-mail addresses and `@mentions` are shown
//   as code, which no renderer links and GitHub never turns into a ping;
// - HTML and autolinks: `<` before a letter, `/`, `!` or `?`; `&` that would start an entity;
// - code spans and emphasis: every backtick; `*`, `_` and `~` wherever they could open or close a run;
// - table cells: `|` in a cell;
// - blocks (a heading, a list, a quote, a fence) where the text starts a line: its first marker;
// - a heading's closing `#`s.
// A full stop, a hyphen, a date, parentheses, quotes and colons change nothing in running text and stay.

/** Where the text lands: running text, a table cell, a heading's text, or the start of a line. */
export type MarkdownContext = 'inline' | 'cell' | 'heading' | 'line-start';

// Each alternative starts only at the start of its run (\b, a look-behind, or a fixed word), so that a long
// word is scanned once, not once per character. The schemes a renderer may link inside a word ("Dwww.",
// "1https://") are taken inside words too. A scheme without "//" counts only with something after its
// colon: "the following data: name" is prose. A mention is taken whatever precedes it: "`a@b.c`@name"
// would ping once the address before it is code.
const ADDRESS = new RegExp(
  [
    `(?:\\b[a-z][a-z0-9+.-]{0,31}|https?|ftps?):\\/\\/[^\\s<>\`|"'[\\]]*`,
    `(?:www\\.|mailto:|javascript:|\\b(?:vbscript|data|xmpp|tel):)[^\\s<>\`|"'[\\]]+`,
    '(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+',
    '@[A-Za-z0-9][\\w-]*(?:\\/[\\w-]+)?',
  ].join('|'),
  'gi',
);
/** Punctuation that ends a sentence rather than an address ("see www.example.com."). */
const TRAILING = /[.,;:!?]$/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ENTITY = /^(?:#[xX]?[0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});/;

export function escapeMarkdown(text: string, context: MarkdownContext = 'inline'): string {
  // trim(), not /\s+$/: that retries from every character of a long run of spaces (quadratic).
  const folded = text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
  let out = '';
  let last = 0;
  for (const match of folded.matchAll(ADDRESS)) {
    const address = trimAddress(match[0]);
    if (address === '') continue;
    out += escapeProse(folded.slice(last, match.index), context) + codeSpan(address);
    last = match.index + address.length;
  }
  out += escapeProse(folded.slice(last), context);
  if (context === 'line-start') out = escapeLineStart(out);
  // "Title ##" would lose its "##" as an ATX heading's closing sequence.
  if (context === 'heading') out = out.replace(/(\s)(#+)$/, '$1\\$2');
  return out;
}

/** The address without the sentence's punctuation after it; a ")" stays if it closes a "(" of the address. */
function trimAddress(address: string): string {
  let unclosed = 0;
  for (const c of address) unclosed += c === ')' ? 1 : c === '(' ? -1 : 0;
  let end = address.length;
  while (end > 0) {
    const c = address[end - 1] ?? '';
    if (c === ')' && unclosed > 0) unclosed--;
    else if (!TRAILING.test(c)) break;
    end--;
  }
  return address.slice(0, end);
}

/** Text shown as code, never as a live link; a backtick inside it cannot close the span. */
export function codeSpan(text: string): string {
  return `\`${text.replace(/[\r\n]+/g, ' ').replace(/`/g, "'")}\``;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function escapeProse(text: string, context: MarkdownContext): string {
  return text.replace(/[\\`*_~\]<&|]/g, (c, i: number) => {
    const before = i > 0 ? text[i - 1] : undefined;
    const after = text[i + 1];
    let needed: boolean;
    switch (c) {
      case '\\':
        // A backslash escapes the punctuation after it, and the backtick of a code span that may follow.
        needed = after === undefined || ASCII_PUNCTUATION.test(after);
        break;
      case '*':
      case '~':
        // Only a delimiter with text on one side can open or close a run; " * " is a plain asterisk. At the
        // segment's edge the neighbour is unknown (a quote mark, a code span): escape.
        needed = i === 0 || after === undefined || !(isSpace(before) && isSpace(after));
        break;
      case '_':
        // An underscore inside a word ("snake_case") is never emphasis in CommonMark.
        needed = !(isWordChar(before) && isWordChar(after));
        break;
      case '<':
        needed = after !== undefined && /[A-Za-z/!?]/.test(after);
        break;
      case '&':
        needed = ENTITY.test(text.slice(i + 1, i + 42));
        break;
      case '|':
        needed = context === 'cell';
        break;
      case ']':
        // "](" and "][" close a link's text; with no definition to refer to, "[text]" alone stays text.
        needed = after === undefined || after === '(' || after === '[';
        break;
      default:
        needed = true;
    }
    return needed ? `\\${c}` : c;
  });
}

/** Escapes the marker that would make the line a heading, a quote, a list item or a rule. */
function escapeLineStart(text: string): string {
  return (
    text
      .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
      // "[label]: url" opening a paragraph would define a link for every "[label]" in the export.
      .replace(/^\[/, '\\[')
      .replace(/^>/, '\\>')
      .replace(/^([-+])(?=\s|$)/, '\\$1')
      // "---" alone is a thematic break ("***" and "___" already had their markers escaped).
      .replace(/^-(?=[ \t]*-[ \t]*-[-\s]*$)/, '\\-')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
  );
}
